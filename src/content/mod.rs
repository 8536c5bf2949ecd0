//! Loading content: walk `content/<lang>/`, split and check front matter,
//! render Markdown. Every file is independent, so this runs on rayon.

pub mod body;
pub mod frontmatter;
pub mod markdown;
pub mod store;
pub mod urls;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{line_col, Diagnostic, Diagnostics};
use frontmatter::FrontMatter;
use markdown::{Heading, LinkRef, MarkdownOptions};

pub const CONTENT_DIR: &str = "content";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// `content/<lang>/_index.md`
    Home,
    /// `content/<lang>/<section>/_index.md`
    Section,
    /// `content/<lang>/<section>/<slug>.md` or `<slug>/index.md`
    Entry,
    /// `content/<lang>/<page>.md` — stand-alone page
    Page,
}

/// One Markdown file, loaded and rendered.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Page {
    pub lang: String,
    pub kind: PageKind,
    pub section: Option<String>,
    /// Source path relative to the site root (for messages).
    pub file: PathBuf,
    pub translation_key: String,
    pub slug: String,
    /// Site-relative, percent-encoded, with trailing slash: `/nl/news/x/`.
    pub url: String,
    /// Output folder relative to the output root, Unicode: `nl/news/x`.
    pub out_dir: PathBuf,
    pub fm: FrontMatter,
    /// Raw Markdown body (LF line endings). Empty in pages loaded through
    /// `store` (builds): only the i18n commands read it, and they load
    /// without the store; a build reads `body_hash`.
    #[serde(skip)]
    pub body: String,
    /// `source_hash(title, body)` of a page in the default language: what
    /// its translations record (`None` for other languages).
    pub body_hash: Option<String>,
    pub body_line: usize,
    /// Rendered HTML: in memory, or in the build's spill file (see `body`).
    pub html: body::Html,
    /// `summary` or else the first paragraph as plain text.
    pub summary: String,
    pub toc: Vec<Heading>,
    /// Links and images of the body, for `agora check` (empty in builds).
    pub links: Vec<LinkRef>,
    pub word_count: usize,
    /// Co-located files next to `index.md` (absolute paths).
    pub assets: Vec<PathBuf>,
    /// Hash of the file's path and text: everything the page is made of
    /// besides the configuration (see `output::deps`).
    pub digest: u128,
}

/// Length of a source hash in hex digits.
pub const SOURCE_HASH_LEN: usize = 12;

/// The `source_hash` a translation records of its default-language source:
/// the first 12 hex digits of SHA-256 over `title + "\n" + body`, the body
/// with CRLF turned into LF and trimmed (so line-ending and
/// trailing-blank-line changes do not make translations stale).
pub fn source_hash(title: &str, body: &str) -> String {
    use sha2::Digest as _;
    let body = body.replace("\r\n", "\n");
    let mut h = sha2::Sha256::new();
    h.update(title.as_bytes());
    h.update(b"\n");
    h.update(body.trim().as_bytes());
    let digest = h.finalize();
    let mut hex = String::with_capacity(64);
    for b in digest.iter() {
        hex.push_str(&format!("{b:02x}"));
    }
    hex.truncate(SOURCE_HASH_LEN);
    hex
}

/// All pages of the site, valid ones only, in a stable order; plus problems.
pub fn load(config: &Config) -> (Vec<Page>, Diagnostics) {
    load_with(config, None, None)
}

/// [`load`], taking the pages whose files did not change from `store`, and
/// moving each page's HTML into `spill` as soon as it is loaded (a build:
/// which has no use for the pages' links either, only `agora check` does).
/// Memory then holds no page bodies, whatever the site's size.
pub fn load_with(
    config: &Config,
    store: Option<&store::PageStore>,
    spill: Option<&std::sync::Arc<body::Spill>>,
) -> (Vec<Page>, Diagnostics) {
    let (files, mut diags) = markdown_files(config);
    let results: Vec<(Option<Page>, Diagnostics)> = files
        .par_iter()
        .map(|(lang, path)| {
            let (mut page, d) = load_page(config, lang, path, store);
            if let (Some(p), Some(spill)) = (&mut page, spill) {
                p.html.spill_to(spill);
                p.links = Vec::new();
            }
            (page, d)
        })
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    for (p, d) in results {
        pages.extend(p);
        diags.extend(d);
    }
    (pages, diags)
}

