//! The content API (SPEC §8) of a real build: every document valid against
//! the published schema, URLs absolute and consistent, translations mapped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::{example_site, BIN};

const BASE: &str = "https://school-education.example.eu";

fn build(root: &Path) {
    let out = Command::new(BIN).arg("build").arg("--root").arg(root).output().unwrap();
    assert!(out.status.success(), "build failed: {}", String::from_utf8_lossy(&out.stderr));
}

fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Every JSON document under public/api/v1 except the schema, by output-relative path.
fn api_docs(public: &Path) -> BTreeMap<String, Value> {
    let api = public.join("api/v1");
    let mut docs = BTreeMap::new();
    for e in walkdir::WalkDir::new(&api) {
        let e = e.unwrap();
        if e.file_type().is_file() && e.path().file_name().unwrap() != "schema.json" {
            let rel = e.path().strip_prefix(public).unwrap().to_string_lossy().replace('\\', "/");
            docs.insert(rel, read_json(e.path()));
        }
    }
    docs
}

fn validator(public: &Path) -> jsonschema::Validator {
    let schema = read_json(&public.join("api/v1/schema.json"));
    jsonschema::draft202012::meta::validate(&schema).expect("schema.json is a valid draft 2020-12 schema");
    jsonschema::draft202012::options().should_validate_formats(true).build(&schema).expect("schema compiles")
}

fn assert_valid(v: &jsonschema::Validator, name: &str, doc: &Value) {
    let errors: Vec<String> = v.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{name} does not match schema.json:\n{}", errors.join("\n"));
}

/// Site-relative path of an absolute URL on the site, decoded (as on disk).
fn local_path(url: &str) -> PathBuf {
    let path = url.strip_prefix(BASE).unwrap_or_else(|| panic!("not on the site: {url}"));
    agora::output::url_to_dir(path)
}

const ENTRY_KEYS: &[&str] = &[
    "lang",
    "section",
    "slug",
    "url",
    "title",
    "date",
    "updated",
    "summary",
    "tags",
    "levels",
    "authors",
    "image",
    "course",
    "extra",
    "translations",
    "translation",
    "content_html",
];

#[test]
fn every_api_document_matches_the_schema_and_the_site() {
    let site = example_site();
    build(site.path());
    let public = site.path().join("public");
    let v = validator(&public);
    let docs = api_docs(&public);
    assert!(docs.len() > 50, "only {} API documents", docs.len());
    for (name, doc) in &docs {
        assert_valid(&v, name, doc);
    }
    // the schema has teeth: formats and unknown fields are checked
    let good = &docs["api/v1/en/news/teacher-wellbeing-survey-results.json"];
    for (field, bad) in [("date", "2025-01-20"), ("url", "/en/news/x/"), ("surprise", "x")] {
        let mut d = good.clone();
        d[field] = Value::String(bad.into());
        assert!(!v.is_valid(&d), "{field}: {bad} accepted");
    }

    let mut entries_per_lang: BTreeMap<String, usize> = BTreeMap::new();
    for (name, doc) in docs.iter().filter(|(_, d)| d.get("content_html").is_some()) {
        let lang = doc["lang"].as_str().unwrap();
        *entries_per_lang.entry(lang.to_string()).or_default() += 1;
        // stable field order: the contract's order, image/course only where present
        let keys: Vec<&str> = doc.as_object().unwrap().keys().map(String::as_str).collect();
        let expected: Vec<&str> = ENTRY_KEYS.iter().copied().filter(|k| keys.contains(k)).collect();
        assert_eq!(keys, expected, "{name}");
        assert_eq!(keys.len(), expected.len());
        // the file sits where the URL says, and the HTML page exists
        let url = doc["url"].as_str().unwrap();
        let dir = local_path(url);
        assert!(public.join(&dir).join("index.html").is_file(), "{name}: no HTML page for {url}");
        let expected_file = format!("api/v1/{}.json", dir.to_string_lossy().replace('\\', "/"));
        assert_eq!(name, &expected_file);
        // absolute URLs inside the HTML too
        let html = doc["content_html"].as_str().unwrap();
        assert!(
            !html.contains("href=\"/") && !html.contains("src=\"/"),
            "{name}: site-relative URL left in content_html"
        );
        // translations: other languages only, each pointing back here
        let tr = doc["translations"].as_object().unwrap();
        assert!(!tr.contains_key(lang), "{name} lists itself");
        for (other, u) in tr {
            let back_name =
                format!("api/v1/{}.json", local_path(u.as_str().unwrap()).to_string_lossy().replace('\\', "/"));
            let back = docs.get(&back_name).unwrap_or_else(|| panic!("{name}: no document for translation {u}"));
            assert_eq!(back["lang"].as_str(), Some(other.as_str()));
            assert_eq!(back["translations"][lang].as_str(), Some(url), "{back_name} does not link back to {name}");
        }
    }

    // No drafts, no scheduled entries.
    assert!(!docs.keys().any(|k| k.contains("summer-academy-announcement")), "a draft is in the API");
    assert!(!docs.keys().any(|k| k.contains("etwinning-conference-2027")), "a scheduled entry is in the API");

    // Indexes list exactly the entries of their language, linking to their documents.
    let langs = &docs["api/v1/languages.json"];
    assert_eq!(langs["default_language"], "en");
    for l in langs["languages"].as_array().unwrap() {
        let code = l["code"].as_str().unwrap();
        let index_url = l["index"].as_str().unwrap();
        assert_eq!(index_url, format!("{BASE}/api/v1/{code}/index.json"));
        let index = &docs[&format!("api/v1/{code}/index.json")];
        let n = entries_per_lang.get(code).copied().unwrap_or(0);
        assert_eq!(index["total"].as_u64(), Some(n as u64), "{code}");
        assert_eq!(l["total"].as_u64(), Some(n as u64), "{code}");
        assert_eq!(index["items"].as_array().unwrap().len(), n);
        assert!(index["prev"].is_null() && index["next"].is_null());
        for it in index["items"].as_array().unwrap() {
            assert!(it.get("content_html").is_none());
            assert_eq!(it["lang"], code);
            let api = it["api_url"].as_str().unwrap();
            let doc = &docs[&local_path(api).to_string_lossy().replace('\\', "/")];
            assert_eq!(doc["url"], it["url"]);
        }
    }
}

