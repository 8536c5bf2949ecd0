#!/usr/bin/env bash
# Load on both servers over loopback: `agora search-server` and `agora serve`
# under wrk, and how they hold up against slow and idle clients.
#
#   benches/load.sh [--duration SECONDS] [--connections N] [--pages N] [--langs N]
#                   [--slow N] [--idle N] [--sites example,corpus]
#                   [--servers search,serve]
#
# For each site — the example site at the repository root (copied to a
# temporary folder) and a generated corpus (default 10,000 pages in 10
# languages, target/bench-corpus/agora-<pages>-<langs>, made with
# shared/tools/gen_corpus.py if missing) — it builds the site with the release
# binary, then:
#   1. starts `agora search-server` on 127.0.0.1 and drives it for DURATION
#      (30 s) with wrk, CONNECTIONS (64) connections on 2 threads, through a
#      Lua script rotating over a few hundred /api/search URLs in every
#      language (one and two words, phrases, section filters, page 2);
#   2. starts `agora serve` on the same site and drives it the same way over
#      up to 1,000 page URLs of the output folder.
# On the corpus only, it then repeats each run with hostile clients beside
# wrk (a small Python client written to a temporary folder, bounded to
# DURATION):
#   3. SLOW (200) connections that send a request head one byte a second,
#      reconnecting when the server closes them (slowloris);
#   4. (search-server) IDLE (600, more than the 512-connection cap)
#      connections that send nothing, reopened when closed.
# For every run: requests/s, latency p50/p90/p99/max, non-2xx responses and
# socket errors (wrk), and the server's RSS sampled every second (start, peak,
# end); for the hostile runs also how long the server let the hostile
# connections live. Loopback only, bounded in time; the servers are stopped at
# exit. Results go to stdout and target/bench-load/load-<time>.txt.
#
# Takes about 6 minutes with the defaults (the corpus build adds ≈ 15 s, its
# generation ≈ 15 s the first time). Run it with `nice` on a shared machine.
#
# Environment: AGORA_BENCH_BIN (agora binary; default: cargo build --release),
# WRK_THREADS (2).
set -euo pipefail

# shellcheck source=benches/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=30
CONNECTIONS=64
PAGES=10000
LANGS=10
SLOW=200
IDLE=600
SITES=example,corpus
SERVERS=search,serve
THREADS=${WRK_THREADS:-2}
while [[ $# -gt 0 ]]; do
    case $1 in
        --duration) DURATION=${2:?--duration needs seconds}; shift 2 ;;
        --connections) CONNECTIONS=${2:?--connections needs a number}; shift 2 ;;
        --pages) PAGES=${2:?--pages needs a number}; shift 2 ;;
        --langs) LANGS=${2:?--langs needs a number}; shift 2 ;;
        --slow) SLOW=${2:?--slow needs a number}; shift 2 ;;
        --idle) IDLE=${2:?--idle needs a number}; shift 2 ;;
        --sites) SITES=${2:?--sites needs example, corpus or both}; shift 2 ;;
        --servers) SERVERS=${2:?--servers needs search, serve or both}; shift 2 ;;
        -h | --help) usage "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
for n in "$DURATION" "$CONNECTIONS" "$PAGES" "$LANGS" "$SLOW" "$IDLE"; do
    [[ $n =~ ^[0-9]+$ ]] || die "numbers only: $n"
done

ensure_cmd wrk wrk
ensure_cmd curl curl
ensure_cmd python3 python3

AGORA=$(agora_bin)
TMP=$(mktemp -d)
SERVER_PID=
SAMPLER_PID=
HOSTILE_PID=
stop_pid() {
    local pid=$1
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}
cleanup() {
    stop_pid "$HOSTILE_PID"
    stop_pid "$SAMPLER_PID"
    stop_pid "$SERVER_PID"
    rm -rf "$TMP"
}
trap cleanup EXIT

RESULTS_DIR=$REPO/target/bench-load
mkdir -p "$RESULTS_DIR"
RESULTS=$RESULTS_DIR/load-$(date -u +%Y%m%dT%H%M%SZ).txt
exec > >(tee "$RESULTS") 2>&1

