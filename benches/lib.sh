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
    [[ $fmt == zola ]] && marker=config.toml
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

# index_langs INDEX: the languages of a search index folder, one a line,
# sorted (its subfolders that hold a meta.json).
index_langs() {
    find "$1" -mindepth 1 -maxdepth 1 -type d -exec test -f '{}/meta.json' ';' -printf '%f\n' | sort
}

# search_urls INDEX OUT: write to OUT a few hundred /api/search URLs, one a
# line, over every language of the search index INDEX: common words of the
# language's education vocabulary (English words for a language without a
# list), one and two words, phrases, section filters, page 2. Seeded: the
# same URLs on every run over the same languages.
search_urls() {
    local index=$1 out=$2
    local langs
    mapfile -t langs < <(index_langs "$index")
    [[ ${#langs[@]} -gt 0 ]] || die "no language index under $index"
    python3 - "$out" "${langs[@]}" <<'EOF'
import random, sys
from urllib.parse import urlencode
out, langs = sys.argv[1], sys.argv[2:]
WORDS = {
    "en": "teacher teachers school schools project projects students digital learning european platform community course training classroom inclusion research collaboration pupils",
    "nl": "leerkrachten leraar school scholen project projecten leerlingen onderwijs platform samenwerking gemeenschap cursus digitale onderzoek",
    "sv": "lärare skola skolor projekt elever utbildning samarbete plattform kurs undervisning lärande språk forskning",
    "tr": "öğretmen öğretmenler okul okullar proje öğrenciler eğitim işbirliği platform topluluk kurs dijital",
    "de": "Lehrer Lehrkräfte Schule Schulen Projekt Projekte Schüler Bildung Unterricht Zusammenarbeit Plattform digitale",
    "fr": "enseignants enseignant école écoles projet projets élèves éducation formation collaboration plateforme numérique",
    "es": "docentes profesorado escuela escuelas proyecto proyectos alumnos educación formación colaboración plataforma",
    "it": "insegnanti docenti scuola scuole progetto progetti studenti istruzione formazione collaborazione piattaforma",
    "pl": "nauczyciele nauczyciel szkoła szkoły projekt projekty uczniowie edukacja szkolenie współpraca platforma",
    "el": "εκπαιδευτικοί σχολείο σχολεία έργο έργα μαθητές εκπαίδευση συνεργασία πλατφόρμα παιδιά έρευνα",
    "pt": "professores escola escolas projeto alunos educação formação plataforma",
    "ro": "profesori școală școli proiect elevi educație formare platformă",
    "fi": "opettajat koulu koulut hanke oppilaat koulutus yhteistyö alusta",
    "da": "lærere skole skoler projekt elever uddannelse samarbejde platform",
    "hu": "tanárok iskola iskolák projekt diákok oktatás együttműködés platform",
    "ar": "المعلمين المدرسة المدارس مشروع الطلاب التعليم التعاون منصة",
}
r = random.Random(1)
urls = []
per_lang = max(20, 400 // len(langs))
for l in langs:
    ws = WORDS.get(l, WORDS["en"]).split()
    for i in range(per_lang):
        k = i % 10
        q = {"lang": l}
        if k < 4:
            q["q"] = r.choice(ws)
        elif k < 7:
            q["q"] = " ".join(r.sample(ws, 2))
        elif k == 7:
            q["q"] = '"' + " ".join(r.sample(ws, 2)) + '"'
        elif k == 8:
            q["q"] = r.choice(ws)
            q["section"] = r.choice(["news", "opinions", "toolkit", "courses"])
        else:
            q["q"] = r.choice(ws)
            q["page"] = "2"
        urls.append("/api/search?" + urlencode(q))
r.shuffle(urls)
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(urls) + "\n")
print(f"{len(urls)} search URLs over {len(langs)} languages ({' '.join(langs)})", file=sys.stderr)
EOF
}

# lua_paths URLS OUT: the URLs in the file URLS (one a line) as the Lua table
# `paths` that the wrk scripts rotate over.
lua_paths() {
    awk 'BEGIN { print "paths = {" } { printf "  \"%s\",\n", $0 } END { print "}" }' "$1" >"$2"
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
