//! `agora search` as a user runs it: a temporary copy of the example site is
//! built by the real binary, then queried with `--format json` (SPEC §7, §9).
//! Expectations are checked against the content files where they depend on
//! them (a stemming test first proves the page lacks the query's exact form).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::support::*;

/// The example site plus the hostile entry, built without drafts (`public/`).
fn site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = shared_dir("search-cli");
        copy_example_site(&root);
        add_hostile_entry(&root);
        build_ok(&root, &[]);
        root
    })
}

/// The same site built with `extra` into `public-<name>`.
fn built_with(name: &str, extra: &[&str]) -> PathBuf {
    let out = site().join(format!("public-{name}"));
    build_to(site(), &out, extra).assert_ok();
    out
}

fn index_of(out: &Path) -> String {
    out.join("search-index").to_str().unwrap().to_string()
}

fn search_in(out: &Path, query: &str, lang: &str, extra: &[&str]) -> Run {
    let index = index_of(out);
    let mut args = vec!["search", "--lang", lang, "--index", &index, "--format", "json"];
    args.extend_from_slice(extra);
    // After `--`, so that a query such as `-word` is not read as an option.
    args.extend_from_slice(&["--", query]);
    agora(&args)
}

/// Runs a search that must succeed; returns its JSON.
fn search_json(out: &Path, query: &str, lang: &str, extra: &[&str]) -> Value {
    let o = search_in(out, query, lang, extra);
    assert_eq!(o.code, 0, "agora search {query:?} --lang {lang} {extra:?} failed:\n{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout of agora search is not JSON ({e}):\n{}", o.stdout));
    check_shape(&v);
    v
}

fn search(query: &str, lang: &str, extra: &[&str]) -> Value {
    search_json(&site().join("public"), query, lang, extra)
}

/// `{ query, lang, total, hits: [{ title, url, section, date, lang, starts,
/// snippet }], corrected, facets: { section, level, tag } }`.
fn check_shape(v: &Value) {
    assert!(v["query"].is_string() && v["lang"].is_string(), "{v:#}");
    assert!(v["total"].is_u64(), "total: {v:#}");
    for h in v["hits"].as_array().unwrap_or_else(|| panic!("hits is not an array: {v:#}")) {
        for k in ["title", "url", "section", "snippet", "lang"] {
            assert!(h[k].is_string(), "hit field {k} is not a string: {h:#}");
        }
        for k in ["date", "starts"] {
            assert!(h[k].is_string() || h[k].is_null(), "{h:#}");
        }
    }
    assert!(v["corrected"].is_null() || v["corrected"]["query"].is_string(), "{v:#}");
    for dim in ["section", "level", "tag"] {
        let counts = v["facets"][dim].as_object().unwrap_or_else(|| panic!("facets.{dim}: {v:#}"));
        assert!(counts.values().all(Value::is_u64), "{v:#}");
    }
}

fn urls(v: &Value) -> Vec<String> {
    v["hits"].as_array().unwrap().iter().map(|h| h["url"].as_str().unwrap().to_string()).collect()
}

fn total(v: &Value) -> u64 {
    v["total"].as_u64().unwrap()
}

/// The query word `query` finds `rel` (an entry of `lang`) although `rel`
/// does not contain that exact word form, only another one of `forms`.
fn assert_stemmed(lang: &str, query: &str, rel: &str, other_form: &str) {
    let text = read(&site().join(rel));
    let w = words(&text);
    assert!(!w.contains(&query.to_lowercase()), "precondition: {rel} must not contain `{query}` itself");
    assert!(w.contains(other_form), "precondition: {rel} must contain the form `{other_form}`");
    let url = entry_url(site(), rel);
    let v = search(query, lang, &["--limit", "50"]);
    assert_eq!(v["lang"], lang);
    assert!(
        urls(&v).contains(&url),
        "`{query}` in {lang} should find {url} (it has `{other_form}`) through the stemmer; got {:#?}",
        urls(&v)
    );
    let hit = v["hits"].as_array().unwrap().iter().find(|h| h["url"] == url.as_str()).unwrap();
    assert!(hit["snippet"].as_str().unwrap().contains("<mark>"), "no highlight in {hit:#}");
    assert_native_first(&v, lang);
}

