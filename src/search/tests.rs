//! Tests over real tantivy indexes in temporary folders.

use std::sync::{Arc, RwLock};

use super::*;

fn doc(title: &str, body: &str, section: &str, url: &str) -> SearchDoc {
    SearchDoc {
        title: title.into(),
        summary: String::new(),
        body: body.into(),
        section: section.into(),
        tags: Vec::new(),
        levels: Vec::new(),
        url: url.into(),
        date: None,
        starts: None,
        fallback_for: Vec::new(),
    }
}

/// Writes one index per `(lang, docs)` under a fresh root and opens them.
fn service(langs: &[(&str, Vec<SearchDoc>)]) -> (tempfile::TempDir, SearchService) {
    let root = tempfile::tempdir().unwrap();
    for (lang, docs) in langs {
        let stats = write_index(&root.path().join(lang), lang, docs).unwrap();
        assert_eq!(stats.docs, docs.len());
        assert!(stats.bytes > 0);
    }
    let service = SearchService::open(root.path()).unwrap();
    (root, service)
}

fn search(s: &SearchService, lang: &str, q: &str) -> SearchResponse {
    s.search(&SearchRequest::new(q, lang)).unwrap_or_else(|e| panic!("search {q:?} in {lang}: {e}"))
}

fn urls(r: &SearchResponse) -> Vec<&str> {
    r.hits.iter().map(|h| h.url.as_str()).collect()
}

fn finds(s: &SearchService, lang: &str, q: &str, url: &str) {
    let r = search(s, lang, q);
    assert!(urls(&r).contains(&url), "{q:?} in {lang} should find {url}, got {:?}", urls(&r));
}

fn misses(s: &SearchService, lang: &str, q: &str, url: &str) {
    let r = search(s, lang, q);
    assert!(!urls(&r).contains(&url), "{q:?} in {lang} should not find {url}");
}

#[test]
fn stemming_per_language() {
    let (_root, s) = service(&[
        ("nl", vec![doc("Nieuws", "Onze leerkracht gaat met pensioen.", "news", "/nl/a/")]),
        (
            "en",
            vec![
                doc("Staff", "Every teacher is welcome.", "news", "/en/a/"),
                doc("Other", "Nothing here about it.", "news", "/en/b/"),
            ],
        ),
        ("sv", vec![doc("Skola", "Vår skola ligger i centrum.", "", "/sv/a/")]),
        (
            "tr",
            vec![
                doc("Duyuru", "Yeni öğretmen okulumuza katıldı.", "", "/tr/a/"),
                doc("Toplantı", "Öğretmenler toplantısı yarın.", "", "/tr/b/"),
            ],
        ),
        ("fr", vec![doc("Rentrée", "Les écoles ouvrent lundi.", "", "/fr/a/")]),
        ("de", vec![doc("Personal", "Unsere Lehrerinnen und Lehrer.", "", "/de/a/")]),
    ]);
    finds(&s, "nl", "leerkrachten", "/nl/a/");
    finds(&s, "en", "teachers", "/en/a/");
    finds(&s, "en", "teacher", "/en/a/");
    misses(&s, "en", "teachers", "/en/b/");
    finds(&s, "sv", "skolorna", "/sv/a/");
    finds(&s, "tr", "öğretmenler", "/tr/a/");
    finds(&s, "tr", "öğretmen", "/tr/b/");
    finds(&s, "fr", "école", "/fr/a/");
    finds(&s, "de", "Lehrerin", "/de/a/");
    // A stemmed match is highlighted in the snippet.
    let r = search(&s, "nl", "leerkrachten");
    assert!(r.hits[0].snippet.contains("<mark>leerkracht</mark>"), "{}", r.hits[0].snippet);
}

#[test]
fn english_teaching_matches_through_the_stem() {
    let (_root, s) = service(&[(
        "en",
        vec![
            doc("Teaching", "We are teaching maths.", "", "/en/teaching/"),
            doc("Teachers", "Our teachers.", "", "/en/teachers/"),
        ],
    )]);
    finds(&s, "en", "teach", "/en/teaching/");
    finds(&s, "en", "teachers", "/en/teachers/");
    misses(&s, "en", "teaching", "/en/teachers/");
}

#[test]
fn language_without_stemmer_lowercases() {
    let (_root, s) = service(&[("pl", vec![doc("Szkoła", "Nasza SZKOŁA jest duża.", "", "/pl/a/")])]);
    finds(&s, "pl", "szkoła", "/pl/a/");
    finds(&s, "pl", "szkola", "/pl/a/");
    let f = std::fs::read_to_string(_root.path().join("pl").join(LANG_FILE)).unwrap();
    assert_eq!(f.trim(), "pl");
}

#[test]
fn queries_without_diacritics_match_through_folded_fields() {
    let (_root, s) = service(&[
        ("tr", vec![doc("Öğretmen", "Öğretmen odası İstanbul'da.", "", "/tr/a/")]),
        ("fr", vec![doc("École", "Notre école est ouverte.", "", "/fr/a/")]),
        ("sv", vec![doc("Om oss", "Välkommen till vår skóla.", "", "/sv/a/")]),
        ("nl", vec![doc("Leraren", "Alle léraren zijn er.", "", "/nl/a/")]),
    ]);
    finds(&s, "tr", "ogretmen", "/tr/a/");
    finds(&s, "fr", "ecole", "/fr/a/");
    finds(&s, "sv", "skola", "/sv/a/");
    finds(&s, "nl", "leraren", "/nl/a/");
    finds(&s, "nl", "léraren", "/nl/a/");
    let r = search(&s, "tr", "ogretmen");
    assert!(r.hits[0].snippet.contains("<mark>Öğretmen</mark>"), "{}", r.hits[0].snippet);
    let r = search(&s, "fr", "ecole");
    assert!(r.hits[0].snippet.contains("<mark>école</mark>"), "{}", r.hits[0].snippet);
}

#[test]
fn turkish_dotted_and_dotless_i() {
    let (_root, s) = service(&[(
        "tr",
        vec![doc("Gezi", "İstanbul gezisi yapıldı.", "", "/tr/istanbul/"), doc("Fen", "IŞIK deneyi.", "", "/tr/isik/")],
    )]);
    for q in ["istanbul", "İstanbul", "ISTANBUL", "Istanbul", "İSTANBUL"] {
        finds(&s, "tr", q, "/tr/istanbul/");
    }
    for q in ["ışık", "IŞIK", "isik"] {
        finds(&s, "tr", q, "/tr/isik/");
    }
}

#[test]
fn title_match_ranks_first() {
    let (_root, s) = service(&[(
        "en",
        vec![
            doc("Sports day", "The timetable for the exams is on the website. Exams start soon.", "", "/en/body/"),
            doc("Other news", "Something about the library.", "", "/en/other/"),
            doc("Exams", "Dates and rooms.", "", "/en/title/"),
        ],
    )]);
    let r = search(&s, "en", "exams");
    assert_eq!(r.total, 2);
    assert_eq!(urls(&r), ["/en/title/", "/en/body/"]);
}

#[test]
fn section_filter() {
    let (_root, s) = service(&[(
        "en",
        vec![
            doc("Trip", "School trip to the museum.", "news", "/en/news/trip/"),
            doc("Trip course", "Planning a school trip.", "courses", "/en/courses/trip/"),
            doc("About trips", "Trip policy.", "", "/en/trips/"),
        ],
    )]);
    let mut req = SearchRequest::new("trip", "en");
    assert_eq!(s.search(&req).unwrap().total, 3);
    req.section = Some("news".into());
    let r = s.search(&req).unwrap();
    assert_eq!(urls(&r), ["/en/news/trip/"]);
    assert_eq!(r.hits[0].section, "news");
    req.section = Some(String::new());
    assert_eq!(urls(&s.search(&req).unwrap()), ["/en/trips/"]);
    req.section = Some("nope".into());
    let r = s.search(&req).unwrap();
    assert_eq!((r.total, r.hits.len()), (0, 0));
}

