#!/usr/bin/env bash
# Edit-to-reload time of `agora serve` (SPEC §10: under 100 ms after a
# one-file edit on the 10,000-page corpus).
#
#   benches/serve_rebuild.sh [--pages N] [--langs N] [--edits N]
#
# Starts `agora serve` on the generated corpus (target/bench-corpus/
# agora-<pages>-<langs>, generated if missing) on a free 127.0.0.1 port, waits
# for it, then N times (default 5, or $AGORA_BENCH_EDITS): appends a sentence
# with a unique marker to one entry's Markdown file and measures the time until
# the live-reload long poll (GET /__agora/reload?since=V) has announced a new
# version AND the served page contains the marker (edit -> rebuilt -> browsers
# told), next to what serve itself prints ("Built N pages in X ms",
# "Reloaded browsers X ms after the change"). Also counts serve's rebuilds, to
# show rebuilds that no edit caused.
# Restores the file (and waits for that rebuild) and stops the server at exit.
#
# Environment: AGORA_BENCH_BIN (agora binary; default: cargo build --release).
set -euo pipefail

# shellcheck source=benches/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PAGES=10000
LANGS=10
EDITS=${AGORA_BENCH_EDITS:-5}
while [[ $# -gt 0 ]]; do
    case $1 in
        --pages) PAGES=${2:?--pages needs a number}; shift 2 ;;
        --langs) LANGS=${2:?--langs needs a number}; shift 2 ;;
        --edits) EDITS=${2:?--edits needs a number}; shift 2 ;;
        -h | --help) usage "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
[[ $EDITS =~ ^[1-9][0-9]*$ ]] || die "--edits takes a positive whole number"
ensure_cmd curl curl
ensure_cmd python3 python3

