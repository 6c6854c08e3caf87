#!/usr/bin/env bash
# Load benchmark of `pedacat serve` (not a test): wrk, 64 connections, 30 s each, on loopback only,
# against a generated 10k-entry catalogue, on
#   /api/search?q=…                                   (French full-text search, JSON)
#   /oai?verb=ListRecords&metadataPrefix=lom          (OAI-PMH page of ScoLOMFR records)
# Peer measured in the same run: Python's http.server (ThreadingHTTPServer) serving the very same
# response bytes as static files, so the ratio says what dynamic generation costs against a plain
# file server on this machine.
#
# A request slower than TIMEOUT (default 10 s; wrk's own default is 2 s) counts as an error.
# Needs: wrk (apt-get install wrk), python3, curl. Output: requests/s, p50/p99 latency, errors, and
# the server's peak memory (VmHWM from /proc). Exits 1 if any request failed.
#
#   Benchmarks/serve-bench.sh                 # N=10000 DURATION=30s CONNECTIONS=64
#   N=2000 DURATION=5s Benchmarks/serve-bench.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
N=${N:-10000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
QUERY=${QUERY:-"evaluation+competences"}
PAGE_SIZE=${PAGE_SIZE:-50}
WORK=$ROOT/Benchmarks/.work/serve-$N
mkdir -p "$WORK"

for tool in wrk python3 curl; do
    command -v "$tool" >/dev/null || { echo "serve-bench: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done

if [ ! -d "$WORK/catalog/scenarios" ]; then
    echo "== generating a $N-entry catalogue"
    python3 "$SHARED/bench/gen_corpus.py" --n "$N" --seed 42 --out "$WORK/corpus.jsonl" --workers 2
    python3 "$SHARED/bench/to_catalog.py" "$WORK/corpus.jsonl" "$WORK/catalog"
fi

echo "== release build"
(cd "$ROOT" && swift build -c release --product pedacat >/dev/null)
BIN=$(cd "$ROOT" && swift build -c release --show-bin-path)/pedacat

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

PORT=$(free_port)
"$BIN" serve --catalog "$WORK/catalog" --index "$WORK/index.sqlite" --port "$PORT" --page-size "$PAGE_SIZE" \
    > "$WORK/server.log" 2>&1 &
SERVER=$!
PEER=""
cleanup() {
    kill -INT "$SERVER" 2>/dev/null || true
    [ -n "$PEER" ] && kill "$PEER" 2>/dev/null || true
}
trap cleanup EXIT

echo "== starting pedacat serve on 127.0.0.1:$PORT (loading and indexing the catalogue)"
START=$(date +%s)
until curl -sf "http://127.0.0.1:$PORT/oai?verb=Identify" >/dev/null; do
    kill -0 "$SERVER" 2>/dev/null || { echo "server died:"; cat "$WORK/server.log"; exit 1; }
    sleep 0.5
done
echo "   ready after $(( $(date +%s) - START )) s; RSS $(grep VmRSS /proc/$SERVER/status | awk '{print $2, $3}')"

SEARCH_PATH="/api/search?q=$QUERY"
OAI_PATH="/oai?verb=ListRecords&metadataPrefix=lom"

# Peer: the same bytes as static files.
mkdir -p "$WORK/static"
curl -sf "http://127.0.0.1:$PORT$SEARCH_PATH" > "$WORK/static/search.json"
curl -sf "http://127.0.0.1:$PORT$OAI_PATH" > "$WORK/static/listrecords.xml"
echo "   response sizes: search $(wc -c < "$WORK/static/search.json") B, ListRecords $(wc -c < "$WORK/static/listrecords.xml") B"
PEER_PORT=$(free_port)
python3 -c "
import functools, http.server, sys
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[2])
handler.log_message = lambda *a: None
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), handler).serve_forever()
" "$PEER_PORT" "$WORK/static" > /dev/null 2>&1 &
PEER=$!
until curl -sf "http://127.0.0.1:$PEER_PORT/search.json" >/dev/null; do sleep 0.2; done

# run NAME URL → prints one summary line, fails on errors
FAILED=0
run() {
    local name=$1 url=$2 out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "$url")
    echo "$out" > "$WORK/wrk-$name.txt"
    local rps p50 p99 errors non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Socket errors/ {print}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    printf '%-22s %10s req/s   p50 %8s   p99 %8s   %s%s\n' "$name" "$rps" "$p50" "$p99" \
        "${non2xx:+non-2xx: $non2xx }" "${errors:-errors: none}"
    # Zero errors is asked of pedacat; the peer's errors are shown, not judged.
    if [[ $name == pedacat-* ]] && { [ -n "$errors" ] || [ -n "$non2xx" ]; }; then FAILED=1; fi
    echo "$rps" > "$WORK/rps-$name"
}

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT (loopback)"
run pedacat-search "http://127.0.0.1:$PORT$SEARCH_PATH"
run static-search "http://127.0.0.1:$PEER_PORT/search.json"
run pedacat-listrecords "http://127.0.0.1:$PORT$OAI_PATH"
run static-listrecords "http://127.0.0.1:$PEER_PORT/listrecords.xml"

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$(cat "$WORK/rps-$1")" "$(cat "$WORK/rps-$2")"; }
echo "== ratios (pedacat req/s ÷ static peer req/s, same run)"
echo "   search:      $(ratio pedacat-search static-search)"
echo "   ListRecords: $(ratio pedacat-listrecords static-listrecords)"
echo "== pedacat serve peak memory: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}') (VmHWM)"

kill -INT "$SERVER"
wait "$SERVER" && echo "== server stopped cleanly (exit 0)" || { echo "server exit status $?"; FAILED=1; }
trap - EXIT
kill "$PEER" 2>/dev/null || true
exit $FAILED