echo "== agora load: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$REPO" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)'), binary $AGORA"
echo "   wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s; wrk, the server and the hostile clients share the cores (loopback)"

# ------------------------------------------------------------------ helpers

# start_server LOG ARGS...: start agora in the background (SERVER_PID).
start_server() {
    local log=$1
    shift
    "$AGORA" "$@" 2>"$log" &
    SERVER_PID=$!
}

# rss_kib PID: resident set size of a process, in KiB.
rss_kib() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0
}

# start_sampler PID FILE: append the RSS of PID to FILE every second.
start_sampler() {
    local pid=$1 file=$2
    (while kill -0 "$pid" 2>/dev/null; do rss_kib "$pid" >>"$file"; sleep 1; done) &
    SAMPLER_PID=$!
}

# rss_summary FILE: "start S, peak P, end E MiB" of the samples in FILE, and
# the RSS at each quarter of the run (flat memory: the quarters level off).
rss_summary() {
    awk '{ v[NR] = $1; if ($1 > p) p = $1 }
        END {
            printf "RSS start %.0f, peak %.0f, end %.0f MiB; by quarter", v[1] / 1024, p / 1024, v[NR] / 1024
            for (q = 1; q <= 4; q++) { i = int(NR * q / 4); if (i < 1) i = 1; printf " %.0f", v[i] / 1024 }
            printf " MiB"
        }' "$1"
}

