#!/usr/bin/env bash
# Incremental `agora build`: what a build costs after a one-file edit,
# against a full build of the same site (SPEC budget: at 10,000 pages, at
# most 10 % of a full build's CPU).
#
#   benches/incremental.sh [--pages N] [--langs N] [--runs N] [--edits N]
#
# On a copy of the generated corpus: N full builds (`--clean`: no manifest,
# no page store), median wall, CPU (user+sys) and peak RSS; one build with
# nothing changed; then N edits, each appending a sentence to another entry
# (of another language each time) followed by a build. Reports the medians
# and the ratio of the incremental build's CPU to the full build's, and
# each build's own summary line (files written, routes kept). Reports,
# never asserts.
#
# Environment: AGORA_BENCH_BIN, AGORA_BENCH_CORPUS_ROOT (see build.sh).
set -euo pipefail

# shellcheck source=benches/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PAGES=10000
LANGS=10
RUNS=3
EDITS=7
while [[ $# -gt 0 ]]; do
    case $1 in
        --pages) PAGES=${2:?}; shift 2 ;;
        --langs) LANGS=${2:?}; shift 2 ;;
        --runs) RUNS=${2:?}; shift 2 ;;
        --edits) EDITS=${2:?}; shift 2 ;;
        -h | --help) usage "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
ensure_cmd /usr/bin/time time

AGORA=$(agora_bin)
CORPUS=$(ensure_corpus agora "$PAGES" "$LANGS")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SITE=$TMP/site
mkdir -p "$SITE"
cp -r "$CORPUS/content" "$CORPUS/site.yaml" "$SITE/"
OUT=$SITE/public

# build ARGS...: one timed build; appends wall, CPU, RSS to $TMP/<kind>.*
build() {
    local kind=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/t" "$AGORA" build --root "$SITE" --out "$OUT" "$@" \
        >/dev/null 2>"$TMP/log" || { cat "$TMP/log" >&2; die "agora build failed"; }
    read -r wall user sys rss <"$TMP/t"
    echo "$wall" >>"$TMP/$kind.wall"
    awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >>"$TMP/$kind.cpu"
    awk -v k="$rss" 'BEGIN { printf "%.1f\n", k / 1024 }' >>"$TMP/$kind.rss"
    printf '    %-11s wall %6.2f s  CPU %6.2f s  RSS %6.1f MiB  %s\n' "$kind" "$wall" \
        "$(tail -1 "$TMP/$kind.cpu")" "$(tail -1 "$TMP/$kind.rss")" \
        "$(grep -oE '[0-9]+ files \([0-9.]+ [kMG]?B\)(, [0-9]+ unchanged)?' "$TMP/log" | head -1)"
}

echo "== incremental agora build, $PAGES pages in $LANGS languages ($(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
build warm-up --clean
for ((r = 1; r <= RUNS; r++)); do build full --clean; done
build unchanged # the other folder of the swap gets its manifest
build unchanged
mapfile -t entries < <(find "$SITE/content" -path '*/news/*.md' ! -name '_index.md' | sort)
((${#entries[@]} > 0)) || die "no entries in the corpus"
for ((e = 0; e < EDITS; e++)); do
    f=${entries[$(((e * 997 + e * ${#entries[@]} / EDITS) % ${#entries[@]}))]}
    printf '\nAn added sentence, edit %d of the benchmark.\n' "$e" >>"$f"
    build one-edit
done

med() { median_of "$TMP/$1.$2"; }
median_of() { sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '  %-22s %9s %9s %11s\n' "" "wall s" "CPU s" "RSS MiB"
for k in full unchanged one-edit; do
    printf '  %-22s %9s %9s %11s\n' "$k (median of $(wc -l <"$TMP/$k.cpu"))" "$(med "$k" wall)" "$(med "$k" cpu)" "$(med "$k" rss)"
done
awk -v i="$(med one-edit cpu)" -v f="$(med full cpu)" \
    'BEGIN { printf "\n  one-file edit: %.1f %% of a full build'"'"'s CPU (budget 10 %%)\n", 100 * i / f }'
