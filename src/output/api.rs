//! The headless content API (SPEC §8): static JSON documents under `/api/v1/`.
//!
//! - `/api/v1/<lang>/<section>/<slug>.json`: one published entry;
//!   `/api/v1/<lang>/<slug>.json`: one stand-alone page;
//! - `/api/v1/<lang>/index.json` (then `index-2.json` …): every entry and
//!   stand-alone page of a language, without `content_html`, at most
//!   [`INDEX_PAGE`] per file;
//! - `/api/v1/languages.json`: the languages, their homes and indexes;
//! - `/api/v1/schema.json`: a JSON Schema (draft 2020-12) of all of these.
//!
//! Field order is part of the contract (serde_json keeps insertion order):
//! lang, section, slug, url, title, date, updated, summary, tags, levels,
//! authors, [image], [course], extra, translations, translation, content_html. Every URL is
//! absolute and percent-encoded; dates are RFC 3339. See docs/api.md.

use std::path::PathBuf;

use indexmap::IndexMap;
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::deps::Deps;
use super::routes::{Route, Routes};
use super::OutDir;
use crate::content::frontmatter::Author;
use crate::content::markdown::resolve_relative;
use crate::content::{urls, Page, PageKind};

use crate::site::Site;

/// Folder of the API below the output root, and its URL prefix.
/// agora's folder for the API (nothing of the site may land there).
pub const API_ROOT: &str = "api";
pub const API_DIR: &str = "api/v1";

/// Items per `index*.json` file.
pub const INDEX_PAGE: usize = 1000;

