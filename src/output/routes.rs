//! The route table: every file a build writes, once, as data.
//!
//! [`Routes::plan`] runs after the site model. The HTML writer, feeds,
//! sitemap, API, search index, static copies and `agora check`'s link targets
//! all read the table, so the layout of the output is worked out here only,
//! and a path two routes would share is reported here, once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::content::urls::{self, feed_url, home_url, not_found_url, paged_url, search_url, section_feed_url};
use crate::content::{Page, PageKind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::site::{alias_line, Site};

/// Terms per listing page of a taxonomy.
pub const TERM_PAGE: usize = 24;

/// The sitemap protocol allows 50,000 URLs per file.
pub const SITEMAP_PER_FILE: usize = 50_000;

/// Top-level folders that belong to agora: nothing of the site's may land there.
const OWN_DIRS: &[&str] = &["theme", super::api::API_ROOT, super::search::INDEX_DIR, crate::site::images::OUT_DIR];

/// What a route renders. Indices are into `site.pages`, `site.langs` (and
/// their sections and taxonomies), `site.aliases` and `site.config.languages`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/index.html`: the language chooser.
    Chooser,
    /// `/404.html` (`None`, default language) or `/<lang>/404.html`.
    NotFound(Option<usize>),
    Home(usize),
    Listing {
        lang: usize,
        section: usize,
        page: usize,
    },
    TaxonomyIndex {
        lang: usize,
        tax: usize,
    },
    Term {
        lang: usize,
        tax: usize,
        term: usize,
        page: usize,
    },
    Search(usize),
    Page(usize),
    Alias(usize),
    /// A language's feed (`section: None`) or a section's.
    Feed {
        lang: usize,
        section: Option<usize>,
    },
    /// `sitemap.xml` (`None`): the only sitemap, or the index of the parts.
    Sitemap(Option<usize>),
    Robots,
    ApiDoc(usize),
    /// Page `page` (from 1) of the API index of `config.languages[lang]`.
    ApiIndex {
        lang: usize,
        page: usize,
    },
    ApiLanguages,
    ApiSchema,
    /// The folder `search-index/<lang>/` of `config.languages[lang]`.
    SearchIndex(usize),
    /// A file of the theme's `static/` folder (its path below it).
    ThemeStatic(String),
    /// A file of the site's `static/` folder (absolute source path).
    Static(PathBuf),
    /// A file beside a page's Markdown (absolute source path).
    Asset {
        page: usize,
        src: PathBuf,
    },
}

impl Route {
    /// Rendered from a template (or the redirect page) as `…/index.html`.
    pub fn is_html(&self) -> bool {
        matches!(
            self,
            Route::Chooser
                | Route::NotFound(_)
                | Route::Home(_)
                | Route::Listing { .. }
                | Route::TaxonomyIndex { .. }
                | Route::Term { .. }
                | Route::Search(_)
                | Route::Page(_)
                | Route::Alias(_)
        )
    }
}

/// One file (or, for [`Route::SearchIndex`], folder) of the output.
#[derive(Debug, Clone)]
pub struct RouteEntry {
    /// Output-relative (Unicode, decoded).
    pub path: PathBuf,
    /// Site-relative, percent-encoded: `/nl/news/x/` for a page, the file's
    /// own URL otherwise.
    pub url: String,
    pub route: Route,
}

