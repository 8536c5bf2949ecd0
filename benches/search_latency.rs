//! Search latency benchmark (SPEC §10: a query answers in under 5 ms p99).
//!
//! `cargo bench --bench search_latency`
//!
//! Opens the per-language search indexes of a built corpus (the folder in
//! `AGORA_BENCH_INDEX`, else `target/bench-corpus/agora-10000-10/public/search-index`,
//! which `benches/build.sh` creates), builds a few hundred realistic queries
//! per language — common education words of that language, words and
//! two-word phrases taken from the titles the index returns, accent-free
//! spellings, quoted phrases, section-filtered, level-filtered and page-2
//! queries, and misspelled words (one letter dropped or two swapped, so typo
//! tolerance runs) — runs them all once as warm-up, then
//! `AGORA_BENCH_PASSES` (default 3) timed passes through
//! `SearchService::search_filtered`, the same call `/api/search` makes (with
//! facets, typo tolerance, and the fallback chain of each language that has
//! one, as the corpus's site.yaml declares), and prints p50/p90/p99/max
//! latency in microseconds (wall clock, and for all queries also the
//! searching thread's CPU time, which a busy shared machine does not
//! inflate) and queries per second (one thread, then one thread per core),
//! and the size of each language's index. It asserts nothing.
//!
//! Environment: `AGORA_BENCH_INDEX` (index folder), `AGORA_BENCH_QUERIES`
//! (queries per language, default 300), `AGORA_BENCH_PASSES` (default 3),
//! `AGORA_BENCH_LANGS` (comma-separated languages, default all).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use agora::search::{Filters, SearchRequest, SearchService};

/// Common words of each language's education vocabulary (as the corpus
/// generator uses them); titles found through them add more.
fn seed_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &[
            "teacher",
            "teachers",
            "school",
            "schools",
            "project",
            "projects",
            "students",
            "digital",
            "learning",
            "european",
            "platform",
            "community",
            "course",
            "training",
            "classroom",
            "inclusion",
            "research",
            "collaboration",
            "mathematics",
            "wellbeing",
        ],
        "nl" => &[
            "leerkrachten",
            "school",
            "scholen",
            "project",
            "projecten",
            "leerlingen",
            "onderwijs",
            "platform",
            "samenwerking",
            "gemeenschap",
            "cursus",
            "digitale",
            "onderzoek",
            "leren",
            "kinderen",
        ],
        "sv" => &[
            "lärare",
            "skola",
            "skolor",
            "projekt",
            "elever",
            "utbildning",
            "samarbete",
            "plattform",
            "kurs",
            "undervisning",
            "lärande",
            "språk",
            "forskning",
            "barn",
            "digital",
        ],
        "tr" => &[
            "öğretmen",
            "öğretmenler",
            "okul",
            "okullar",
            "proje",
            "öğrenciler",
            "eğitim",
            "işbirliği",
            "platform",
            "topluluk",
            "kurs",
            "dijital",
            "araştırma",
            "çocuklar",
            "avrupa",
        ],
        "de" => &[
            "Lehrer",
            "Lehrkräfte",
            "Schule",
            "Schulen",
            "Projekt",
            "Projekte",
            "Schüler",
            "Bildung",
            "Unterricht",
            "Zusammenarbeit",
            "Plattform",
            "digitale",
            "Kinder",
            "Forschung",
            "Fortbildung",
        ],
        "fr" => &[
            "enseignants",
            "enseignant",
            "école",
            "écoles",
            "projet",
            "projets",
            "élèves",
            "éducation",
            "formation",
            "collaboration",
            "plateforme",
            "numérique",
            "enfants",
            "recherche",
            "apprentissage",
        ],
        "es" => &[
            "docentes",
            "profesorado",
            "escuela",
            "escuelas",
            "proyecto",
            "proyectos",
            "alumnos",
            "educación",
            "formación",
            "colaboración",
            "plataforma",
            "digital",
            "niños",
            "investigación",
            "aprendizaje",
        ],
        "it" => &[
            "insegnanti",
            "docenti",
            "scuola",
            "scuole",
            "progetto",
            "progetti",
            "studenti",
            "istruzione",
            "formazione",
            "collaborazione",
            "piattaforma",
            "digitale",
            "bambini",
            "ricerca",
            "apprendimento",
        ],
        "pl" => &[
            "nauczyciele",
            "nauczyciel",
            "szkoła",
            "szkoły",
            "projekt",
            "projekty",
            "uczniowie",
            "edukacja",
            "szkolenie",
            "współpraca",
            "platforma",
            "cyfrowe",
            "dzieci",
            "badania",
            "nauczanie",
        ],
        "el" => &[
            "εκπαιδευτικοί",
            "σχολείο",
            "σχολεία",
            "έργο",
            "έργα",
            "μαθητές",
            "εκπαίδευση",
            "συνεργασία",
            "πλατφόρμα",
            "ψηφιακά",
            "παιδιά",
            "έρευνα",
            "μάθηση",
            "κατάρτιση",
            "διδασκαλία",
        ],
        "pt" => &["professores", "escola", "escolas", "projeto", "alunos", "educação", "formação", "plataforma"],
        "ro" => &["profesori", "școală", "școli", "proiect", "elevi", "educație", "formare", "platformă"],
        "fi" => &["opettajat", "koulu", "koulut", "hanke", "oppilaat", "koulutus", "yhteistyö", "alusta"],
        "da" => &["lærere", "skole", "skoler", "projekt", "elever", "uddannelse", "samarbejde", "platform"],
        "hu" => &["tanárok", "iskola", "iskolák", "projekt", "diákok", "oktatás", "együttműködés", "platform"],
        "ar" => &["المعلمين", "المدرسة", "المدارس", "مشروع", "الطلاب", "التعليم", "التعاون", "منصة"],
        _ => &["school", "project"],
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Word,
    TwoWords,
    Phrase,
    Section,
    NoAccents,
    Page2,
    Typo,
    Level,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Word => "one word",
            Kind::TwoWords => "two words",
            Kind::Phrase => "\"phrase\"",
            Kind::Section => "section filter",
            Kind::NoAccents => "no accents",
            Kind::Page2 => "page 2",
            Kind::Typo => "typo",
            Kind::Level => "level filter",
        }
    }
}

