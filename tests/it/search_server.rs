//! `agora search-server` over real HTTP on loopback (SPEC §7): a temporary
//! copy of the example site is built once by the real binary; every test
//! starts its own server child process on a free port (killed on drop) and
//! talks to it with the tiny client in `support::http`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;

use crate::support::http::{self, Response};
use crate::support::*;

/// Word of the bulk entries, [`BULK`] of them: more than the 50-hit maximum.
const BULK_WORD: &str = "quokkabulk";
const BULK: usize = 60;

/// The example site plus the hostile entry and the bulk entries, built.
fn site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = shared_dir("search-server");
        copy_example_site(&root);
        add_hostile_entry(&root);
        for i in 0..BULK {
            write(
                &root,
                &format!("content/en/news/bulk-entry-{i:02}.md"),
                format!(
                    "---\ntitle: Bulk entry {i}\ndate: 2020-01-{:02}\n---\n\nThe {BULK_WORD} number {i}.\n",
                    i % 28 + 1
                ),
            );
        }
        build_ok(&root, &[]);
        root
    })
}

fn index() -> String {
    site().join("public/search-index").to_str().unwrap().to_string()
}

fn server() -> Server {
    let index = index();
    Server::start(&["search-server", "--index", &index], "/healthz", Duration::from_secs(10))
}

fn enc(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

fn api(s: &Server, query: &str) -> Response {
    s.get(&format!("/api/search?{query}"))
}

/// A 200 with the documented JSON shape; returns the JSON.
fn ok_json(r: &Response) -> Value {
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.header("content-type").is_some_and(|c| c.starts_with("application/json")), "{:?}", r.headers);
    let v = r.json();
    let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, BTreeSet::from(["query", "lang", "total", "hits", "corrected", "facets"]), "{v:#}");
    assert!(v["query"].is_string() && v["lang"].is_string() && v["total"].is_u64(), "{v:#}");
    assert!(v["corrected"].is_null() || v["corrected"]["query"].is_string(), "{v:#}");
    for dim in ["section", "level", "tag"] {
        let counts = v["facets"][dim].as_object().unwrap_or_else(|| panic!("facets.{dim}: {v:#}"));
        assert!(counts.values().all(Value::is_u64), "{v:#}");
    }
    for h in v["hits"].as_array().unwrap() {
        let keys: BTreeSet<&str> = h.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, BTreeSet::from(["title", "url", "section", "date", "lang", "starts", "snippet"]), "{h:#}");
        for k in ["title", "url", "section", "lang", "snippet"] {
            assert!(h[k].is_string(), "{k}: {h:#}");
        }
        assert!(h["date"].is_null() || h["date"].as_str().is_some_and(|d| d.len() >= 20), "RFC 3339 date: {h:#}");
        assert!(h["url"].as_str().unwrap().starts_with('/'), "{h:#}");
    }
    v
}

/// A 4xx with the JSON `{ "error": "…" }`; returns the message.
fn error_json(r: &Response, status: u16) -> String {
    assert_eq!(r.status, status, "{}", r.text());
    assert!(r.header("content-type").is_some_and(|c| c.starts_with("application/json")), "{:?}", r.headers);
    let v = r.json();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, vec!["error"], "{v:#}");
    let msg = v["error"].as_str().unwrap().to_string();
    assert!(!msg.trim().is_empty());
    msg
}

fn urls(v: &Value) -> Vec<String> {
    v["hits"].as_array().unwrap().iter().map(|h| h["url"].as_str().unwrap().to_string()).collect()
}

#[test]
fn healthz_answers_ok() {
    let s = server();
    let r = s.get("/healthz");
    assert_eq!(r.status, 200);
    assert_eq!(r.text().trim(), "ok");
}

