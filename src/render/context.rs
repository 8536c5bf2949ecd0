//! Template contexts (see docs/templates.md): typed views of the site model
//! that Tera receives. serde_json keeps map order here, so a struct's field
//! order is the order a template iterating it sees: keep it.

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::{Map, Value};

use super::Renderer;
use crate::config::Language;
use crate::content::frontmatter::{Author, Course, Image};
use crate::content::markdown::Heading;
use crate::content::{urls, Page, PageKind};
use crate::site::translation::TranslationInfo;
use crate::site::{CourseState, ListItem, Site};

/// Parts of the context shared by every page of one language.
pub struct LangContext {
    pub site: SiteContext,
    pub lang: LanguageContext,
    pub feed_url: String,
}

/// `site`.
#[derive(Serialize)]
pub struct SiteContext {
    pub title: String,
    pub base_url: String,
    pub default_language: String,
    pub languages: Vec<LanguageContext>,
    pub sections: Vec<SectionLink>,
    pub taxonomies: Vec<String>,
    pub search: SearchContext,
    /// Added by the HTML output; the keys are absent until then.
    #[serde(flatten)]
    pub reader: Option<ReaderSite>,
}

/// `site.search`.
#[derive(Serialize)]
pub struct SearchContext {
    pub enabled: bool,
    pub api_url: String,
}

/// `site.favicon`, `site.pages` and `site.footer_links`.
#[derive(Serialize)]
pub struct ReaderSite {
    pub favicon: String,
    /// By translation key, in the order found.
    pub pages: IndexMap<String, PageLink>,
    pub footer_links: Vec<PageLink>,
}

/// An entry of `site.pages` and `site.footer_links`.
#[derive(Serialize, Clone)]
pub struct PageLink {
    pub url: String,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
}

/// `lang`, and each of `site.languages`.
#[derive(Serialize)]
pub struct LanguageContext {
    pub code: String,
    pub name: String,
    pub dir: &'static str,
    pub title: String,
    pub url: String,
}

/// Each of `languages_home` (the root chooser).
#[derive(Serialize)]
pub struct LanguageHome {
    #[serde(flatten)]
    pub language: LanguageContext,
    pub welcome: String,
}

/// Each of `site.sections`, and `section` on a page in a section.
#[derive(Serialize)]
pub struct SectionLink {
    pub name: String,
    pub title: String,
    pub url: String,
}

pub fn lang_context(site: &Site, r: &Renderer, lang: &Language) -> LangContext {
    let cfg = &site.config;
    let model = site.lang(&lang.code);
    let sections = model
        .map(|m| {
            m.sections
                .iter()
                .map(|s| SectionLink {
                    name: s.name.clone(),
                    title: section_title(site, r, &lang.code, &s.name),
                    url: s.url.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let site_v = SiteContext {
        title: lang.title.clone(),
        base_url: cfg.base_url.clone(),
        default_language: cfg.default_language.clone(),
        languages: cfg.languages.iter().map(language).collect(),
        sections,
        taxonomies: cfg.taxonomies.clone(),
        search: SearchContext { enabled: cfg.search.enabled, api_url: cfg.search_api_url() },
        reader: None,
    };
    LangContext { site: site_v, lang: language(lang), feed_url: urls::feed_url(&lang.code) }
}

pub fn language(l: &Language) -> LanguageContext {
    LanguageContext {
        code: l.code.clone(),
        name: l.name.clone(),
        dir: l.dir.as_str(),
        title: l.title.clone(),
        url: home_url(&l.code),
    }
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

/// Each of `alternates` (hreflang links).
#[derive(Serialize)]
pub struct Alternate<'a> {
    pub hreflang: &'a str,
    pub href: String,
}

/// Each of `translations` (the language switcher).
#[derive(Serialize)]
pub struct SwitcherEntry<'a> {
    pub lang: &'a str,
    pub name: &'a str,
    pub dir: &'static str,
    pub url: String,
    pub title: String,
    pub exists: bool,
    pub current: bool,
}

/// The part of every route's context that a language shares (`site`,
/// `lang`, `feed_url`): serialized once per language, then cloned per route
/// (a clone costs a fraction of serializing `site` again).
pub fn lang_base(lc: &LangContext) -> tera::Context {
    let mut c = tera::Context::new();
    c.insert("site", &lc.site);
    c.insert("lang", &lc.lang);
    c.insert("feed_url", &lc.feed_url);
    c
}

/// A new Tera context with everything every template gets: a clone of the
/// language's [`lang_base`] and the route's own URLs and language links.
pub fn base(
    lang_base: &tera::Context,
    current_url: &str,
    permalink: &str,
    alternates: Vec<Alternate>,
    translations: Vec<SwitcherEntry>,
) -> tera::Context {
    let mut c = lang_base.clone();
    c.insert("current_url", current_url);
    c.insert("permalink", permalink);
    c.insert("alternates", &alternates);
    c.insert("translations", &translations);
    c
}

fn rfc3339(d: &Option<chrono::DateTime<chrono::FixedOffset>>) -> Option<String> {
    d.map(|d| d.to_rfc3339())
}

/// Each of `page.tags` and `page.levels`.
#[derive(Serialize)]
pub struct TermLink<'a> {
    pub name: &'a str,
    pub slug: String,
    /// The term's display name in the page's language (its term page
    /// `content/<lang>/<taxonomy>/<slug>.md`), or null: templates then use a
    /// Fluent message or the name itself.
    pub title: Option<&'a str>,
    pub url: String,
}

/// Tags or levels of a page; none for a taxonomy the site does not have.
fn terms<'a>(site: &'a Site, lang: &str, tax: &str, values: &'a [String]) -> Vec<TermLink<'a>> {
    if !site.config.taxonomies.iter().any(|t| t == tax) {
        return Vec::new();
    }
    values
        .iter()
        .map(|v| {
            let slug = urls::normalize_slug(v);
            let title = site.term_page(lang, tax, &slug).map(|t| t.title.as_str());
            let url = urls::term_url(lang, tax, &slug);
            TermLink { name: v, slug, title, url }
        })
        .collect()
}

fn dir_of(site: &Site, lang: &str) -> &'static str {
    site.config.language(lang).map(|l| l.dir.as_str()).unwrap_or("ltr")
}

/// `page.image` (and an item's `image`): with its size (read at build time)
/// and the `srcset` of its WebP copies, when there are any.
#[derive(Serialize)]
pub struct ImageContext<'a> {
    pub src: &'a str,
    pub alt: &'a str,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub webp_srcset: Option<String>,
}

