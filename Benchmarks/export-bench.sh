#!/bin/sh
# Export benchmark: pedacat (Swift + libxml2 xmlTextWriter) against Python lxml on the same
# generated catalogue and the same ScoLOMFR records, in the same run.
#   Benchmarks/export-bench.sh [N]        (default N=100000; needs python3 with lxml)
set -eu
N="${1:-100000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/../shared/bench"
XSD="$ROOT/../shared/standards/scolomfr/xsd-3.1/scolomfr.xsd"
WORK="$ROOT/Benchmarks/.work"
mkdir -p "$WORK"
CORPUS="$WORK/corpus-$N.jsonl"
CATALOG="$WORK/catalog-$N"
[ -f "$CORPUS" ] || python3 "$BENCH/gen_corpus.py" --n "$N" --seed 42 --out "$CORPUS" --workers 2
[ -d "$CATALOG" ] || python3 "$BENCH/to_catalog.py" "$CORPUS" "$CATALOG"
swift build -c release --product export-benchmark >&2
BIN="$(swift build -c release --show-bin-path)/export-benchmark"
"$BIN" "$CATALOG" "$XSD" --dump "$WORK/records-$N.jsonl" --passes "${PASSES:-3}"
python3 "$ROOT/Benchmarks/lxml_peer.py" "$WORK/records-$N.jsonl" "$XSD" --passes "${PASSES:-3}"
