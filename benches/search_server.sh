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

# The URLs: per indexed language, common words of its education vocabulary.
mapfile -t LANGS < <(find "$INDEX" -mindepth 1 -maxdepth 1 -type d -exec test -f '{}/meta.json' ';' -printf '%f\n' | sort)
[[ ${#LANGS[@]} -gt 0 ]] || die "no language index under $INDEX"
python3 - "$TMP/urls.lua" "$TMP/sample.txt" "${LANGS[@]}" <<'EOF'
import random, sys
from urllib.parse import urlencode
out, sample, langs = sys.argv[1], sys.argv[2], sys.argv[3:]
WORDS = {
    "en": "teacher teachers school schools project projects students digital learning european platform community course training classroom inclusion research collaboration",
    "nl": "leerkrachten school scholen project projecten leerlingen onderwijs platform samenwerking gemeenschap cursus digitale onderzoek",
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
    f.write("local paths = {\n")
    for u in urls:
        f.write('  "%s",\n' % u)
    f.write("}\n")
    f.write("""
local i = 0
function init(args)
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  io.write("------------------------------\\n")
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%-5s %.3f ms\\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("max    %.3f ms\\n", latency.max / 1000))
  io.write(string.format("requests %d, non-2xx/3xx %d, errors connect %d read %d write %d timeout %d\\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("req/s %.0f\\n", summary.requests / (summary.duration / 1e6)))
end
""")
with open(sample, "w", encoding="utf-8") as f:
    f.write("\n".join(urls) + "\n")
print(f"{len(urls)} URLs over {len(langs)} languages", file=sys.stderr)
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