struct Query {
    kind: Kind,
    req: SearchRequest,
    filters: Filters,
}

/// A misspelling of `w`: a letter dropped (even `seed`) or two adjacent
/// letters swapped, inside the word.
fn misspell(w: &str, seed: u64) -> String {
    let mut c: Vec<char> = w.chars().collect();
    if c.len() < 5 {
        return w.to_string();
    }
    let i = 1 + (seed as usize) % (c.len() - 3);
    if seed.is_multiple_of(2) {
        c.remove(i);
    } else {
        c.swap(i, i + 1);
    }
    c.into_iter().collect()
}

/// xorshift64*: deterministic choices without a `rand` dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
}

fn strip_accents(s: &str) -> String {
    // Enough for the Latin-script languages here; Greek keeps its letters.
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ă' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ę' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ű' => 'u',
            'ç' | 'ć' => 'c',
            'ş' | 'ș' | 'ś' => 's',
            'ğ' => 'g',
            'ñ' | 'ń' => 'n',
            'ł' => 'l',
            'ż' | 'ź' => 'z',
            'ț' => 't',
            'Ä' | 'Å' => 'A',
            'Ö' => 'O',
            'Ü' => 'U',
            'É' => 'E',
            c => c,
        })
        .collect()
}

fn words_of(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(|w| w.trim_matches(|c: char| c == '\'' || c == '-').to_lowercase())
        .filter(|w| w.chars().count() > 3)
        .collect()
}