#[test]
fn search_answers_json_like_the_cli() {
    let s = server();
    let r = api(&s, "q=leraar&lang=nl");
    let v = ok_json(&r);
    assert_eq!(r.header("cache-control"), Some("public, max-age=60"));
    assert_eq!(v["query"], "leraar");
    assert_eq!(v["lang"], "nl");
    let hits = v["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 10, "default limit 10: {v:#}");
    assert!(v["total"].as_u64().unwrap() as usize >= hits.len());
    assert!(hits.iter().all(|h| h["url"].as_str().unwrap().starts_with("/nl/")));
    assert!(hits.iter().all(|h| h["snippet"].as_str().unwrap().contains("<mark>")), "{v:#}");
    // Every hit is a page that was built.
    for u in urls(&v) {
        let decoded = percent_encoding::percent_decode_str(&u).decode_utf8().unwrap().to_string();
        assert!(site().join("public").join(decoded.trim_matches('/')).join("index.html").is_file(), "{u} not built");
    }

    // The command line gives the same answer.
    let cli = agora(&["search", "leraar", "--lang", "nl", "--index", &index(), "--format", "json"]);
    assert_eq!(cli.code, 0, "{}", cli.stderr);
    let cli: Value = serde_json::from_str(&cli.stdout).unwrap();
    assert_eq!(cli, v);
}

#[test]
fn utf8_queries_and_filters_in_the_query_string() {
    let s = server();
    // `öğretmen`, percent-encoded UTF-8.
    let v = ok_json(&api(&s, &format!("q={}&lang=tr&limit=50", enc("öğretmen"))));
    assert_eq!(v["query"], "öğretmen");
    assert!(urls(&v).contains(&"/tr/news/%C3%B6%C4%9Fretmen-iyi-olu%C5%9F-anketi/".to_string()), "{v:#}");
    // Without diacritics, `+` for a space.
    let v = ok_json(&api(&s, "q=ogretmen+anketi&lang=tr"));
    assert_eq!(v["query"], "ogretmen anketi");
    assert_eq!(urls(&v).first().map(String::as_str), Some("/tr/news/%C3%B6%C4%9Fretmen-iyi-olu%C5%9F-anketi/"));

    // Section filter; an empty `section=` is no filter.
    let all = ok_json(&api(&s, "q=school&lang=en&limit=50"));
    let news = ok_json(&api(&s, "q=school&lang=en&limit=50&section=news"));
    assert!(news["hits"].as_array().unwrap().iter().all(|h| h["section"] == "news"), "{news:#}");
    let in_news = all["hits"].as_array().unwrap().iter().filter(|h| h["section"] == "news").count();
    assert_eq!(news["total"].as_u64().unwrap() as usize, in_news);
    assert!(in_news < all["hits"].as_array().unwrap().len());
    let empty_section = ok_json(&api(&s, "q=school&lang=en&limit=50&section="));
    assert_eq!(empty_section, all);

    // Pagination.
    let four = ok_json(&api(&s, "q=school&lang=en&limit=4"));
    let p2 = ok_json(&api(&s, "q=school&lang=en&limit=2&page=2"));
    assert_eq!(urls(&p2), urls(&four)[2..].to_vec());
    assert_eq!(p2["total"], four["total"]);
}

#[test]
fn cors_allows_any_origin() {
    let s = server();
    for path in ["/api/search?q=school&lang=en", "/api/search?q=&lang=en", "/api/search?q=school&lang=xx"] {
        let r =
            http::request(s.port, "GET", path, &[("Origin", "https://example.org")], Duration::from_secs(10)).unwrap();
        assert_eq!(r.header("access-control-allow-origin"), Some("*"), "{path}: {:?}", r.headers);
    }
    // Without an Origin header too (a CDN may cache the response for all).
    assert_eq!(s.get("/api/search?q=school&lang=en").header("access-control-allow-origin"), Some("*"));
}

#[test]
fn bad_requests_are_400_with_a_json_error() {
    let s = server();
    let long = "a".repeat(300);
    for (query, says) in [
        ("q=&lang=en".to_string(), "empty"),
        ("q=%20%20&lang=en".to_string(), "empty"),
        ("lang=en".to_string(), "q"),
        ("q=%22open+dag&lang=nl".to_string(), "quote"),
        (format!("q={long}&lang=en"), "too long"),
        ("q=school&lang=en&page=0".to_string(), "page"),
        ("q=school&lang=en&page=-1".to_string(), "page"),
        ("q=school&lang=en&limit=abc".to_string(), "limit"),
        ("q=school&lang=en&limit=0".to_string(), "limit"),
        ("q=school".to_string(), "lang"),
        ("q=(school&lang=en".to_string(), "malformed"),
        ("q=-school&lang=en".to_string(), "excludes"),
    ] {
        let r = api(&s, &query);
        let msg = error_json(&r, 400);
        assert!(msg.contains(says), "{query}: the message should mention `{says}`: {msg}");
        assert_eq!(r.header("cache-control"), Some("no-store"), "{query}");
    }
}

#[test]
fn unknown_language_is_404() {
    let s = server();
    let msg = error_json(&api(&s, "q=school&lang=xx"), 404);
    assert!(msg.contains("xx"), "{msg}");
    // A language of the site is found whatever its case.
    ok_json(&api(&s, "q=school&lang=EN"));
}

#[test]
fn limit_is_clamped_to_50() {
    let s = server();
    let v = ok_json(&api(&s, &format!("q={BULK_WORD}&lang=en&limit=500")));
    assert_eq!(v["total"].as_u64(), Some(BULK as u64), "{v:#}");
    assert_eq!(v["hits"].as_array().unwrap().len(), 50);
    let v2 = ok_json(&api(&s, &format!("q={BULK_WORD}&lang=en&limit=500&page=2")));
    assert_eq!(v2["hits"].as_array().unwrap().len(), BULK - 50, "page 2 of 50 per page");
    let mut both: Vec<String> = urls(&v);
    both.extend(urls(&v2));
    let distinct: BTreeSet<&String> = both.iter().collect();
    assert_eq!(distinct.len(), BULK, "pages 1 and 2 overlap");
    let v = ok_json(&api(&s, &format!("q={BULK_WORD}&lang=en&limit=50")));
    assert_eq!(v["hits"].as_array().unwrap().len(), 50);
}

#[test]
fn hostile_entry_is_escaped_over_http() {
    let s = server();
    let v = ok_json(&api(&s, &format!("q={HOSTILE_WORD}&lang=en")));
    assert_eq!(urls(&v), vec![HOSTILE_URL.to_string()]);
    assert_eq!(v["hits"][0]["title"], HOSTILE_TITLE);
    assert_safe_snippet(v["hits"][0]["snippet"].as_str().unwrap());
    // The query is echoed as JSON text; the body is JSON, not HTML.
    let r = api(&s, &format!("q={}&lang=en", enc("'x' & \"x\" xylophonequest")));
    let v = ok_json(&r);
    assert_eq!(v["query"], "'x' & \"x\" xylophonequest");
    for h in v["hits"].as_array().unwrap() {
        assert_safe_snippet(h["snippet"].as_str().unwrap());
    }
}

#[test]
fn server_without_an_index_exits_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("search-index");
    let port = free_port().to_string();
    let o = agora(&["search-server", "--index", missing.to_str().unwrap(), "--bind", "127.0.0.1", "--port", &port]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("agora build"), "{}", o.stderr);
}

/// A search box gets ordinary text: `<`, `>` and a parenthesis right after a
/// word are not query syntax a user meant (module docs of src/search/query.rs:
/// "ordinary text never trips it").
#[test]
fn punctuation_in_ordinary_text_is_not_a_syntax_error() {
    let s = server();
    for q in ["pupils < 12", "ages 4 > 6", "<script>", "alert(1)", "H2O(l) experiments"] {
        let r = api(&s, &format!("q={}&lang=en", enc(q)));
        assert_eq!(r.status, 200, "{q:?}: {}", r.text());
    }
}

/// `/` is plain text: `/…/` is no regular expression, and no client ever
/// sees tantivy's own error text.
#[test]
fn slashes_are_plain_text() {
    let s = server();
    for q in ["/foo/", "/school/", "and/or", "1/2 school", "/[a-z/"] {
        let r = api(&s, &format!("q={}&lang=en", enc(q)));
        assert_eq!(r.status, 200, "{q:?}: {}", r.text());
        let text = r.text().to_lowercase();
        assert!(!text.contains("regex") && !text.contains("automaton"), "{q:?}: {}", r.text());
    }
    // `/school/` finds what `school` finds.
    let plain = ok_json(&api(&s, "q=school&lang=en"));
    let slashed = ok_json(&api(&s, &format!("q={}&lang=en", enc("/school/"))));
    assert_eq!(urls(&slashed), urls(&plain));
    // A malformed query gets our own message.
    let msg = error_json(&api(&s, &format!("q={}&lang=en", enc("/foo/ AND"))), 400);
    assert!(msg.starts_with("the query is malformed"), "{msg}");
}

// ------------------------------------------------------ connection handling

/// Opens `n` connections to the server that send nothing.
fn idle_connections(port: u16, n: usize) -> Vec<std::net::TcpStream> {
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    (0..n)
        .map(|i| {
            std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(10))
                .unwrap_or_else(|e| panic!("idle connection {i}: {e}"))
        })
        .collect()
}