/// Characters escaped when an editor's URL (image `src`, `registration_url`) is
/// made absolute: non-ASCII, controls, space and a few unsafe ASCII characters.
/// `%` is kept, so URLs that are already encoded stay as they are.
const URL_UNSAFE: &AsciiSet =
    &CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`').add(b'{').add(b'}').add(b'|').add(b'\\').add(b'^');

/// Writes the API's documents, except the ones whose inputs hash (see
/// `output::deps`) as in the manifest of the folder being written.
pub fn write_all(site: &Site, routes: &Routes, deps: &Deps, out: &OutDir) {
    routes.entries.par_iter().for_each(|e| {
        if matches!(e.route, Route::ApiDoc(_) | Route::ApiIndex { .. })
            && deps.route(e).is_some_and(|h| out.unchanged(&e.path, h))
        {
            return;
        }
        let bytes = match &e.route {
            Route::ApiDoc(i) => {
                let p = &site.pages[*i];
                let html = match p.html.read(&p.file) {
                    Ok(h) => h,
                    Err(d) => return out.error(d),
                };
                let mut doc = document(site, *i, Mode::Entry);
                doc.content_html = Some(absolutize_html(&html, &site.config.base_url));
                to_bytes(&doc)
            }
            Route::ApiIndex { lang, page } => {
                to_bytes(&index_document(site, &site.config.languages[*lang].code, *page))
            }
            Route::ApiLanguages => to_bytes(&languages_document(site)),
            Route::ApiSchema => to_pretty_bytes(&schema(site)),
            _ => return,
        };
        out.write(&e.path, &bytes);
    });
}

/// How many index files a language's API index has.
pub fn index_pages(site: &Site, lang: &str) -> usize {
    index_items(site, lang).len().div_ceil(INDEX_PAGE).max(1)
}

fn to_bytes<T: Serialize>(v: &T) -> Vec<u8> {
    let mut b = serde_json::to_vec(v).expect("JSON values serialize");
    b.push(b'\n');
    b
}

fn to_pretty_bytes(v: &Value) -> Vec<u8> {
    let mut b = serde_json::to_vec_pretty(v).expect("JSON values serialize");
    b.push(b'\n');
    b
}

/// A stand-alone page whose slug would overwrite a language's index file.
pub fn reserved_name(p: &Page) -> Option<String> {
    if p.kind != PageKind::Page {
        return None;
    }
    let s = p.slug.as_str();
    let is_index = s == "index"
        || s.strip_prefix("index-").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    is_index.then(|| {
        format!("the stand-alone page slug `{s}` is reserved: its API document would replace /{API_DIR}/{}/{s}.json, the language index; choose another `slug`", p.lang)
    })
}

/// Output-relative file of a page's API document (Unicode, like the HTML output).
pub fn doc_path(p: &Page) -> PathBuf {
    let mut path = PathBuf::from(API_DIR);
    let segs: Vec<String> = p.out_dir.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if let Some((last, dirs)) = segs.split_last() {
        for d in dirs {
            path.push(d);
        }
        path.push(format!("{last}.json"));
    }
    path
}

/// Site-relative, percent-encoded URL of a page's API document:
/// `/nl/news/x/` → `/api/v1/nl/news/x.json`.
pub fn doc_url(page_url: &str) -> String {
    format!("/{API_DIR}{}.json", page_url.trim_end_matches('/'))
}

/// Site-relative URL of a language's n-th index file (1-based).
pub fn index_url(lang: &str, n: usize) -> String {
    let name = if n <= 1 { "index.json".to_string() } else { format!("index-{n}.json") };
    format!("/{API_DIR}/{}/{name}", urls::encode_segment(lang))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The entry's own document: with `content_html`.
    Entry,
    /// An item of index.json: `api_url`, no `content_html`.
    IndexItem,
}

fn rfc3339(d: &Option<chrono::DateTime<chrono::FixedOffset>>) -> Option<String> {
    d.map(|d| d.to_rfc3339())
}

/// An editor's URL made absolute: site-relative and page-relative URLs get the
/// base URL, full URLs (`https:`, `mailto:`) stay.
pub fn absolute_url(site: &Site, page_url: &str, u: &str) -> String {
    let u = u.trim();
    let has_scheme = u.find(':').is_some_and(|c| {
        let s = &u[..c];
        !s.is_empty() && s.chars().all(|ch| ch.is_ascii_alphanumeric() || "+-.".contains(ch))
    });
    let full = if has_scheme || u.starts_with("//") {
        u.to_string()
    } else if u.starts_with('/') {
        site.permalink(u)
    } else if u.starts_with('#') || u.starts_with('?') {
        format!("{}{u}", site.permalink(page_url))
    } else {
        site.permalink(&resolve_relative(page_url, u))
    };
    utf8_percent_encode(&full, URL_UNSAFE).to_string()
}

/// A taxonomy term of a page.
#[derive(Serialize)]
struct TermDoc<'a> {
    name: &'a str,
    slug: String,
    url: Option<String>,
}

#[derive(Serialize)]
struct ImageDoc<'a> {
    src: String,
    alt: &'a str,
}

#[derive(Serialize)]
struct CourseDoc<'a> {
    starts: String,
    ends: String,
    format: Option<&'a str>,
    registration_url: Option<String>,
    seats: Option<u64>,
}

/// One page, fields in contract order. `api_url` only in index items,
/// `content_html` only in the page's own document.
#[derive(Serialize)]
struct Doc<'a> {
    lang: &'a str,
    section: Option<&'a str>,
    slug: &'a str,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_url: Option<String>,
    title: &'a str,
    date: Option<String>,
    updated: Option<String>,
    summary: &'a str,
    tags: Vec<TermDoc<'a>>,
    levels: Vec<TermDoc<'a>>,
    authors: &'a [Author],
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<ImageDoc<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    course: Option<CourseDoc<'a>>,
    extra: &'a Map<String, Value>,
    translations: IndexMap<&'a str, String>,
    translation: Option<crate::site::translation::TranslationInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_html: Option<String>,
}

fn terms<'a>(site: &Site, lang: &str, tax: &str, values: &'a [String]) -> Vec<TermDoc<'a>> {
    let enabled = site.config.taxonomies.iter().any(|t| t == tax);
    values
        .iter()
        .map(|v| {
            let slug = urls::normalize_slug(v);
            let url = (enabled && !slug.is_empty()).then(|| site.permalink(&urls::term_url(lang, tax, &slug)));
            TermDoc { name: v, slug, url }
        })
        .collect()
}

/// The document of one page.
fn document(site: &Site, idx: usize, mode: Mode) -> Doc<'_> {
    let p = &site.pages[idx];
    let fm = &p.fm;
    let mut translations = IndexMap::new();
    for &j in site.translations_of(idx) {
        let t = &site.pages[j];
        if j != idx && matches!(t.kind, PageKind::Entry | PageKind::Page) {
            translations.insert(t.lang.as_str(), site.permalink(&t.url));
        }
    }
    Doc {
        lang: &p.lang,
        section: if p.kind == PageKind::Entry { p.section.as_deref() } else { None },
        slug: &p.slug,
        url: site.permalink(&p.url),
        api_url: (mode == Mode::IndexItem).then(|| site.permalink(&doc_url(&p.url))),
        title: &fm.title,
        date: rfc3339(&fm.date),
        updated: rfc3339(&fm.updated),
        summary: &p.summary,
        tags: terms(site, &p.lang, "tags", &fm.tags),
        levels: terms(site, &p.lang, "levels", &fm.levels),
        authors: &fm.authors,
        image: fm.image.as_ref().map(|img| ImageDoc { src: absolute_url(site, &p.url, &img.src), alt: &img.alt }),
        course: fm.course.as_ref().map(|c| CourseDoc {
            starts: c.starts.format("%Y-%m-%d").to_string(),
            ends: c.ends.format("%Y-%m-%d").to_string(),
            format: c.format.as_deref(),
            registration_url: c.registration_url.as_deref().map(|u| absolute_url(site, &p.url, u)),
            seats: c.seats,
        }),
        extra: &fm.extra,
        translations,
        translation: crate::site::translation::info(site, idx),
        // set by the caller, from the page's HTML read back (`content::body`)
        content_html: None,
    }
}

/// Prefix the base URL to site-relative `href="/…"` and `src="/…"` attributes
/// (co-located assets and internal links are already site-relative). Two searches
/// (`="/`, `='/`) and one copy.
pub fn absolutize_html(html: &str, base_url: &str) -> String {
    let mut at: Vec<usize> = Vec::new();
    let b = html.as_bytes();
    for pat in ["=\"/", "='/"] {
        for (i, _) in html.match_indices(pat) {
            let value = i + 2;
            // ` href=` or ` src=` just before: the attribute, not `data-href=`
            let preceded_ok = [&b"href"[..], b"src"]
                .iter()
                .any(|n| b[..i].strip_suffix(*n).and_then(|p| p.last()).is_some_and(u8::is_ascii_whitespace));
            if preceded_ok && b.get(value + 1) != Some(&b'/') {
                at.push(value);
            }
        }
    }
    if at.is_empty() {
        return html.to_string();
    }
    at.sort_unstable();
    let mut out = String::with_capacity(html.len() + at.len() * base_url.len());
    let mut last = 0;
    for i in at {
        out.push_str(&html[last..i]);
        out.push_str(base_url);
        last = i;
    }
    out.push_str(&html[last..]);
    out
}