/// Pages loaded by an earlier [`load_cached`], by source file: `agora
/// serve` keeps one, so a save re-reads and re-renders one file, not all.
#[derive(Default)]
pub struct PageCache {
    files: std::collections::HashMap<PathBuf, Cached>,
    /// The files in [`load`]'s order.
    order: Vec<PathBuf>,
    /// site.yaml's bytes when the pages were loaded: pages depend on it.
    config: Vec<u8>,
}

struct Cached {
    stamp: Stamp,
    page: Option<std::sync::Arc<Page>>,
    diags: Diagnostics,
}

/// What says a file changed without reading it.
#[derive(PartialEq)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let m = std::fs::metadata(path).ok()?;
        Some(Stamp { len: m.len(), modified: m.modified().ok() })
    }
}

impl PageCache {
    /// Bring the cache up to date: read again only the files that are new
    /// or changed since it last saw them (length and modification time).
    /// The problems with the content folders themselves are returned.
    pub fn refresh(&mut self, config: &Config) -> Diagnostics {
        let config_bytes = std::fs::read(config.root.join(crate::config::CONFIG_FILE)).unwrap_or_default();
        if self.config != config_bytes {
            self.files.clear();
            self.config = config_bytes;
        }
        let (files, diags) = markdown_files(config);
        let stale: Vec<(usize, Option<Stamp>)> = files
            .iter()
            .enumerate()
            .filter_map(|(i, (_, path))| {
                let stamp = Stamp::of(path);
                let fresh = stamp.is_some() && self.files.get(path).is_some_and(|c| Some(&c.stamp) == stamp.as_ref());
                (!fresh).then_some((i, stamp))
            })
            .collect();
        type Loaded = (usize, Option<Stamp>, (Option<Page>, Diagnostics));
        let loaded: Vec<Loaded> = stale
            .into_par_iter()
            .map(|(i, stamp)| {
                let (lang, path) = &files[i];
                (i, stamp, load_page(config, lang, path, None))
            })
            .collect();
        for (i, stamp, (page, d)) in loaded {
            let path = files[i].1.clone();
            // A file that vanished while being read is read again next time.
            let stamp = stamp.unwrap_or(Stamp { len: u64::MAX, modified: None });
            self.files.insert(path, Cached { stamp, page: page.map(std::sync::Arc::new), diags: d });
        }
        let present: std::collections::HashSet<&PathBuf> = files.iter().map(|(_, p)| p).collect();
        self.files.retain(|p, _| present.contains(p));
        self.order = files.into_iter().map(|(_, p)| p).collect();
        diags
    }

    /// As [`PageCache::refresh`] for a few files known to have changed,
    /// without walking the content folder: `None` unless every one of them
    /// that exists is a Markdown file the cache already holds (new, removed
    /// and other files need [`PageCache::refresh`]); files that are gone
    /// and were never pages (editors' temporary files) are ignored. The
    /// files read again.
    pub fn refresh_files(&mut self, config: &Config, changed: &[PathBuf]) -> Option<Vec<PathBuf>> {
        let config_bytes = std::fs::read(config.root.join(crate::config::CONFIG_FILE)).ok()?;
        if self.config != config_bytes {
            return None;
        }
        let content = config.root.join(CONTENT_DIR);
        let mut reloaded = Vec::new();
        for path in changed {
            let Some(stamp) = Stamp::of(path) else {
                if self.files.contains_key(path) {
                    return None; // removed
                }
                continue; // an editor's temporary file, gone again
            };
            let cached = self.files.get(path)?;
            if cached.stamp == stamp {
                continue;
            }
            let lang = path.strip_prefix(&content).ok()?.components().next()?.as_os_str().to_str()?.to_string();
            let (page, diags) = load_page(config, &lang, path, None);
            self.files.insert(path.clone(), Cached { stamp, page: page.map(std::sync::Arc::new), diags });
            reloaded.push(path.clone());
        }
        Some(reloaded)
    }

