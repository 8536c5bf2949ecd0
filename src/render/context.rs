//! Template contexts (see docs/templates.md): plain JSON built from the site model.

use serde_json::{json, Map, Value};

use super::Renderer;
use crate::config::Language;
use crate::content::{urls, Page, PageKind};
use crate::site::{ListItem, Site};

/// Parts of the context shared by every page of one language.
pub struct LangContext {
    pub site: Value,
    pub lang: Value,
    pub feed_url: String,
}

pub fn lang_context(site: &Site, r: &Renderer, lang: &Language) -> LangContext {
    let cfg = &site.config;
    let model = site.lang(&lang.code);
    let sections: Vec<Value> = model
        .map(|m| {
            m.sections
                .iter()
                .map(|s| json!({ "name": s.name, "title": section_title(site, r, &lang.code, &s.name), "url": s.url }))
                .collect()
        })
        .unwrap_or_default();
    let languages: Vec<Value> = cfg.languages.iter().map(language_json).collect();
    let site_v = json!({
        "title": lang.title,
        "base_url": cfg.base_url,
        "default_language": cfg.default_language,
        "languages": languages,
        "sections": sections,
        "taxonomies": cfg.taxonomies,
        "search": { "enabled": cfg.search.enabled, "api_url": cfg.search_api_url() },
    });
    LangContext { site: site_v, lang: language_json(lang), feed_url: urls::feed_url(&lang.code) }
}

pub fn language_json(l: &Language) -> Value {
    json!({ "code": l.code, "name": l.name, "dir": l.dir.as_str(), "title": l.title, "url": home_url(&l.code) })
}

pub use crate::content::urls::home_url;

/// Title of a section in a language: its `_index.md`, else the UI string `section-<name>`.
pub fn section_title(site: &Site, r: &Renderer, lang: &str, name: &str) -> String {
    if let Some(m) = site.lang(lang) {
        if let Some(i) = m.sections.iter().find(|s| s.name == name).and_then(|s| s.index_page) {
            return site.pages[i].fm.title.clone();
        }
    }
    // a fallback language's _index.md title is better than the bare folder name
    r.t(lang, &format!("section-{name}")).unwrap_or_else(|| {
        let mut c = name.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    })
}

/// A new Tera context with everything every template gets.
pub fn base(
    lc: &LangContext,
    current_url: &str,
    permalink: &str,
    alternates: Value,
    translations: Value,
) -> tera::Context {
    let mut c = tera::Context::new();
    c.insert("site", &lc.site);
    c.insert("lang", &lc.lang);
    c.insert("current_url", current_url);
    c.insert("permalink", permalink);
    c.insert("alternates", &alternates);
    c.insert("translations", &translations);
    c.insert("feed_url", &lc.feed_url);
    c
}

fn rfc3339(d: &Option<chrono::DateTime<chrono::FixedOffset>>) -> Value {
    d.map(|d| Value::String(d.to_rfc3339())).unwrap_or(Value::Null)
}

/// Tags or levels of a page. `title` is the term's display name in the
/// page's language (its term page `content/<lang>/<taxonomy>/<slug>.md`),
/// or null: templates then use a Fluent message or the name itself.
fn terms(site: &Site, lang: &str, tax: &str, values: &[String]) -> Value {
    Value::Array(
        values
            .iter()
            .map(|v| {
                let slug = urls::normalize_slug(v);
                let title = site.term_page(lang, tax, &slug).map(|t| t.title.as_str());
                json!({ "name": v, "slug": slug, "title": title, "url": urls::term_url(lang, tax, &slug) })
            })
            .filter(|_| site.config.taxonomies.iter().any(|t| t == tax))
            .collect(),
    )
}

fn dir_of(site: &Site, lang: &str) -> &'static str {
    site.config.language(lang).map(|l| l.dir.as_str()).unwrap_or("ltr")
}

/// Fields shared by `page` and listing items.
fn common(site: &Site, p: &Page) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("title".into(), json!(p.fm.title));
    m.insert("url".into(), json!(p.url));
    m.insert("permalink".into(), json!(site.permalink(&p.url)));
    m.insert("lang".into(), json!(p.lang));
    m.insert("dir".into(), json!(dir_of(site, &p.lang)));
    m.insert("lang_name".into(), json!(site.config.language(&p.lang).map(|l| l.name.as_str()).unwrap_or(&p.lang)));
    m.insert("section".into(), json!(p.section));
    m.insert("slug".into(), json!(p.slug));
    m.insert("kind".into(), json!(p.kind));
    m.insert("date".into(), rfc3339(&p.fm.date));
    m.insert("updated".into(), rfc3339(&p.fm.updated));
    m.insert("summary".into(), json!(p.summary));
    m.insert("excerpt".into(), json!(crate::site::summary::excerpt(&p.summary, crate::site::summary::CARD_CHARS)));
    m.insert("tags".into(), terms(site, &p.lang, "tags", &p.fm.tags));
    m.insert("levels".into(), terms(site, &p.lang, "levels", &p.fm.levels));
    m.insert("authors".into(), json!(p.fm.authors));
    m.insert("image".into(), image_json(site, p));
    m.insert("course".into(), course_json(site, p));
    m.insert("featured".into(), json!(p.fm.featured));
    m.insert("weight".into(), json!(p.fm.weight));
    m.insert("draft".into(), json!(p.fm.draft));
    m
}

/// `image` with its size (read at build time) and the `srcset` of its WebP
/// copies, when there are any.
fn image_json(site: &Site, p: &Page) -> Value {
    let Some(img) = &p.fm.image else { return Value::Null };
    let info = site.images.get(&img.src);
    json!({
        "src": img.src,
        "alt": img.alt,
        "width": info.map(|i| i.width),
        "height": info.map(|i| i.height),
        "webp_srcset": info.map(|i| i.webp_srcset()).filter(|s| !s.is_empty()),
    })
}

