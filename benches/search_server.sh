#!/usr/bin/env bash
# HTTP load on `agora search-server` over loopback (SPEC §7, §10).
#
#   benches/search_server.sh [INDEX_DIR]
#
# Starts `agora search-server` on 127.0.0.1 (a free port) over INDEX_DIR
# (default: $AGORA_BENCH_INDEX, else target/bench-corpus/agora-10000-10/
# public/search-index, which benches/build.sh creates), waits for /healthz,
# then drives it with wrk (Debian package, installed if missing) through a Lua
# script rotating over a few hundred /api/search URLs in every indexed
# language (one and two words, phrases, section filters, page 2). Reports
# requests/s, latency percentiles and non-2xx/socket errors, then stops the
# server. Loopback only; the load is bounded in time.
#
# Environment: AGORA_BENCH_BIN (agora binary; default: cargo build --release),
# WRK_THREADS (2), WRK_CONNECTIONS (32), WRK_DURATION (15s).
set -euo pipefail

# shellcheck source=benches/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

INDEX=${1:-${AGORA_BENCH_INDEX:-$CORPUS_ROOT/agora-10000-10/public/search-index}}
THREADS=${WRK_THREADS:-2}
CONNECTIONS=${WRK_CONNECTIONS:-32}
DURATION=${WRK_DURATION:-15s}

if [[ ! -d $INDEX ]]; then
    die "no search index at $INDEX: run benches/build.sh --runs 1 --no-compare first (or pass an index folder)"
fi
ensure_cmd wrk wrk
ensure_cmd curl curl
ensure_cmd python3 python3

AGORA=$(agora_bin)
TMP=$(mktemp -d)
SERVER_PID=
cleanup() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT

PORT=$(free_port)
"$AGORA" search-server --index "$INDEX" --bind 127.0.0.1 --port "$PORT" 2>"$TMP/server.log" &
SERVER_PID=$!
BASE=http://127.0.0.1:$PORT
wait_http "$BASE/healthz" "$SERVER_PID" 100 "$TMP/server.log" \
    "agora search-server did not answer /healthz on $BASE" # at most ~10 s
note "$(head -1 "$TMP/server.log")"

# The URLs (search_urls, lib.sh): per indexed language, common words of its
# education vocabulary.
mapfile -t LANGS < <(index_langs "$INDEX")
[[ ${#LANGS[@]} -gt 0 ]] || die "no language index under $INDEX"
search_urls "$INDEX" "$TMP/sample.txt"
lua_paths "$TMP/sample.txt" "$TMP/urls.lua"
cat >>"$TMP/urls.lua" <<'EOF'
local i = 0
function init(args)
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  io.write("------------------------------\n")
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%-5s %.3f ms\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("max    %.3f ms\n", latency.max / 1000))
  io.write(string.format("requests %d, non-2xx/3xx %d, errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("req/s %.0f\n", summary.requests / (summary.duration / 1e6)))
end
EOF

# Sanity: every URL answers 200 once, before the load (a broken query would
# otherwise only show as non-2xx counts).
bad=0
while read -r u; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$u") || code=000
    if [[ $code != 200 ]]; then
        bad=$((bad + 1))
        [[ $bad -le 5 ]] && note "  $code for $u"
    fi
done <"$TMP/sample.txt"
echo "== agora search-server load: $(wc -l <"$TMP/sample.txt") URLs in ${#LANGS[@]} languages (${LANGS[*]}), $bad not answering 200 beforehand"
echo "   index: $INDEX"
echo "   machine: $(nproc) cores; wrk and server share them (loopback)"
echo "   wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
echo
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$TMP/urls.lua" "$BASE" | tee "$TMP/wrk.out"
echo
rss=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo '?')
echo "server peak RSS: $rss MiB"
awk '/^req\/s/ { r = $2 } /^p99 / { p = $2 } /^requests / { e = $0 }
    END { printf "SUMMARY: %s req/s, p99 %s ms; %s\n", r, p, e }' "$TMP/wrk.out"