#[test]
fn pagination() {
    let docs: Vec<SearchDoc> =
        (0..23).map(|i| doc(&format!("Page {i}"), "Term appears here.", "news", &format!("/en/{i}/"))).collect();
    let (_root, s) = service(&[("en", docs)]);
    let mut req = SearchRequest { limit: 10, ..SearchRequest::new("term", "en") };
    let p1 = s.search(&req).unwrap();
    req.page = 2;
    let p2 = s.search(&req).unwrap();
    req.page = 3;
    let p3 = s.search(&req).unwrap();
    req.page = 4;
    let p4 = s.search(&req).unwrap();
    assert_eq!((p1.total, p2.total, p3.total, p4.total), (23, 23, 23, 23));
    assert_eq!((p1.hits.len(), p2.hits.len(), p3.hits.len(), p4.hits.len()), (10, 10, 3, 0));
    let mut all: Vec<&str> = [&p1, &p2, &p3].iter().flat_map(|p| urls(p)).collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 23, "pages overlap");
    // A page far beyond the end is empty, not an allocation of its size.
    req.page = usize::MAX / 2;
    let far = s.search(&req).unwrap();
    assert_eq!((far.total, far.hits.len()), (23, 0));
    // Limit is clamped to 50; 0 and page 0 are refused.
    req.page = 1;
    req.limit = 500;
    assert_eq!(s.search(&req).unwrap().hits.len(), 23);
    req.limit = 0;
    assert!(matches!(s.search(&req), Err(SearchError::BadRequest(_))));
    req.limit = 10;
    req.page = 0;
    assert!(matches!(s.search(&req), Err(SearchError::BadRequest(_))));
}

#[test]
fn limit_is_clamped_to_fifty() {
    let docs: Vec<SearchDoc> = (0..60).map(|i| doc("Same", "word", "", &format!("/en/{i}/"))).collect();
    let (_root, s) = service(&[("en", docs)]);
    let r = s.search(&SearchRequest { limit: 51, ..SearchRequest::new("word", "en") }).unwrap();
    assert_eq!((r.total, r.hits.len()), (60, MAX_LIMIT));
}

#[test]
fn all_words_must_match_else_any_word() {
    let (_root, s) = service(&[(
        "en",
        vec![
            doc("Maths exam", "The maths exam is on Monday.", "", "/en/both/"),
            doc("Maths club", "Join the maths club.", "", "/en/maths/"),
            doc("History exam", "The history exam.", "", "/en/exam/"),
        ],
    )]);
    let r = search(&s, "en", "maths exam");
    assert_eq!(urls(&r), ["/en/both/"]);
    assert_eq!(r.total, 1);
    // No page has all words: pages with any of them, best first.
    let r = search(&s, "en", "maths zebra");
    assert_eq!(r.total, 2);
    assert!(urls(&r).contains(&"/en/maths/"));
    // Phrases and exclusion.
    assert_eq!(urls(&search(&s, "en", "\"maths club\"")), ["/en/maths/"]);
    let r = search(&s, "en", "exam -history");
    assert_eq!(urls(&r), ["/en/both/"]);
    // Ordinary punctuation is text, not syntax.
    for q in ["maths: exam", "maths's", "exam!", "Covid - 19 exam", "c++ exam", "exam (monday)"] {
        search(&s, "en", q);
    }
    // Words without letters or digits do not turn "all words" into nothing.
    for q in ["maths & exam", "maths — exam", "maths 😀 exam", "maths * exam", "maths \\ exam"] {
        assert_eq!(urls(&search(&s, "en", q)), ["/en/both/"], "{q}");
    }
    // A query of punctuation only has nothing to search for.
    assert!(matches!(s.search(&SearchRequest::new("* !", "en")), Err(SearchError::BadRequest(_))));
}

#[test]
fn dates_tags_and_summary() {
    let date = chrono::DateTime::parse_from_rfc3339("2024-09-02T08:30:00+02:00").unwrap();
    let d = SearchDoc {
        title: "Open day".into(),
        summary: "Visit our <school> & meet the teachers.".into(),
        body: String::new(),
        section: "news".into(),
        tags: vec!["Robotics".into()],
        levels: vec!["secondary".into()],
        url: "/en/news/open-day/".into(),
        date: Some(date),
        starts: None,
        fallback_for: Vec::new(),
    };
    let (_root, s) = service(&[("en", vec![d, doc("Undated", "visit", "", "/en/undated/")])]);
    let r = search(&s, "en", "visit");
    let hit = r.hits.iter().find(|h| h.url == "/en/news/open-day/").unwrap();
    assert_eq!(hit.date.as_deref(), Some("2024-09-02T08:30:00+02:00"));
    assert_eq!(hit.snippet, "<mark>Visit</mark> our &lt;school&gt; &amp; meet the teachers.");
    let undated = r.hits.iter().find(|h| h.url == "/en/undated/").unwrap();
    assert_eq!(undated.date, None);
    finds(&s, "en", "robotics", "/en/news/open-day/");
    finds(&s, "en", "secondary", "/en/news/open-day/");
}

#[test]
fn snippet_falls_back_to_summary_then_plain_text() {
    let long = "Lorem ipsum dolor sit amet. ".repeat(30);
    let mut d = doc("Kantine", &long, "", "/nl/a/");
    d.summary = "Menu van de week.".into();
    let (_root, s) = service(&[("nl", vec![d])]);
    // Title-only match: no fragment anywhere, so the plain summary.
    assert_eq!(search(&s, "nl", "kantine").hits[0].snippet, "Menu van de week.");
    let r = search(&s, "nl", "dolor");
    let snip = &r.hits[0].snippet;
    assert!(snip.contains("<mark>dolor</mark>"), "{snip}");
    assert!(snip.ends_with('…'), "{snip}");
    assert!(snip.len() < 400, "{snip}");
}

#[test]
fn hostile_document_snippet_is_escaped() {
    let body = "Welcome <script>alert(1)</script> & \"quotes\" 'single' \
                <img src=x onerror=alert(2)> school </mark><b>bold</b> school";
    let (_root, s) = service(&[(
        "en",
        vec![SearchDoc {
            summary: "<img src=x onerror=alert(3)>".into(),
            ..doc("<b>Title</b> school", body, "", "/en/x/")
        }],
    )]);
    for q in ["school", "alert", "script", "img", "onerror", "mark", "quotes", "welcome"] {
        let r = search(&s, "en", q);
        let snip = &r.hits[0].snippet;
        assert!(!snip.contains("<script"), "{q}: {snip}");
        assert!(!snip.contains("<img"), "{q}: {snip}");
        assert!(!snip.contains("<b>"), "{q}: {snip}");
        assert!(!snip.contains('"') && !snip.contains('\''), "{q}: {snip}");
        let stripped = snip.replace("<mark>", "").replace("</mark>", "");
        assert!(!stripped.contains('<') && !stripped.contains('>'), "{q}: {snip}");
        assert!(snip.contains("<mark>"), "{q}: {snip}");
        // Title is returned as plain text; JSON encoding makes it safe.
        assert_eq!(r.hits[0].title, "<b>Title</b> school");
    }
    let r = search(&s, "en", "school");
    assert!(r.hits[0].snippet.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"), "{}", r.hits[0].snippet);
}

#[test]
fn tantivy_snippet_to_html_escapes_fragment_text() {
    // Documents what tantivy's own `to_html` does with `<mark>` (we render
    // ourselves, but both must be safe).
    use tantivy::snippet::SnippetGenerator;
    let root = tempfile::tempdir().unwrap();
    write_index(
        root.path(),
        "en",
        &[doc("x", "Hello <script>alert(1)</script> & \"world\" <img onerror=x>", "", "/x/")],
    )
    .unwrap();
    let index = tantivy::Index::open_in_dir(root.path()).unwrap();
    analyzer::register_for_schema(index.tokenizers(), &index.schema());
    let body = index.schema().get_field("body").unwrap();
    let searcher = index.reader().unwrap().searcher();
    let query = QueryParser::for_index(&index, vec![body]).parse_query("alert").unwrap();
    let gen = SnippetGenerator::create(&searcher, &*query, body).unwrap();
    let mut snippet = gen.snippet("Hello <script>alert(1)</script> & \"world\" <img onerror=x>");
    snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
    let html = snippet.to_html();
    assert!(html.contains("&lt;script&gt;<mark>alert</mark>(1)"), "{html}");
    assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
}

#[test]
fn malformed_queries_are_bad_requests() {
    let (_root, s) = service(&[("en", vec![doc("A", "b", "", "/a/")])]);
    let long = "word ".repeat(60);
    for q in [
        "",
        "   ",
        "\"open day",
        "open \"day\" \"",
        long.as_str(),
        "(maths",
        "maths)",
        "maths AND",
        "-maths",
        "NOT maths",
    ] {
        match s.search(&SearchRequest::new(q, "en")) {
            Err(SearchError::BadRequest(msg)) => assert!(!msg.is_empty()),
            other => panic!("{q:?} should be a bad request, got {other:?}"),
        }
    }
    assert_eq!(s.search(&SearchRequest::new("x".repeat(300), "en")).unwrap_err().http_status(), 400);
}

#[test]
fn unknown_language() {
    let (_root, s) = service(&[("en", vec![doc("A", "b", "", "/a/")]), ("pt-BR", vec![])]);
    assert_eq!(s.languages(), ["en", "pt-BR"]);
    let empty = SearchService::empty();
    assert!(empty.languages().is_empty());
    assert!(matches!(empty.search(&SearchRequest::new("b", "en")), Err(SearchError::UnknownLanguage(_))));
    let err = s.search(&SearchRequest::new("b", "xx")).unwrap_err();
    assert_eq!(err, SearchError::UnknownLanguage("xx".into()));
    assert_eq!(err.http_status(), 404);
    assert!(err.to_string().contains("xx"));
    // Tags are case-insensitive; an empty index answers with nothing.
    assert_eq!(search(&s, "EN", "b").total, 1);
    assert_eq!(search(&s, "pt-br", "b").total, 0);
}

#[test]
fn write_index_replaces_and_open_skips_non_indexes() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("en");
    write_index(&dir, "en", &[doc("Old", "old", "", "/old/")]).unwrap();
    write_index(&dir, "en", &[doc("New", "new", "", "/new/")]).unwrap();
    std::fs::create_dir(root.path().join("not-an-index")).unwrap();
    std::fs::write(root.path().join("stray.txt"), "x").unwrap();
    let s = SearchService::open(root.path()).unwrap();
    assert_eq!(s.languages(), ["en"]);
    assert_eq!(search(&s, "en", "old").total, 0);
    assert_eq!(search(&s, "en", "new").total, 1);
    assert!(write_index(&root.path().join("bad"), "../x", &[]).is_err());
    assert!(SearchService::open(&root.path().join("missing")).is_err());
}

