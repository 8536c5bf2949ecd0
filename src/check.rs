//! The content checks of `agora check` that a build does not need to make:
//! internal links and anchors that point nowhere, images that do not exist
//! or have no alt text, translations without a default-language source.
//! (Output paths that collide are the route table's to report, for `build`
//! and `check` alike: `output::routes`.) `check` sits above the pipeline:
//! it loads and renders as a build does, without writing.
//!
//! Links are resolved against the route table: everything the build writes (pages, homes,
//! listings and their `/page/N/`, taxonomy pages, the search page, aliases,
//! static and co-located files, feeds, the JSON API), whether written
//! percent-encoded (`/tr/news/%C3%B6%C4%9F/`) or as raw Unicode
//! (`/tr/news/öğ/`), absolute, site-relative or relative to the page.
//! External links are not fetched.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use percent_encoding::percent_decode_str;
use rayon::prelude::*;

use crate::content::markdown::{resolve_relative, LinkRef};
use crate::content::{self, PageKind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::output::routes::{Route, Routes, ThemeFiles};
use crate::output::OutDir;
use crate::pipeline::{self, BuildArgs, Loaded};
use crate::render::Theme;
use crate::site::{BuildOptions, Site};

/// What a site path is, as far as links are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// An entry or stand-alone page (index into `site.pages`).
    Page(usize),
    /// A language home or section listing; its `_index.md` when there is one.
    Listing(Option<usize>),
    /// A redirect page to a page.
    Alias(usize),
    /// Another generated HTML page (taxonomy, search, `/page/N/`, chooser).
    Generated,
    /// A file: static, co-located asset, feed, API document …
    File,
}

/// `agora check`: everything a build does (templates rendered too), nothing written.
pub fn run(args: &BuildArgs) -> Diagnostics {
    let loaded = match pipeline::load(args) {
        Ok(l) => l,
        Err(mut d) => {
            d.extend(check_unloaded(args));
            d.sort();
            return d;
        }
    };
    let out = OutDir::new(args.out_dir(), true);
    pipeline::write_site(&loaded, &out);
    let mut d = check_loaded(&loaded);
    d.extend(loaded.warnings);
    d.extend(out.take_errors());
    d.sort();
    d
}

/// The findings of the content checks over a loaded site.
pub fn check_loaded(l: &Loaded) -> Diagnostics {
    Checker::new(&l.site, Some(&l.theme), &l.routes).run(true)
}

/// When loading failed (errors were reported already), run what can still be
/// checked: all checks when the content itself loaded (only templates, UI
/// strings or the site model failed), only alt texts when some content files
/// could not be loaded (links to them would be reported as broken otherwise).
pub fn check_unloaded(args: &BuildArgs) -> Diagnostics {
    let Ok(config) = pipeline::config(args) else { return Diagnostics::new() };
    let (pages, cdiags) = content::load(&config);
    let options = BuildOptions { drafts: args.drafts, future: args.future, ..Default::default() };
    let (site, _) = Site::build(config, pages.into_iter().map(std::sync::Arc::new).collect(), options);
    let theme = Theme::load(&site.config).ok();
    // no Renderer here (it may be what failed): look for search.html itself
    let has_search = theme.as_ref().is_some_and(|t| t.files.iter().any(|(p, _)| p == "templates/search.html"))
        || site.config.root.join("templates/search.html").is_file();
    let theme_files = ThemeFiles::new(&site, theme.as_ref(), has_search);
    // collisions were reported by the failed load
    let (routes, _) = Routes::plan(&site, &theme_files);
    Checker::new(&site, theme.as_ref(), &routes).run(!cdiags.has_errors())
}

struct Checker<'a> {
    site: &'a Site,
    targets: HashMap<String, Target>,
    /// Ids every HTML page has (from the theme's templates: `main` …).
    theme_ids: HashSet<String>,
    ids: Vec<OnceLock<HashSet<String>>>,
}

