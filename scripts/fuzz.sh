#!/usr/bin/env bash
# Fuzzing agora with cargo-fuzz (libFuzzer); see fuzz/README.md.
#
#   scripts/fuzz.sh                   replay every target's kept corpus once (-runs=0)
#                                     and every saved regression input; the exit
#                                     status says whether all of them pass
#   scripts/fuzz.sh --time N [T...]   fuzz each target (or only T...) for N seconds,
#                                     growing fuzz/corpus/<T>; stops at the first crash
#   scripts/fuzz.sh --time N --keep-going [T...]
#                                     same, but libFuzzer's fork mode goes on after
#                                     crashes, timeouts and OOMs (all saved in
#                                     fuzz/artifacts/<T>/)
#   scripts/fuzz.sh --cmin [T...]     minimize the kept corpora in place
#
# Needs the nightly toolchain; installs cargo-fuzz if it is missing. Runs
# under `nice -n 19`, one target at a time.
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
TARGETS_ALL=(front_matter markdown_sanitize fluent search_query urls)
declare -A DICT=([front_matter]=yaml [markdown_sanitize]=markdown [fluent]=fluent [search_query]=search [urls]=urls)

mode=replay
time=0
keep_going=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --time) mode=fuzz; time="${2:?--time needs seconds}"; shift 2 ;;
        --keep-going) keep_going=1; shift ;;
        --cmin) mode=cmin; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${TARGETS_ALL[@]}")

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz.sh: installing the nightly toolchain (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal || exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz"
    cargo install cargo-fuzz --locked || exit 1
fi

# `nice` ranks processes only within their session's autogroup: a fuzzer
# started in its own session (setsid, a terminal) would still take a core
# from a build in another one. Lower the whole autogroup too.
if [ -w /proc/self/autogroup ]; then echo 19 >/proc/self/autogroup 2>/dev/null || true; fi
FUZZ=(nice -n 19 cargo +nightly fuzz)
OPTS=(-rss_limit_mb=2048 -timeout=5 -max_len=65536)

echo "fuzz.sh: building the fuzz targets"
"${FUZZ[@]}" build || exit 1

failed=()
for t in "${targets[@]}"; do
    corpus="fuzz/corpus/$t"
    mkdir -p "$corpus" "fuzz/artifacts/$t"
    case "$mode" in
        replay)
            echo "== $t: corpus replay ($(ls "$corpus" | wc -l) inputs)"
            if "${FUZZ[@]}" run "$t" "$corpus" -- "${OPTS[@]}" -runs=0 >"fuzz/artifacts/$t/replay.log" 2>&1; then
                echo "   ok"
            else
                echo "   FAILED (see fuzz/artifacts/$t/replay.log)"; failed+=("$t corpus")
            fi
            if [ -d "fuzz/regressions/$t" ]; then
                for f in "fuzz/regressions/$t"/*; do
                    [ -f "$f" ] || continue
                    if "${FUZZ[@]}" run "$t" "$f" -- "${OPTS[@]}" >"fuzz/artifacts/$t/regression-$(basename "$f").log" 2>&1; then
                        echo "   regression $(basename "$f"): fixed"
                    else
                        echo "   regression $(basename "$f"): STILL FAILS (fuzz/artifacts/$t/regression-$(basename "$f").log)"
                        failed+=("$t regression $(basename "$f")")
                    fi
                done
            fi
            ;;
        fuzz)
            echo "== $t: fuzzing for ${time}s"
            extra=(-max_total_time="$time" -dict="fuzz/dict/${DICT[$t]}.dict")
            [ "$keep_going" = 1 ] && extra+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
            if ! "${FUZZ[@]}" run "$t" "$corpus" -- "${OPTS[@]}" "${extra[@]}"; then
                failed+=("$t")
            fi
            ;;
        cmin)
            echo "== $t: corpus minimization"
            "${FUZZ[@]}" cmin "$t" "$corpus" -- "${OPTS[@]}" || failed+=("$t cmin")
            ;;
    esac
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: failures: ${failed[*]}"
    exit 1
fi
echo "fuzz.sh: all passed"