/// A normal request answers while `idle` connections are held open; waits
/// (bounded) for it rather than timing it.
fn still_served(s: &Server, idle: usize, what: &str) {
    let answered = wait_for(
        &format!("a search while {idle} idle connections are open ({what})"),
        Duration::from_secs(60),
        || s.stderr(),
        || http::get_timeout(s.port, "/api/search?q=school&lang=en", Duration::from_secs(5)).ok(),
    );
    ok_json(&answered);
}

/// Hundreds of connections that never send a byte used to leave
/// search-server unreachable. More than the connection cap (512) here: the
/// oldest are closed to make room.
#[test]
fn idle_connections_do_not_lock_clients_out() {
    let s = server();
    let idle = idle_connections(s.port, 600);
    still_served(&s, idle.len(), "more than the cap");
    drop(idle);
    ok_json(&api(&s, "q=school&lang=en"));
}

/// With a small open-file limit (256, soft and hard) the server sizes its
/// connection cap to fit, so 400 idle connections cannot use up its file
/// descriptors (which stopped `accept` and so every new client).
#[cfg(unix)]
#[test]
fn idle_connections_under_a_low_open_file_limit() {
    let index = index();
    let port = free_port();
    let script = format!("ulimit -n 256 && exec \"$0\" search-server --index \"$1\" --bind 127.0.0.1 --port {port}");
    let child = std::process::Command::new("sh")
        .args(["-c", &script, BIN, &index])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let s = Server { port, child: ChildGuard::new(child, "agora search-server (ulimit -n 256)") };
    wait_for(
        "search-server to answer /healthz",
        Duration::from_secs(20),
        || s.stderr(),
        || http::get_timeout(port, "/healthz", Duration::from_secs(2)).ok(),
    );
    assert!(s.stderr().contains("at most"), "the cap is lowered and said so: {}", s.stderr());
    let idle = idle_connections(port, 400);
    still_served(&s, idle.len(), "open-file limit 256");
    drop(idle);
}