#[test]
fn service_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<SearchService>();
}

#[test]
fn indexing_is_fast_enough() {
    // 2,000 pages with ~1.5 KB bodies; the real budget is 10,000 pages × 10
    // languages in parallel in a couple of seconds (release build).
    let words = ["school", "leerling", "ouders", "toets", "rapport", "les", "klas", "juf", "meester"];
    let docs: Vec<SearchDoc> = (0..2000)
        .map(|i| {
            let body: String = (0..200).map(|j| words[(i * 7 + j * 3) % words.len()]).collect::<Vec<_>>().join(" ");
            doc(&format!("Pagina {i}"), &body, "news", &format!("/nl/{i}/"))
        })
        .collect();
    let root = tempfile::tempdir().unwrap();
    let start = std::time::Instant::now();
    write_index(&root.path().join("nl"), "nl", &docs).unwrap();
    let elapsed = start.elapsed();
    assert!(elapsed.as_secs() < 20, "indexing took {elapsed:?}");
}

// ---- HTTP: the real router on a real socket ----

mod http {
    use super::*;
    use std::net::SocketAddr;
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// The router served on 127.0.0.1 with an ephemeral port.
    struct Server {
        addr: SocketAddr,
        stop: tokio::sync::oneshot::Sender<()>,
        task: tokio::task::JoinHandle<()>,
    }

    struct Resp {
        status: u16,
        /// Lower-cased names.
        headers: Vec<(String, String)>,
        body: String,
    }

    impl Resp {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
        }

        fn json(&self) -> serde_json::Value {
            serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
        }
    }

    async fn start(app: axum::Router) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    rx.await.ok();
                })
                .await
                .unwrap();
        });
        Server { addr, stop, task }
    }

    impl Server {
        /// One HTTP/1.1 request on its own connection (`Connection: close`).
        async fn request(&self, method: &str, uri: &str, headers: &[(&str, &str)]) -> Resp {
            let mut stream = tokio::net::TcpStream::connect(self.addr).await.unwrap();
            let mut req = format!("{method} {uri} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            for (n, v) in headers {
                req.push_str(&format!("{n}: {v}\r\n"));
            }
            req.push_str("\r\n");
            stream.write_all(req.as_bytes()).await.unwrap();
            let mut raw = Vec::new();
            tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut raw))
                .await
                .expect("the server answers in time")
                .unwrap();
            let raw = String::from_utf8(raw).unwrap();
            let (head, body) = raw.split_once("\r\n\r\n").expect("a complete response");
            let mut lines = head.split("\r\n");
            let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
            let headers: Vec<(String, String)> = lines
                .filter_map(|l| l.split_once(':'))
                .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect();
            let chunked = headers.iter().any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
            let body = if chunked { dechunk(body) } else { body.to_string() };
            Resp { status, headers, body }
        }

        async fn get(&self, uri: &str) -> Resp {
            self.request("GET", uri, &[("Origin", "https://example.org")]).await
        }

        async fn stop(self) {
            self.stop.send(()).unwrap();
            tokio::time::timeout(Duration::from_secs(10), self.task).await.unwrap().unwrap();
        }
    }

    fn dechunk(mut body: &str) -> String {
        let mut out = String::new();
        while let Some((size, rest)) = body.split_once("\r\n") {
            let n = usize::from_str_radix(size.trim(), 16).unwrap();
            if n == 0 {
                break;
            }
            out.push_str(&rest[..n]);
            body = &rest[n + 2..];
        }
        out
    }

    async fn app() -> (tempfile::TempDir, Server) {
        let docs = (0..15)
            .map(|i| {
                doc(
                    &format!("School news {i}"),
                    "The school <b>opens</b> on Monday.",
                    "news",
                    &format!("/en/news/{i}/"),
                )
            })
            .collect();
        let (root, s) = service(&[("en", docs)]);
        (root, start(router(Arc::new(s))).await)
    }

    #[tokio::test]
    async fn search_ok_json_shape_and_headers() {
        let (_root, server) = app().await;
        let r = server.get("/api/search?q=school&lang=en&limit=5&page=2").await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(r.header("access-control-allow-origin"), Some("*"));
        assert_eq!(r.header("cache-control"), Some("public, max-age=60"));
        assert!(r.header("content-type").unwrap().starts_with("application/json"));
        let v = r.json();
        assert_eq!(v["query"], "school");
        assert_eq!(v["lang"], "en");
        assert_eq!(v["total"], 15);
        let hits = v["hits"].as_array().unwrap();
        assert_eq!(hits.len(), 5);
        let mut keys: Vec<&str> = hits[0].as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["date", "lang", "section", "snippet", "starts", "title", "url"]);
        assert_eq!(hits[0]["lang"], "en");
        assert!(hits[0]["starts"].is_null());
        assert!(v["corrected"].is_null());
        assert_eq!(v["facets"]["section"]["news"], 15);
        assert!(hits[0]["date"].is_null());
        assert_eq!(hits[0]["section"], "news");
        assert!(hits[0]["snippet"].as_str().unwrap().contains("<mark>school</mark> &lt;b&gt;opens"));
        server.stop().await;
    }

    #[tokio::test]
    async fn percent_encoded_query_and_section_filter() {
        let (_root, server) = app().await;
        let r = server.get("/api/search?q=%22school%20news%22&lang=en&section=news&limit=100").await;
        assert_eq!(r.status, 200, "{}", r.body);
        let v = r.json();
        assert_eq!(v["query"], "\"school news\"");
        assert_eq!(v["hits"].as_array().unwrap().len(), 15);
        let v = server.get("/api/search?q=school&lang=en&section=other").await.json();
        assert_eq!(v["total"], 0);
        // `section=` empty: no filter.
        let v = server.get("/api/search?q=school&lang=en&section=").await.json();
        assert_eq!(v["total"], 15);
        // `+` in a query string is a space.
        let v = server.get("/api/search?q=school+monday&lang=en").await.json();
        assert_eq!(v["total"], 15);
        server.stop().await;
    }

    #[tokio::test]
    async fn bad_requests_are_400_json() {
        let (_root, server) = app().await;
        let long = "a".repeat(201);
        for uri in [
            "/api/search?lang=en".to_string(),
            "/api/search?q=&lang=en".to_string(),
            "/api/search?q=%20%20&lang=en".to_string(),
            "/api/search?q=school".to_string(),
            "/api/search?q=school&lang=".to_string(),
            format!("/api/search?q={long}&lang=en"),
            "/api/search?q=%22school&lang=en".to_string(),
            "/api/search?q=(school&lang=en".to_string(),
            "/api/search?q=school%20AND&lang=en".to_string(),
            "/api/search?q=school&lang=en&page=0".to_string(),
            "/api/search?q=school&lang=en&page=x".to_string(),
            "/api/search?q=school&lang=en&page=-1".to_string(),
            "/api/search?q=school&lang=en&limit=0".to_string(),
            "/api/search?q=school&lang=en&limit=1.5".to_string(),
            "/api/search?q=school&lang=en&limit=99999999999999999999999".to_string(),
            "/api/search?q=%FF&lang=en".to_string(),
        ] {
            let r = server.get(&uri).await;
            assert_eq!(r.status, 400, "{uri}: {}", r.body);
            assert_eq!(r.header("access-control-allow-origin"), Some("*"), "{uri}");
            assert_eq!(r.header("cache-control"), Some("no-store"), "{uri}");
            assert!(!r.json()["error"].as_str().unwrap().is_empty(), "{uri}: {}", r.body);
        }
        server.stop().await;
    }

    #[tokio::test]
    async fn level_and_tag_filters_in_the_query_string() {
        let docs = vec![
            SearchDoc {
                levels: vec!["primary".into()],
                tags: vec!["STEM".into()],
                ..doc("School A", "school", "news", "/en/news/a/")
            },
            SearchDoc { levels: vec!["secondary".into()], ..doc("School B", "school", "news", "/en/news/b/") },
        ];
        let (_root, s) = service(&[("en", docs)]);
        let server = start(router(Arc::new(s))).await;
        let v = server.get("/api/search?q=school&lang=en&level=primary").await.json();
        assert_eq!((v["total"].as_u64(), v["hits"][0]["url"].as_str()), (Some(1), Some("/en/news/a/")));
        assert_eq!(v["facets"]["level"], serde_json::json!({"primary": 1, "secondary": 1}));
        let v = server.get("/api/search?q=school&lang=en&tag=STEM&level=secondary").await.json();
        assert_eq!(v["total"], 0);
        let v = server.get("/api/search?q=school&lang=en&tag=&level=").await.json();
        assert_eq!(v["total"], 2);
        let r = server.get(&format!("/api/search?q=school&lang=en&level={}", "x".repeat(201))).await;
        assert_eq!(r.status, 400);
        server.stop().await;
    }

    #[tokio::test]
    async fn unknown_language_is_404_json() {
        let (_root, server) = app().await;
        let r = server.get("/api/search?q=school&lang=xx").await;
        assert_eq!(r.status, 404);
        assert_eq!(r.header("cache-control"), Some("no-store"));
        assert!(r.json()["error"].as_str().unwrap().contains("xx"));
        server.stop().await;
    }

    #[tokio::test]
    async fn healthz_cors_preflight_and_methods() {
        let (_root, server) = app().await;
        let r = server.get("/healthz").await;
        assert_eq!((r.status, r.body.as_str()), (200, "ok"));
        let r = server
            .request(
                "OPTIONS",
                "/api/search?q=x&lang=en",
                &[("Origin", "https://example.org"), ("Access-Control-Request-Method", "GET")],
            )
            .await;
        assert!((200..300).contains(&r.status), "{}", r.status);
        assert_eq!(r.header("access-control-allow-origin"), Some("*"));
        assert!(r.header("access-control-allow-methods").unwrap().contains("GET"));
        let r = server.request("POST", "/api/search?q=x&lang=en", &[("Content-Length", "0")]).await;
        assert_eq!(r.status, 405);
        server.stop().await;
    }

    #[tokio::test]
    async fn swapping_the_service_after_a_rebuild() {
        let (_a, first) = service(&[("en", vec![doc("Old", "old", "", "/old/")])]);
        let (_b, second) = service(&[("en", vec![doc("New", "new", "", "/new/")])]);
        let state: SharedService = Arc::new(RwLock::new(Arc::new(first)));
        let server = start(router_with(state.clone())).await;
        assert_eq!(server.get("/api/search?q=new&lang=en").await.json()["total"], 0);
        *state.write().unwrap() = Arc::new(second);
        assert_eq!(server.get("/api/search?q=new&lang=en").await.json()["total"], 1);
        server.stop().await;
    }

    #[tokio::test]
    async fn concurrent_requests() {
        let (_root, server) = app().await;
        let server = Arc::new(server);
        let mut tasks = Vec::new();
        for i in 0..16 {
            let server = server.clone();
            tasks.push(tokio::spawn(async move {
                let r = server.get(&format!("/api/search?q=school&lang=en&limit=1&page={}", i % 15 + 1)).await;
                assert_eq!(r.status, 200);
                r.json()["hits"][0]["url"].as_str().unwrap().to_string()
            }));
        }
        for t in tasks {
            assert!(t.await.unwrap().starts_with("/en/news/"));
        }
        Arc::try_unwrap(server).ok().unwrap().stop().await;
    }
}