/// The hits of `lang` come first; the rest (shown through the fallback
/// chain) are marked with their own language.
fn assert_native_first(v: &Value, lang: &str) {
    let hits = v["hits"].as_array().unwrap();
    let native = hits.iter().take_while(|h| h["lang"] == lang).count();
    for h in hits {
        let l = h["lang"].as_str().unwrap();
        assert!(h["url"].as_str().unwrap().starts_with(&format!("/{l}/")), "a hit's lang is its page's: {h:#}");
    }
    assert!(hits[native..].iter().all(|h| h["lang"] != lang), "native hits come first: {:#?}", urls(v));
}

#[test]
fn dutch_stemming_matches_other_inflections() {
    // leraar (teacher) / leraren (teachers), both ways round.
    assert_stemmed("nl", "leraar", "content/nl/news/etwinning-for-future-teachers.md", "leraren");
    assert_stemmed("nl", "leraren", "content/nl/courses/inclusive-classrooms-webinar.md", "leraar");
}

#[test]
fn swedish_stemming_matches_other_inflections() {
    // lärarna (the teachers) / lärare (teacher, teachers).
    assert_stemmed("sv", "lärarna", "content/sv/news/spring-campaign-2026.md", "lärare");
}

#[test]
fn turkish_stemming_matches_other_inflections() {
    // öğretmen (teacher) / öğretmenler, öğretmenleri, öğretmenlerinin.
    assert_stemmed("tr", "öğretmen", "content/tr/news/vet-teachers-join-etwinning.md", "öğretmenler");
}

#[test]
fn english_stemming_matches_other_inflections() {
    assert_stemmed("en", "pupil", "content/en/news/etwinning-prize-winners-2026.md", "pupils");
}

#[test]
fn query_without_diacritics_finds_accented_words() {
    // Turkish: `ogretmen` typed on a keyboard without ö/ğ.
    let rel = "content/tr/news/teacher-wellbeing-survey-results.md";
    let url = entry_url(site(), rel);
    assert_eq!(url, "/tr/news/%C3%B6%C4%9Fretmen-iyi-olu%C5%9F-anketi/");
    assert!(words(&read(&site().join(rel))).contains("öğretmen"));
    let v = search("ogretmen", "tr", &["--limit", "50"]);
    assert!(urls(&v).contains(&url), "`ogretmen` should find {url}; got {:#?}", urls(&v));
    let hit = v["hits"].as_array().unwrap().iter().find(|h| h["url"] == url.as_str()).unwrap();
    let snippet = hit["snippet"].as_str().unwrap().to_lowercase();
    assert!(snippet.contains("<mark>öğretmen</mark>"), "the accented word should be marked: {snippet}");

    // Swedish: `lararna` for `lärarna`.
    let rel = "content/sv/news/stem-in-the-schoolyard.md";
    assert!(words(&read(&site().join(rel))).contains("lärarna"));
    let v = search("lararna", "sv", &["--limit", "50"]);
    assert!(urls(&v).contains(&entry_url(site(), rel)), "`lararna` should find {rel}; got {:#?}", urls(&v));
}