/// Index items of a language in a stable order: entries section by section in
/// listing order (own entries only, no fallbacks), then stand-alone pages by URL.
fn index_items(site: &Site, lang: &str) -> Vec<usize> {
    let mut v = Vec::new();
    let mut listed = vec![false; site.pages.len()];
    if let Some(l) = site.lang(lang) {
        for s in &l.sections {
            for it in s.items.iter().filter(|it| !it.fallback) {
                if !listed[it.page] {
                    listed[it.page] = true;
                    v.push(it.page);
                }
            }
        }
    }
    // Stand-alone pages (and any entry not in a listing) after the entries.
    let mut rest: Vec<usize> = (0..site.pages.len())
        .filter(|&i| {
            let p = &site.pages[i];
            p.lang == lang && matches!(p.kind, PageKind::Entry | PageKind::Page) && !listed[i]
        })
        .collect();
    rest.sort_by(|&a, &b| {
        (site.pages[a].kind != PageKind::Entry)
            .cmp(&(site.pages[b].kind != PageKind::Entry))
            .then(site.pages[a].url.cmp(&site.pages[b].url))
    });
    v.extend(rest);
    v.retain(|&i| reserved_name(&site.pages[i]).is_none());
    v
}

#[derive(Serialize)]
struct IndexDoc<'a> {
    lang: &'a str,
    page: usize,
    pages: usize,
    total: usize,
    prev: Option<String>,
    next: Option<String>,
    items: Vec<Doc<'a>>,
}

/// Page `n` (from 1) of a language's API index.
fn index_document<'a>(site: &'a Site, lang: &'a str, n: usize) -> IndexDoc<'a> {
    let items = index_items(site, lang);
    let total = items.len();
    let pages = total.div_ceil(INDEX_PAGE).max(1);
    let link = |n: usize| (1..=pages).contains(&n).then(|| site.permalink(&index_url(lang, n)));
    let chunk = items.iter().skip((n - 1) * INDEX_PAGE).take(INDEX_PAGE).map(|&i| document(site, i, Mode::IndexItem));
    IndexDoc { lang, page: n, pages, total, prev: link(n.wrapping_sub(1)), next: link(n + 1), items: chunk.collect() }
}