// ---- Stemming in every language of the platform, through the index ----

/// Per language: (query, text of a page that has another form of the
/// query's word but not the query's own form). School, teacher, course,
/// project, learning, community, pupil, education — as the language has them.
const STEM_CASES: &[(&str, &[(&str, &str)])] = &[
    (
        "en",
        &[
            ("schools", "Our school opens in May."),
            ("teacher", "Meet the teachers of the year."),
            ("courses", "A new course on robotics."),
            ("project", "Three projects won prizes."),
            ("learning", "Pupils learn by doing."),
            ("communities", "The community of practice meets."),
            ("students", "Every student is welcome."),
            ("educating", "Education for all."),
        ],
    ),
    (
        "nl",
        &[
            ("scholen", "De school is open."),
            ("leraar", "Alle leraren zijn welkom."),
            ("cursussen", "Een cursus over robotica."),
            ("project", "Drie projecten wonnen."),
            ("leren", "Lerende netwerken groeien."),
            ("gemeenschappen", "De gemeenschap komt samen."),
            ("leerlingen", "Elke leerling telt."),
            ("leraren", "De leraar van het jaar."),
        ],
    ),
    (
        "sv",
        &[
            ("skolor", "Vår skola ligger i centrum."),
            ("lärarna", "Alla lärare är välkomna."),
            ("kursen", "Två kurser i robotik."),
            ("projekten", "Ett nytt projekt startar."),
            ("lärandet", "Lärande i fokus."),
            ("gemenskapen", "En gemenskap för lärare."),
            ("elever", "Varje elev räknas."),
            ("utbildningen", "Utbildning för alla."),
        ],
    ),
    (
        "tr",
        &[
            ("okullar", "Yeni okul açıldı."),
            ("öğretmen", "Öğretmenler toplantısı yarın."),
            ("kurslar", "Yeni kurs başlıyor."),
            ("projeler", "Bu proje ödül kazandı."),
            ("öğrenmeyi", "Öğrenme her yerde."),
            ("toplulukları", "Topluluk buluşması."),
            ("öğrenciler", "Her öğrenci önemlidir."),
            ("eğitimi", "Eğitim herkes için."),
        ],
    ),
    (
        "de",
        &[
            ("Schulen", "Die Schule öffnet."),
            ("Lehrerin", "Unsere Lehrer sind da."),
            ("Kursen", "Zwei Kurse zur Robotik."),
            ("Projekte", "Ein neues Projekt."),
            ("Schülerinnen", "Jeder Schüler zählt."),
            ("Gemeinschaften", "Die Gemeinschaft trifft sich."),
            ("Fortbildungen", "Eine Fortbildung für alle."),
            ("Lehrerinnen", "Der Lehrer des Jahres."),
        ],
    ),
    (
        "fr",
        &[
            ("écoles", "Notre école ouvre."),
            ("enseignant", "Les enseignants se réunissent."),
            ("formations", "Une formation en ligne."),
            ("projet", "Trois projets primés."),
            ("apprentissages", "L'apprentissage actif."),
            ("communautés", "La communauté de pratique."),
            ("élèves", "Chaque élève compte."),
            ("éducatif", "Éducation pour tous."),
        ],
    ),
    (
        "es",
        &[
            ("escuelas", "La escuela abre."),
            ("docente", "Los docentes se reúnen."),
            ("cursos", "Un curso de robótica."),
            ("proyecto", "Tres proyectos premiados."),
            ("aprendizajes", "El aprendizaje activo."),
            ("comunidades", "La comunidad de práctica."),
            ("alumnos", "Cada alumno cuenta."),
            ("educativa", "Educación para todos."),
        ],
    ),
    (
        "it",
        &[
            ("scuole", "La scuola apre."),
            ("insegnante", "Gli insegnanti si riuniscono."),
            ("corsi", "Un corso di robotica."),
            ("progetto", "Tre progetti premiati."),
            ("apprendimenti", "L'apprendimento attivo."),
            ("studenti", "Ogni studente conta."),
            ("educativo", "Educazione per tutti."),
            ("scuola", "Le scuole aprono."),
        ],
    ),
    (
        "pt",
        &[
            ("escolas", "A escola abre."),
            ("professores", "O professor do ano."),
            ("cursos", "Um curso de robótica."),
            ("projeto", "Três projetos premiados."),
            ("comunidades", "A comunidade de prática."),
            ("alunos", "Cada aluno conta."),
            ("escola", "As escolas abrem."),
            ("curso", "Dois cursos novos."),
        ],
    ),
    (
        "ro",
        &[
            ("școala", "O școală nouă."),
            ("profesori", "Profesorul anului."),
            ("cursul", "Un curs de robotică."),
            ("proiecte", "Proiectul nostru."),
            ("învățarea", "Învățare activă."),
            ("comunități", "Comunitatea de practică."),
            ("elevi", "Fiecare elev contează."),
            ("educația", "Educație pentru toți."),
        ],
    ),
    (
        "fi",
        &[
            ("koulut", "Koulu avautuu."),
            ("opettajat", "Opettaja palkittiin."),
            ("kurssit", "Uusi kurssi alkaa."),
            ("projektit", "Projekti voitti."),
            ("yhteisöt", "Yhteisö kokoontuu."),
            ("opettajien", "Opettajat kokoontuvat."),
            ("koulussa", "Koulut avautuvat."),
            ("projektissa", "Projektit etenevät."),
        ],
    ),
    (
        "da",
        &[
            ("skoler", "Skolen åbner."),
            ("lærere", "Læreren taler."),
            ("kurser", "Kurset starter."),
            ("projekter", "Projektet vandt."),
            ("læringen", "Læring i fokus."),
            ("fællesskaber", "Fællesskab for lærere."),
            ("elever", "Hver elev tæller."),
            ("uddannelsen", "Uddannelse for alle."),
        ],
    ),
    (
        "no",
        &[
            ("skoler", "Skolen åpner."),
            ("prosjekter", "Prosjektet vant."),
            ("kursene", "Kurset starter."),
            ("læringen", "Læring i fokus."),
            ("fellesskapet", "Et fellesskap for lærere."),
            ("elever", "Hver elev teller."),
            ("utdanningen", "Utdanning for alle."),
            ("skolen", "Nye skoler."),
        ],
    ),
    (
        "hu",
        &[
            ("iskolában", "Az iskola megnyílik."),
            ("tanárok", "A tanár beszél."),
            ("tanfolyamon", "Új tanfolyam indul."),
            ("projektek", "A projektben dolgozunk."),
            ("tanulást", "Tanulás mindenkinek."),
            ("közösségek", "A közösség találkozik."),
            ("oktatásban", "Oktatás mindenkinek."),
            ("tanárnak", "Tanárok találkozója."),
        ],
    ),
    (
        "el",
        &[
            ("σχολεία", "Το σχολείο ανοίγει."),
            ("εκπαιδευτικοί", "Ο εκπαιδευτικός μιλά."),
            ("μαθήματα", "Νέο μάθημα ρομποτικής."),
            ("έργα", "Το έργο κέρδισε."),
            ("μάθησης", "Μάθηση για όλους."),
            ("κοινότητες", "Η κοινότητα συναντιέται."),
            ("μαθητές", "Κάθε μαθητής μετράει."),
            ("εκπαίδευσης", "Εκπαίδευση για όλους."),
        ],
    ),
    (
        "ar",
        &[
            ("المدرسة", "افتتاح مدرسة جديدة"),
            ("المعلمين", "المعلم المتميز"),
            ("الدورات", "دورة جديدة"),
            ("المشروع", "مشروع فائز"),
            ("التعلم", "تعلم اللغات"),
            ("المجتمع", "مجتمع الممارسة"),
            ("التعليم", "تعليم للجميع"),
            ("الطالب", "كل طالب مهم"),
        ],
    ),
    (
        "cs",
        &[
            ("školy", "Nová škola otevírá."),
            ("učitelé", "Učitel roku."),
            ("kurzy", "Nový kurz robotiky."),
            ("projektu", "Tři projekty vyhrály."),
            ("komunity", "Komunita se schází."),
            ("studenti", "Každý student se počítá."),
            ("školách", "Školy v regionu."),
            ("učitelů", "Učitelé se sešli."),
        ],
    ),
    (
        "pl",
        &[
            ("szkoły", "Nowa szkoła otwarta."),
            ("nauczyciela", "Nauczyciel roku."),
            ("kursy", "Nowy kurs robotyki."),
            ("projektów", "Trzy projekty wygrały."),
            ("uczenia", "Uczenie się przez całe życie."),
            ("społeczności", "Społeczność praktyków."),
            ("kursach", "Kursy online."),
            ("nauczyciele", "Nauczyciela nagrodzono."),
        ],
    ),
    (
        "sk",
        &[
            ("školy", "Nová škola otvorená."),
            ("učitelia", "Učiteľ roka."),
            ("kurzy", "Nový kurz robotiky."),
            ("projektov", "Tri projekty vyhrali."),
            ("učenia", "Učenie je radosť."),
            ("komunity", "Komunita sa stretáva."),
            ("školách", "Školy v regióne."),
            ("učiteľov", "Učitelia sa stretli."),
        ],
    ),
    (
        "sl",
        &[
            ("šole", "Nova šola odprta."),
            ("učitelji", "Učitelj leta."),
            ("tečaji", "Nov tečaj robotike."),
            ("projektov", "Trije projekti so zmagali."),
            ("učenja", "Učenje je veselje."),
            ("skupnosti", "Skupnost se sreča."),
            ("učiteljev", "Učitelja smo nagradili."),
            ("šolah", "Šole v regiji."),
        ],
    ),
    (
        "hr",
        &[
            ("škole", "Nova škola otvorena."),
            ("nastavnici", "Nastavnik godine."),
            ("tečajevi", "Novi tečaj robotike."),
            ("projekti", "Projekt je pobijedio."),
            ("učenja", "Učenje je radost."),
            ("zajednice", "Zajednica se sastaje."),
            ("učitelji", "Učitelj godine."),
            ("školama", "Škole u regiji."),
        ],
    ),
    (
        "sr",
        &[
            ("школе", "Нова школа отворена."),
            ("škola", "Школе у региону."),
            ("nastavnika", "Наставник године."),
            ("projekti", "Projekat je pobedio."),
            ("učenja", "Učenje je radost."),
            ("zajednice", "Zajednica se sastaje."),
            ("kursa", "Novi kurs robotike."),
            ("učitelji", "Učitelj godine."),
        ],
    ),
    (
        "bg",
        &[
            ("училища", "Новото училище отваря врати."),
            ("учители", "Учителят на годината."),
            ("курсове", "Нов курс по роботика."),
            ("проекти", "Проектът спечели."),
            ("обучението", "Обучение за всички."),
            ("общности", "Общността се събира."),
            ("ученици", "Всеки ученик е важен."),
            ("курса", "Курсовете започват."),
        ],
    ),
    (
        "mk",
        &[
            ("училишта", "Ново училиште."),
            ("наставници", "Наставникот на годината."),
            ("курсеви", "Нов курс по роботика."),
            ("проекти", "Проектот победи."),
            ("учењето", "Учење за сите."),
            ("заедници", "Заедницата се собира."),
            ("курсот", "Курсевите почнуваат."),
            ("проектите", "Проект за сите."),
        ],
    ),
    (
        "uk",
        &[
            ("школи", "Нова школа відкрита."),
            ("вчителів", "Вчитель року."),
            ("курси", "Новий курс робототехніки."),
            ("проєктів", "Проєкт переміг."),
            ("навчанням", "Навчання для всіх."),
            ("спільноти", "Спільнота збирається."),
            ("школах", "Школи регіону."),
            ("вчителям", "Вчителі зібралися."),
        ],
    ),
    (
        "lv",
        &[
            ("skolas", "Jauna skola atvērta."),
            ("skolotāji", "Gada skolotājs."),
            ("kursi", "Jauns kurss robotikā."),
            ("projektos", "Projekts uzvarēja."),
            ("mācīšanās", "Mācīšanos veicina."),
            ("kopienas", "Kopiena satiekas."),
            ("skolotājiem", "Skolotāji tikās."),
            ("skolām", "Skolas reģionā."),
        ],
    ),
    (
        "lt",
        &[
            ("mokyklos", "Nauja mokykla atidaryta."),
            ("mokytojai", "Metų mokytojas."),
            ("kursai", "Naujas kursas."),
            ("projektai", "Projektas laimėjo."),
            ("mokymosi", "Mokymasis visiems."),
            ("bendruomenės", "Bendruomenė susitinka."),
            ("mokyklose", "Mokyklos regione."),
            ("mokytojų", "Mokytojai susitiko."),
        ],
    ),
    (
        "et",
        &[
            ("koolis", "Koolid avatakse."),
            ("õpetajad", "Aasta õpetaja."),
            ("kursused", "Kursuse kava."),
            ("projektid", "Projekti tulemused."),
            ("koolide", "Kooli juhid."),
            ("õpetajate", "Õpetajad kohtusid."),
            ("õppimise", "Õppimine kõigile."),
            ("õpetajale", "Õpetajate päev."),
        ],
    ),
    (
        "ga",
        &[
            ("scoileanna", "Scoil nua."),
            ("múinteoirí", "Múinteoir na bliana."),
            ("cúrsaí", "Cúrsa nua."),
            ("dtionscadal", "Tionscadal nua."),
            ("fhoghlaim", "Foghlaim do chách."),
            ("bpobal", "Pobal cleachtais."),
            ("daltaí", "Gach dalta."),
            ("mhúinteoir", "Múinteoirí na scoile."),
        ],
    ),
    (
        "mt",
        &[
            ("iskola", "Skola ġdida."),
            ("għalliema", "Għalliem tas-sena."),
            ("korsijiet", "Kors ġdid."),
            ("proġetti", "Proġett rebaħ."),
            ("komunitajiet", "Komunità tipprattika."),
            ("studenti", "Kull student."),
            ("istudenti", "Studenti ġodda."),
            ("skola", "L-iskola l-ġdida."),
        ],
    ),
    (
        "is",
        &[
            ("skólar", "Nýr skóli opnar."),
            ("kennarar", "Kennari ársins."),
            ("námskeiðum", "Nýtt námskeið."),
            ("verkefnum", "Verkefni vann."),
            ("náms", "Nám fyrir alla."),
            ("samfélagi", "Samfélag iðkenda."),
            ("skólanna", "Skólarnir opna."),
            ("kennarinn", "Kennararnir hittust."),
        ],
    ),
    (
        "sq",
        &[
            ("shkollat", "Shkollë e re."),
            ("mësuesit", "Mësuesi i vitit."),
            ("kurset", "Kurs i ri."),
            ("projektet", "Projekti fitoi."),
            ("mësimet", "Mësimi për të gjithë."),
            ("komunitetit", "Komuniteti takohet."),
            ("shkollave", "Shkolla në rajon."),
            ("mësuesve", "Mësuesit u takuan."),
        ],
    ),
];