#[test]
fn section_filter_keeps_only_that_section() {
    let all = search("school", "en", &["--limit", "50"]);
    assert!(total(&all) as usize == urls(&all).len(), "need every hit on one page for this test: {all:#}");
    let in_news: Vec<String> = all["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["section"] == "news")
        .map(|h| h["url"].as_str().unwrap().to_string())
        .collect();
    assert!(!in_news.is_empty() && in_news.len() < urls(&all).len(), "`school` should hit news and other sections");

    let news = search("school", "en", &["--section", "news", "--limit", "50"]);
    assert_eq!(total(&news) as usize, in_news.len(), "{news:#}");
    let mut got = urls(&news);
    got.sort();
    let mut want = in_news.clone();
    want.sort();
    assert_eq!(got, want);
    assert!(news["hits"].as_array().unwrap().iter().all(|h| h["section"] == "news"));
    assert!(got.iter().all(|u| u.starts_with("/en/news/")), "{got:#?}");

    let none = search("school", "en", &["--section", "no-such-section"]);
    assert_eq!(total(&none), 0, "{none:#}");
}

#[test]
fn pagination_gives_the_next_hits_with_a_constant_total() {
    let first4 = search("school", "en", &["--limit", "4"]);
    let p1 = search("school", "en", &["--page", "1", "--limit", "2"]);
    let p2 = search("school", "en", &["--page", "2", "--limit", "2"]);
    let all = urls(&first4);
    assert_eq!(all.len(), 4, "{first4:#}");
    assert_eq!(urls(&p1), all[..2].to_vec());
    assert_eq!(urls(&p2), all[2..].to_vec());
    assert_eq!(total(&p1), total(&first4));
    assert_eq!(total(&p2), total(&first4));
    assert!(total(&p1) > 4);

    // Past the last page: no hits, same total.
    let far = search("school", "en", &["--page", "99", "--limit", "2"]);
    assert!(urls(&far).is_empty());
    assert_eq!(total(&far), total(&first4));

    // The default page size is 10.
    let dflt = search("school", "en", &[]);
    assert_eq!(urls(&dflt).len(), 10.min(total(&dflt) as usize));
}

const DRAFT_REL: &str = "content/en/news/summer-academy-announcement.md";
const DRAFT_WORD: &str = "academy";
const SCHEDULED_REL: &str = "content/en/news/etwinning-conference-2027.md";
const SCHEDULED_WORD: &str = "ceremony";

/// Checks that `word` occurs in `rel` and in no other content file.
fn only_in(word: &str, rel: &str) {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().is_dir() {
                walk(&e.path(), out)
            } else if e.path().extension().is_some_and(|x| x == "md") {
                out.push(e.path())
            }
        }
    }
    let mut files = Vec::new();
    walk(&site().join("content"), &mut files);
    let with: Vec<String> = files
        .iter()
        .filter(|p| words(&std::fs::read_to_string(p).unwrap()).contains(word))
        .map(|p| p.strip_prefix(site()).unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(with, vec![rel.to_string()], "precondition: `{word}` only in {rel}");
}

#[test]
fn drafts_and_scheduled_entries_are_not_indexed() {
    only_in(DRAFT_WORD, DRAFT_REL);
    only_in(SCHEDULED_WORD, SCHEDULED_REL);
    assert!(read(&site().join(DRAFT_REL)).contains("\ndraft: true\n"));
    for (word, rel) in [(DRAFT_WORD, DRAFT_REL), (SCHEDULED_WORD, SCHEDULED_REL)] {
        let v = search(word, "en", &[]);
        assert_eq!(total(&v), 0, "`{word}` occurs only in {rel}, which is not published: {v:#}");
        let url = entry_url(site(), rel);
        assert!(!site().join("public").join(url.trim_matches('/')).exists(), "{url} was built");
    }
}

#[test]
fn build_with_drafts_indexes_the_draft() {
    let out = built_with("drafts", &["--drafts"]);
    let v = search_json(&out, DRAFT_WORD, "en", &[]);
    assert_eq!(urls(&v), vec![entry_url(site(), DRAFT_REL)], "{v:#}");
    // Still not the scheduled one.
    assert_eq!(total(&search_json(&out, SCHEDULED_WORD, "en", &[])), 0);
}

#[test]
fn build_with_future_indexes_the_scheduled_entry() {
    let out = built_with("future", &["--future"]);
    let v = search_json(&out, SCHEDULED_WORD, "en", &[]);
    assert_eq!(urls(&v), vec![entry_url(site(), SCHEDULED_REL)], "{v:#}");
    assert_eq!(v["hits"][0]["date"].as_str().map(|d| &d[..10]), Some("2027-05-01"));
    assert_eq!(total(&search_json(&out, DRAFT_WORD, "en", &[])), 0);
}