/// A client that sends part of a request head and then nothing is cut off
/// after the header-read timeout (10 s), instead of holding its connection
/// forever (slowloris).
#[test]
fn a_partial_request_head_is_closed_after_the_header_timeout() {
    use std::io::{Read, Write};
    let s = server();
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], s.port));
    let mut slow = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(10)).unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1").unwrap();
    // Other clients are served meanwhile.
    assert_eq!(s.get("/healthz").status, 200);
    // Bounded: well above the 10 s timeout, so a server that never closes
    // fails the test instead of hanging it.
    slow.set_read_timeout(Some(Duration::from_secs(40))).unwrap();
    let mut got = Vec::new();
    match slow.read_to_end(&mut got) {
        Ok(_) => {}
        // A close with unread data may be a reset: closed all the same.
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {}
        Err(e) => panic!("the server did not close the connection: {e}"),
    }
    let got = String::from_utf8_lossy(&got);
    assert!(got.is_empty() || got.starts_with("HTTP/1.1 408"), "{got}");
}

// ------------------------------------------------ filters, typos, fallback

fn total(v: &Value) -> u64 {
    v["total"].as_u64().unwrap()
}

/// `section=`, `level=` and `tag=` combine; each facet count is the total
/// that choosing it gives.
#[test]
fn filters_combine_and_facet_counts_match_what_they_filter() {
    let s = server();
    let all = ok_json(&api(&s, "q=school&lang=en&limit=50"));
    let sections = all["facets"]["section"].as_object().unwrap().clone();
    assert!(sections.len() >= 2, "{all:#}");
    for (section, n) in &sections {
        let v = ok_json(&api(&s, &format!("q=school&lang=en&section={}", enc(section))));
        assert_eq!(total(&v), n.as_u64().unwrap(), "section {section}");
        assert!(v["hits"].as_array().unwrap().iter().all(|h| h["section"] == section.as_str()));
        // Within the section, each level's count is what the level filter gives.
        for (level, m) in v["facets"]["level"].as_object().unwrap() {
            let w = ok_json(&api(&s, &format!("q=school&lang=en&section={}&level={}", enc(section), enc(level))));
            assert_eq!(total(&w), m.as_u64().unwrap(), "section {section}, level {level}");
            assert!(total(&w) <= total(&v));
            // The section's own count, with the level chosen, is that total.
            assert_eq!(w["facets"]["section"][section.as_str()].as_u64(), Some(total(&w)), "{w:#}");
        }
    }
    // A tag, then a tag with a level: never more than the tag alone.
    let (tag, n) =
        all["facets"]["tag"].as_object().unwrap().iter().next().map(|(k, v)| (k.clone(), v.as_u64().unwrap())).unwrap();
    let t = ok_json(&api(&s, &format!("q=school&lang=en&tag={}", enc(&tag))));
    assert_eq!(total(&t), n);
    let (level, _) = t["facets"]["level"].as_object().unwrap().iter().next().unwrap();
    let tl = ok_json(&api(&s, &format!("q=school&lang=en&tag={}&level={}", enc(&tag), enc(level))));
    assert!(total(&tl) >= 1 && total(&tl) <= n, "{tl:#}");
    // Unknown values find nothing; empty ones filter nothing; oversized ones are refused.
    assert_eq!(total(&ok_json(&api(&s, "q=school&lang=en&level=nope"))), 0);
    assert_eq!(total(&ok_json(&api(&s, "q=school&lang=en&level=&tag="))), total(&all));
    let long = "x".repeat(201);
    let msg = error_json(&api(&s, &format!("q=school&lang=en&tag={long}")), 400);
    assert!(msg.contains("tag"), "{msg}");
}