/// Indexes the language's cases (one page each, plus an unrelated page) and
/// checks that each query finds its page although the page lacks the query's
/// exact word form, and that the unrelated page is never found.
fn stems_through_the_index(lang: &str) {
    let cases = STEM_CASES.iter().find(|(l, _)| *l == lang).unwrap_or_else(|| panic!("no cases for {lang}")).1;
    assert!(cases.len() >= 8, "{lang}: at least 8 cases");
    let fold = |s: &str| -> Vec<String> { s.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect() };
    let mut docs: Vec<SearchDoc> = cases
        .iter()
        .enumerate()
        .map(|(i, (q, text))| {
            assert!(!fold(text).contains(&q.to_lowercase()), "{lang}: precondition: `{text}` must not contain `{q}`");
            doc(&format!("{i}"), text, "news", &format!("/{lang}/{i}/"))
        })
        .collect();
    docs.push(doc("0000", "1234 5678", "news", &format!("/{lang}/other/")));
    let (_root, s) = service(&[(lang, docs)]);
    for (i, (q, text)) in cases.iter().enumerate() {
        let r = search(&s, lang, q);
        let url = format!("/{lang}/{i}/");
        assert!(
            urls(&r).contains(&url.as_str()),
            "{lang}: `{q}` should find `{text}` through the stemmer, got {:?}",
            urls(&r)
        );
        assert!(!urls(&r).contains(&format!("/{lang}/other/").as_str()));
        assert!(r.corrected.is_none(), "{lang}: `{q}` is a known word, not a typo: {:?}", r.corrected);
        let hit = r.hits.iter().find(|h| h.url == url).unwrap();
        assert!(hit.snippet.contains("<mark>"), "{lang}: `{q}`: the stemmed match is highlighted: {}", hit.snippet);
    }
}