#[test]
fn hostile_entry_is_escaped_in_results() {
    let v = search(HOSTILE_WORD, "en", &[]);
    assert_eq!(urls(&v), vec![HOSTILE_URL.to_string()], "{v:#}");
    let hit = &v["hits"][0];
    // The title is plain text (clients set it as text), not HTML.
    assert_eq!(hit["title"], HOSTILE_TITLE);
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(snippet.contains(&format!("<mark>{HOSTILE_WORD}</mark>")), "{snippet}");
    assert_safe_snippet(snippet);

    // Searching for the markup itself: the words are found, the snippet stays escaped.
    for q in ["onerror alert", "img src", "script alert"] {
        let v = search(q, "en", &[]);
        for h in v["hits"].as_array().unwrap() {
            assert_safe_snippet(h["snippet"].as_str().unwrap());
        }
    }
    let v = search("alert", "en", &[]);
    assert!(urls(&v).contains(&HOSTILE_URL.to_string()), "the title's words are indexed: {v:#}");
}

/// The indexed body is the text a reader sees on the page: the words of a
/// raw HTML block are found, the content of a `<script>` that the sanitizer
/// removed is not.
#[test]
fn indexed_text_is_the_visible_page_text() {
    let page = read(&site().join(format!("public{HOSTILE_URL}index.html")));
    assert!(page.contains(BLOCK_WORD), "precondition: the page shows {BLOCK_WORD}");
    assert!(!page.contains(SCRIPT_WORD), "precondition: the page does not show {SCRIPT_WORD}");
    let v = search(BLOCK_WORD, "en", &[]);
    assert_eq!(urls(&v), vec![HOSTILE_URL.to_string()], "text of a raw HTML block is searchable: {v:#}");
    let v = search(SCRIPT_WORD, "en", &[]);
    assert_eq!(total(&v), 0, "the content of a removed <script> is not indexed: {v:#}");
}

#[test]
fn malformed_query_is_a_usage_error() {
    let out = site().join("public");
    let long = "a".repeat(300);
    for (q, msg) in [
        ("\"open dag", "unbalanced quote"),
        ("   ", "empty"),
        (long.as_str(), "too long"),
        ("(leraar", "malformed"),
        ("leraar AND", "malformed"),
        ("-leraar", "only excludes"),
    ] {
        let o = search_in(&out, q, "nl", &[]);
        assert_eq!(o.code, 2, "{q:?}: {}", o.stderr);
        assert!(o.stderr.contains(msg), "{q:?}: stderr should say `{msg}`: {}", o.stderr);
        assert!(o.stdout.is_empty(), "{q:?}: nothing on stdout: {}", o.stdout);
    }
    let o = search_in(&out, "leraar", "nl", &["--page", "0"]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    let o = search_in(&out, "leraar", "nl", &["--limit", "0"]);
    assert_eq!(o.code, 2, "{}", o.stderr);
}

#[test]
fn unknown_language_is_an_error() {
    let o = search_in(&site().join("public"), "school", "xx", &[]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("`xx`"), "the message names the language: {}", o.stderr);
    assert!(o.stdout.is_empty());
}

#[test]
fn missing_index_says_to_build_first() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("nothing-here");
    let o = agora(&["search", "school", "--lang", "en", "--index", index.to_str().unwrap()]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("agora build"), "{}", o.stderr);
}

