//! The site model: published pages linked into translations, sections with
//! their (fallback-aware) listings, taxonomies and aliases (SPEC §4–5).

pub mod images;
pub mod summary;
pub mod translation;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use crate::config::{Config, FallbackEntries, SectionConfig, SortBy};
use crate::content::{urls, Page, PageKind};
use crate::diag::{Diagnostic, Diagnostics};

#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    pub drafts: bool,
    pub future: bool,
    pub now: DateTime<Utc>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions { drafts: false, future: false, now: Utc::now() }
    }
}

impl BuildOptions {
    /// Drafts and scheduled (future-dated) pages are left out unless asked for.
    pub fn publishes(&self, p: &Page) -> bool {
        (self.drafts || !p.fm.draft) && (self.future || p.fm.date.is_none_or(|d| d.with_timezone(&Utc) <= self.now))
    }
}

/// An entry in a listing; `fallback` when shown from another language.
#[derive(Debug, Clone, Copy)]
pub struct ListItem {
    pub page: usize,
    pub fallback: bool,
}

#[derive(Debug, Clone)]
pub struct SectionModel {
    pub name: String,
    pub config: SectionConfig,
    /// The section's `_index.md` in this language, if any.
    pub index_page: Option<usize>,
    pub items: Vec<ListItem>,
    /// `/nl/news/`
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct Term {
    pub name: String,
    pub slug: String,
    pub url: String,
    pub items: Vec<ListItem>,
}

/// A term's own page, `content/<lang>/<taxonomy>/<term>.md`: its display
/// name (`title`) and description in that language. Not a page of its own:
/// it names the term wherever it is shown and introduces the term's listing.
#[derive(Debug, Clone)]
pub struct TermPage {
    pub title: String,
    /// Rendered (sanitized) Markdown body.
    pub html: crate::content::body::Html,
    /// `summary`, else the body's first paragraph (plain text).
    pub summary: String,
    pub file: PathBuf,
    /// The page's [`Page::digest`]: what its title, HTML and summary come from.
    pub digest: u128,
}

/// A course's state on the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CourseState {
    /// Starts after the build date.
    Upcoming,
    /// Started, not yet ended (the end day included).
    Running,
    /// Ended before the build date.
    Ended,
}

impl CourseState {
    pub fn of(course: &crate::content::frontmatter::Course, today: chrono::NaiveDate) -> CourseState {
        if today < course.starts {
            CourseState::Upcoming
        } else if today <= course.ends {
            CourseState::Running
        } else {
            CourseState::Ended
        }
    }

    /// Registration makes sense before a course starts, and while it runs
    /// for formats one can join late (MOOCs, self-paced courses); never
    /// after it ended.
    pub fn registration_open(self, format: Option<&str>) -> bool {
        match self {
            CourseState::Upcoming => true,
            CourseState::Running => matches!(format, Some("mooc" | "self-paced")),
            CourseState::Ended => false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub name: String,
    pub url: String,
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone)]
pub struct LangModel {
    pub code: String,
    pub home: Option<usize>,
    pub sections: Vec<SectionModel>,
    pub taxonomies: Vec<Taxonomy>,
}

#[derive(Debug, Clone)]
pub struct Alias {
    /// Output-relative folder of the redirect page.
    pub out_dir: PathBuf,
    pub target: usize,
}

#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub options: BuildOptions,
    /// Published pages only.
    pub pages: Vec<Arc<Page>>,
    /// translation_key → indices of its pages, in site language order.
    pub translations: HashMap<String, Vec<usize>>,
    pub langs: Vec<LangModel>,
    pub aliases: Vec<Alias>,
    /// Term pages by (language, taxonomy, term slug).
    pub term_pages: HashMap<(String, String, String), TermPage>,
    /// Entry images (front matter `image`), measured.
    pub images: images::Images,
    /// Each page's card excerpt (`summary` cut to [`summary::CARD_CHARS`]),
    /// by page index: made once, though listings show a page many times.
    pub excerpts: Vec<String>,
}

fn card_excerpt(p: &Page) -> String {
    summary::excerpt(&p.summary, summary::CARD_CHARS)
}