fn image<'a>(site: &Site, img: &'a Image) -> ImageContext<'a> {
    let info = site.images.get(&img.src);
    ImageContext {
        src: &img.src,
        alt: &img.alt,
        width: info.map(|i| i.width),
        height: info.map(|i| i.height),
        webp_srcset: info.map(|i| i.webp_srcset()).filter(|s| !s.is_empty()),
    }
}

/// `page.course`: the front matter's `course` plus its `state` on the build
/// date and whether registering still makes sense (`registration_open`).
#[derive(Serialize)]
pub struct CourseContext<'a> {
    #[serde(flatten)]
    pub course: &'a Course,
    // absent, not null, when the course has no state
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<CourseState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_open: Option<bool>,
}

fn course<'a>(site: &Site, p: &'a Page) -> Option<CourseContext<'a>> {
    let c = p.fm.course.as_ref()?;
    let state = site.course_state(p);
    let registration_open = state.map(|s| c.registration_url.is_some() && s.registration_open(c.format.as_deref()));
    Some(CourseContext { course: c, state, registration_open })
}

/// Fields shared by `page` and listing items.
#[derive(Serialize)]
pub struct EntryFields<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub permalink: String,
    pub lang: &'a str,
    pub dir: &'static str,
    pub lang_name: &'a str,
    pub section: Option<&'a str>,
    pub slug: &'a str,
    pub kind: PageKind,
    pub date: Option<String>,
    pub updated: Option<String>,
    pub summary: &'a str,
    pub excerpt: &'a str,
    pub tags: Vec<TermLink<'a>>,
    pub levels: Vec<TermLink<'a>>,
    pub authors: &'a [Author],
    pub image: Option<ImageContext<'a>>,
    pub course: Option<CourseContext<'a>>,
    pub featured: bool,
    pub weight: Option<i64>,
    pub draft: bool,
}

fn common(site: &Site, idx: usize) -> EntryFields<'_> {
    let p = &site.pages[idx];
    EntryFields {
        title: &p.fm.title,
        url: &p.url,
        permalink: site.permalink(&p.url),
        lang: &p.lang,
        dir: dir_of(site, &p.lang),
        lang_name: site.config.language(&p.lang).map(|l| l.name.as_str()).unwrap_or(&p.lang),
        section: p.section.as_deref(),
        slug: &p.slug,
        kind: p.kind,
        date: rfc3339(&p.fm.date),
        updated: rfc3339(&p.fm.updated),
        summary: &p.summary,
        excerpt: &site.excerpts[idx],
        tags: terms(site, &p.lang, "tags", &p.fm.tags),
        levels: terms(site, &p.lang, "levels", &p.fm.levels),
        authors: &p.fm.authors,
        image: p.fm.image.as_ref().map(|img| image(site, img)),
        course: course(site, p),
        featured: p.fm.featured,
        weight: p.fm.weight,
        draft: p.fm.draft,
    }
}