fn key(dir: &Path) -> String {
    dir.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

impl<'a> Checker<'a> {
    fn new(site: &'a Site, theme: Option<&Theme>, routes: &Routes) -> Checker<'a> {
        let mut c = Checker {
            site,
            targets: HashMap::new(),
            theme_ids: HashSet::new(),
            ids: (0..site.pages.len()).map(|_| OnceLock::new()).collect(),
        };
        if let Some(t) = theme {
            for (p, b) in &t.files {
                if p.starts_with("templates/") {
                    c.theme_ids.extend(literal_ids(&String::from_utf8_lossy(b)));
                }
            }
        }
        let site_templates = site.config.root.join("templates");
        if site_templates.is_dir() {
            for e in walkdir::WalkDir::new(&site_templates).into_iter().flatten() {
                if e.file_type().is_file() {
                    if let Ok(text) = std::fs::read_to_string(e.path()) {
                        c.theme_ids.extend(literal_ids(&text));
                    }
                }
            }
        }
        c.collect_targets(routes);
        c
    }

    /// What links may point at: every route of the table.
    fn collect_targets(&mut self, routes: &Routes) {
        let site = self.site;
        if site.config.search.enabled && site.config.search.api_url.is_empty() {
            // answered by `agora serve` / `agora search-server`
            self.targets.insert("api/search".into(), Target::Generated);
        }
        for e in &routes.entries {
            let t = match &e.route {
                Route::Page(i) => Target::Page(*i),
                Route::Alias(i) => Target::Alias(site.aliases[*i].target),
                Route::Home(l) => Target::Listing(site.langs[*l].home),
                Route::Listing { lang, section, page: 1 } => {
                    Target::Listing(site.langs[*lang].sections[*section].index_page)
                }
                Route::NotFound(_) => Target::File,
                r if r.is_html() => Target::Generated,
                _ => Target::File,
            };
            self.targets.entry(key(e.key())).or_insert(t);
        }
    }

    fn run(self, links: bool) -> Diagnostics {
        let site = self.site;
        let mut out = Diagnostics::new();
        let found: Vec<Vec<Diagnostic>> = site
            .pages
            .par_iter()
            .enumerate()
            .map(|(i, p)| {
                let mut v = Vec::new();
                for l in &p.links {
                    if l.is_image && l.alt.trim().is_empty() {
                        v.push(Diagnostic::error(
                            "image-alt",
                            &p.file,
                            l.line,
                            l.column,
                            format!(
                                "image `{}` has no alt text: describe what it shows, `![a short description]({})`",
                                l.url, l.url
                            ),
                        ));
                    }
                    if links {
                        self.check_link(i, l, &mut v);
                    }
                }
                if links {
                    if let Some(img) = &p.fm.image {
                        let l = LinkRef {
                            url: img.src.clone(),
                            line: fm_line(p, "image"),
                            column: 1,
                            is_image: true,
                            alt: img.alt.clone(),
                        };
                        self.check_link(i, &l, &mut v);
                    }
                    self.check_translation(i, &mut v);
                }
                v
            })
            .collect();
        for v in found {
            for d in v {
                out.push(d);
            }
        }
        out.sort();
        out
    }

    fn check_translation(&self, i: usize, out: &mut Vec<Diagnostic>) {
        let site = self.site;
        let p = &site.pages[i];
        let default = &site.config.default_language;
        if &p.lang == default || !matches!(p.kind, PageKind::Entry | PageKind::Page) {
            return;
        }
        // Only pages that say they are translations: content written for one
        // language only (no `source_hash`, no `translation_key`) needs no source.
        let explicit = p.fm.translation_key.is_some();
        if !explicit && p.fm.source_hash.is_none() {
            return;
        }
        if site.translations_of(i).iter().any(|&j| &site.pages[j].lang == default) {
            return;
        }
        let (line, how) = if explicit {
            (fm_line(p, "translation_key"), "set by its `translation_key`")
        } else {
            (fm_line(p, "source_hash"), "from its path; it has a `source_hash`, so it is a translation")
        };
        out.push(Diagnostic::warning(
            "translation-orphan",
            &p.file,
            line,
            1,
            format!(
                "no published {default} page has translation_key `{}` ({how}): its source was renamed, deleted or is not published, so this translation cannot be kept up to date",
                p.translation_key
            ),
        ));
    }

    fn ids_of(&self, i: usize) -> &HashSet<String> {
        self.ids[i].get_or_init(|| {
            let p = &self.site.pages[i];
            // check keeps pages' HTML in memory (no spill), so this reads nothing
            let mut ids = p.html.get().map(|h| html_ids(&h)).unwrap_or_default();
            ids.extend(p.toc.iter().map(|h| h.id.clone()));
            ids
        })
    }

    fn check_link(&self, i: usize, l: &LinkRef, out: &mut Vec<Diagnostic>) {
        let site = self.site;
        let p = &site.pages[i];
        let kind = if l.is_image { "broken-image" } else { "broken-link" };
        let err = |msg: String| Diagnostic::error(kind, &p.file, l.line, l.column, msg);
        let mut url = l.url.trim();
        if url.is_empty() {
            out.push(err(if l.is_image { "the image has no source".into() } else { "the link has no target".into() }));
            return;
        }
        let base = site.config.base_url.as_str();
        if let Some(rest) = url.strip_prefix(base) {
            if rest.is_empty() {
                url = "/";
            } else if rest.starts_with(['/', '?', '#']) {
                url = rest;
            }
        }
        // external, or an e-mail autolink (`<someone@example.eu>`)
        if is_external(url) || (url.contains('@') && !url.contains('/')) {
            return;
        }
        let (before, fragment) = match url.split_once('#') {
            Some((b, f)) => (b, Some(f)),
            None => (url, None),
        };
        let path = before.split_once('?').map(|x| x.0).unwrap_or(before);
        let absolute = if path.is_empty() {
            p.url.clone()
        } else if path.starts_with('/') {
            path.to_string()
        } else {
            resolve_relative(&p.url, path)
        };
        let k = normalize(&absolute);
        let shown =
            if k.is_empty() || absolute.ends_with('/') { format!("/{k}/").replace("//", "/") } else { format!("/{k}") };
        let Some(target) = self.targets.get(&k).copied() else {
            let what = if l.is_image { "image" } else { "link" };
            let hint = self.md_hint(i, path).unwrap_or_else(|| self.hint(&k));
            out.push(err(format!("{what} `{}` points nowhere: nothing is published at {shown}{hint}", l.url)));
            return;
        };
        if l.is_image && target != Target::File {
            out.push(err(format!("image `{}` is a page ({shown}), not an image file", l.url)));
            return;
        }
        let Some(fragment) = fragment else { return };
        let frag = percent_decode_str(fragment).decode_utf8_lossy();
        if frag.is_empty() || self.theme_ids.contains(frag.as_ref()) {
            return;
        }
        let page = match target {
            Target::Page(j) | Target::Alias(j) | Target::Listing(Some(j)) => j,
            // Anchors of files and generated pages are not known.
            _ => return,
        };
        let ids = self.ids_of(page);
        if !ids.contains(frag.as_ref()) {
            let mut known: Vec<&str> = site.pages[page].toc.iter().map(|h| h.id.as_str()).collect();
            if known.is_empty() {
                known = ids.iter().map(String::as_str).collect();
                known.sort();
            }
            let list = if known.is_empty() {
                "it has no headings or other anchors".to_string()
            } else {
                let more = if known.len() > 8 { ", …" } else { "" };
                format!(
                    "its anchors: {}{more}",
                    known.iter().take(8).map(|x| format!("#{x}")).collect::<Vec<_>>().join(", ")
                )
            };
            let on = if page == i { "this page".to_string() } else { shown.clone() };
            out.push(Diagnostic::error(
                "broken-anchor",
                &p.file,
                l.line,
                l.column,
                format!("`#{frag}` is not an anchor on {on} ({list})"),
            ));
        }
    }

    /// A link to a Markdown source file (`../x.md`, `/content/en/news/x.md`):
    /// the page's URL is what works on the site.
    fn md_hint(&self, from: usize, path: &str) -> Option<String> {
        let decoded = percent_decode_str(path).decode_utf8_lossy();
        if !decoded.ends_with(".md") {
            return None;
        }
        let site = self.site;
        let src = &site.pages[from].file;
        let candidate = match decoded.strip_prefix('/') {
            Some(abs) if abs.starts_with(content::CONTENT_DIR) => PathBuf::from(abs),
            Some(abs) => Path::new(content::CONTENT_DIR).join(abs),
            None => src.parent().unwrap_or(Path::new("")).join(decoded.as_ref()),
        };
        let mut norm = PathBuf::new();
        for c in candidate.components() {
            match c {
                std::path::Component::ParentDir => {
                    norm.pop();
                }
                std::path::Component::CurDir => {}
                c => norm.push(c),
            }
        }
        site.pages
            .iter()
            .find(|p| p.file == norm)
            .map(|p| format!(" (link to the page's URL, {}, not to its Markdown file)", p.url))
    }

    /// Why a path may have been meant: another case, another language's URL
    /// of a translated page, or a source file that is not published.
    fn hint(&self, k: &str) -> String {
        let site = self.site;
        let lower = k.to_lowercase();
        if lower != k && self.targets.contains_key(&lower) {
            return format!(" (URLs are lower-case: /{lower}/)");
        }
        if let Some((lang, rest)) = k.split_once('/') {
            if site.config.language(lang).is_some() {
                for other in &site.config.languages {
                    if other.code == lang {
                        continue;
                    }
                    if let Some(Target::Page(j)) = self.targets.get(&format!("{}/{rest}", other.code)) {
                        if let Some(t) = site.translation_in(*j, lang) {
                            return format!(" (the {lang} version of {} is {})", site.pages[*j].url, site.pages[t].url);
                        }
                        return format!(
                            " ({} exists in {}, but has no {lang} version)",
                            site.pages[*j].url, other.code
                        );
                    }
                }
                let content = site.config.root.join(content::CONTENT_DIR).join(lang);
                for cand in [content.join(format!("{rest}.md")), content.join(rest).join("index.md")] {
                    if cand.is_file() {
                        return format!(
                            " ({} exists but is not published: a draft or scheduled for later; `--drafts` / `--future` include it)",
                            content::rel(&site.config.root, &cand).display()
                        );
                    }
                }
            }
        }
        String::new()
    }
}

fn fm_line(p: &content::Page, key: &str) -> usize {
    p.fm.key_lines.iter().find(|(k, _)| k == key).map(|x| x.1).unwrap_or(1)
}

/// A URL with a scheme (`https:`, `mailto:`) or protocol-relative (`//host`).
fn is_external(url: &str) -> bool {
    if url.starts_with("//") {
        return true;
    }
    match url.find(':') {
        Some(c) => {
            let s = &url[..c];
            !s.is_empty()
                && s.chars().next().is_some_and(|ch| ch.is_ascii_alphabetic())
                && s.chars().all(|ch| ch.is_ascii_alphanumeric() || "+-.".contains(ch))
        }
        None => false,
    }
}

/// A site-relative path → lookup key: decoded, `.`/`..` applied, no
/// leading/trailing slash, a final `index.html` dropped.
fn normalize(path: &str) -> String {
    let decoded = percent_decode_str(path).decode_utf8_lossy();
    let mut segs: Vec<&str> = Vec::new();
    for s in decoded.split('/') {
        match s {
            "" | "." => {}
            ".." => {
                segs.pop();
            }
            s => segs.push(s),
        }
    }
    if segs.last() == Some(&"index.html") {
        segs.pop();
    }
    segs.join("/")
}

/// `id="…"` attribute values in HTML (entities decoded).
fn html_ids(html: &str) -> HashSet<String> {
    let mut ids = HashSet::new();
    let mut rest = html;
    while let Some(i) = rest.find("id=") {
        let before_ok = i > 0 && rest[..i].ends_with(|c: char| c.is_ascii_whitespace());
        let after = &rest[i + 3..];
        if before_ok {
            if let Some(q) = after.chars().next().filter(|c| *c == '"' || *c == '\'') {
                if let Some(end) = after[1..].find(q) {
                    ids.insert(html_escape::decode_html_entities(&after[1..1 + end]).into_owned());
                }
            }
        }
        rest = after;
    }
    ids
}

/// Literal ids in templates (`id="main"`), not computed ones (`id="{{ x }}"`).
fn literal_ids(template: &str) -> impl Iterator<Item = String> {
    html_ids(template).into_iter().filter(|id| !id.contains('{') && !id.contains('%') && !id.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_paths() {
        assert_eq!(normalize("/tr/news/%C3%B6%C4%9Fretmen/"), "tr/news/öğretmen");
        assert_eq!(normalize("/tr/news/öğretmen"), "tr/news/öğretmen");
        assert_eq!(normalize("/en/a/../b/./index.html"), "en/b");
        assert_eq!(normalize("/"), "");
    }

    #[test]
    fn external_urls() {
        assert!(is_external("https://example.org/x"));
        assert!(is_external("mailto:a@b.eu"));
        assert!(is_external("//cdn.example/x"));
        assert!(!is_external("/en/news/"));
        assert!(!is_external("../x/"));
        assert!(!is_external("#top"));
        assert!(!is_external("a/b:c"));
    }

    #[test]
    fn finds_ids() {
        let ids = html_ids(
            r##"<h2 id="öne-çıkan">x</h2><div class="footnote-definition" id="1"><a href="#x" data-id="no">"##,
        );
        assert!(ids.contains("öne-çıkan") && ids.contains("1"));
        assert!(!ids.contains("no"));
        let t: Vec<String> = literal_ids(r#"<main id="main"><h2 id="{{ h.id }}">"#).collect();
        assert_eq!(t, vec!["main".to_string()]);
    }
}