# The Lua script: rotate over the paths in paths.lua, report percentiles.
lua_script() {
    local paths=$1 out=$2
    cat "$paths" >"$out"
    cat >>"$out" <<'EOF'
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
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%-3s %.2f ms\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.2f ms\n", latency.max / 1000))
  io.write(string.format("req/s %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("errors non-2xx/3xx %d, connect %d, read %d, write %d, timeout %d\n",
    summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
end
EOF
}

# run_wrk NAME BASE LUA SERVER_PID: one timed run with RSS sampling; prints
# the wrk report and a one-line summary.
run_wrk() {
    local name=$1 base=$2 lua=$3 pid=$4
    local rss=$TMP/rss-$name.txt
    : >"$rss"
    start_sampler "$pid" "$rss"
    sleep 1 # the first sample is the RSS before the load
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$lua" "$base" >"$TMP/wrk-$name.txt" 2>&1 ||
        echo "(wrk exited with an error)" >>"$TMP/wrk-$name.txt"
    sleep 2 # samples after the load
    stop_pid "$SAMPLER_PID"
    SAMPLER_PID=
    sed 's/^/    /' "$TMP/wrk-$name.txt"
    local summary
    summary=$(awk '/^req\/s/ { r = $2 } /^p50 / { a = $2 } /^p99 / { b = $2 } /^errors / { sub(/^errors /, ""); e = $0 }
        END { printf "%s req/s, p50 %s ms, p99 %s ms; errors: %s", r, a, b, e }' "$TMP/wrk-$name.txt")
    echo "SUMMARY $name: $summary; $(rss_summary "$rss")"
}

# hostile MODE N BASE PATH NAME: start benches/slow_clients.py (HOSTILE_PID).
hostile() {
    local mode=$1 n=$2 base=$3 path=$4 name=$5
    python3 "$TMP/slow_clients.py" --mode "$mode" --connections "$n" --duration "$((DURATION + 2))" \
        --port "${base##*:}" --path "$path" >"$TMP/hostile-$name.txt" 2>&1 &
    HOSTILE_PID=$!
    sleep 2 # let the hostile connections open before wrk starts
}

hostile_report() {
    local name=$1
    wait "$HOSTILE_PID" 2>/dev/null || true
    HOSTILE_PID=
    echo "    hostile clients: $(cat "$TMP/hostile-$name.txt")"
}

# query_paths INDEX OUT: paths.lua with /api/search URLs for every language
# (search_urls, lib.sh).
query_paths() {
    search_urls "$1" "$TMP/search-urls.txt"
    lua_paths "$TMP/search-urls.txt" "$2"
}

# page_paths OUT_DIR OUT: paths.lua with up to 1,000 page URLs of a build.
page_paths() {
    local public=$1 out=$2
    python3 - "$public" "$out" <<'EOF'
import os, random, sys
from urllib.parse import quote
public, out = sys.argv[1], sys.argv[2]
urls = []
for d, _, files in os.walk(public):
    if "search-index" in d or "/api" in d[len(public):]:
        continue
    if "index.html" in files:
        rel = os.path.relpath(d, public)
        urls.append("/" if rel == "." else "/" + quote(rel) + "/")
urls.sort()
random.Random(1).shuffle(urls)
urls = urls[:1000]
with open(out, "w", encoding="utf-8") as f:
    f.write("paths = {\n" + "".join('  "%s",\n' % u for u in urls) + "}\n")
print(f"{len(urls)} page URLs")
EOF
}

# check_paths BASE PATHS_LUA: every URL answers 200 before the load.
check_paths() {
    local base=$1 paths=$2 bad=0 n=0 u code
    while read -r u; do
        n=$((n + 1))
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base$u") || code=000
        if [[ $code != 200 ]]; then
            bad=$((bad + 1))
            [[ $bad -le 5 ]] && note "    $code for $u"
        fi
    done < <(sed -n 's/^  "\(.*\)",$/\1/p' "$paths")
    echo "    checked beforehand: $n URLs, $bad not answering 200"
}

# Hostile clients: `slow` sends a request head one byte a second, `idle`
# sends nothing; either way a connection the server closes is reopened, so N
# stay open (as far as the server lets them) until DURATION is over.
cat >"$TMP/slow_clients.py" <<'EOF'
import argparse, socket, statistics, time

p = argparse.ArgumentParser()
p.add_argument("--mode", choices=["slow", "idle"], required=True)
p.add_argument("--connections", type=int, required=True)
p.add_argument("--duration", type=float, required=True)
p.add_argument("--port", type=int, required=True)
p.add_argument("--path", default="/")
a = p.parse_args()
head = ("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow-client\r\nX-Padding: %s\r\n\r\n"
        % (a.path, "a" * 300)).encode()
deadline = time.monotonic() + a.duration
conns = {}  # socket -> [opened at, bytes sent]
opened = failed = answered = peak = 0
lifetimes = []
while time.monotonic() < deadline:
    while len(conns) < a.connections:
        try:
            s = socket.create_connection(("127.0.0.1", a.port), timeout=2)
        except OSError:
            failed += 1
            break
        s.setblocking(False)
        conns[s] = [time.monotonic(), 0]
        opened += 1
    peak = max(peak, len(conns))
    tick = time.monotonic()
    for s, st in list(conns.items()):
        closed = False
        try:
            data = s.recv(4096)
            answered += bool(data)  # a 408, say: the server is done with it
            closed = True
        except BlockingIOError:
            pass
        except OSError:
            closed = True
        if not closed and a.mode == "slow" and st[1] < len(head):
            try:
                st[1] += s.send(head[st[1]:st[1] + 1])
            except BlockingIOError:
                pass
            except OSError:
                closed = True
        if closed:
            lifetimes.append(time.monotonic() - st[0])
            s.close()
            del conns[s]
    time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
for s in conns:
    s.close()
life = ("closed by the server after median %.1f s, max %.1f s" % (statistics.median(lifetimes), max(lifetimes))
        if lifetimes else "none closed by the server")
print("%s: opened %d connections (at most %d open at once), %d closed by the server (%d answered first), "
      "%s; %d connect failures" % (a.mode, opened, peak, len(lifetimes), answered, life, failed))
EOF

# --------------------------------------------------------------- the runs

# load_site NAME ROOT OUT HOSTILE(0/1)
load_site() {
    local name=$1 root=$2 out=$3 with_hostile=$4
    echo
    echo "== site: $name ($root)"
    local t0=$SECONDS
    "$AGORA" build --root "$root" --out "$out" >"$TMP/build-$name.txt" 2>&1 ||
        { cat "$TMP/build-$name.txt" >&2; die "agora build failed for $name"; }
    echo "   built in $((SECONDS - t0)) s: $(grep -h '^Built' "$TMP/build-$name.txt" | tail -1)"

    # -- search-server
    query_paths "$out/search-index" "$TMP/queries.lua"
    lua_script "$TMP/queries.lua" "$TMP/search.lua"
    local port base
    port=$(free_port)
    base=http://127.0.0.1:$port
    start_server "$TMP/search-server-$name.log" search-server --index "$out/search-index" --bind 127.0.0.1 --port "$port"
    wait_http "$base/healthz" "$SERVER_PID" 200 "$TMP/search-server-$name.log" "search-server did not start"
    echo
    echo "-- $name: search-server"
    check_paths "$base" "$TMP/queries.lua"
    run_wrk "$name-search" "$base" "$TMP/search.lua" "$SERVER_PID"
    if [[ $with_hostile == 1 && $SLOW -gt 0 ]]; then
        echo
        echo "-- $name: search-server, wrk beside $SLOW slow clients (one byte a second)"
        hostile slow "$SLOW" "$base" /healthz "$name-search-slow"
        run_wrk "$name-search-slow" "$base" "$TMP/search.lua" "$SERVER_PID"
        hostile_report "$name-search-slow"
    fi
    if [[ $with_hostile == 1 && $IDLE -gt 0 ]]; then
        echo
        echo "-- $name: search-server, wrk beside $IDLE idle connections"
        hostile idle "$IDLE" "$base" /healthz "$name-search-idle"
        run_wrk "$name-search-idle" "$base" "$TMP/search.lua" "$SERVER_PID"
        hostile_report "$name-search-idle"
    fi
    stop_pid "$SERVER_PID"
    SERVER_PID=
    [[ ,$SERVERS, == *,serve,* ]] || return 0

    # -- serve (builds again on start, then serves the output folder)
    page_paths "$out" "$TMP/pages.lua"
    lua_script "$TMP/pages.lua" "$TMP/serve.lua"
    port=$(free_port)
    base=http://127.0.0.1:$port
    start_server "$TMP/serve-$name.log" serve --root "$root" --out "$out" --bind 127.0.0.1 --port "$port"
    wait_http "$base/" "$SERVER_PID" 1200 "$TMP/serve-$name.log" "serve did not start"
    echo
    echo "-- $name: serve"
    check_paths "$base" "$TMP/pages.lua"
    run_wrk "$name-serve" "$base" "$TMP/serve.lua" "$SERVER_PID"
    if [[ $with_hostile == 1 && $SLOW -gt 0 ]]; then
        echo
        echo "-- $name: serve, wrk beside $SLOW slow clients (one byte a second)"
        hostile slow "$SLOW" "$base" / "$name-serve-slow"
        run_wrk "$name-serve-slow" "$base" "$TMP/serve.lua" "$SERVER_PID"
        hostile_report "$name-serve-slow"
    fi
    stop_pid "$SERVER_PID"
    SERVER_PID=
}

if [[ ,$SITES, == *,example,* ]]; then
    EXAMPLE=$TMP/example
    mkdir -p "$EXAMPLE"
    cp "$REPO/site.yaml" "$EXAMPLE/"
    for d in content i18n static templates; do
        [[ -d $REPO/$d ]] && cp -r "$REPO/$d" "$EXAMPLE/"
    done
    load_site example "$EXAMPLE" "$EXAMPLE/public" 0
fi
if [[ ,$SITES, == *,corpus,* ]]; then
    CORPUS=$(ensure_corpus agora "$PAGES" "$LANGS")
    load_site "corpus-$PAGES" "$CORPUS" "$CORPUS/public" 1
fi

echo
echo "== summaries"
grep -h '^SUMMARY' "$RESULTS" | sed 's/^SUMMARY //' || true
echo "(full report: $RESULTS)"