/// The queries of one language: ~`n` of them.
fn queries_for(svc: &SearchService, lang: &str, n: usize) -> Vec<Query> {
    let seeds: Vec<String> = seed_words(lang).iter().map(|w| w.to_string()).collect();
    // Harvest words and adjacent word pairs from titles the index returns.
    let mut words: BTreeSet<String> = seeds.iter().map(|w| w.to_lowercase()).collect();
    let mut pairs: BTreeSet<String> = BTreeSet::new();
    for w in &seeds {
        let mut req = SearchRequest::new(w.clone(), lang);
        req.limit = 50;
        if let Ok(resp) = svc.search(&req) {
            for h in resp.hits {
                let ws = words_of(&h.title);
                for pair in ws.windows(2) {
                    pairs.insert(format!("{} {}", pair[0], pair[1]));
                }
                words.extend(ws);
            }
        }
    }
    let words: Vec<String> = words.into_iter().collect();
    let pairs: Vec<String> = pairs.into_iter().collect();
    let sections = ["news", "opinions", "toolkit", "courses"];
    let mut rng =
        Rng(0x9E37_79B9_7F4A_7C15 ^ lang.bytes().fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64)));
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        // Of 24: 7 one word (half of them a seed word), 5 two words, 2
        // phrases, 2 section filters, 2 without accents, 2 page 2, 3
        // misspelled, 1 level filter.
        let slot = i % 24;
        let (kind, q) = match slot {
            0..=6 => {
                let w = if slot % 2 == 0 { rng.pick(&seeds).clone() } else { rng.pick(&words).clone() };
                (Kind::Word, w)
            }
            7..=11 => (Kind::TwoWords, format!("{} {}", rng.pick(&seeds), rng.pick(&words))),
            12 | 13 => {
                let p = if pairs.is_empty() { rng.pick(&words).clone() } else { rng.pick(&pairs).clone() };
                (Kind::Phrase, format!("\"{p}\""))
            }
            14 | 15 => (Kind::Section, rng.pick(&words).clone()),
            16 | 17 => (Kind::NoAccents, strip_accents(rng.pick::<String>(&words))),
            18 | 19 => (Kind::Page2, rng.pick(&seeds).clone()),
            20 | 21 => (Kind::Typo, misspell(&rng.pick(&seeds).to_lowercase(), rng.next())),
            22 => (Kind::Typo, format!("{} {}", rng.pick(&seeds), misspell(rng.pick::<String>(&words), rng.next()))),
            _ => (Kind::Level, rng.pick(&seeds).clone()),
        };
        let mut req = SearchRequest::new(q, lang);
        let mut filters = Filters::default();
        match kind {
            Kind::Section => req.section = Some(rng.pick(&sections).to_string()),
            Kind::Page2 => req.page = 2,
            Kind::Level => filters.level = Some(rng.pick(&["primary", "secondary", "vet", "ecec"][..]).to_string()),
            _ => {}
        }
        out.push(Query { kind, req, filters });
    }
    out
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[i].as_secs_f64() * 1e6
}

fn line(label: &str, mut v: Vec<Duration>) {
    v.sort();
    let total: Duration = v.iter().sum();
    println!(
        "{:<16} {:>7} {:>9.0} {:>9.0} {:>9.0} {:>9.0} {:>10.0}",
        label,
        v.len(),
        pct(&v, 50.0),
        pct(&v, 90.0),
        pct(&v, 99.0),
        v.last().map_or(f64::NAN, |d| d.as_secs_f64() * 1e6),
        v.len() as f64 / total.as_secs_f64()
    );
}