macro_rules! stem_tests {
    ($($name:ident => $lang:literal),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                stems_through_the_index($lang);
            }
        )*

        #[test]
        fn every_platform_language_has_index_cases() {
            let tested = [$($lang),*];
            for l in stem::PLATFORM_LANGUAGES {
                assert!(tested.contains(l), "no stemming test through the index for {l}");
            }
        }
    };
}

stem_tests! {
    stems_ar => "ar", stems_bg => "bg", stems_cs => "cs", stems_da => "da", stems_de => "de", stems_el => "el",
    stems_en => "en", stems_es => "es", stems_et => "et", stems_fi => "fi", stems_fr => "fr", stems_ga => "ga",
    stems_hr => "hr", stems_hu => "hu", stems_is => "is", stems_it => "it", stems_lt => "lt", stems_lv => "lv",
    stems_mk => "mk", stems_mt => "mt", stems_nl => "nl", stems_no => "no", stems_pl => "pl", stems_pt => "pt",
    stems_ro => "ro", stems_sk => "sk", stems_sl => "sl", stems_sq => "sq", stems_sr => "sr", stems_sv => "sv",
    stems_tr => "tr", stems_uk => "uk",
}

#[test]
fn accent_folding_in_every_new_language() {
    let (_root, s) = service(&[
        ("cs", vec![doc("Školy", "Nové školy v Brně.", "", "/cs/a/")]),
        ("sk", vec![doc("Učiteľ", "Učiteľ roka.", "", "/sk/a/")]),
        ("pl", vec![doc("Szkoła", "Nowa szkoła w Łodzi.", "", "/pl/a/")]),
        ("lv", vec![doc("Skolotājs", "Gada skolotājs.", "", "/lv/a/")]),
        ("lt", vec![doc("Mokykla", "Mokyklą aplankė.", "", "/lt/a/")]),
        ("hr", vec![doc("Učitelj", "Učitelj godine.", "", "/hr/a/")]),
        ("is", vec![doc("Skóli", "Nýr skóli.", "", "/is/a/")]),
        ("mt", vec![doc("Għalliem", "Proġett ġdid.", "", "/mt/a/")]),
        ("sq", vec![doc("Shkollë", "Shkollë e re.", "", "/sq/a/")]),
        ("ga", vec![doc("Múinteoir", "Múinteoir nua.", "", "/ga/a/")]),
    ]);
    for (lang, q) in [
        ("cs", "skoly"),
        ("sk", "ucitel"),
        ("pl", "szkola"),
        ("lv", "skolotajs"),
        ("lt", "mokykla"),
        ("hr", "ucitelj"),
        ("is", "skoli"),
        ("mt", "progett"),
        ("sq", "shkolle"),
        ("ga", "muinteoir"),
    ] {
        finds(&s, lang, q, &format!("/{lang}/a/"));
    }
}

// ---- Typo tolerance ----

fn words_of(r: &SearchResponse) -> Vec<(String, String)> {
    r.corrected.as_ref().map_or(Vec::new(), |c| c.words.iter().map(|w| (w.from.clone(), w.to.clone())).collect())
}

#[test]
fn typo_within_one_edit_is_corrected_and_reported() {
    let (_root, s) = service(&[(
        "en",
        vec![
            doc("Teacher training", "A course for every teacher.", "courses", "/en/a/"),
            doc("Digital classroom", "Tablets in the classroom.", "news", "/en/b/"),
        ],
    )]);
    // One letter missing, one swapped, one wrong.
    for (typed, to) in [("teachr", "teacher"), ("taecher", "teacher"), ("classroum", "classroom")] {
        let r = search(&s, "en", typed);
        assert!(r.total >= 1, "{typed}: {r:?}");
        assert_eq!(words_of(&r), [(typed.to_string(), to.to_string())], "{typed}");
        assert_eq!(r.corrected.as_ref().unwrap().query, to);
        // The corrected word is highlighted.
        assert!(r.hits[0].snippet.contains("<mark>"), "{}", r.hits[0].snippet);
    }
    // The correction keeps the rest of the query.
    let r = search(&s, "en", "digital classroum");
    assert_eq!(urls(&r), ["/en/b/"]);
    assert_eq!(r.corrected.as_ref().unwrap().query, "digital classroom");
    // A known word is never corrected, and a correct query says so.
    let r = search(&s, "en", "teacher");
    assert!(r.corrected.is_none());
}

