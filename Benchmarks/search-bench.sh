#!/usr/bin/env bash
# Search benchmark: pedacat (CatalogSearch) against bare SQLite FTS5 and Tantivy on the same
# deterministic catalogue, in the same run, printing ratios.
#
#   Benchmarks/search-bench.sh [N ...]        (default: 10000; e.g. 10000 100000)
#
# Needs python3 and /work/shared/bench (or PEDACAT_BENCH=DIR); Tantivy is measured when
# `python3 -c 'import tantivy'` works (pip install tantivy). Work files go to
# Benchmarks/.work (ignored by git). Release build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=${PEDACAT_BENCH:-$ROOT/../shared/bench}
WORK=$ROOT/Benchmarks/.work
PASSES=${PASSES:-3}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000)
mkdir -p "$WORK"

[ -f "$BENCH/gen_corpus.py" ] || { echo "bench scripts not found in $BENCH" >&2; exit 1; }
echo "== release build" >&2
(cd "$ROOT" && swift build -c release --product pedacat >&2 && swift build -c release --product search-benchmark >&2)
BIN=$(cd "$ROOT" && swift build -c release --show-bin-path)
PEDACAT=$BIN/pedacat
SB=$BIN/search-benchmark

QUERIES=$WORK/queries.jsonl
[ -f "$QUERIES" ] || python3 "$BENCH/gen_corpus.py" --queries 200 --seed 7 --out "$QUERIES"
# The same queries as query-language lines for `pedacat search --queries`.
python3 - "$QUERIES" > "$WORK/queries.txt" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    q = json.loads(line)
    print(" ".join(q["terms"]) + ("*" if q["prefix"] else ""))
PY

HAVE_TANTIVY=0
python3 -c 'import tantivy' 2>/dev/null && HAVE_TANTIVY=1

# A clock that costs no interpreter start-up (a Python one added ~30 ms to every CLI timing).
now() { date +%s.%N; }

for N in "${SIZES[@]}"; do
    echo "== N=$N" >&2
    CORPUS=$WORK/corpus-$N.jsonl
    CATALOG=$WORK/catalog-$N
    OUT=$WORK/results-$N.jsonl
    : > "$OUT"
    [ -f "$CORPUS" ] || python3 "$BENCH/gen_corpus.py" --n "$N" --seed 42 --out "$CORPUS" --workers 2
    [ -d "$CATALOG/scenarios" ] || python3 "$BENCH/to_catalog.py" "$CORPUS" "$CATALOG"

    echo "-- sqlite fts5 (bare)" >&2
    python3 "$BENCH/bench_search.py" sqlite build "$CORPUS" "$WORK/sqlite-$N.db" >> "$OUT"
    python3 "$BENCH/bench_search.py" sqlite query "$WORK/sqlite-$N.db" "$QUERIES" "$PASSES" >> "$OUT"
    if [ $HAVE_TANTIVY = 1 ]; then
        echo "-- tantivy" >&2
        python3 "$BENCH/bench_search.py" tantivy build "$CORPUS" "$WORK/tantivy-$N" >> "$OUT"
        python3 "$BENCH/bench_search.py" tantivy query "$WORK/tantivy-$N" "$QUERIES" "$PASSES" >> "$OUT"
    fi

    echo "-- pedacat (in process)" >&2
    INDEX=$WORK/pedacat-$N.sqlite
    "$SB" build "$CATALOG" "$INDEX" >> "$OUT"
    "$SB" query "$CATALOG" "$INDEX" "$QUERIES" "$PASSES" >> "$OUT"
    "$SB" query "$CATALOG" "$INDEX" "$QUERIES" "$PASSES" --plain >> "$OUT"
    for _ in 1 2 3 4 5; do "$SB" update "$CATALOG" "$INDEX" >> "$OUT"; done
    # The same queries on the index those edits left (delta and stale postings in use).
    "$SB" query "$CATALOG" "$INDEX" "$QUERIES" "$PASSES" | sed 's/"engine":"pedacat"/"engine":"pedacat-edited"/' >> "$OUT"

    echo "-- pedacat (command line, end to end)" >&2
    t0=$(now); "$PEDACAT" index --rebuild --catalog "$CATALOG" --index "$INDEX" > /dev/null; t1=$(now)
    echo "{\"engine\": \"pedacat-cli\", \"mode\": \"build\", \"build_s\": $(python3 -c "print($t1 - $t0)")}" >> "$OUT"
    FIRST=$(cd "$CATALOG/scenarios" && python3 -c "import os; print(min(f for f in os.listdir('.') if f.endswith('.md')))")
    for _ in 1 2 3 4 5; do
        echo "Modification mesurée." >> "$CATALOG/scenarios/$FIRST"
        t0=$(now); "$PEDACAT" search mesurée --catalog "$CATALOG" --index "$INDEX" > /dev/null; t1=$(now)
        echo "{\"engine\": \"pedacat-cli\", \"mode\": \"update\", \"update_and_search_ms\": $(python3 -c "print(($t1 - $t0) * 1000)")}" >> "$OUT"
    done
    t0=$(now); "$PEDACAT" search mesurée --catalog "$CATALOG" --index "$INDEX" > /dev/null; t1=$(now)
    echo "{\"engine\": \"pedacat-cli\", \"mode\": \"noop\", \"search_ms\": $(python3 -c "print(($t1 - $t0) * 1000)")}" >> "$OUT"
    "$PEDACAT" search --queries "$WORK/queries.txt" --facets --catalog "$CATALOG" --index "$INDEX" > "$WORK/batch-$N.jsonl"
    python3 - "$WORK/batch-$N.jsonl" >> "$OUT" <<'PY'