/// A relative `image.src` names a file next to the entry (a bundle): made
/// site-relative once, so it works on every page that shows it.
pub fn resolve_image(p: &mut Page) {
    let url = &p.url;
    if let Some(img) = &mut p.fm.image {
        if is_relative_url(&img.src) {
            img.src = crate::content::markdown::resolve_relative(url, &img.src);
        }
    }
}

impl Site {
    pub fn lang(&self, code: &str) -> Option<&LangModel> {
        self.langs.iter().find(|l| l.code == code)
    }

    /// The other-language versions of a page (including itself), in site language order.
    pub fn translations_of(&self, idx: usize) -> &[usize] {
        self.translations.get(&self.pages[idx].translation_key).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn translation_in(&self, idx: usize, lang: &str) -> Option<usize> {
        self.translations_of(idx).iter().copied().find(|&i| self.pages[i].lang == lang)
    }

    pub fn permalink(&self, url: &str) -> String {
        format!("{}{}", self.config.base_url, url)
    }

    /// The build date (UTC), against which course states are decided.
    pub fn today(&self) -> chrono::NaiveDate {
        self.options.now.date_naive()
    }

    /// State of a course entry on the build date.
    pub fn course_state(&self, p: &Page) -> Option<CourseState> {
        p.fm.course.as_ref().map(|c| CourseState::of(c, self.today()))
    }

    /// The term page of `slug` in `lang`, if the site has one.
    pub fn term_page(&self, lang: &str, tax: &str, slug: &str) -> Option<&TermPage> {
        self.term_pages.get(&(lang.to_string(), tax.to_string(), slug.to_string()))
    }

    /// The featured entry of a language's home: its newest own entry with
    /// `featured: true`, else one shown through the fallback chain (unless
    /// the language shows no fallback entries).
    pub fn featured(&self, lang: &str) -> Option<ListItem> {
        let l = self.config.language(lang)?;
        let newest = |code: &str| {
            self.pages
                .iter()
                .enumerate()
                .filter(|(_, p)| p.lang == code && p.kind == PageKind::Entry && p.fm.featured)
                .filter(|(_, p)| self.course_state(p) != Some(CourseState::Ended))
                .max_by(|a, b| feed_time(a.1).cmp(&feed_time(b.1)).then(b.1.url.cmp(&a.1.url)))
                .map(|(i, _)| i)
        };
        if let Some(i) = newest(lang) {
            return Some(ListItem { page: i, fallback: false });
        }
        if l.fallback_entries == FallbackEntries::None {
            return None;
        }
        l.fallback.iter().find_map(|fb| newest(fb)).map(|i| ListItem { page: i, fallback: true })
    }

    /// Entries of one language for a feed (one section, or every feed-enabled
    /// one), newest first; fallback entries are not repeated in other languages' feeds.
    pub fn entries_for_feed(&self, lang: &str, section: Option<&str>) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.lang == lang
                    && p.kind == PageKind::Entry
                    && match section {
                        Some(s) => p.section.as_deref() == Some(s),
                        None => p.section.as_deref().is_some_and(|s| self.config.section(s).feed),
                    }
            })
            .map(|(i, _)| i)
            .collect();
        v.sort_by(|&a, &b| {
            feed_time(&self.pages[b]).cmp(&feed_time(&self.pages[a])).then(self.pages[a].url.cmp(&self.pages[b].url))
        });
        v
    }

    /// Assemble the model. `pages` are all loaded pages (drafts included).
    pub fn build(config: Config, pages: Vec<Arc<Page>>, options: BuildOptions) -> (Site, Diagnostics) {
        let mut diags = Diagnostics::new();
        let mut pages: Vec<Arc<Page>> = pages.into_iter().filter(|p| options.publishes(p)).collect();
        let term_pages = take_term_pages(&config, &mut pages);
        for p in &mut pages {
            if p.fm.image.as_ref().is_some_and(|i| is_relative_url(&i.src)) {
                resolve_image(Arc::make_mut(p));
            }
        }
        let lang_order: HashMap<&str, usize> =
            config.languages.iter().enumerate().map(|(i, l)| (l.code.as_str(), i)).collect();
        pages.sort_by(|a, b| {
            lang_order.get(a.lang.as_str()).cmp(&lang_order.get(b.lang.as_str())).then_with(|| a.file.cmp(&b.file))
        });
        diags.extend(unique_urls_and_keys(&pages));
        let translations = translations(&pages);
        let aliases = aliases(&pages, &mut diags);
        let section_names = section_names(&config, &pages);
        let langs =
            config.languages.iter().map(|lang| lang_model(&config, lang, &pages, &section_names, &options)).collect();
        // Collisions of pages, aliases and generated URLs: `output::routes`.
        let images = images::Images::collect(&config.root, &pages);
        let excerpts = pages.par_iter().map(|p| card_excerpt(p)).collect();
        (Site { config, options, pages, translations, langs, aliases, term_pages, images, excerpts }, diags)
    }

    /// Puts `page` in the place of page `i` (`agora serve`'s preview of an
    /// edit that moves nothing), with its excerpt.
    pub fn replace_page(&mut self, i: usize, page: Page) {
        self.excerpts[i] = card_excerpt(&page);
        self.pages[i] = Arc::new(page);
    }
}