#[test]
fn typo_distance_depends_on_word_length() {
    let (_root, s) = service(&[(
        "en",
        vec![
            doc("Collaboration", "International collaboration between schools.", "", "/en/a/"),
            doc("Robot", "robot", "", "/en/r/"),
        ],
    )]);
    // 13 letters: two edits are allowed.
    let r = search(&s, "en", "colaboraton");
    assert_eq!(urls(&r), ["/en/a/"]);
    assert_eq!(words_of(&r), [("colaboraton".to_string(), "collaboration".to_string())]);
    // 6 letters, two edits away: not corrected.
    let r = search(&s, "en", "schoolxx");
    assert_eq!(r.total, 0, "{r:?}");
    assert!(r.corrected.is_none());
    // Words under 5 letters are not corrected (`robt` is not `robot`).
    assert_eq!(search(&s, "en", "robt").total, 0);
    assert_eq!(search(&s, "en", "robots").total, 1, "the stem finds it, no correction needed");
}

#[test]
fn corrected_hits_rank_after_exact_ones() {
    let (_root, s) = service(&[(
        "en",
        vec![
            doc("Maths exam", "The maths exam.", "", "/en/exact/"),
            doc("Maths exem", "The maths exem is a typo in the page.", "", "/en/typo-page/"),
        ],
    )]);
    // `exem` is in the index, so it is not corrected; but `exams` finds the exact page only.
    let r = search(&s, "en", "maths exams");
    assert_eq!(urls(&r), ["/en/exact/"]);
    // `examz` (5 letters) is known nowhere: corrected to the nearest word.
    let r = search(&s, "en", "examz OR exem");
    assert_eq!(urls(&r).first(), Some(&"/en/typo-page/"), "the page matching the query as typed comes first: {r:?}");
    assert!(urls(&r).contains(&"/en/exact/"), "the corrected word finds more: {r:?}");
    assert_eq!(r.total, 2);
}

#[test]
fn words_in_phrases_and_exclusions_are_not_corrected() {
    let (_root, s) = service(&[("en", vec![doc("Teacher", "teacher training", "", "/en/a/")])]);
    let r = search(&s, "en", "\"teachr training\"");
    assert_eq!(r.total, 0);
    assert!(r.corrected.is_none());
    let r = search(&s, "en", "training -teachr");
    assert_eq!(r.total, 1);
    assert!(r.corrected.is_none());
}

#[test]
fn typo_in_words_with_diacritics() {
    let (_root, s) = service(&[
        ("cs", vec![doc("Učitelé", "Konference pro učitele základních škol.", "", "/cs/a/")]),
        ("tr", vec![doc("Öğretmenler", "Öğretmenler için yeni kurs.", "", "/tr/a/")]),
    ]);
    // A missing letter in a word typed without its diacritics.
    let r = search(&s, "cs", "konfrence");
    assert_eq!(urls(&r), ["/cs/a/"]);
    assert_eq!(words_of(&r), [("konfrence".to_string(), "konference".to_string())]);
    let r = search(&s, "tr", "ogretmnler");
    assert_eq!(urls(&r), ["/tr/a/"]);
    // Reported as the pages write it, with its diacritics.
    assert_eq!(words_of(&r), [("ogretmnler".to_string(), "öğretmenler".to_string())]);
    assert_eq!(r.corrected.as_ref().unwrap().query, "öğretmenler");
}

// ---- Fallback content ----

fn fb(title: &str, body: &str, section: &str, url: &str, shown_in: &[&str]) -> SearchDoc {
    SearchDoc { fallback_for: shown_in.iter().map(|s| s.to_string()).collect(), ..doc(title, body, section, url) }
}

/// en is the fallback of nl and ar; two English pages are shown in nl's
/// listings, one in ar's, one in none (it is translated into nl).
fn fallback_service() -> (tempfile::TempDir, SearchService) {
    let root = tempfile::tempdir().unwrap();
    let en = vec![
        fb("Robotics week", "Robotics for every school.", "news", "/en/news/robotics/", &["nl", "ar"]),
        fb("Robotics course", "Learn robotics online.", "courses", "/en/courses/robotics/", &["nl"]),
        fb("Robotics translated", "Robotics in Dutch too.", "news", "/en/news/translated/", &[]),
    ];
    let nl = vec![doc("Robotica vertaald", "Robotica en robotics op school.", "news", "/nl/news/translated/")];
    let ar = vec![doc("الروبوتات", "أسبوع الروبوتات robotics", "news", "/ar/news/robotics-ar/")];
    write_index_with(&root.path().join("en"), "en", &[], &en).unwrap();
    write_index_with(&root.path().join("nl"), "nl", &["en".into()], &nl).unwrap();
    write_index_with(&root.path().join("ar"), "ar", &["en".into()], &ar).unwrap();
    write_index(&root.path().join("sv"), "sv", &[doc("Robotik", "robotics", "news", "/sv/a/")]).unwrap();
    let s = SearchService::open(root.path()).unwrap();
    (root, s)
}

#[test]
fn fallback_pages_are_found_after_native_ones_and_marked_with_their_lang() {
    let (_root, s) = fallback_service();
    let r = search(&s, "nl", "robotics");
    assert_eq!(urls(&r)[0], "/nl/news/translated/", "native first: {r:#?}");
    let mut rest = urls(&r)[1..].to_vec();
    rest.sort();
    assert_eq!(rest, ["/en/courses/robotics/", "/en/news/robotics/"]);
    assert_eq!(r.total, 3);
    assert_eq!(r.lang, "nl");
    let langs: Vec<&str> = r.hits.iter().map(|h| h.lang.as_str()).collect();
    assert_eq!(langs, ["nl", "en", "en"]);
    assert!(r.hits[1].url.starts_with("/en/") && r.hits[2].url.starts_with("/en/"));
    // The translated English page is not shown through fallback in nl.
    assert!(!urls(&r).contains(&"/en/news/translated/"));
    // ar shows only what its listings show.
    let r = search(&s, "ar", "robotics");
    assert_eq!(urls(&r), ["/ar/news/robotics-ar/", "/en/news/robotics/"]);
    // A language without a fallback chain: its own pages only.
    assert_eq!(urls(&search(&s, "sv", "robotics")), ["/sv/a/"]);
    // English itself: all its pages, all marked en.
    let r = search(&s, "en", "robotics");
    assert_eq!(r.total, 3);
    assert!(r.hits.iter().all(|h| h.lang == "en"));
}

