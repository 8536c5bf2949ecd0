# shellcheck shell=bash
# Helpers shared by the benchmark scripts (sourced, not run).
#
# REPO    the agora repository (parent of benches/)
# SHARED  shared/ beside it (holds tools/gen_corpus.py)
# CORPUS_ROOT  where generated corpora are cached

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${AGORA_SHARED:-$(dirname "$REPO")/shared}
GEN_CORPUS=$SHARED/tools/gen_corpus.py
CORPUS_ROOT=${AGORA_BENCH_CORPUS_ROOT:-$REPO/target/bench-corpus}
export REPO SHARED GEN_CORPUS CORPUS_ROOT

# Say where a script stopped when `set -e` ends it on a failed command.
set -E
on_err() {
    local rc=$?
    printf 'error: %s line %s: "%s" failed (exit %s)\n' "$(basename "$0")" "${BASH_LINENO[0]}" "$BASH_COMMAND" "$rc" >&2
}
trap on_err ERR

die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# usage SCRIPT: print the comment block at the top of SCRIPT.
usage() {
    sed -n '2,/^set -euo pipefail/{/^#/p}' "$1" | sed 's/^# \{0,1\}//'
}

note() {
    printf '%s\n' "$*" >&2
}

_apt_updated=0

# ensure_cmd CMD DEBIAN_PACKAGE: install the package when CMD is missing
# (as root), or fail saying what to install.
ensure_cmd() {
    local cmd=$1 pkg=$2
    if command -v "$cmd" >/dev/null 2>&1; then
        return 0
    fi
    if [[ $(id -u) -ne 0 ]]; then
        die "'$cmd' is missing: install the Debian package '$pkg' (apt-get install -y $pkg) and run again"
    fi
    command -v apt-get >/dev/null 2>&1 || die "'$cmd' is missing and there is no apt-get: install '$pkg' by hand"
    note "installing Debian package '$pkg' (for '$cmd') ..."
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null 2>&1; then
        if [[ $_apt_updated -eq 0 ]]; then
            apt-get update -qq >/dev/null 2>&1 || true
            _apt_updated=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null ||
            die "apt-get install $pkg failed"
    fi
    command -v "$cmd" >/dev/null 2>&1 || die "'$pkg' installed but '$cmd' is still missing"
}

# ensure_python_yaml: gen_corpus.py needs python3 with PyYAML.
ensure_python_yaml() {
    ensure_cmd python3 python3
    if ! python3 -c 'import yaml' >/dev/null 2>&1; then
        [[ $(id -u) -eq 0 ]] || die "python3 lacks PyYAML: install the Debian package python3-yaml"
        note "installing Debian package 'python3-yaml' ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null 2>&1 || {
            apt-get update -qq >/dev/null 2>&1 || true
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null ||
                die "apt-get install python3-yaml failed"
        }
    fi
}

# ensure_corpus FORMAT PAGES LANGS: print the folder of a generated corpus,
# generating it first if it is not cached yet. Generation goes to a temporary
# folder renamed into place at the end, so an interrupted run leaves no
# half-written corpus behind.
ensure_corpus() {
    local fmt=$1 pages=$2 langs=$3
    local dir=$CORPUS_ROOT/$fmt-$pages-$langs
    local marker=site.yaml
    [[ $fmt == hugo ]] && marker=hugo.yaml
    if [[ ! -f $dir/$marker ]]; then
        [[ -f $GEN_CORPUS ]] || die "corpus generator not found at $GEN_CORPUS (shared/ must sit beside the repository)"
        ensure_python_yaml
        mkdir -p "$CORPUS_ROOT"
        local tmp=$dir.tmp-$$
        rm -rf "$tmp"
        note "generating $fmt corpus: $pages pages, $langs languages -> $dir ..."
        local t0=$SECONDS
        python3 "$GEN_CORPUS" --pages "$pages" --langs "$langs" --format "$fmt" --out "$tmp" --force 2>"$tmp.log" ||
            { cat "$tmp.log" >&2; rm -rf "$tmp" "$tmp.log"; die "gen_corpus.py failed"; }
        rm -f "$tmp.log"
        rm -rf "$dir"
        mv "$tmp" "$dir"
        note "  generated in $((SECONDS - t0)) s"
    fi
    printf '%s\n' "$dir"
}

# agora_bin: print the path of a release agora binary, building it unless
# AGORA_BENCH_BIN names one already.
agora_bin() {
    if [[ -n ${AGORA_BENCH_BIN:-} ]]; then
        [[ -x $AGORA_BENCH_BIN ]] || die "AGORA_BENCH_BIN=$AGORA_BENCH_BIN is not an executable"
        printf '%s\n' "$AGORA_BENCH_BIN"
        return
    fi
    command -v cargo >/dev/null 2>&1 || die "cargo not found: a Rust toolchain is needed to build agora"
    note "building agora (cargo build --release) ..."
    (cd "$REPO" && cargo build --release --quiet --bin agora) >&2 || die "cargo build --release failed"
    local target_dir=${CARGO_TARGET_DIR:-$REPO/target}
    printf '%s\n' "$target_dir/release/agora"
}

# free_port: print a TCP port on 127.0.0.1 that nothing listens on.
# wait_http URL PID TRIES LOG WHAT: poll URL every 0.1 s (at most TRIES
# times) until it answers; die with LOG if the server PID exits or never does.
wait_http() {
    local url=$1 pid=$2 tries=$3 log=$4 what=$5
    for _ in $(seq 1 "$tries"); do
        if curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null; then
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$log" >&2
    die "$what"
}

free_port() {
    python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

# stats_us/stats: read numbers (one a line) on stdin, print
# "median min max" (median of an even count: mean of the two middle ones).
stats() {
    sort -g | awk '{ v[NR] = $1 }
        END {
            if (NR == 0) { print "n/a n/a n/a"; exit }
            if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.3f %.3f %.3f\n", m, v[1], v[NR]
        }'
}