/// `content/<lang>/<taxonomy>/<term>.md` names and describes a term: taken
/// out of the pages, by (language, taxonomy, term slug).
fn take_term_pages(config: &Config, pages: &mut Vec<Arc<Page>>) -> HashMap<(String, String, String), TermPage> {
    let mut term_pages = HashMap::new();
    pages.retain(|p| {
        let Some(tax) = p.section.as_deref().filter(|s| config.taxonomies.iter().any(|t| t == s)) else {
            return true;
        };
        if p.kind == PageKind::Entry {
            term_pages.insert(
                (p.lang.clone(), tax.to_string(), p.slug.clone()),
                TermPage {
                    title: p.fm.title.clone(),
                    html: p.html.clone(),
                    summary: p.summary.clone(),
                    file: p.file.clone(),
                    digest: p.digest,
                },
            );
        }
        false
    });
    term_pages
}

/// One URL, one page; one translation key per language.
fn unique_urls_and_keys(pages: &[Arc<Page>]) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let mut by_url: HashMap<(&str, &str), usize> = HashMap::new();
    let mut by_key: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        if let Some(&j) = by_url.get(&(p.lang.as_str(), p.url.as_str())) {
            diags.push(Diagnostic::error(
                "duplicate-url",
                &p.file,
                0,
                0,
                format!(
                    "`{}` and `{}` would both be published at {}",
                    pages[j].file.display(),
                    p.file.display(),
                    p.url
                ),
            ));
        } else {
            by_url.insert((&p.lang, &p.url), i);
        }
        if let Some(&j) = by_key.get(&(p.lang.as_str(), p.translation_key.as_str())) {
            if by_url.get(&(p.lang.as_str(), p.url.as_str())) == Some(&i) {
                diags.push(Diagnostic::error(
                    "duplicate-translation-key",
                    &p.file,
                    0,
                    0,
                    format!(
                        "`{}` and `{}` share translation_key `{}` in one language",
                        pages[j].file.display(),
                        p.file.display(),
                        p.translation_key
                    ),
                ));
            }
        } else {
            by_key.insert((&p.lang, &p.translation_key), i);
        }
    }
    diags
}

/// translation_key → indices of its pages, in site language order.
fn translations(pages: &[Arc<Page>]) -> HashMap<String, Vec<usize>> {
    let mut translations: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        translations.entry(p.translation_key.clone()).or_default().push(i);
    }
    translations
}

