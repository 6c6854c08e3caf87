#!/bin/sh
# Export benchmark: pedacat (Swift + libxml2 xmlTextWriter) against a C program using libxml2's
# xmlTextWriter directly (Benchmarks/c-peer/c_peer.c) and Python lxml, on the same generated
# catalogue and the same ScoLOMFR records. The three alternate for ROUNDS rounds so that load
# from other processes on this shared machine hits all of them; the summary gives best-of figures
# and the ratios of each round.
#   Benchmarks/export-bench.sh [N]        (default N=100000; needs python3 with lxml, cc, libxml2-dev)
#   ROUNDS=3 PASSES=1 FILES=1 Benchmarks/export-bench.sh 10000
set -eu
N="${1:-100000}"
ROUNDS="${ROUNDS:-3}"
PASSES="${PASSES:-1}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/../shared/bench"
XSD="$ROOT/../shared/standards/scolomfr/xsd-3.1/scolomfr.xsd"
WORK="$ROOT/Benchmarks/.work"
mkdir -p "$WORK"
CORPUS="$WORK/corpus-$N.jsonl"
CATALOG="$WORK/catalog-$N"
RECORDS="$WORK/records-$N.jsonl"
RECORD_LINES="$WORK/records-$N.txt"
RESULTS="$WORK/results-$N.jsonl"
[ -f "$CORPUS" ] || python3 "$BENCH/gen_corpus.py" --n "$N" --seed 42 --out "$CORPUS" --workers 2
[ -d "$CATALOG" ] || python3 "$BENCH/to_catalog.py" "$CORPUS" "$CATALOG"
swift build -c release --product export-benchmark >&2
BIN="$(swift build -c release --show-bin-path)/export-benchmark"
CPEER="$WORK/c-peer"
if pkg-config --exists libxml-2.0 2>/dev/null; then
    XML2_FLAGS="$(pkg-config --cflags --libs libxml-2.0)"
else
    XML2_FLAGS="$(xml2-config --cflags --libs)"
fi
# shellcheck disable=SC2086
cc -O2 "$ROOT/Benchmarks/c-peer/c_peer.c" $XML2_FLAGS -o "$CPEER"
FILES_FLAG="--no-files"
[ "${FILES:-0}" = 1 ] && FILES_FLAG=""
: > "$RESULTS"
round=1
while [ "$round" -le "$ROUNDS" ]; do
    DUMP=""
    [ "$round" = 1 ] && DUMP="--dump $RECORDS --dump-lines $RECORD_LINES"
    # shellcheck disable=SC2086
    "$BIN" "$CATALOG" "$XSD" $DUMP --passes "$PASSES" $FILES_FLAG | tee -a "$RESULTS"
    "$CPEER" "$RECORD_LINES" "$XSD" --passes "$PASSES" | tee -a "$RESULTS"
    python3 "$ROOT/Benchmarks/lxml_peer.py" "$RECORDS" "$XSD" --passes "$PASSES" | tee -a "$RESULTS"
    echo "{\"engine\": \"load\", \"loadavg\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}" | tee -a "$RESULTS"
    round=$((round + 1))
done
python3 - "$RESULTS" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
swift = [r for r in rows if r["engine"].startswith("pedacat")]
lxml = [r for r in rows if r["engine"].startswith("python-lxml")]
c = [r for r in rows if r["engine"].startswith("c-libxml2")]
load = [r["loadavg"] for r in rows if r["engine"] == "load"]
def best(rs, k): return max(r[k] for r in rs)
def ratios(a, b, k, kb=None): return [round(x[k] / y[kb or k], 2) for x, y in zip(a, b)]
print(json.dumps({
    "records": swift[0]["records"],
    "c_best_rec_per_s": best(c, "scolomfr_rec_per_s"),
    "c_best_validated_rec_per_s": best(c, "scolomfr_validated_rec_per_s"),
    "c_ratio_per_round": ratios(swift, c, "scolomfr_rec_per_s"),
    "c_validated_ratio_per_round": ratios(swift, c, "scolomfr_validated_rec_per_s"),
    "loadavg_after_each_round": load,
    "swift_best_rec_per_s": best(swift, "scolomfr_rec_per_s"),
    "swift_best_validated_rec_per_s": best(swift, "scolomfr_validated_rec_per_s"),
    "lxml_best_rec_per_s": best(lxml, "scolomfr_rec_per_s"),
    "lxml_best_validated_rec_per_s": best(lxml, "scolomfr_validated_rec_per_s"),
    "ratio_per_round": [round(s["scolomfr_rec_per_s"] / l["scolomfr_rec_per_s"], 2) for s, l in zip(swift, lxml)],
    "validated_ratio_per_round": [round(s["scolomfr_validated_rec_per_s"] / l["scolomfr_validated_rec_per_s"], 2) for s, l in zip(swift, lxml)],
    "same_mean_bytes": swift[0]["scolomfr_mean_bytes"] == lxml[0]["scolomfr_mean_bytes"] == c[0]["scolomfr_mean_bytes"],
    "invalid_records": [r["invalid_records"] for r in swift + c + lxml],
}, sort_keys=True))
PY