/// `page`: an entry, a stand-alone page or a language home.
#[derive(Serialize)]
pub struct PageContext<'a> {
    #[serde(flatten)]
    pub common: EntryFields<'a>,
    pub content: String,
    pub toc: &'a [Heading],
    /// Front-matter keys agora does not know, as written.
    pub extra: &'a Map<String, Value>,
    pub word_count: usize,
    pub reading_time: usize,
    pub translation: Option<TranslationInfo>,
}

pub fn page(site: &Site, idx: usize) -> Result<PageContext<'_>, crate::diag::Diagnostic> {
    let p = &site.pages[idx];
    Ok(PageContext {
        common: common(site, idx),
        content: site.images.with_sizes(&p.html.read(&p.file)?),
        toc: &p.toc,
        extra: &p.fm.extra,
        word_count: p.word_count,
        reading_time: p.word_count.div_ceil(200).max(1),
        translation: crate::site::translation::info(site, idx),
    })
}

/// `page` on a language home that has no `_index.md`.
#[derive(Serialize)]
pub struct BareHome<'a> {
    pub title: &'a str,
    pub content: &'a str,
    pub summary: &'a str,
    pub kind: PageKind,
    pub url: &'a str,
    pub lang: &'a str,
}

/// An item of a listing (`pagination.items`, a home's `sections[].items`
/// and `featured`).
#[derive(Serialize)]
pub struct ItemContext<'a> {
    #[serde(flatten)]
    pub common: EntryFields<'a>,
    pub fallback: bool,
}

pub fn item(site: &Site, item: ListItem) -> ItemContext<'_> {
    ItemContext { common: common(site, item.page), fallback: item.fallback }
}

/// hreflang alternates of a page: each translation plus x-default.
pub fn alternates(site: &Site, idx: usize) -> Vec<Alternate<'_>> {
    let p = &site.pages[idx];
    let others = site.translations_of(idx);
    let mut v: Vec<Alternate> = others
        .iter()
        .map(|&i| Alternate { hreflang: &site.pages[i].lang, href: site.permalink(&site.pages[i].url) })
        .collect();
    let default = others.iter().copied().find(|&i| site.pages[i].lang == site.config.default_language);
    let x_default = match (p.kind, default) {
        (PageKind::Home, _) => Some(site.permalink("/")),
        (_, Some(i)) => Some(site.permalink(&site.pages[i].url)),
        (_, None) => None,
    };
    if let Some(href) = x_default {
        v.push(Alternate { hreflang: "x-default", href });
    }
    v
}

/// Alternates for generated pages (listings) that exist at the same path in every language.
pub fn alternates_for_paths(site: &Site, path_in: impl Fn(&str) -> Option<String>) -> Vec<Alternate<'_>> {
    let mut v = Vec::new();
    for l in &site.config.languages {
        if let Some(u) = path_in(&l.code) {
            v.push(Alternate { hreflang: &l.code, href: site.permalink(&u) });
        }
    }
    if let Some(u) = path_in(&site.config.default_language) {
        v.push(Alternate { hreflang: "x-default", href: site.permalink(&u) });
    }
    v
}

/// The language switcher of a page: every language, its translation or its home.
pub fn switcher<'a>(
    site: &'a Site,
    current_lang: &str,
    url_in: impl Fn(&str) -> Option<(String, String)>,
) -> Vec<SwitcherEntry<'a>> {
    site.config
        .languages
        .iter()
        .map(|l| {
            let (url, title, exists) = match url_in(&l.code) {
                Some((u, t)) => (u, t, true),
                None => (home_url(&l.code), l.title.clone(), false),
            };
            SwitcherEntry {
                lang: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url,
                title,
                exists,
                current: l.code == current_lang,
            }
        })
        .collect()
}

pub fn page_switcher(site: &Site, idx: usize) -> Vec<SwitcherEntry<'_>> {
    let p = &site.pages[idx];
    switcher(site, &p.lang, |code| {
        site.translation_in(idx, code).map(|i| (site.pages[i].url.clone(), site.pages[i].fm.title.clone()))
    })
}

/// `sections`: each section on a language home.
#[derive(Serialize)]
pub struct HomeSection<'a> {
    pub name: &'a str,
    pub title: String,
    pub url: &'a str,
    pub feed_url: Option<String>,
    pub items: Vec<ItemContext<'a>>,
}