/// Aliases: inside the output folder and not over a real page.
fn aliases(pages: &[Arc<Page>], diags: &mut Diagnostics) -> Vec<Alias> {
    let mut aliases = Vec::new();
    let page_dirs: HashMap<&PathBuf, usize> = pages.iter().enumerate().map(|(i, p)| (&p.out_dir, i)).collect();
    let mut alias_dirs: HashMap<PathBuf, usize> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        let (line, col) = (alias_line(p), 1);
        for a in &p.fm.aliases {
            match urls::alias_segments(a) {
                Err(why) => diags.push(Diagnostic::error("alias", &p.file, line, col, format!("alias `{a}`: {why}"))),
                Ok(segs) => {
                    let dir: PathBuf = segs.iter().collect();
                    if let Some(&j) = page_dirs.get(&dir) {
                        diags.push(Diagnostic::error(
                            "alias",
                            &p.file,
                            line,
                            col,
                            format!("alias `{a}` is the URL of `{}`", pages[j].file.display()),
                        ));
                    } else if let Some(&j) = alias_dirs.get(&dir) {
                        if j != i {
                            diags.push(Diagnostic::error(
                                "alias",
                                &p.file,
                                line,
                                col,
                                format!("alias `{a}` is also an alias of `{}`", pages[j].file.display()),
                            ));
                        }
                    } else {
                        alias_dirs.insert(dir.clone(), i);
                        aliases.push(Alias { out_dir: dir, target: i });
                    }
                }
            }
        }
    }
    aliases
}

/// Section names: declared first, then any other folder, in name order.
fn section_names(config: &Config, pages: &[Arc<Page>]) -> Vec<String> {
    let mut section_names: Vec<String> = config.sections.keys().cloned().collect();
    let mut extra: Vec<String> =
        pages.iter().filter_map(|p| p.section.clone()).filter(|s| !config.sections.contains_key(s)).collect();
    extra.sort();
    extra.dedup();
    section_names.extend(extra);
    section_names
}

/// One language's homes, section listings and taxonomy terms.
fn lang_model(
    config: &Config,
    lang: &crate::config::Language,
    pages: &[Arc<Page>],
    section_names: &[String],
    options: &BuildOptions,
) -> LangModel {
    let code = lang.code.as_str();
    let home = pages.iter().position(|p| p.lang == code && p.kind == PageKind::Home);
    let sections = section_names.iter().filter_map(|name| section_model(config, lang, pages, name, options)).collect();
    let taxonomies = config.taxonomies.iter().map(|tax| taxonomy_model(code, pages, tax)).collect();
    LangModel { code: code.to_string(), home, sections, taxonomies }
}

/// A section's listing in one language: its own entries, then for each
/// translation key missing here the first fallback language's entry.
/// `None` for an undeclared section with nothing in this language.
fn section_model(
    config: &Config,
    lang: &crate::config::Language,
    pages: &[Arc<Page>],
    name: &str,
    options: &BuildOptions,
) -> Option<SectionModel> {
    let code = lang.code.as_str();
    let sc = config.section(name);
    let index_page =
        pages.iter().position(|p| p.lang == code && p.kind == PageKind::Section && p.section.as_deref() == Some(name));
    let mut items: Vec<ListItem> = Vec::new();
    // own entries, then for each key missing here the first fallback language that has it
    let mut keys_seen: HashMap<&str, ()> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        if p.lang == code && p.kind == PageKind::Entry && p.section.as_deref() == Some(name) {
            items.push(ListItem { page: i, fallback: false });
            keys_seen.insert(&p.translation_key, ());
        }
    }
    let fallbacks: &[String] = if lang.fallback_entries == FallbackEntries::None { &[] } else { &lang.fallback };
    for fb in fallbacks {
        for (i, p) in pages.iter().enumerate() {
            if &p.lang == fb
                && p.kind == PageKind::Entry
                && p.section.as_deref() == Some(name)
                && !keys_seen.contains_key(p.translation_key.as_str())
            {
                items.push(ListItem { page: i, fallback: true });
                keys_seen.insert(&p.translation_key, ());
            }
        }
    }
    if items.is_empty() && index_page.is_none() && !config.sections.contains_key(name) {
        return None;
    }
    sort_items(&mut items, pages, sc.sort_by);
    order_listing(&mut items, pages, sc.sort_by, lang.fallback_entries, options.now.date_naive());
    Some(SectionModel { name: name.to_string(), url: urls::section_url(code, name), config: sc, index_page, items })
}