    /// The valid page loaded from `path` (absolute), if there is one.
    pub fn page(&self, path: &Path) -> Option<&Page> {
        self.files.get(path)?.page.as_deref()
    }

    /// Every page, as [`load`] returns them, with their problems.
    pub fn pages(&self) -> (Vec<std::sync::Arc<Page>>, Diagnostics) {
        let mut pages = Vec::with_capacity(self.order.len());
        let mut diags = Diagnostics::new();
        for c in self.order.iter().filter_map(|p| self.files.get(p)) {
            pages.extend(c.page.clone());
            diags.extend(c.diags.clone());
        }
        (pages, diags)
    }
}

/// As [`load`], through the cache (see [`PageCache::refresh`]).
pub fn load_cached(config: &Config, cache: &mut PageCache) -> (Vec<std::sync::Arc<Page>>, Diagnostics) {
    let mut diags = cache.refresh(config);
    let (pages, d) = cache.pages();
    diags.extend(d);
    (pages, diags)
}

/// Every Markdown file of the content folder, with its language, in a
/// stable order; plus problems with the folders.
fn markdown_files(config: &Config) -> (Vec<(String, PathBuf)>, Diagnostics) {
    let root = &config.root;
    let content = root.join(CONTENT_DIR);
    let mut diags = Diagnostics::new();
    let mut files: Vec<(String, PathBuf)> = Vec::new();

    let entries = match std::fs::read_dir(&content) {
        Ok(e) => e,
        Err(e) => {
            diags.push(Diagnostic::error(
                "content",
                rel(root, &content),
                0,
                0,
                format!("cannot read the content folder: {e}"),
            ));
            return (Vec::new(), diags);
        }
    };
    let mut lang_dirs: Vec<PathBuf> = Vec::new();
    for e in entries.filter_map(|e| e.ok()) {
        match e.file_type() {
            Ok(t) if t.is_dir() => lang_dirs.push(e.path()),
            Ok(t) if t.is_symlink() => diags.push(symlink_skipped(&rel(root, &e.path()))),
            _ => {}
        }
    }
    lang_dirs.sort();
    for dir in lang_dirs {
        let lang = dir.file_name().unwrap().to_string_lossy().to_string();
        if config.language(&lang).is_none() {
            let declared: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            diags.push(Diagnostic::error(
                "undeclared-language",
                rel(root, &dir),
                0,
                0,
                format!(
                    "content folder for language `{lang}`, which site.yaml does not declare (declared: {})",
                    declared.join(", ")
                ),
            ));
            continue;
        }
        for e in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().filter_entry(|e| !is_hidden(e)) {
            match e {
                Ok(e) if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md") => {
                    files.push((lang.clone(), e.into_path()))
                }
                Ok(e) if e.path_is_symlink() => diags.push(symlink_skipped(&rel(root, e.path()))),
                Ok(_) => {}
                Err(err) => diags.push(Diagnostic::error("content", rel(root, &dir), 0, 0, err.to_string())),
            }
        }
    }

    (files, diags)
}

/// Hidden files and folders (`.#x.md` editor locks, `.git`, `.DS_Store`)
/// are no content and no assets: editors leave them beside the Markdown.
fn is_hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.')
}

/// Symbolic links in the site's folders are not followed: one could pull in
/// any file of the machine, or loop. Said, not silently skipped.
pub fn symlink_skipped(shown: &Path) -> Diagnostic {
    Diagnostic::warning(
        "symlink",
        shown,
        0,
        0,
        "skipped: a symbolic link (agora reads only regular files and folders of the site; copy the file in instead)",
    )
}

/// Control characters (NUL, BEL, ESC …) have no place in a page: they would
/// reach the HTML, feeds and terminals as they are. One error per line.
fn control_characters(text: &str, shown: &Path) -> Diagnostics {
    let mut ds = Diagnostics::new();
    for (i, line) in text.lines().enumerate() {
        if let Some((col, c)) = line.chars().enumerate().find(|&(_, c)| c.is_control() && c != '\t') {
            ds.push(Diagnostic::error(
                "encoding",
                shown,
                i + 1,
                col + 1,
                format!("control character U+{:04X} (remove it; it is invisible in most editors)", c as u32),
            ));
        }
    }
    ds
}