#[test]
fn fallback_pagination_and_filters_span_both_indexes() {
    let (_root, s) = fallback_service();
    let mut req = SearchRequest { limit: 1, ..SearchRequest::new("robotics", "nl") };
    let mut seen = Vec::new();
    for page in 1..=4 {
        req.page = page;
        let r = s.search(&req).unwrap();
        assert_eq!(r.total, 3);
        seen.extend(urls(&r).into_iter().map(String::from));
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert_eq!(seen[0], "/nl/news/translated/");
    seen[1..].sort();
    assert_eq!(seen[1..], ["/en/courses/robotics/", "/en/news/robotics/"]);
    req.page = 1;
    req.limit = 10;
    req.section = Some("courses".into());
    let r = s.search(&req).unwrap();
    assert_eq!(urls(&r), ["/en/courses/robotics/"]);
    assert_eq!(r.facets.section.get("news"), Some(&2), "the other sections keep their counts: {:?}", r.facets);
}

#[test]
fn fallback_chain_survives_reopening_and_missing_languages() {
    let root = tempfile::tempdir().unwrap();
    // nl falls back to fr (no index here) and en.
    write_index_with(&root.path().join("nl"), "nl", &["fr".into(), "en".into()], &[]).unwrap();
    write_index(&root.path().join("en"), "en", &[fb("Robotics", "robotics", "news", "/en/r/", &["nl"])]).unwrap();
    assert_eq!(std::fs::read_to_string(root.path().join("nl").join(FALLBACK_FILE)).unwrap(), "fr\nen\n");
    let s = SearchService::open(root.path()).unwrap();
    assert_eq!(urls(&search(&s, "nl", "robotics")), ["/en/r/"]);
    assert!(write_index_with(&root.path().join("x"), "nl", &["../en".into()], &[]).is_err());
}

#[test]
fn typo_correction_looks_at_the_fallback_index_too() {
    let (_root, s) = fallback_service();
    // `robotica` is a Dutch word: known, not corrected, even if en lacks it.
    let r = search(&s, "nl", "robotica");
    assert!(r.corrected.is_none());
    assert_eq!(urls(&r), ["/nl/news/translated/"]);
    // `robotcs` is known nowhere: corrected in each index.
    let r = search(&s, "nl", "robotcs");
    assert_eq!(words_of(&r), [("robotcs".to_string(), "robotics".to_string())]);
    assert_eq!(r.total, 3, "{r:#?}");
    assert_eq!(r.hits[0].lang, "nl");
}

// ---- Facets ----

fn tagged(title: &str, section: &str, tags: &[&str], levels: &[&str], url: &str) -> SearchDoc {
    SearchDoc {
        tags: tags.iter().map(|s| s.to_string()).collect(),
        levels: levels.iter().map(|s| s.to_string()).collect(),
        ..doc(title, "inclusion in every classroom", section, url)
    }
}

#[test]
fn facets_count_sections_levels_and_tags_and_filters_combine() {
    let (_root, s) = service(&[(
        "en",
        vec![
            tagged("A", "news", &["STEM", "Inclusion"], &["primary"], "/en/a/"),
            tagged("B", "news", &["Inclusion"], &["secondary"], "/en/b/"),
            tagged("C", "courses", &["STEM"], &["primary", "secondary"], "/en/c/"),
            tagged("D", "", &[], &[], "/en/d/"),
            doc("E", "unrelated", "news", "/en/e/"),
        ],
    )]);
    let r = search(&s, "en", "inclusion");
    assert_eq!(r.total, 4);
    let f = &r.facets;
    assert_eq!(f.section.iter().map(|(k, v)| (k.as_str(), *v)).collect::<Vec<_>>(), [("news", 2), ("courses", 1)]);
    assert_eq!(f.level.get("primary"), Some(&2));
    assert_eq!(f.level.get("secondary"), Some(&2));
    assert_eq!(f.tag.get("STEM"), Some(&2));
    assert_eq!(f.tag.get("Inclusion"), Some(&2));
    // Combined filters: section and level and tag.
    let req = SearchRequest { section: Some("news".into()), ..SearchRequest::new("inclusion", "en") };
    let both = Filters { level: Some("primary".into()), tag: Some("STEM".into()) };
    let r = s.search_filtered(&req, &both).unwrap();
    assert_eq!(urls(&r), ["/en/a/"]);
    assert_eq!(r.total, 1);
    // Each dimension counts with the other dimensions' filters only.
    assert_eq!(r.facets.section.get("courses"), Some(&1), "{:?}", r.facets);
    assert_eq!(r.facets.level.get("primary"), Some(&1));
    assert_eq!(r.facets.level.get("secondary"), None);
    let r = s
        .search_filtered(
            &SearchRequest::new("inclusion", "en"),
            &Filters { level: Some("secondary".into()), tag: None },
        )
        .unwrap();
    let mut got = urls(&r);
    got.sort();
    assert_eq!(got, ["/en/b/", "/en/c/"]);
    // Unknown values: nothing, no error.
    let r = s
        .search_filtered(&SearchRequest::new("inclusion", "en"), &Filters { level: Some("nope".into()), tag: None })
        .unwrap();
    assert_eq!((r.total, r.hits.len()), (0, 0));
    // Stand-alone pages: `section=""`.
    let req = SearchRequest { section: Some(String::new()), ..SearchRequest::new("inclusion", "en") };
    assert_eq!(urls(&s.search(&req).unwrap()), ["/en/d/"]);
}

#[test]
fn facets_in_json() {
    let (_root, s) = service(&[("en", vec![tagged("A", "news", &["STEM"], &["primary"], "/en/a/")])]);
    let v = serde_json::to_value(search(&s, "en", "inclusion")).unwrap();
    assert_eq!(v["facets"], serde_json::json!({"section": {"news": 1}, "level": {"primary": 1}, "tag": {"STEM": 1}}));
    assert!(v["corrected"].is_null());
}

// ---- Snippets and course dates ----

#[test]
fn block_boundaries_separate_a_heading_from_the_next_sentence() {
    let body = html::strip_html("<h2>Why it matters</h2><p>Teachers said that inclusion matters.</p>");
    let (_root, s) = service(&[("en", vec![doc("X", &body, "", "/en/x/")])]);
    let r = search(&s, "en", "inclusion");
    assert!(r.hits[0].snippet.contains("Why it matters · Teachers said"), "{}", r.hits[0].snippet);
}

#[test]
fn course_hits_carry_their_start_date() {
    let course = SearchDoc {
        starts: chrono::NaiveDate::from_ymd_opt(2026, 3, 2),
        ..doc("Robotics MOOC", "robotics", "courses", "/en/courses/r/")
    };
    let (_root, s) = service(&[("en", vec![course, doc("News", "robotics", "news", "/en/news/r/")])]);
    let r = search(&s, "en", "robotics");
    let c = r.hits.iter().find(|h| h.section == "courses").unwrap();
    assert_eq!(c.starts.as_deref(), Some("2026-03-02"));
    let n = r.hits.iter().find(|h| h.section == "news").unwrap();
    assert_eq!(n.starts, None);
}

/// Excluded phrases go through `query::guard_exclusions` (fuzz defect 7):
/// they still exclude exactly the pages with the phrase, and a phrase that
/// matches nowhere excludes nothing.
#[test]
fn excluded_phrases_exclude_exactly_their_pages() {
    let docs = vec![
        doc("Open day", "The open day of the school.", "news", "/en/a/"),
        doc("Garden", "The school garden.", "news", "/en/b/"),
        doc("Library", "The school library.", "news", "/en/c/"),
        doc("Choir", "The school choir.", "news", "/en/d/"),
    ];
    let (_root, s) = service(&[("en", docs)]);
    for q in ["school -\"open day\"", "school NOT \"open day\"", "(school NOT \"open day\") OR choir"] {
        let r = search(&s, "en", q);
        let mut got = urls(&r);
        got.sort();
        assert_eq!(got, ["/en/b/", "/en/c/", "/en/d/"], "{q}");
    }
    // A phrase whose words meet in a page but never in this order has no
    // match at all: its scorer starts exhausted.
    for q in ["school -\"day open\"", "school NOT day-open", "(school NOT \"day open\") OR choir"] {
        assert_eq!(search(&s, "en", q).total, 4, "{q}");
    }
    // A word that tokenizes into a phrase (`open-day` → `open day`) behind NOT.
    assert_eq!(search(&s, "en", "school NOT open-day").total, 3);
}

/// Fuzz defect 7, the fuzzer's own input: in the typo-corrected tier the
/// query as typed is excluded, and here it holds a phrase that is exhausted
/// early. With debug assertions (this test binary) tantivy's `PhraseScorer`
/// panicked. The pages are the fuzz target's Dutch index.
#[test]
fn fuzz_regression_exclude_exhausted_phrase() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/regressions/search_query/exclude-exhausted-phrase");
    let data = std::fs::read(path).unwrap();
    let q = std::str::from_utf8(&data[1..]).unwrap();
    let docs = vec![
        doc(
            "Teachers' day",
            "Every teacher is welcome. Schools open (at 9:00) for the \"open day\".",
            "news",
            "/nl/a/",
        ),
        doc("Öğretmenler günü", "İstanbul'daki öğretmenler ve okullar. Işık, ılık, İzmir.", "news", "/nl/b/"),
        doc("Leerkrachten", "Onze leerkracht gaat met pensioen; de school is gesloten.", "toolkit", "/nl/c/"),
        doc("المعلمون", "المعلمون في المدارس الأوروبية. تعليم ومدرسة.", "courses", "/nl/d/"),
        doc("Lärare", "Lärarna på skolan undervisar i matematik och språk.", "", "/nl/e/"),
        doc("学校", "学校の先生。オンライン講座 2026。", "news", "/nl/f/"),
        doc(
            "Covid-19 & H2O(l)",
            "a < b, alert(1), C++ and C#, x^2, e-mail: info@example.org http://x.y/z",
            "news",
            "/nl/g/",
        ),
    ];
    let (_root, s) = service(&[("nl", docs)]);
    let mut req = SearchRequest::new(q, "nl");
    req.page = 2;
    let r = s.search(&req).unwrap();
    assert!(r.hits.len() <= r.total);
}