/// `section` on a section's listing.
#[derive(Serialize)]
pub struct ListingSection<'a> {
    pub name: &'a str,
    pub title: String,
    /// Its `_index.md` body, or "".
    pub content: &'a str,
    pub url: &'a str,
    pub feed_url: Option<String>,
}

/// `taxonomy` on a term's listing.
#[derive(Serialize)]
pub struct TermListing<'a> {
    pub name: &'a str,
    pub term: &'a str,
    pub slug: &'a str,
    pub url: &'a str,
    pub taxonomy_url: &'a str,
    /// From the term page, if there is one.
    pub title: Option<&'a str>,
    pub description: Option<&'a str>,
}

/// `taxonomy` on a taxonomy's index of terms.
#[derive(Serialize)]
pub struct TaxonomyLink<'a> {
    pub name: &'a str,
    pub url: &'a str,
}

/// Each of `terms` on a taxonomy's index.
#[derive(Serialize)]
pub struct TermSummary<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub url: &'a str,
    pub count: usize,
    pub title: Option<&'a str>,
}

/// `meta`: what the head says about a page for search engines and sharing.
#[derive(Serialize)]
pub struct Meta<'a> {
    pub title: &'a str,
    pub description: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub locale: String,
    pub locale_alternates: Vec<String>,
    pub image: Option<MetaImage<'a>>,
    pub published: Option<String>,
}

/// `meta.image`.
#[derive(Serialize)]
pub struct MetaImage<'a> {
    /// Absolute.
    pub url: String,
    pub alt: &'a str,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// `pagination` on listings.
#[derive(Serialize)]
pub struct Pagination<'a> {
    pub current: usize,
    pub total_pages: usize,
    pub total_items: usize,
    pub items: Vec<ItemContext<'a>>,
    /// Null at the ends.
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    pub first_url: String,
    pub last_url: String,
    pub pages: Vec<PageNumber>,
}

/// Each of `pagination.pages`.
#[derive(Serialize)]
pub struct PageNumber {
    pub number: usize,
    pub url: String,
    pub current: bool,
}

pub fn pagination<'a>(
    items: Vec<ItemContext<'a>>,
    current: usize,
    total_pages: usize,
    total_items: usize,
    url_of: &dyn Fn(usize) -> String,
) -> Pagination<'a> {
    // The first, the last and the pages around the current one (±3: a theme
    // showing ±2 sees one hidden page on each side and can draw the gap), so
    // a listing of N pages does not carry N numbers on each of its N pages.
    // (built from those numbers alone: walking 1..=N on each page would make
    // a listing's cost grow with the square of its length)
    let near = current.saturating_sub(3).max(2)..=current.saturating_add(3).min(total_pages.saturating_sub(1));
    let pages = std::iter::once(1)
        .chain(near)
        .chain((total_pages > 1).then_some(total_pages))
        .filter(|&n| n <= total_pages)
        .map(|n| PageNumber { number: n, url: url_of(n), current: n == current })
        .collect();
    Pagination {
        current,
        total_pages,
        total_items,
        items,
        prev_url: (current > 1).then(|| url_of(current - 1)),
        next_url: (current < total_pages).then(|| url_of(current + 1)),
        first_url: url_of(1),
        last_url: url_of(total_pages),
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagination_lists_ends_and_a_window_around_the_current_page() {
        let url = |n: usize| format!("/en/news/page/{n}/");
        let v = pagination(Vec::new(), 50, 100, 1200, &url);
        let numbers: Vec<usize> = v.pages.iter().map(|p| p.number).collect();
        assert_eq!(numbers, vec![1, 47, 48, 49, 50, 51, 52, 53, 100]);
        assert_eq!(v.prev_url.as_deref(), Some("/en/news/page/49/"));
        assert_eq!(v.last_url, "/en/news/page/100/");
        let small = pagination(Vec::new(), 1, 3, 30, &url);
        assert_eq!(small.pages.len(), 3);
        assert!(small.prev_url.is_none());
        // every shape of listing: the same numbers as the rule says, in order
        for total in 0..=12usize {
            for current in 1..=total.max(1) {
                let want: Vec<usize> =
                    (1..=total).filter(|&n: &usize| n == 1 || n == total || n.abs_diff(current) <= 3).collect();
                let got: Vec<usize> =
                    pagination(Vec::new(), current, total, 0, &url).pages.iter().map(|p| p.number).collect();
                assert_eq!(got, want, "page {current} of {total}");
            }
        }
    }
}