#[test]
fn unicode_slugs_translations_and_absolute_urls() {
    let site = example_site();
    build(site.path());
    let api = site.path().join("public/api/v1");
    // the file name is the Unicode slug, the URLs are percent-encoded
    let tr = read_json(&api.join("tr/news/öğretmen-iyi-oluş-anketi.json"));
    assert_eq!(tr["slug"], "öğretmen-iyi-oluş-anketi");
    assert_eq!(tr["url"], format!("{BASE}/tr/news/%C3%B6%C4%9Fretmen-iyi-olu%C5%9F-anketi/"));
    assert_eq!(tr["section"], "news");
    let translations = tr["translations"].as_object().unwrap();
    let langs: Vec<&str> = translations.keys().map(String::as_str).collect();
    assert_eq!(langs, ["en", "nl", "sv"], "site language order, without itself");
    assert_eq!(translations["en"], format!("{BASE}/en/news/teacher-wellbeing-survey-results/"));
    assert_eq!(tr["image"]["src"], format!("{BASE}/images/teacher-wellbeing.svg"));
    assert!(tr["date"].as_str().unwrap().starts_with("2025-01-20T"));

    let en = read_json(&api.join("en/news/teacher-wellbeing-survey-results.json"));
    assert_eq!(en["translations"]["tr"], tr["url"]);

    // co-located asset and internal links made absolute
    let bundle = read_json(&api.join("en/toolkit/whole-school-approach.json"));
    let html = bundle["content_html"].as_str().unwrap();
    assert!(html.contains(&format!("src=\"{BASE}/en/toolkit/whole-school-approach/diagram.svg\"")), "{html}");
    assert!(html.contains(&format!("href=\"{BASE}/en/toolkit/working-with-families/\"")), "{html}");

    // stand-alone pages: no section, at /api/v1/<lang>/<slug>.json
    let about = read_json(&api.join("en/about.json"));
    assert!(about["section"].is_null());
    assert_eq!(about["url"], format!("{BASE}/en/about/"));

    // courses and authors
    let course = read_json(&api.join("en/courses/outdoor-stem-lab.json"));
    assert_eq!(course["course"]["starts"], "2026-07-06");
    assert_eq!(course["course"]["format"], "on-site");
    let opinion = read_json(&api.join("en/opinions/making-stem-inclusive.json"));
    assert_eq!(opinion["authors"][0]["name"], "Elena Petrova");
    assert!(opinion.get("course").is_none() && opinion.get("image").is_none());
}