CORPUS=$(ensure_corpus agora "$PAGES" "$LANGS")
AGORA=$(agora_bin)
TMP=$(mktemp -d)
SERVER_PID=
FILE=
cleanup() {
    if [[ -n $FILE && -f $TMP/original.md ]]; then
        cp "$TMP/original.md" "$FILE"
    fi
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT

# version [SINCE]: the live-reload build count (every rebuild; the poll's
# `builds`), waiting for the next build when SINCE is given.
version() {
    local url=$BASE/__agora/reload
    [[ $# -gt 0 ]] && url="$url?since=$1"
    curl -fsS --max-time 60 "$url" | python3 -c 'import json, sys; print(json.load(sys.stdin)["builds"])'
}

# seqno [SINCE]: the live-reload change count (previews and builds; the
# poll's `seq`, what open pages wait on), waiting for the next change when
# SINCE is given.
seqno() {
    local url=$BASE/__agora/reload
    [[ $# -gt 0 ]] && url="$url?seq=$1"
    # (grep, not python: this is on the timed path)
    curl -fsS --max-time 60 "$url" | grep -oE '"seq":[0-9]+' | cut -d: -f2
}

now_ns() { date +%s%N; }

PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
echo "== agora serve: edit-to-reload on $CORPUS"
echo "   machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(now_ns)
"$AGORA" serve --root "$CORPUS" --bind 127.0.0.1 --port "$PORT" 2>"$TMP/serve.log" &
SERVER_PID=$!
# at most ~120 s (the first build comes first)
wait_http "$BASE/__agora/reload" "$SERVER_PID" 1200 "$TMP/serve.log" "agora serve did not come up on $BASE"
echo "   up in $((($(now_ns) - t0) / 1000000)) ms: $(grep -m1 -E '^Built ' "$TMP/serve.log" || true)"
sleep 1 # let the watcher settle

FILE=$(find "$CORPUS/content/en/news" -name '*.md' ! -name '_index.md' | sort | awk 'NR == 1')
[[ -n $FILE ]] || die "no entry under $CORPUS/content/en/news"
cp "$FILE" "$TMP/original.md"
echo "   editing ${FILE#"$CORPUS"/}"
echo

SLUG=$(basename "$FILE" .md)
URL=/en/news/$SLUG/
curl -fsS -o /dev/null --max-time 10 "$BASE$URL" || die "$BASE$URL does not answer: cannot check the edits"
builds_at_start=$(grep -c -E '^Built ' "$TMP/serve.log" || true)

: >"$TMP/e2e"
: >"$TMP/built"
: >"$TMP/reloaded"
: >"$TMP/complete"
: >"$TMP/previewed"
for ((i = 1; i <= EDITS; i++)); do
    marker="agora-bench-edit-$i-$$"
    v0=$(seqno)
    v=$v0
    b0=$(version)
    start=$(now_ns)
    printf '\nA sentence added by the rebuild benchmark, %s.\n' "$marker" >>"$FILE"
    # Done when a reload was announced (a preview or a build) AND the served
    # page has the sentence: a rebuild that was already running when the
    # file changed may not.
    seen=0
    deadline=$((SECONDS + 120))
    while ((SECONDS < deadline)); do
        next=$(seqno "$v") || die "the live-reload poll failed"
        [[ $next == "$v" ]] && continue # 25 s poll timeout: poll again
        curl -fsS --max-time 10 -o "$TMP/page.html" "$BASE$URL" || : >"$TMP/page.html"
        if grep -q "$marker" "$TMP/page.html"; then
            seen=1
            break
        fi
        v=$next
    done
    end=$(now_ns)
    # Then the build behind the preview (listings, feeds, API, search).
    b=$b0
    while ((SECONDS < deadline)) && [[ $b == "$b0" ]]; do
        b=$(version "$b0") || die "the live-reload poll failed"
    done
    built_end=$(now_ns)
    awk -v a="$start" -v b="$built_end" 'BEGIN { printf "%.0f\n", (b - a) / 1e6 }' >>"$TMP/complete"
    if [[ $seen -ne 1 ]]; then
        echo "  edit $i: the page did not show the edit within 120 s"
        continue
    fi
    ms=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", (b - a) / 1e6 }')
    sleep 0.2 # serve prints its lines just after bumping the version
    built=$(grep -oE '^Built [0-9]+ pages in [0-9]+ ms' "$TMP/serve.log" | tail -1 | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+' || echo '?')
    reloaded=$(grep -oE '^Reloaded browsers [0-9]+ ms' "$TMP/serve.log" | tail -1 | grep -oE '[0-9]+' || echo '?')
    previewed=$(grep -oE '^Previewed .* [0-9]+ ms after' "$TMP/serve.log" | tail -1 | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+' || echo '?')
    [[ $previewed != '?' ]] && echo "$previewed" >>"$TMP/previewed"
    printf '  edit %d: version %s -> %s, edit-to-reload %5d ms (serve: last build %s ms, reloaded %s ms after the change it saw)\n' \
        "$i" "$v0" "$next" "$ms" "$built" "$reloaded"
    echo "$ms" >>"$TMP/e2e"
    [[ $built != '?' ]] && echo "$built" >>"$TMP/built"
    [[ $reloaded != '?' ]] && echo "$reloaded" >>"$TMP/reloaded"
    sleep 1
done
builds_during=$(($(grep -c -E '^Built ' "$TMP/serve.log" || true) - builds_at_start))

# Restore the file and wait for that rebuild too (bounded by the poll).
v=$(version)
cp "$TMP/original.md" "$FILE"
version "$v" >/dev/null || true
rss=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo '?')

echo
# summ FILE: "median X ms (min Y, max Z; N values)" of the numbers in FILE.
summ() {
    if [[ ! -s $1 ]]; then
        echo "no data"
        return
    fi
    local med min max
    read -r med min max < <(stats <"$1")
    awk -v a="$med" -v b="$min" -v c="$max" -v n="$(wc -l <"$1")" \
        'BEGIN { printf "median %.0f ms (min %.0f, max %.0f; %d values)\n", a, b, c, n }'
}
echo "SUMMARY: edit-to-reload (page shows the edit): $(summ "$TMP/e2e")"
echo "         serve \"Previewed URL X ms after the change\": $(summ "$TMP/previewed")"
echo "         edit to the build behind it done: $(summ "$TMP/complete")"
echo "         serve \"Built ... in X ms\": $(summ "$TMP/built")"
echo "         serve \"Reloaded browsers X ms after the change\": $(summ "$TMP/reloaded")"
echo "         serve peak RSS: $rss MiB; file restored"
echo "         serve rebuilt $builds_during times during the $EDITS edits ($(grep -c -E '^Built ' "$TMP/serve.log" || true) builds in all)"
if ((builds_during > EDITS + 1)); then
    echo "WARNING: more rebuilds than edits: serve rebuilds without changes (watcher loop?)"
fi