import json, sys
ms = sorted(json.loads(l)["took_ms"] for l in open(sys.argv[1], encoding="utf-8"))
def pct(p):
    k = (len(ms) - 1) * p / 100; lo = int(k); hi = min(lo + 1, len(ms) - 1)
    return ms[lo] + (ms[hi] - ms[lo]) * (k - lo)
print(json.dumps({"engine": "pedacat-cli", "mode": "query", "queries": len(ms), "p50_ms": pct(50), "p99_ms": pct(99)}))
PY

    python3 - "$OUT" "$N" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
def get(engine, mode, key, agg=statistics.median):
    vals = [r[key] for r in rows if r.get("engine") == engine and r.get("mode") == mode and key in r]
    return agg(vals) if vals else None
n = sys.argv[2]
sq_build, sq_p50, sq_p99 = get("sqlite", "build", "build_s"), get("sqlite", "query", "p50_ms"), get("sqlite", "query", "p99_ms")
tv_build, tv_p50, tv_p99 = get("tantivy", "build", "build_s"), get("tantivy", "query", "p50_ms"), get("tantivy", "query", "p99_ms")
pb, pp50, pp99 = get("pedacat", "build", "build_s"), get("pedacat", "query", "p50_ms"), get("pedacat", "query", "p99_ms")
pl50, pl99 = get("pedacat-plain", "query", "p50_ms"), get("pedacat-plain", "query", "p99_ms")
pe50, pe99 = get("pedacat-edited", "query", "p50_ms"), get("pedacat-edited", "query", "p99_ms")
upd = get("pedacat", "update", "update_and_search_ms")
cli_build, cli_upd = get("pedacat-cli", "build", "build_s"), get("pedacat-cli", "update", "update_and_search_ms")
cli_noop = get("pedacat-cli", "noop", "search_ms")
cb50, cb99 = get("pedacat-cli", "query", "p50_ms"), get("pedacat-cli", "query", "p99_ms")
def f(x, d=2): return "n/a" if x is None else f"{x:.{d}f}"
def ratio(a, b): return "n/a" if a is None or b is None or b == 0 else f"{a / b:.2f}x"
print(f"\n### N = {n}")
print(f"build      sqlite {f(sq_build)} s | tantivy {f(tv_build)} s | pedacat {f(pb)} s (cli {f(cli_build)} s)"
      f" -> pedacat/sqlite {ratio(pb, sq_build)} (target <= 1.5x), pedacat/tantivy {ratio(pb, tv_build)}")
print(f"query p50  sqlite {f(sq_p50)} | tantivy {f(tv_p50)} | pedacat facets+snippets {f(pp50)} | plain {f(pl50)} | cli batch {f(cb50)} ms"
      f" -> pedacat/sqlite {ratio(pp50, sq_p50)}")
print(f"query p99  sqlite {f(sq_p99)} | tantivy {f(tv_p99)} | pedacat facets+snippets {f(pp99)} | plain {f(pl99)} | cli batch {f(cb99)} ms"
      f" -> pedacat/sqlite {ratio(pp99, sq_p99)} (target <= 1x), pedacat/tantivy {ratio(pp99, tv_p99)}")
print(f"after the edits below: pedacat p50 {f(pe50)} ms, p99 {f(pe99)} ms -> p99 pedacat/sqlite {ratio(pe99, sq_p99)},"
      f" pedacat/tantivy {ratio(pe99, tv_p99)}")
print(f"one-file update: in process update+search {f(upd, 1)} ms; command line `pedacat search` after an edit "
      f"{f(cli_upd, 1)} ms (no-change search {f(cli_noop, 1)} ms; target < 200 ms)")
PY
done