fn languages_document(site: &Site) -> Value {
    let langs: Vec<Value> = site
        .config
        .languages
        .iter()
        .map(|l| {
            json!({
                "code": l.code,
                "name": l.name,
                "dir": l.dir.as_str(),
                "title": l.title,
                "default": l.code == site.config.default_language,
                "fallback": l.fallback,
                "url": site.permalink(&urls::home_url(&l.code)),
                "index": site.permalink(&index_url(&l.code, 1)),
                "total": index_items(site, &l.code).len(),
            })
        })
        .collect();
    json!({
        "default_language": site.config.default_language,
        "schema": site.permalink(&format!("/{API_DIR}/schema.json")),
        "languages": langs,
    })
}

/// JSON Schema (draft 2020-12) of every document under /api/v1/ (except itself).
pub fn schema(site: &Site) -> Value {
    let s = |t: &str| json!({ "type": t });
    let uri = json!({ "type": "string", "format": "uri" });
    let opt = |t: Value| json!({ "anyOf": [t, { "type": "null" }] });
    let datetime = json!({ "type": "string", "format": "date-time" });
    let term = json!({
        "type": "object",
        "required": ["name", "slug", "url"],
        "additionalProperties": false,
        "properties": { "name": s("string"), "slug": s("string"), "url": opt(uri.clone()) },
    });
    let mut common = Map::new();
    common.insert("lang".into(), json!({ "type": "string", "minLength": 2 }));
    common
        .insert("section".into(), json!({ "type": ["string", "null"], "description": "null for a stand-alone page" }));
    common.insert(
        "slug".into(),
        json!({ "type": "string", "minLength": 1, "description": "URL segment, Unicode (not encoded)" }),
    );
    common.insert(
        "url".into(),
        json!({ "type": "string", "format": "uri", "description": "absolute URL of the HTML page" }),
    );
    common.insert("title".into(), s("string"));
    common.insert("date".into(), opt(datetime.clone()));
    common.insert("updated".into(), opt(datetime));
    common.insert("summary".into(), json!({ "type": "string", "description": "plain text" }));
    common.insert("tags".into(), json!({ "type": "array", "items": { "$ref": "#/$defs/term" } }));
    common.insert("levels".into(), json!({ "type": "array", "items": { "$ref": "#/$defs/term" } }));
    common.insert(
        "authors".into(),
        json!({
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "role"],
                "additionalProperties": false,
                "properties": { "name": s("string"), "role": { "type": ["string", "null"] } },
            },
        }),
    );
    common.insert(
        "image".into(),
        json!({
            "type": "object",
            "required": ["src", "alt"],
            "additionalProperties": false,
            "properties": { "src": uri.clone(), "alt": { "type": "string", "minLength": 1 } },
        }),
    );
    common.insert(
        "course".into(),
        json!({
            "type": "object",
            "required": ["starts", "ends", "format", "registration_url", "seats"],
            "additionalProperties": false,
            "properties": {
                "starts": { "type": "string", "format": "date" },
                "ends": { "type": "string", "format": "date" },
                "format": { "anyOf": [{ "enum": crate::content::frontmatter::COURSE_FORMATS }, { "type": "null" }] },
                "registration_url": opt(uri.clone()),
                "seats": { "type": ["integer", "null"], "minimum": 0 },
            },
        }),
    );
    common.insert(
        "extra".into(),
        json!({ "type": "object", "description": "front-matter keys agora does not know, as written" }),
    );
    common.insert(
        "translations".into(),
        json!({
            "type": "object",
            "description": "other languages of this page: language code → absolute URL of the HTML page",
            "additionalProperties": uri.clone(),
        }),
    );
    common.insert(
        "translation".into(),
        json!({
            "description": "where this page stands as a translation of the default-language source; null when it has no source (an orphaned translation)",
            "anyOf": [
                {
                    "type": "object",
                    "required": ["source_lang", "source_url", "status"],
                    "additionalProperties": false,
                    "properties": {
                        "source_lang": { "type": "string" },
                        "source_url": uri.clone(),
                        "status": {
                            "enum": ["source", "current", "stale", "unverified"],
                            "description": "source: this is the default-language original; current: translated from the current source; stale: the source changed since (source_hash differs); unverified: no source_hash recorded"
                        },
                    },
                },
                { "type": "null" },
            ],
        }),
    );
    let required_common: Vec<&str> = vec![
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
        "extra",
        "translations",
        "translation",
    ];

    let mut entry_props = common.clone();
    entry_props.insert("content_html".into(), json!({ "type": "string", "description": "HTML; URLs are absolute" }));
    let mut entry_req = required_common.clone();
    entry_req.push("content_html");

    let mut item_props = Map::new();
    for (k, v) in &common {
        item_props.insert(k.clone(), v.clone());
        if k == "url" {
            item_props.insert("api_url".into(), json!({ "type": "string", "format": "uri", "description": "absolute URL of the entry's own JSON document" }));
        }
    }
    let mut item_req = required_common.clone();
    item_req.push("api_url");

    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": site.permalink(&format!("/{API_DIR}/schema.json")),
        "title": "agora content API v1",
        "description": "Documents under /api/v1/: an entry or page (<lang>/<section>/<slug>.json, <lang>/<slug>.json), a language index (<lang>/index.json, index-2.json …) and languages.json.",
        "oneOf": [
            { "$ref": "#/$defs/entry" },
            { "$ref": "#/$defs/index" },
            { "$ref": "#/$defs/languages" },
        ],
        "$defs": {
            "term": term,
            "entry": {
                "type": "object",
                "required": entry_req,
                "additionalProperties": false,
                "properties": entry_props,
            },
            "index_item": {
                "type": "object",
                "required": item_req,
                "additionalProperties": false,
                "properties": item_props,
            },
            "index": {
                "type": "object",
                "required": ["lang", "page", "pages", "total", "prev", "next", "items"],
                "additionalProperties": false,
                "properties": {
                    "lang": s("string"),
                    "page": { "type": "integer", "minimum": 1 },
                    "pages": { "type": "integer", "minimum": 1 },
                    "total": { "type": "integer", "minimum": 0 },
                    "prev": opt(uri.clone()),
                    "next": opt(uri.clone()),
                    "items": { "type": "array", "maxItems": INDEX_PAGE, "items": { "$ref": "#/$defs/index_item" } },
                },
            },
            "languages": {
                "type": "object",
                "required": ["default_language", "schema", "languages"],
                "additionalProperties": false,
                "properties": {
                    "default_language": s("string"),
                    "schema": uri.clone(),
                    "languages": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["code", "name", "dir", "title", "default", "fallback", "url", "index", "total"],
                            "additionalProperties": false,
                            "properties": {
                                "code": s("string"),
                                "name": s("string"),
                                "dir": { "enum": ["ltr", "rtl"] },
                                "title": s("string"),
                                "default": s("boolean"),
                                "fallback": { "type": "array", "items": s("string") },
                                "url": uri.clone(),
                                "index": uri.clone(),
                                "total": { "type": "integer", "minimum": 0 },
                            },
                        },
                    },
                },
            },
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolutizes_site_relative_attributes_only() {
        let html = r##"<p><a href="/en/news/x/">x</a> <img src="/en/toolkit/y/d.svg" alt="d"> <a href="https://e.org/">e</a> <a href="#fn">1</a> <a href="//cdn.example/x">c</a> <a data-href="/no">n</a> <img src='/q.png' alt=''></p>"##;
        let out = absolutize_html(html, "https://s.eu");
        assert!(out.contains(r#"href="https://s.eu/en/news/x/""#), "{out}");
        assert!(out.contains(r#"src="https://s.eu/en/toolkit/y/d.svg""#), "{out}");
        assert!(out.contains(r#"href="https://e.org/""#), "{out}");
        assert!(out.contains(r##"href="#fn""##), "{out}");
        assert!(out.contains(r#"href="//cdn.example/x""#), "{out}");
        assert!(out.contains(r#"data-href="/no""#), "{out}");
        assert!(out.contains("src='https://s.eu/q.png'"), "{out}");
        assert_eq!(absolutize_html("no links", "https://s.eu"), "no links");
    }

    #[test]
    fn api_urls() {
        assert_eq!(doc_url("/tr/news/%C3%B6%C4%9F/"), "/api/v1/tr/news/%C3%B6%C4%9F.json");
        assert_eq!(doc_url("/en/about/"), "/api/v1/en/about.json");
        assert_eq!(index_url("pt-PT", 1), "/api/v1/pt-PT/index.json");
        assert_eq!(index_url("en", 3), "/api/v1/en/index-3.json");
    }
}