#[test]
fn a_misspelled_word_is_corrected_over_http() {
    let s = server();
    let v = ok_json(&api(&s, "q=teahcers&lang=en"));
    assert!(total(&v) > 0, "{v:#}");
    assert_eq!(v["corrected"]["query"], "teachers", "{v:#}");
    assert_eq!(v["corrected"]["words"], serde_json::json!([{ "from": "teahcers", "to": "teachers" }]));
    let exact = ok_json(&api(&s, "q=teachers&lang=en"));
    assert!(exact["corrected"].is_null());
    assert_eq!(urls(&v), urls(&exact));
}

#[test]
fn arabic_search_includes_english_fallback_entries_after_arabic_ones() {
    let s = server();
    let v = ok_json(&api(&s, "q=teachers&lang=ar&limit=50"));
    let hits = v["hits"].as_array().unwrap();
    assert!(hits.iter().any(|h| h["lang"] == "en"), "{v:#}");
    let first_en = hits.iter().position(|h| h["lang"] == "en").unwrap();
    assert!(hits[first_en..].iter().all(|h| h["lang"] == "en"), "Arabic hits first: {v:#}");
    for h in hits {
        let lang = h["lang"].as_str().unwrap();
        assert!(h["url"].as_str().unwrap().starts_with(&format!("/{lang}/")), "{h:#}");
    }
    // Each English hit is an entry the Arabic listings show: an English page
    // without an Arabic translation.
    for h in &hits[first_en..] {
        let url = h["url"].as_str().unwrap();
        let rel = url.trim_start_matches("/en/").trim_end_matches('/');
        assert!(!site().join(format!("content/ar/{rel}.md")).exists(), "{url} has an Arabic translation");
    }
    // Swedish has no fallback chain.
    let sv = ok_json(&api(&s, "q=teachers&lang=sv&limit=50"));
    assert!(sv["hits"].as_array().unwrap().iter().all(|h| h["lang"] == "sv"), "{sv:#}");
}