#[test]
fn text_format_lists_numbered_results() {
    let index = index_of(&site().join("public"));
    let o = agora(&["search", "leraar", "--lang", "nl", "--index", &index, "--limit", "2", "--page", "2"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let text = o.stdout;
    assert!(text.contains("result(s) for \"leraar\" in nl"), "{text}");
    assert!(text.contains("  3. ") && text.contains("  4. ") && !text.contains("  5. "), "{text}");
    assert!(!text.contains("<mark>"), "text output is plain: {text}");
}

/// The English entries that `lang`'s listing of `section` shows through
/// fallback: (url, title), from the built listing pages.
fn fallback_cards(lang: &str, section: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rel = format!("public/{lang}/{section}/index.html");
    for page in 2..100 {
        let path = site().join(&rel);
        if !path.exists() {
            break;
        }
        let html = scraper::Html::parse_document(&std::fs::read_to_string(path).unwrap());
        let sel = scraper::Selector::parse("article.card--fallback .card__title a").unwrap();
        for a in html.select(&sel) {
            out.push((a.value().attr("href").unwrap().to_string(), a.text().collect::<String>().trim().to_string()));
        }
        rel = format!("public/{lang}/{section}/page/{page}/index.html");
    }
    out
}

/// Arabic shows English news through its fallback chain (`ar: fallback:
/// [en]`); a search in Arabic finds each of them, marked `lang: en`, after
/// the Arabic hits; an English entry that has an Arabic translation is not
/// among them.
#[test]
fn search_finds_the_entries_listings_show_through_fallback() {
    let cards = fallback_cards("ar", "news");
    assert!(cards.len() >= 5, "precondition: the Arabic news listing shows English entries: {cards:?}");
    for (url, title) in &cards {
        assert!(url.starts_with("/en/news/"), "{url}");
        // All the words of the title (the hostile entry's title is markup).
        let q: Vec<&str> = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let v = search(&q.join(" "), "ar", &["--limit", "50"]);
        let hit = v["hits"].as_array().unwrap().iter().find(|h| h["url"] == url.as_str());
        let hit = hit.unwrap_or_else(|| panic!("ar search for `{title}` should find {url}: {v:#}"));
        assert_eq!(hit["lang"], "en", "{hit:#}");
        assert_native_first(&v, "ar");
    }
    // Translated into Arabic: its English page is not a fallback entry.
    let translated = entry_url(site(), "content/en/news/etwinning-celebrates-20-years.md");
    assert!(site().join("content/ar/news/etwinning-celebrates-20-years.md").exists());
    let v = search("etwinning", "ar", &["--limit", "50"]);
    assert!(!urls(&v).contains(&translated), "{v:#}");
    assert!(urls(&v).iter().any(|u| u.starts_with("/ar/")), "the Arabic translation is found: {v:#}");
    assert_native_first(&v, "ar");
    // Swedish has no fallback chain: Swedish pages only.
    let v = search("etwinning", "sv", &["--limit", "50"]);
    assert!(urls(&v).iter().all(|u| u.starts_with("/sv/")), "{v:#}");
}

#[test]
fn a_misspelled_word_is_corrected_and_reported() {
    // `teachers` is in many English pages; `teahcers` in none.
    let v = search("teahcers", "en", &["--limit", "50"]);
    assert!(total(&v) > 0, "{v:#}");
    assert_eq!(v["corrected"]["words"][0]["from"], "teahcers", "{v:#}");
    assert_eq!(v["corrected"]["words"][0]["to"], "teachers", "{v:#}");
    assert_eq!(v["corrected"]["query"], "teachers");
    assert_eq!(urls(&v), urls(&search("teachers", "en", &["--limit", "50"])), "the same pages as the right spelling");
    // Correct spelling: nothing corrected.
    assert!(search("teachers", "en", &[])["corrected"].is_null());
    // The text format says what was searched.
    let index = index_of(&site().join("public"));
    let o = agora(&["search", "teahcers", "--lang", "en", "--index", &index]);
    assert_eq!(o.code, 0, "{}", o.stderr);
}

#[test]
fn facets_count_sections_levels_and_tags() {
    let v = search("school", "en", &["--limit", "50"]);
    let sections = v["facets"]["section"].as_object().unwrap();
    let mut by_section: std::collections::BTreeMap<String, u64> = Default::default();
    for h in v["hits"].as_array().unwrap() {
        let s = h["section"].as_str().unwrap();
        if !s.is_empty() {
            *by_section.entry(s.to_string()).or_default() += 1;
        }
    }
    assert_eq!(total(&v) as usize, urls(&v).len(), "need every hit on one page");
    let facet: std::collections::BTreeMap<String, u64> =
        sections.iter().map(|(k, n)| (k.clone(), n.as_u64().unwrap())).collect();
    assert_eq!(facet, by_section, "{v:#}");
    assert!(!v["facets"]["level"].as_object().unwrap().is_empty(), "{v:#}");
    assert!(!v["facets"]["tag"].as_object().unwrap().is_empty(), "{v:#}");
    // The section filter keeps the other sections' counts.
    let news = search("school", "en", &["--section", "news", "--limit", "50"]);
    assert_eq!(news["facets"]["section"], v["facets"]["section"]);
}

#[test]
fn course_hits_carry_their_start_date() {
    let rel = "content/en/courses/outdoor-stem-lab.md";
    let text = read(&site().join(rel));
    let starts = text.lines().find_map(|l| l.trim().strip_prefix("starts:")).unwrap().trim().trim_matches('"');
    assert!(words(&text).contains("outdoor"), "precondition");
    let v = search("outdoor", "en", &["--section", "courses", "--limit", "50"]);
    let url = entry_url(site(), rel);
    let hit = v["hits"].as_array().unwrap().iter().find(|h| h["url"] == url.as_str()).unwrap();
    assert_eq!(hit["starts"].as_str(), Some(&starts[..10]), "{hit:#}");
    let news = search("school", "en", &["--section", "news"]);
    assert!(news["hits"].as_array().unwrap().iter().all(|h| h["starts"].is_null()));
}

/// `--level` and `--tag` narrow the hits to what the unfiltered query's
/// facets promised, and combine with each other and with `--section`.
#[test]
fn level_and_tag_options_filter_like_the_facets_say() {
    let all = search("school", "en", &["--limit", "50"]);
    let levels = all["facets"]["level"].as_object().unwrap();
    let tags = all["facets"]["tag"].as_object().unwrap();
    let (level, n_level) = levels.iter().next().expect("`school` should have level facets");
    let (tag, n_tag) = tags.iter().next().expect("`school` should have tag facets");
    assert!(n_level.as_u64().unwrap() < total(&all), "{all:#}");

    let by_level = search("school", "en", &["--level", level, "--limit", "50"]);
    assert_eq!(total(&by_level), n_level.as_u64().unwrap(), "{by_level:#}");
    let by_tag = search("school", "en", &["--tag", tag, "--limit", "50"]);
    assert_eq!(total(&by_tag), n_tag.as_u64().unwrap(), "{by_tag:#}");
    for u in urls(&by_level) {
        assert!(urls(&all).contains(&u), "{u} is not a hit of the unfiltered query");
    }

    let both = search("school", "en", &["--level", level, "--tag", tag, "--limit", "50"]);
    let both_urls = urls(&both);
    assert!(both_urls.iter().all(|u| urls(&by_level).contains(u) && urls(&by_tag).contains(u)), "{both:#}");
    // The level facet of the tag-filtered query counts the combination.
    assert_eq!(by_tag["facets"]["level"][level].as_u64().unwrap_or(0), total(&both));

    let none = search("school", "en", &["--level", "no-such-level"]);
    assert_eq!(total(&none), 0, "{none:#}");
}

/// The text format says when a misspelled word was replaced, as the search
/// page's "Results for …" does.
#[test]
fn text_output_names_the_corrected_query() {
    let index = index_of(&site().join("public"));
    let o = agora(&["search", "--lang", "en", "--index", &index, "--", "teachr"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let out = o.stdout;
    let first = out.lines().next().unwrap_or_default();
    assert!(first.contains("for \"teachr\" in en") && !first.starts_with("0 "), "{out}");
    assert!(out.contains("showing results for \"teacher\""), "{out}");
    let o = agora(&["search", "--lang", "en", "--index", &index, "--", "teacher"]);
    assert!(!o.stdout.contains("showing results for"), "{}", o.stdout);
}