/// `course` plus its `state` on the build date and whether registering still
/// makes sense (`registration_open`).
fn course_json(site: &Site, p: &Page) -> Value {
    let Some(c) = &p.fm.course else { return Value::Null };
    let mut v = json!(c);
    if let Some(state) = site.course_state(p) {
        v["state"] = json!(state);
        v["registration_open"] = json!(c.registration_url.is_some() && state.registration_open(c.format.as_deref()));
    }
    v
}

pub fn page_json(site: &Site, idx: usize) -> Value {
    let p = &site.pages[idx];
    let mut m = common(site, p);
    m.insert("content".into(), json!(site.images.with_sizes(&p.html)));
    m.insert("toc".into(), json!(p.toc));
    m.insert("extra".into(), Value::Object(p.fm.extra.clone()));
    m.insert("word_count".into(), json!(p.word_count));
    m.insert("reading_time".into(), json!(p.word_count.div_ceil(200).max(1)));
    m.insert("translation".into(), json!(crate::site::translation::info(site, idx)));
    Value::Object(m)
}

pub fn item_json(site: &Site, item: ListItem) -> Value {
    let p = &site.pages[item.page];
    let mut m = common(site, p);
    m.insert("fallback".into(), json!(item.fallback));
    Value::Object(m)
}

/// hreflang alternates of a page: each translation plus x-default.
pub fn alternates(site: &Site, idx: usize) -> Value {
    let p = &site.pages[idx];
    let others = site.translations_of(idx);
    let mut v: Vec<Value> = others
        .iter()
        .map(|&i| json!({ "hreflang": site.pages[i].lang, "href": site.permalink(&site.pages[i].url) }))
        .collect();
    let default = others.iter().copied().find(|&i| site.pages[i].lang == site.config.default_language);
    let x_default = match (p.kind, default) {
        (PageKind::Home, _) => Some(site.permalink("/")),
        (_, Some(i)) => Some(site.permalink(&site.pages[i].url)),
        (_, None) => None,
    };
    if let Some(href) = x_default {
        v.push(json!({ "hreflang": "x-default", "href": href }));
    }
    Value::Array(v)
}

/// Alternates for generated pages (listings) that exist at the same path in every language.
pub fn alternates_for_paths(site: &Site, path_in: impl Fn(&str) -> Option<String>) -> Value {
    let mut v: Vec<Value> = Vec::new();
    for l in &site.config.languages {
        if let Some(u) = path_in(&l.code) {
            v.push(json!({ "hreflang": l.code, "href": site.permalink(&u) }));
        }
    }
    if let Some(u) = path_in(&site.config.default_language) {
        v.push(json!({ "hreflang": "x-default", "href": site.permalink(&u) }));
    }
    Value::Array(v)
}

/// The language switcher of a page: every language, its translation or its home.
pub fn switcher(site: &Site, current_lang: &str, url_in: impl Fn(&str) -> Option<(String, String)>) -> Value {
    Value::Array(
        site.config
            .languages
            .iter()
            .map(|l| {
                let (url, title, exists) = match url_in(&l.code) {
                    Some((u, t)) => (u, t, true),
                    None => (home_url(&l.code), l.title.clone(), false),
                };
                json!({ "lang": l.code, "name": l.name, "dir": l.dir.as_str(), "url": url, "title": title, "exists": exists, "current": l.code == current_lang })
            })
            .collect(),
    )
}

pub fn page_switcher(site: &Site, idx: usize) -> Value {
    let p = &site.pages[idx];
    switcher(site, &p.lang, |code| {
        site.translation_in(idx, code).map(|i| (site.pages[i].url.clone(), site.pages[i].fm.title.clone()))
    })
}

pub fn pagination(
    items: Vec<Value>,
    current: usize,
    total_pages: usize,
    total_items: usize,
    url_of: &dyn Fn(usize) -> String,
) -> Value {
    // The first, the last and the pages around the current one (±3: a theme
    // showing ±2 sees one hidden page on each side and can draw the gap), so
    // a listing of N pages does not carry N numbers on each of its N pages.
    let pages: Vec<Value> = (1..=total_pages)
        .filter(|&n| n == 1 || n == total_pages || n.abs_diff(current) <= 3)
        .map(|n| json!({ "number": n, "url": url_of(n), "current": n == current }))
        .collect();
    json!({
        "current": current,
        "total_pages": total_pages,
        "total_items": total_items,
        "items": items,
        "prev_url": if current > 1 { Value::String(url_of(current - 1)) } else { Value::Null },
        "next_url": if current < total_pages { Value::String(url_of(current + 1)) } else { Value::Null },
        "first_url": url_of(1),
        "last_url": url_of(total_pages),
        "pages": pages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagination_lists_ends_and_a_window_around_the_current_page() {
        let url = |n: usize| format!("/en/news/page/{n}/");
        let v = pagination(Vec::new(), 50, 100, 1200, &url);
        let numbers: Vec<u64> = v["pages"].as_array().unwrap().iter().map(|p| p["number"].as_u64().unwrap()).collect();
        assert_eq!(numbers, vec![1, 47, 48, 49, 50, 51, 52, 53, 100]);
        assert_eq!(v["prev_url"], "/en/news/page/49/");
        assert_eq!(v["last_url"], "/en/news/page/100/");
        let small = pagination(Vec::new(), 1, 3, 30, &url);
        assert_eq!(small["pages"].as_array().unwrap().len(), 3);
        assert!(small["prev_url"].is_null());
    }
}