/// A taxonomy's terms in one language, each with its entries by date.
fn taxonomy_model(code: &str, pages: &[Arc<Page>], tax: &str) -> Taxonomy {
    let mut terms: BTreeMap<String, Term> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        if p.lang != code || !matches!(p.kind, PageKind::Entry | PageKind::Page) {
            continue;
        }
        let values = if tax == "tags" { &p.fm.tags } else { &p.fm.levels };
        for v in values {
            let slug = urls::normalize_slug(v);
            if slug.is_empty() {
                continue;
            }
            let t = terms.entry(slug.clone()).or_insert_with(|| Term {
                name: v.clone(),
                url: urls::term_url(code, tax, &slug),
                slug,
                items: Vec::new(),
            });
            if !t.items.iter().any(|x| x.page == i) {
                t.items.push(ListItem { page: i, fallback: false });
            }
        }
    }
    let mut terms: Vec<Term> = terms.into_values().collect();
    for t in &mut terms {
        sort_items(&mut t.items, pages, SortBy::Date);
    }
    Taxonomy { name: tax.to_string(), url: urls::taxonomy_url(code, tax), terms }
}

/// Line of the `aliases` key of a page (what alias errors point at).
pub fn alias_line(p: &Page) -> usize {
    p.fm.key_lines.iter().find(|(k, _)| k == "aliases").map(|x| x.1).unwrap_or(1)
}

fn feed_time(p: &Page) -> Option<DateTime<chrono::FixedOffset>> {
    p.fm.date.or_else(|| {
        p.fm.course.as_ref().and_then(|c| c.starts.and_hms_opt(0, 0, 0)).map(|d| d.and_utc().fixed_offset())
    })
}

/// A URL that resolves against the page's own (`cover.png`, `./img/a.jpg`,
/// `../x.svg`): no scheme, not absolute, not a fragment or query only.
pub fn is_relative_url(u: &str) -> bool {
    let u = u.trim();
    !(u.is_empty()
        || u.starts_with('/')
        || u.starts_with('#')
        || u.starts_with('?')
        || u.split(['/', '?', '#']).next().is_some_and(|first| first.contains(':')))
}

/// What a reader expects first: the language's own entries before fallback
/// ones (unless `fallback_entries: mixed`) and, in a course section, courses
/// that have not ended (soonest first) before past ones (latest first).
/// `items` arrive sorted by the section's order; this sort is stable.
fn order_listing(
    items: &mut [ListItem],
    pages: &[Arc<Page>],
    by: SortBy,
    mix: FallbackEntries,
    today: chrono::NaiveDate,
) {
    let ended = |it: &ListItem| {
        pages[it.page].fm.course.as_ref().is_some_and(|c| CourseState::of(c, today) == CourseState::Ended)
    };
    let courses = by == SortBy::Starts;
    items.sort_by(|a, b| {
        let group = |it: &ListItem| (courses && ended(it), mix == FallbackEntries::After && it.fallback);
        let within = if courses && !ended(a) && !ended(b) {
            // not ended yet: soonest start first
            let s = |it: &ListItem| pages[it.page].fm.course.as_ref().map(|c| c.starts);
            s(a).cmp(&s(b))
        } else if courses {
            let e = |it: &ListItem| pages[it.page].fm.course.as_ref().map(|c| c.ends);
            e(b).cmp(&e(a))
        } else {
            std::cmp::Ordering::Equal
        };
        group(a).cmp(&group(b)).then(within)
    });
}

/// Dated orders newest first; weight ascending; ties by title then URL.
fn sort_items(items: &mut [ListItem], pages: &[Arc<Page>], by: SortBy) {
    items.sort_by(|a, b| {
        let (pa, pb) = (&pages[a.page], &pages[b.page]);
        let primary = match by {
            SortBy::Date => pb.fm.date.cmp(&pa.fm.date),
            SortBy::Starts => pb.fm.course.as_ref().map(|c| c.starts).cmp(&pa.fm.course.as_ref().map(|c| c.starts)),
            SortBy::Weight => pa.fm.weight.unwrap_or(i64::MAX).cmp(&pb.fm.weight.unwrap_or(i64::MAX)),
            SortBy::Title => std::cmp::Ordering::Equal,
        };
        primary
            .then_with(|| pa.fm.title.to_lowercase().cmp(&pb.fm.title.to_lowercase()))
            .then_with(|| pa.url.cmp(&pb.url))
    });
}