pub fn rel(root: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf())
}

/// Read a text file: UTF-8 required, BOM dropped, CRLF → LF.
pub fn read_text(path: &Path, shown: &Path) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error("io", shown, 0, 0, format!("cannot read: {e}")))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..good]).to_string();
            let (line, col) = line_col(&valid, valid.len());
            return Err(Diagnostic::error(
                "encoding",
                shown,
                line,
                col,
                "the file is not valid UTF-8 (save it as UTF-8)",
            ));
        }
    };
    Ok(normalized(text))
}

/// A file's text as pages are made of it: no byte-order mark, LF line ends.
fn normalized(text: String) -> String {
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

fn load_page(
    config: &Config,
    lang: &str,
    path: &Path,
    store: Option<&store::PageStore>,
) -> (Option<Page>, Diagnostics) {
    if let Some(store) = store {
        return store.page(config, path, || load_page(config, lang, path, None));
    }
    let mut warnings = Diagnostics::new();
    match load_page_checked(config, lang, path, &mut warnings) {
        Ok(p) => (Some(p), warnings),
        Err(mut d) => {
            d.extend(warnings);
            (None, d)
        }
    }
}

fn load_page_checked(
    config: &Config,
    lang: &str,
    path: &Path,
    warnings: &mut Diagnostics,
) -> Result<Page, Diagnostics> {
    let root = &config.root;
    let shown = rel(root, path);
    let one = |d: Diagnostic| {
        let mut ds = Diagnostics::new();
        ds.push(d);
        ds
    };
    let text = read_text(path, &shown).map_err(one)?;
    let digest = crate::hash::InputHash::new().str(&shown.to_string_lossy()).str(&text).finish();
    let controls = control_characters(&text, &shown);
    if controls.has_errors() {
        return Err(controls);
    }
    let lang_dir = root.join(CONTENT_DIR).join(lang);
    let relp = path.strip_prefix(&lang_dir).unwrap_or(path);
    let mut comps: Vec<String> = relp.components().map(|c| c.as_os_str().to_string_lossy().to_string()).collect();
    if comps.len() >= 2 {
        // the section folder is a URL segment, and URLs are lower-case
        comps[0] = comps[0].to_lowercase();
    }
    let file_name = comps.last().cloned().unwrap_or_default();
    let is_bundle = file_name == "index.md" && comps.len() >= 2;
    let (kind, section, default_slug, key) = match comps.len() {
        1 if file_name == "_index.md" => (PageKind::Home, None, String::new(), "_index".to_string()),
        1 => {
            let stem = file_name.trim_end_matches(".md").to_string();
            (PageKind::Page, None, stem.clone(), stem)
        }
        2 if file_name == "_index.md" => {
            (PageKind::Section, Some(comps[0].clone()), String::new(), format!("{}/_index", comps[0]))
        }
        2 if is_bundle => (PageKind::Page, None, comps[0].clone(), comps[0].clone()),
        _ => {
            let section = comps[0].clone();
            if file_name == "_index.md" {
                return Err(one(Diagnostic::error(
                    "layout",
                    &shown,
                    0,
                    0,
                    "nested sections are not supported: `_index.md` belongs in content/<lang>/ or content/<lang>/<section>/",
                )));
            }
            let stem =
                if is_bundle { comps[comps.len() - 2].clone() } else { file_name.trim_end_matches(".md").to_string() };
            let mut key_parts: Vec<&str> = comps.iter().map(String::as_str).collect();
            if is_bundle {
                key_parts.pop();
            }
            let key = key_parts.join("/");
            let key = key.strip_suffix(".md").unwrap_or(&key).to_string();
            (PageKind::Entry, Some(section), stem, key)
        }
    };

    let split = frontmatter::split(&text)
        .map_err(|(line, msg)| one(Diagnostic::error("front-matter", &shown, line, 1, msg)))?;
    let required = match (kind, &section) {
        (PageKind::Entry, Some(s)) => config.section(s).required,
        _ => Vec::new(),
    };
    let fm = frontmatter::parse(&shown, split.yaml, &required)?;

    let mut diags = Diagnostics::new();
    let slug = match (&fm.slug, kind) {
        (Some(s), PageKind::Entry | PageKind::Page) => {
            let n = urls::normalize_slug(s);
            if let Some(problem) = urls::check_slug(s.trim()).or_else(|| urls::check_slug(&n)) {
                let line = fm.key_lines.iter().find(|(k, _)| k == "slug").map(|x| x.1).unwrap_or(1);
                diags.push(Diagnostic::error("slug", &shown, line, 1, format!("invalid slug `{s}`: {problem}")));
            }
            n
        }
        _ => urls::normalize_slug(&default_slug),
    };
    // (a `slug` from the front matter was checked above, with its line)
    if matches!(kind, PageKind::Entry | PageKind::Page) && fm.slug.is_none() {
        if let Some(problem) = urls::check_slug(&slug) {
            diags.push(Diagnostic::error(
                "slug",
                &shown,
                1,
                1,
                format!("cannot make a URL from `{default_slug}`: {problem}"),
            ));
        }
    }
    for (key, values) in [("tags", &fm.tags), ("levels", &fm.levels)] {
        for v in values {
            if let Some(problem) = urls::check_segment_length(&urls::normalize_slug(v)) {
                let line = fm.key_lines.iter().find(|(k, _)| k == key).map(|x| x.1).unwrap_or(1);
                let shown_v: String = v.chars().take(40).collect();
                diags.push(Diagnostic::error(
                    "slug",
                    &shown,
                    line,
                    1,
                    format!("`{shown_v}…` in `{key}` cannot be a URL: {problem}"),
                ));
            }
        }
    }
    if let Some(s) = &section {
        if urls::check_slug(s).is_some() || s.starts_with('_') {
            diags.push(Diagnostic::error("layout", &shown, 0, 0, format!("`{s}` cannot be a section folder name")));
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }

    let mut out_segs: Vec<String> = vec![lang.to_string()];
    if let Some(s) = &section {
        out_segs.push(s.to_lowercase());
    }
    if matches!(kind, PageKind::Entry | PageKind::Page) {
        out_segs.push(slug.clone());
    }
    let out_dir: PathBuf = out_segs.iter().collect();
    let url = format!("/{}/", out_segs.iter().map(|s| urls::encode_segment(s)).collect::<Vec<_>>().join("/"));

    let body = split.body.to_string();
    let body_hash = (lang == config.default_language).then(|| source_hash(&fm.title, &body));
    let opts = MarkdownOptions { trusted_html: config.trusted_html, base_url_path: &url, body_line: split.body_line };
    let rendered = markdown::render(&body, &opts);
    if !rendered.errors.is_empty() {
        return Err(Diagnostics(
            rendered.errors.into_iter().map(|(l, c, m)| Diagnostic::error("markdown", &shown, l, c, m)).collect(),
        ));
    }
    let summary = fm.summary.clone().unwrap_or_else(|| rendered.first_paragraph.clone());

    let mut assets = Vec::new();
    if is_bundle {
        if let Some(dir) = path.parent() {
            for e in
                walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name().into_iter().filter_entry(|e| !is_hidden(e))
            {
                let Ok(e) = e else { continue };
                if e.path_is_symlink() {
                    warnings.push(symlink_skipped(&rel(root, e.path())));
                } else if e.file_type().is_file() && e.path().extension().is_none_or(|x| x != "md") {
                    assets.push(e.into_path());
                }
            }
        }
    }

    Ok(Page {
        lang: lang.to_string(),
        kind,
        section,
        file: shown,
        translation_key: fm.translation_key.clone().unwrap_or(key),
        slug,
        url,
        out_dir,
        body,
        body_line: split.body_line,
        html: rendered.html.into(),
        summary,
        toc: rendered.toc,
        links: rendered.links,
        word_count: rendered.word_count,
        assets,
        digest,
        body_hash,
        fm,
    })
}