#[test]
fn large_indexes_are_paginated() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::write(
        root.join("site.yaml"),
        "title: Big\nbase_url: https://big.example.eu\ndefault_language: en\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\nsections:\n  news: { sort_by: date, paginate_by: 500 }\nsearch: { enabled: false }\n",
    )
    .unwrap();
    let news = root.join("content/en/news");
    std::fs::create_dir_all(&news).unwrap();
    for i in 0..1001 {
        std::fs::write(
            news.join(format!("n{i:04}.md")),
            format!("---\ntitle: News {i}\ndate: 2024-01-01T00:{:02}:{:02}Z\n---\n\nBody {i}.\n", i / 60 % 60, i % 60),
        )
        .unwrap();
    }
    std::fs::write(root.join("content/en/page.md"), "---\ntitle: A page\n---\n\nHello.\n").unwrap();
    build(root);
    let public = root.join("public");
    let v = validator(&public);
    let first = read_json(&public.join("api/v1/en/index.json"));
    let second = read_json(&public.join("api/v1/en/index-2.json"));
    assert!(!public.join("api/v1/en/index-3.json").exists());
    for (name, d) in [("index.json", &first), ("index-2.json", &second)] {
        assert_valid(&v, name, d);
        assert_eq!(d["total"], 1002);
        assert_eq!(d["pages"], 2);
    }
    assert_eq!(first["items"].as_array().unwrap().len(), 1000);
    assert_eq!(second["items"].as_array().unwrap().len(), 2);
    assert_eq!(first["page"], 1);
    assert!(first["prev"].is_null());
    assert_eq!(first["next"], "https://big.example.eu/api/v1/en/index-2.json");
    assert_eq!(second["prev"], "https://big.example.eu/api/v1/en/index.json");
    assert!(second["next"].is_null());
    // every entry once, stand-alone pages after the entries
    let mut urls: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(second["items"].as_array().unwrap())
        .map(|i| i["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls.last(), Some(&"https://big.example.eu/en/page/"));
    urls.sort();
    urls.dedup();
    assert_eq!(urls.len(), 1002);
    // a language without content has an empty index
    let fr = read_json(&public.join("api/v1/fr/index.json"));
    assert_valid(&v, "fr/index.json", &fr);
    assert_eq!(fr["total"], 0);
    assert_eq!(fr["items"].as_array().unwrap().len(), 0);
}

/// A translation whose source changed is `stale` in the API and tells its
/// readers so, in their language, linking the source; fallback cards name
/// their language in the reader's language (CLDR names through ICU4X).
#[test]
fn translation_status_reaches_the_api_and_the_reader() {
    let site = example_site();
    let src = site.path().join("content/en/news/teacher-wellbeing-survey-results.md");
    let text = std::fs::read_to_string(&src).unwrap();
    std::fs::write(&src, format!("{text}\nA paragraph added after the translations were made.\n")).unwrap();
    build(site.path());
    let public = site.path().join("public");
    let api = public.join("api/v1");
    let source_url = format!("{BASE}/en/news/teacher-wellbeing-survey-results/");
    let en = read_json(&api.join("en/news/teacher-wellbeing-survey-results.json"));
    assert_eq!(
        en["translation"],
        serde_json::json!({ "source_lang": "en", "source_url": source_url, "status": "source" })
    );
    let nl = read_json(&api.join("nl/news/enquete-welzijn-leraren.json"));
    assert_eq!(nl["translation"]["status"], "stale");
    assert_eq!(nl["translation"]["source_url"], source_url);
    let current = read_json(&api.join("nl/news/etwinning-viert-jubileum.json"));
    assert_eq!(current["translation"]["status"], "current", "{}", current["translation"]);

    let page = |rel: &str| scraper::Html::parse_document(&std::fs::read_to_string(public.join(rel)).unwrap());
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let stale = page("nl/news/enquete-welzijn-leraren/index.html");
    let notice = stale.select(&sel("aside.notice--stale")).next().expect("a stale notice on the Dutch page");
    let link = notice.select(&sel("a")).next().unwrap();
    assert!(link.value().attr("href").unwrap().ends_with("/en/news/teacher-wellbeing-survey-results/"));
    assert!(link.text().collect::<String>().contains("Engels"), "{}", notice.html());
    let fresh = page("nl/news/etwinning-viert-jubileum/index.html");
    assert!(fresh.select(&sel("aside.notice--stale")).next().is_none());

    // fallback cards: "Engels" on Dutch listings, "الإنجليزية" on Arabic ones
    for (lang, name) in [("nl", "Engels"), ("ar", "الإنجليزية")] {
        let listing = page(&format!("{lang}/news/index.html"));
        let notes: Vec<String> =
            listing.select(&sel(".card--fallback .fallback-note")).map(|n| n.text().collect()).collect();
        assert!(!notes.is_empty(), "{lang}: no fallback cards");
        assert!(notes.iter().all(|n| n.contains(name)), "{lang}: {notes:?}");
    }
}
