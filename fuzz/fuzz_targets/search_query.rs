//! A search-box query through agora's search: `SearchService::search` runs
//! `search::query::prepare`, tantivy's `QueryParser` (conjunction, then the
//! any-word retry), the search itself and the snippet highlighter, over
//! small real indexes written once per process by `search::write_index`
//! (agora's schema and analyzers: stemmers, Turkish dotted I, folding).
//! `prepare` is also called on its own so the rewrite is checked even when
//! the search is refused.
//!
//! Oracle: no panic; every problem is an `Err` (a 400 for the user's text).
#![no_main]

use std::sync::OnceLock;

use agora::search::{query, write_index, SearchDoc, SearchError, SearchRequest, SearchService};
use libfuzzer_sys::fuzz_target;

/// Stemmed languages of several scripts, plus one without a stemmer.
const LANGS: &[&str] = &["en", "nl", "tr", "ar", "sv", "ja"];

fn doc(title: &str, body: &str, section: &str, tags: &[&str], url: &str) -> SearchDoc {
    SearchDoc {
        title: title.into(),
        summary: body.split('.').next().unwrap_or("").into(),
        body: body.into(),
        section: section.into(),
        tags: tags.iter().map(|s| s.to_string()).collect(),
        levels: vec!["primary".into()],
        url: url.into(),
        date: chrono::DateTime::parse_from_rfc3339("2026-03-14T09:30:00+01:00").ok(),
        starts: if section == "courses" { chrono::NaiveDate::from_ymd_opt(2026, 9, 1) } else { None },
        fallback_for: Vec::new(),
    }
}

fn docs(lang: &str) -> Vec<SearchDoc> {
    let p = |s: &str| format!("/{lang}/{s}/");
    vec![
        doc("Teachers' day", "Every teacher is welcome. Schools open (at 9:00) for the \"open day\".", "news", &["events"], &p("news/a")),
        doc("Öğretmenler günü", "İstanbul'daki öğretmenler ve okullar. Işık, ılık, İzmir.", "news", &["etkinlik"], &p("news/b")),
        doc("Leerkrachten", "Onze leerkracht gaat met pensioen; de school is gesloten.", "toolkit", &["onderwijs"], &p("toolkit/c")),
        doc("المعلمون", "المعلمون في المدارس الأوروبية. تعليم ومدرسة.", "courses", &["تعليم"], &p("courses/d")),
        doc("Lärare", "Lärarna på skolan undervisar i matematik och språk.", "", &[], &p("about")),
        doc("学校", "学校の先生。オンライン講座 2026。", "news", &["学校"], &p("news/e")),
        doc("Covid-19 & H2O(l)", "a < b, alert(1), C++ and C#, x^2, e-mail: info@example.org http://x.y/z", "news", &[], &p("news/f")),
    ]
}

fn service() -> &'static SearchService {
    static S: OnceLock<SearchService> = OnceLock::new();
    S.get_or_init(|| {
        // Written to a temporary folder and opened; the folder is deleted
        // after opening (the opened segments stay readable), so no fuzzing
        // process leaves indexes behind.
        let root = tempfile::tempdir().expect("tempdir");
        for lang in LANGS {
            write_index(&root.path().join(lang), lang, &docs(lang)).expect("write_index");
        }
        let s = SearchService::open(root.path()).expect("open");
        let r = s.search(&SearchRequest::new("teacher", "en")).expect("smoke search");
        assert!(r.total > 0, "the fuzzing index should answer a smoke query");
        s
    })
}

fuzz_target!(|data: &[u8]| {
    let s = service();
    let Some((&flags, rest)) = data.split_first() else { return };
    let Ok(q) = std::str::from_utf8(rest) else { return };

    // `prepare` alone: never panics; its Ok output is what the parser gets.
    let _ = query::prepare(q);

    let mut req = SearchRequest::new(q, LANGS[(flags & 0x7) as usize % LANGS.len()]);
    if flags & 0x08 != 0 {
        req.section = Some(if flags & 0x10 != 0 { "news".into() } else { String::new() });
    }
    req.page = 1 + ((flags >> 5) & 1) as usize;
    req.limit = if flags & 0x40 != 0 { 1 } else { 50 };
    match s.search(&req) {
        Ok(r) => assert!(r.hits.len() <= req.limit && r.hits.len() <= r.total),
        Err(SearchError::BadRequest(m)) => assert!(!m.is_empty()),
        Err(e) => panic!("query {q:?} ({}): not a user error: {e}", req.lang),
    }
});
