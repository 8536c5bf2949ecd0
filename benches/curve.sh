#!/usr/bin/env bash
# Build cost against site size: `agora build --clean` on generated corpora of
# several sizes (10 languages), one line per size, and a plot of CPU time and
# peak RSS per 1,000 pages (flat lines mean linear cost).
#
#   benches/curve.sh [--sizes "1000 10000 50000 100000 200000"] [--runs N]
#                    [--plot FILE.png] [--tsv FILE]
#   benches/curve.sh --replot TSV [--plot FILE.png]
#                    plot a saved table again (e.g. two runs' tables joined)
#
# Each size: the corpus is generated once (cached like build.sh's), built
# once into an empty temporary folder (timed and reported: "first build"),
# then timed N times (default 3; 1 from 50,000 pages on) as clean rebuilds
# over that output with GNU time: median wall, CPU (user+sys), peak RSS.
# The table goes to stdout and to --tsv (default target/curve.tsv); the plot
# (default docs/performance-curve.png) is drawn with matplotlib, installed
# with pip if it is missing. Reports, never asserts.
#
# Environment: AGORA_BENCH_BIN, AGORA_BENCH_CORPUS_ROOT (see build.sh).
set -euo pipefail

# shellcheck source=benches/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES="1000 10000 50000 100000 200000"
RUNS=3
PLOT=$REPO/docs/performance-curve.png
REPLOT=0
TSV=$REPO/target/curve.tsv
while [[ $# -gt 0 ]]; do
    case $1 in
        --sizes) SIZES=${2:?--sizes needs a list}; shift 2 ;;
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --plot) PLOT=${2:?--plot needs a file}; shift 2 ;;
        --tsv) TSV=${2:?--tsv needs a file}; shift 2 ;;
        --replot) TSV=${2:?--replot needs a table}; REPLOT=1; shift 2 ;;
        -h | --help) usage "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs takes a positive whole number"
ensure_cmd /usr/bin/time time

plot() {
    if ! python3 -c 'import matplotlib' >/dev/null 2>&1; then
        note "installing matplotlib (pip) for the plot ..."
        python3 -m pip install --quiet matplotlib >/dev/null 2>&1 ||
            python3 -m pip install --quiet --break-system-packages matplotlib >/dev/null ||
            die "cannot install matplotlib: the table above has the figures"
    fi
    python3 - "$TSV" "$PLOT" <<'EOF'
import csv, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
n = [int(r["pages"]) for r in rows]
cpu = [float(r["cpu_s"]) for r in rows]
rss = [float(r["rss_mib"]) for r in rows]
fig, (a, b) = plt.subplots(1, 2, figsize=(11, 4.2))
a.plot(n, [c / (p / 1000) for c, p in zip(cpu, n)], "o-", label="agora build --clean")
a.set_xscale("log")
a.set_xlabel("pages (10 languages)")
a.set_ylabel("CPU seconds per 1,000 pages")
a.set_title("CPU per page (flat = linear cost)")
a.set_ylim(bottom=0)
a.grid(True, alpha=0.3)
b.plot(n, rss, "o-", color="tab:red", label="peak RSS")
b.axhline(1024, color="grey", linestyle="--", label="1 GiB budget (100,000 pages)")
b.axhline(250, color="grey", linestyle=":", label="250 MiB budget (10,000 pages)")
b.set_xscale("log")
b.set_yscale("log")
b.set_xlabel("pages (10 languages)")
b.set_ylabel("MiB")
b.set_title("Peak resident memory")
b.grid(True, alpha=0.3)
b.legend(fontsize=8)
fig.tight_layout()
fig.savefig(sys.argv[2], dpi=110)
print("plot:", sys.argv[2])
EOF
}
if ((REPLOT)); then
    plot
    exit 0
fi

AGORA=$(agora_bin)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== agora build --clean by site size ($(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf 'pages\tpublished\twall_s\tcpu_s\trss_mib\truns\tfirst_wall_s\tfirst_cpu_s\tfirst_rss_mib\n' >"$TSV"
for n in $SIZES; do
    corpus=$(ensure_corpus agora "$n" 10)
    out=$TMP/out-$n
    runs=$RUNS
    ((n >= 50000 && runs > 1)) && runs=1
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/t" "$AGORA" build --root "$corpus" --out "$out" --clean \
        >/dev/null 2>"$TMP/warm.log" || { cat "$TMP/warm.log" >&2; die "agora build failed on $corpus"; }
    read -r fwall fuser fsys frss <"$TMP/t"
    fcpu=$(awk -v u="$fuser" -v s="$fsys" 'BEGIN { print u + s }')
    frss=$(awk -v k="$frss" 'BEGIN { printf "%.1f", k / 1024 }')
    published=$(grep -oE '^Built [0-9]+ pages' "$TMP/warm.log" | grep -oE '[0-9]+' || echo '?')
    : >"$TMP/wall"
    : >"$TMP/cpu"
    : >"$TMP/rss"
    for ((r = 1; r <= runs; r++)); do
        /usr/bin/time -f '%e %U %S %M' -o "$TMP/t" "$AGORA" build --root "$corpus" --out "$out" --clean \
            >/dev/null 2>"$TMP/run.log" || { cat "$TMP/run.log" >&2; die "agora build failed on $corpus"; }
        read -r wall user sys rss <"$TMP/t"
        echo "$wall" >>"$TMP/wall"
        awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >>"$TMP/cpu"
        awk -v k="$rss" 'BEGIN { printf "%.1f\n", k / 1024 }' >>"$TMP/rss"
    done
    wall=$(median <"$TMP/wall")
    cpu=$(median <"$TMP/cpu")
    rss=$(median <"$TMP/rss")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$published" "$wall" "$cpu" "$rss" "$runs" \
        "$fwall" "$fcpu" "$frss" >>"$TSV"
    printf '  %7s pages (%s published): wall %7.2f s  CPU %7.2f s  peak RSS %7.1f MiB  (median of %d rebuilds);' \
        "$n" "$published" "$wall" "$cpu" "$rss" "$runs"
    printf ' first build into an empty folder: wall %.2f s, CPU %.2f s, %.1f MiB\n' "$fwall" "$fcpu" "$frss"
    rm -rf "$out"
done

echo
echo "table: $TSV"
plot