fn main() {
    let default =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-corpus/agora-10000-10/public/search-index");
    let index = std::env::var_os("AGORA_BENCH_INDEX").map(PathBuf::from).unwrap_or(default);
    if !index.is_dir() {
        println!("search_latency: no search index at {}", index.display());
        println!("Create it with `benches/build.sh --runs 1 --no-compare` (10,000 pages, 10 languages), or:");
        println!(
            "  python3 ../shared/tools/gen_corpus.py --pages 10000 --langs 10 --out target/bench-corpus/agora-10000-10"
        );
        println!("  target/release/agora build --root target/bench-corpus/agora-10000-10 --out target/bench-corpus/agora-10000-10/public");
        println!("or point AGORA_BENCH_INDEX at any public/search-index folder. Nothing measured.");
        return;
    }
    let per_lang: usize = std::env::var("AGORA_BENCH_QUERIES").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    let passes: usize = std::env::var("AGORA_BENCH_PASSES").ok().and_then(|s| s.parse().ok()).unwrap_or(3).max(1);

    let t0 = Instant::now();
    let svc = SearchService::open(&index).unwrap_or_else(|e| panic!("cannot open {}: {e:#}", index.display()));
    let only: Option<Vec<String>> = std::env::var("AGORA_BENCH_LANGS")
        .ok()
        .map(|s| s.split(',').map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty()).collect());
    let langs: Vec<String> = svc
        .languages()
        .into_iter()
        .filter(|l| only.as_ref().is_none_or(|o| o.contains(&l.to_ascii_lowercase())))
        .collect();
    println!(
        "search_latency: {} ({} languages: {}), opened in {:.0} ms",
        index.display(),
        langs.len(),
        langs.join(" "),
        t0.elapsed().as_secs_f64() * 1e3
    );

    let mut all: Vec<(String, Query)> = Vec::new();
    for l in &langs {
        for q in queries_for(&svc, l, per_lang) {
            all.push((l.clone(), q));
        }
    }
    // Warm-up: every query once (page cache, tantivy's caches, allocator).
    let mut hits_total = 0usize;
    let mut empty = 0usize;
    let mut errors = 0usize;
    let mut corrected = 0usize;
    let mut fallback_hits = 0usize;
    for (l, q) in &all {
        match svc.search_filtered(&q.req, &q.filters) {
            Ok(r) => {
                hits_total += r.total;
                if r.total == 0 {
                    empty += 1;
                }
                corrected += usize::from(r.corrected.is_some());
                fallback_hits += r.hits.iter().filter(|h| !h.lang.eq_ignore_ascii_case(l)).count();
            }
            Err(_) => errors += 1,
        }
    }
    println!(
        "{} queries ({} per language), warm-up done; mean matches {:.0}, {} with no match, {} errors; {} timed passes",
        all.len(),
        per_lang,
        hits_total as f64 / all.len().max(1) as f64,
        empty,
        errors,
        passes
    );
    println!(
        "{corrected} queries answered with a correction; {fallback_hits} hits on the first pages came through a fallback chain"
    );

    let mut by_lang: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    let mut by_kind: BTreeMap<Kind, Vec<Duration>> = BTreeMap::new();
    let mut every: Vec<Duration> = Vec::new();
    let mut every_cpu: Vec<Duration> = Vec::new();
    let wall = Instant::now();
    for _ in 0..passes {
        for (l, q) in &all {
            let c = thread_cpu();
            let t = Instant::now();
            let r = svc.search_filtered(&q.req, &q.filters);
            let d = t.elapsed();
            every_cpu.push(thread_cpu().saturating_sub(c));
            std::hint::black_box(&r);
            by_lang.entry(l.clone()).or_default().push(d);
            by_kind.entry(q.kind).or_default().push(d);
            every.push(d);
        }
    }
    let wall = wall.elapsed();

    println!();
    println!(
        "{:<16} {:>7} {:>9} {:>9} {:>9} {:>9} {:>10}",
        "latency (µs)", "queries", "p50", "p90", "p99", "max", "queries/s"
    );
    for (l, v) in by_lang {
        line(&format!("lang {l}"), v);
    }
    println!();
    for (k, v) in by_kind {
        line(k.label(), v);
    }
    println!();
    line("ALL", every.clone());
    // CPU time of the searching thread: what a query costs when it is not
    // preempted (on a machine shared with other work, wall-clock p99 mostly
    // measures the scheduler).
    if every_cpu.iter().any(|d| !d.is_zero()) {
        line("ALL (CPU time)", every_cpu);
    }
    println!("1 thread: {:.0} queries/s over {:.2} s", every.len() as f64 / wall.as_secs_f64(), wall.as_secs_f64());

    // Throughput with one searching thread per core, as a server would run.
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let t = Instant::now();
    std::thread::scope(|s| {
        for k in 0..threads {
            let (svc, all) = (&svc, &all);
            s.spawn(move || {
                for _ in 0..passes {
                    for (i, (_, q)) in all.iter().enumerate() {
                        if i % threads == k {
                            std::hint::black_box(svc.search_filtered(&q.req, &q.filters).ok());
                        }
                    }
                }
            });
        }
    });
    let d = t.elapsed();
    let n = all.len() * passes;
    println!(
        "{threads} threads: {:.0} queries/s ({n} queries in {:.2} s)",
        n as f64 / d.as_secs_f64(),
        d.as_secs_f64()
    );

    println!();
    println!("{:<16} {:>10}", "index size", "MB");
    let mut sizes: Vec<(String, u64)> = std::fs::read_dir(&index)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().join("meta.json").is_file())
                .map(|e| (e.file_name().to_string_lossy().into_owned(), dir_size(&e.path())))
                .collect()
        })
        .unwrap_or_default();
    sizes.sort();
    for (l, b) in &sizes {
        println!("{:<16} {:>10.2}", format!("lang {l}"), *b as f64 / 1e6);
    }
    println!("{:<16} {:>10.2}", "ALL", sizes.iter().map(|(_, b)| b).sum::<u64>() as f64 / 1e6);
}

/// CPU time of the calling thread (zero where the platform has no such clock).
fn thread_cpu() -> Duration {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `ts` is a valid, writable timespec for the call.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32);
        }
    }
    Duration::ZERO
}

fn dir_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}