impl RouteEntry {
    /// The folder a `…/index.html` route stands for, or the file itself:
    /// what two routes must not share.
    pub fn key(&self) -> &Path {
        if self.route.is_html() && !matches!(self.route, Route::NotFound(_)) {
            self.path.parent().unwrap_or(Path::new(""))
        } else {
            &self.path
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Routes {
    pub entries: Vec<RouteEntry>,
}

/// Number of pages of a list of `n` items, `per` per page (at least one).
pub fn pages_of(n: usize, per: usize) -> usize {
    n.div_ceil(per.max(1)).max(1)
}

fn file_url(path: &Path) -> String {
    format!("/{}", urls::encode_path(&path.to_string_lossy()))
}

fn html(url: String, route: Route) -> RouteEntry {
    let path = match &route {
        Route::NotFound(_) => super::url_to_dir(&url),
        _ => super::url_to_dir(&url).join("index.html"),
    };
    RouteEntry { path, url, route }
}

fn file(path: PathBuf, route: Route) -> RouteEntry {
    RouteEntry { url: file_url(&path), path, route }
}

/// What the theme offers that the table depends on.
pub struct ThemeFiles<'a> {
    /// `search.html` exists and search is on: each language gets `/<lang>/search/`.
    pub search_page: bool,
    /// The theme's static files (paths below its `static/`).
    pub static_files: Vec<&'a str>,
}

impl<'a> ThemeFiles<'a> {
    /// `has_search_template`: the theme or the site has `search.html`.
    pub fn new(site: &Site, theme: Option<&'a crate::render::Theme>, has_search_template: bool) -> ThemeFiles<'a> {
        ThemeFiles {
            search_page: site.config.search.enabled && has_search_template,
            static_files: theme.map(|t| t.static_files().map(|(rel, _)| rel).collect()).unwrap_or_default(),
        }
    }
}

impl Routes {
    /// Every route of `site`, and the collisions between them. A route that
    /// would replace another is reported and left out.
    pub fn plan(site: &Site, theme: &ThemeFiles) -> (Routes, Diagnostics) {
        let mut v = Vec::new();
        let mut diags = Diagnostics::new();
        let cfg = &site.config;
        v.push(html("/".into(), Route::Chooser));
        v.push(html(not_found_url(None), Route::NotFound(None)));
        for (li, l) in site.langs.iter().enumerate() {
            let code = l.code.as_str();
            v.push(html(home_url(code), Route::Home(li)));
            v.push(html(not_found_url(Some(code)), Route::NotFound(Some(li))));
            for (si, s) in l.sections.iter().enumerate() {
                for n in 1..=pages_of(s.items.len(), s.config.paginate_by) {
                    v.push(html(paged_url(&s.url, n), Route::Listing { lang: li, section: si, page: n }));
                }
            }
            for (ti, t) in l.taxonomies.iter().enumerate() {
                v.push(html(t.url.clone(), Route::TaxonomyIndex { lang: li, tax: ti }));
                for (ki, term) in t.terms.iter().enumerate() {
                    for n in 1..=pages_of(term.items.len(), TERM_PAGE) {
                        v.push(html(paged_url(&term.url, n), Route::Term { lang: li, tax: ti, term: ki, page: n }));
                    }
                }
            }
            if theme.search_page {
                v.push(html(search_url(code), Route::Search(li)));
            }
        }
        for (li, l) in site.langs.iter().enumerate() {
            v.push(file(super::url_to_dir(&feed_url(&l.code)), Route::Feed { lang: li, section: None }));
            for (si, s) in l.sections.iter().enumerate() {
                if s.config.feed {
                    let path = super::url_to_dir(&section_feed_url(&s.url));
                    v.push(file(path, Route::Feed { lang: li, section: Some(si) }));
                }
            }
        }
        v.push(file("sitemap.xml".into(), Route::Sitemap(None)));
        let parts = sitemap_urls(site).div_ceil(SITEMAP_PER_FILE);
        if parts > 1 {
            for n in 1..=parts {
                v.push(file(format!("sitemap-{n}.xml").into(), Route::Sitemap(Some(n))));
            }
        }
        v.push(file("robots.txt".into(), Route::Robots));
        for (i, p) in site.pages.iter().enumerate() {
            if is_document(p) {
                if let Some(why) = super::api::reserved_name(p) {
                    diags.push(Diagnostic::error("api", &p.file, 0, 0, why));
                } else {
                    v.push(file(super::api::doc_path(p), Route::ApiDoc(i)));
                }
            }
        }
        for (li, l) in cfg.languages.iter().enumerate() {
            for n in 1..=super::api::index_pages(site, &l.code) {
                v.push(file(
                    super::url_to_dir(&super::api::index_url(&l.code, n)),
                    Route::ApiIndex { lang: li, page: n },
                ));
            }
        }
        v.push(file(Path::new(super::api::API_DIR).join("languages.json"), Route::ApiLanguages));
        v.push(file(Path::new(super::api::API_DIR).join("schema.json"), Route::ApiSchema));
        if cfg.search.enabled {
            for (li, l) in cfg.languages.iter().enumerate() {
                v.push(file(Path::new(super::search::INDEX_DIR).join(&l.code), Route::SearchIndex(li)));
            }
        }
        for rel in &theme.static_files {
            v.push(file(Path::new("theme").join(rel), Route::ThemeStatic(rel.to_string())));
        }
        let static_dir = cfg.root.join("static");
        if static_dir.is_dir() {
            for e in walkdir::WalkDir::new(&static_dir).sort_by_file_name().into_iter().flatten() {
                if e.path_is_symlink() {
                    diags.push(crate::content::symlink_skipped(&crate::content::rel(&cfg.root, e.path())));
                } else if e.file_type().is_file() {
                    if let Ok(rel) = e.path().strip_prefix(&static_dir) {
                        v.push(file(rel.to_path_buf(), Route::Static(e.path().to_path_buf())));
                    }
                }
            }
        }

        // What is planned so far owns its path; pages, their files and
        // aliases must not take one of them (nor one another's).
        let mut owner: HashMap<PathBuf, usize> = HashMap::new();
        let mut table = Routes { entries: Vec::with_capacity(v.len() + site.pages.len() * 2) };
        for e in v {
            table.claim(site, e, &mut owner, &mut diags);
        }
        for (i, p) in site.pages.iter().enumerate() {
            if is_document(p) {
                table.claim(site, html(p.url.clone(), Route::Page(i)), &mut owner, &mut diags);
            }
        }
        for (i, p) in site.pages.iter().enumerate() {
            if !is_document(p) {
                continue;
            }
            let src_dir = cfg.root.join(&p.file);
            let src_dir = src_dir.parent().unwrap_or(Path::new(""));
            for a in &p.assets {
                if let Ok(rel) = a.strip_prefix(src_dir) {
                    let e = file(p.out_dir.join(rel), Route::Asset { page: i, src: a.clone() });
                    table.claim(site, e, &mut owner, &mut diags);
                }
            }
        }
        for (i, a) in site.aliases.iter().enumerate() {
            let url = format!("/{}/", urls::encode_path(&a.out_dir.to_string_lossy()));
            let e = RouteEntry { path: a.out_dir.join("index.html"), url, route: Route::Alias(i) };
            let own = a.out_dir.iter().next().and_then(|s| OWN_DIRS.iter().find(|d| s == **d));
            if let Some(d) = own {
                let p = &site.pages[a.target];
                diags.push(Diagnostic::error(
                    "alias",
                    &p.file,
                    alias_line(p),
                    1,
                    format!("alias `{}` would replace agora's own /{d}/ folder", alias_text(p, &a.out_dir)),
                ));
                continue;
            }
            table.claim(site, e, &mut owner, &mut diags);
        }
        (table, diags)
    }

    /// Add `e` unless its path is taken; then report why not.
    fn claim(&mut self, site: &Site, e: RouteEntry, owner: &mut HashMap<PathBuf, usize>, diags: &mut Diagnostics) {
        let key = e.key().to_path_buf();
        match owner.get(&key) {
            None => {
                owner.insert(key, self.entries.len());
                self.entries.push(e);
            }
            Some(&j) => {
                let prev = &self.entries[j];
                if let Some(d) = collision(site, prev, &e) {
                    diags.push(d);
                }
            }
        }
    }

    pub fn html(&self) -> impl Iterator<Item = &RouteEntry> {
        self.entries.iter().filter(|e| e.route.is_html())
    }

    pub fn find(&self, route: &Route) -> Option<&RouteEntry> {
        self.entries.iter().find(|e| &e.route == route)
    }
}

fn is_document(p: &Page) -> bool {
    matches!(p.kind, PageKind::Entry | PageKind::Page)
}

/// URLs the sitemap lists: homes, section listings, term pages, documents.
pub fn sitemap_urls(site: &Site) -> usize {
    let listed: usize = site
        .langs
        .iter()
        .map(|l| 1 + l.sections.len() + l.taxonomies.iter().map(|t| t.terms.len()).sum::<usize>())
        .sum();
    listed + site.pages.iter().filter(|p| is_document(p)).count()
}

/// Does the sitemap list this route?
pub fn in_sitemap(route: &Route) -> bool {
    matches!(route, Route::Home(_) | Route::Listing { page: 1, .. } | Route::Term { page: 1, .. } | Route::Page(_))
}

/// The error for `new` landing on `prev`'s path, or `None` where the site
/// model reported it already (two pages at one URL).
fn collision(site: &Site, prev: &RouteEntry, new: &RouteEntry) -> Option<Diagnostic> {
    let what = describe(site, prev);
    let shown = format!("/{}/", prev.key().display());
    match &new.route {
        Route::Page(i) => {
            if matches!(prev.route, Route::Page(_)) {
                return None;
            }
            let p = &site.pages[*i];
            let line = p.fm.key_lines.iter().find(|(k, _)| k == "slug").map(|x| x.1).unwrap_or(0);
            Some(Diagnostic::error(
                "duplicate-url",
                &p.file,
                line,
                usize::from(line > 0),
                format!("{} is the URL of {what}: choose another slug or file name", p.url),
            ))
        }
        Route::Alias(i) => {
            let a = &site.aliases[*i];
            let p = &site.pages[a.target];
            let alias = alias_text(p, &a.out_dir);
            let msg = match prev.route {
                Route::Page(_) | Route::Alias(_) => {
                    format!("alias `{alias}` ({shown}) is already the URL of {what}: the redirect would replace it")
                }
                _ => format!("alias `{alias}` would replace {what}"),
            };
            Some(Diagnostic::error("alias", &p.file, alias_line(p), 1, msg))
        }
        // two pages at one URL: the site model said so
        Route::ApiDoc(_) if matches!(prev.route, Route::ApiDoc(_)) => None,
        Route::Asset { .. } if matches!(prev.route, Route::Asset { .. }) => None,
        Route::Asset { page, src } => {
            let p = &site.pages[*page];
            Some(Diagnostic::error(
                "duplicate-url",
                &p.file,
                0,
                0,
                format!(
                    "the file `{}` beside it would replace {what}",
                    src.file_name().unwrap_or_default().to_string_lossy()
                ),
            ))
        }
        // a section folder named like a taxonomy or `search`, a static file over a generated one
        _ => {
            let (file, hint) = match &new.route {
                Route::Static(src) => (crate::content::rel(&site.config.root, src), "rename or remove the static file"),
                _ => (section_file(site, new.key()), "rename the section folder"),
            };
            Some(Diagnostic::error(
                "duplicate-url",
                file,
                0,
                0,
                format!("{shown} would be both {what} and {}: {hint}", describe(site, new)),
            ))
        }
    }
}

/// A content file of the section whose folder is `dir` (`<lang>/<section>`),
/// else site.yaml: where a clash of generated URLs is reported.
fn section_file(site: &Site, dir: &Path) -> PathBuf {
    let mut it = dir.iter().map(|s| s.to_string_lossy());
    let (lang, sec) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
    site.pages
        .iter()
        .find(|p| p.lang == lang && p.section.as_deref() == Some(&*sec))
        .map(|p| p.file.clone())
        .unwrap_or_else(|| PathBuf::from(crate::config::CONFIG_FILE))
}

/// What a route is, in an error message.
fn describe(site: &Site, e: &RouteEntry) -> String {
    match &e.route {
        Route::Chooser => "the language chooser".into(),
        Route::NotFound(_) => format!("the file {}", e.path.display()),
        Route::Home(l) => format!("the home page of `{}`", site.langs[*l].code),
        Route::Listing { lang, section, page } => {
            let s = &site.langs[*lang].sections[*section];
            if *page == 1 {
                format!("the listing of section `{}`", s.name)
            } else {
                format!("page {page} of section `{}`", s.name)
            }
        }
        Route::TaxonomyIndex { lang, tax } => {
            format!("the `{}` taxonomy page", site.langs[*lang].taxonomies[*tax].name)
        }
        Route::Term { lang, tax, term, .. } => {
            let t = &site.langs[*lang].taxonomies[*tax];
            format!("the `{}` page of term `{}`", t.name, t.terms[*term].name)
        }
        Route::Search(_) => "the search page".into(),
        Route::Page(i) => format!("the page of `{}`", site.pages[*i].file.display()),
        Route::Alias(i) => format!("an alias of `{}`", site.pages[site.aliases[*i].target].file.display()),
        _ => format!("the file {}", e.path.display()),
    }
}

/// The alias as the page wrote it.
fn alias_text<'a>(p: &'a Page, out_dir: &Path) -> &'a str {
    p.fm.aliases
        .iter()
        .find(|x| urls::alias_segments(x).is_ok_and(|s| s.iter().collect::<PathBuf>() == out_dir))
        .map(String::as_str)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{self, BuildArgs};
    use std::collections::BTreeSet;

    fn copy_tree(from: &Path, to: &Path) {
        for e in walkdir::WalkDir::new(from).into_iter().flatten() {
            let rel = e.path().strip_prefix(from).unwrap();
            if e.file_type().is_dir() {
                std::fs::create_dir_all(to.join(rel)).unwrap();
            } else {
                std::fs::copy(e.path(), to.join(rel)).unwrap();
            }
        }
    }

    /// The table is the whole output: a build of the example site writes
    /// exactly the files it lists (search indexes are folders, resized
    /// images are the image stage's own), and no two routes share a path.
    #[test]
    fn the_table_lists_every_file_a_build_writes() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = tempfile::tempdir().unwrap();
        for d in ["content", "i18n", "static", "themes"] {
            copy_tree(&repo.join(d), &site.path().join(d));
        }
        std::fs::copy(repo.join("site.yaml"), site.path().join("site.yaml")).unwrap();
        let args = BuildArgs { root: site.path().to_path_buf(), ..Default::default() };
        let loaded = pipeline::load(&args).unwrap_or_else(|d| panic!("{d:?}"));
        let out_dir = tempfile::tempdir().unwrap();
        let out = crate::output::OutDir::new(out_dir.path().to_path_buf(), false);
        pipeline::write_site(&loaded, &out);
        assert!(!out.take_errors().has_errors());

        let table = &loaded.routes;
        let planned: BTreeSet<PathBuf> = table.entries.iter().map(|e| e.path.clone()).collect();
        assert_eq!(planned.len(), table.entries.len(), "two routes share a path");
        let index = Path::new(crate::output::search::INDEX_DIR);
        let images = Path::new(crate::site::images::OUT_DIR);
        let mut written = BTreeSet::new();
        for e in walkdir::WalkDir::new(out_dir.path()).into_iter().flatten().filter(|e| e.file_type().is_file()) {
            let rel = e.path().strip_prefix(out_dir.path()).unwrap();
            if rel.starts_with(images) {
                continue;
            }
            if rel.starts_with(index) {
                // a language's index folder, or the shared files beside them
                let lang = rel.iter().nth(1).map(|l| index.join(l)).unwrap();
                written.insert(if lang.is_dir() || out_dir.path().join(&lang).is_dir() { lang } else { rel.into() });
                continue;
            }
            written.insert(rel.to_path_buf());
        }
        let missing: Vec<_> = written.difference(&planned).collect();
        let extra: Vec<_> = planned.difference(&written).collect();
        assert!(missing.is_empty(), "written but not in the table: {missing:#?}");
        assert!(extra.is_empty(), "in the table but not written: {extra:#?}");
        // Every kind of route is there.
        for probe in [
            Route::Chooser,
            Route::NotFound(None),
            Route::Robots,
            Route::Sitemap(None),
            Route::ApiLanguages,
            Route::ApiSchema,
        ] {
            assert!(table.find(&probe).is_some(), "{probe:?}");
        }
        let kinds = |f: fn(&Route) -> bool| table.entries.iter().filter(|e| f(&e.route)).count();
        assert!(kinds(|r| matches!(r, Route::Page(_))) > 10);
        assert!(kinds(|r| matches!(r, Route::Alias(_))) >= 1);
        assert!(kinds(|r| matches!(r, Route::Term { .. })) > 5);
        assert!(kinds(|r| matches!(r, Route::Feed { .. })) > 5);
        assert!(kinds(|r| matches!(r, Route::Asset { .. } | Route::Static(_) | Route::ThemeStatic(_))) > 3);
    }
}
