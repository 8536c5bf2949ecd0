//! The build, start to end: config → content → site model → render → output.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::content::{self, Page};
use crate::diag::{Diagnostic, Diagnostics};
use crate::output::deps::Deps;
use crate::output::manifest::{InputHash, Manifest};
use crate::output::routes::{Route, Routes, ThemeFiles};
use crate::output::{self, OutDir, Staging};
use crate::render::{Renderer, Theme};
use crate::site::{BuildOptions, Site};

#[derive(Debug, Clone, Default)]
pub struct BuildArgs {
    pub root: PathBuf,
    /// Default: `<root>/public`.
    pub out: Option<PathBuf>,
    pub drafts: bool,
    pub future: bool,
    pub base_url: Option<String>,
    /// Render everything: ignore the manifest of the previous build and the
    /// page store (`content::store`).
    pub clean: bool,
}

impl BuildArgs {
    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.root.join("public"))
    }
}

/// Everything the render stage needs, loaded and checked.
pub struct Loaded {
    pub site: Site,
    /// Every file the build writes.
    pub routes: Routes,
    /// Hash of what every route's rendering depends on besides its own
    /// context (see [`fingerprint`]).
    pub fingerprint: u128,
    pub renderer: Renderer,
    pub theme: Theme,
    /// Warnings found on the way (errors make `load` fail).
    pub warnings: Diagnostics,
    /// The pages `agora build` keeps beside the output, to be saved under
    /// the output lock, with every page loaded (drafts and term pages too).
    store: Option<(content::store::PageStore, Vec<std::sync::Arc<Page>>)>,
}

#[derive(Debug, Clone)]
pub struct BuildReport {
    pub pages: usize,
    /// Published pages per language, in site order.
    pub pages_per_lang: Vec<(String, usize)>,
    pub files: usize,
    pub bytes: u64,
    /// Routes kept from the previous build (inputs unchanged).
    pub kept: usize,
    pub elapsed: Duration,
    pub warnings: Diagnostics,
}

/// The configuration, with the command line's overrides.
pub fn config(args: &BuildArgs) -> Result<Config, Diagnostics> {
    let mut config = Config::load(&args.root)?;
    if let Some(b) = &args.base_url {
        config.base_url = b.trim_end_matches('/').to_string();
    }
    Ok(config)
}

pub fn load(args: &BuildArgs) -> Result<Loaded, Diagnostics> {
    load_with(args, None)
}

/// [`load`], reading content through `cache` when there is one.
fn load_with(args: &BuildArgs, cache: Option<&mut content::PageCache>) -> Result<Loaded, Diagnostics> {
    let config = config(args)?;
    let options = BuildOptions { drafts: args.drafts, future: args.future, ..Default::default() };
    // serve keeps its pages in memory; a build keeps them on disk
    // (`--clean` loads everything again and starts the store afresh)
    let store = cache.is_none().then(|| {
        let path = output::cache_file(&args.out_dir());
        let site_yaml = std::fs::read(config.root.join(crate::config::CONFIG_FILE)).unwrap_or_default();
        let config_key = InputHash::new().bytes(&site_yaml).finish();
        if args.clean {
            content::store::PageStore::empty(path, config_key)
        } else {
            content::store::PageStore::open(path, config_key)
        }
    });
    // Templates/Fluent and content are independent: load them side by side.
    let ((pages, mut diags), rendered) = rayon::join(
        || {
            timed("content", || match cache {
                Some(c) => content::load_cached(&config, c),
                None => {
                    // pages' HTML waits on disk for the writers (`content::body`)
                    let spill = output::cache_file(&args.out_dir())
                        .parent()
                        .and_then(|dir| content::body::Spill::new_in(dir).ok());
                    let (pages, diags) = content::load_with(&config, store.as_ref(), spill.as_ref());
                    (pages.into_iter().map(std::sync::Arc::new).collect(), diags)
                }
            })
        },
        || -> Result<(Theme, Renderer), Diagnostics> {
            let theme = Theme::load(&config).map_err(|d| {
                let mut ds = Diagnostics::new();
                ds.push(d);
                ds
            })?;
            let r = Renderer::new(&config, &theme)?;
            Ok((theme, r))
        },
    );
    let store = store.map(|s| (s, pages.clone()));
    let (site, sdiags) = timed("site model", || Site::build(config, pages, options));
    diags.extend(sdiags);
    let (mut theme, mut renderer) = match rendered {
        Ok(x) => x,
        Err(d) => {
            diags.extend(d);
            diags.sort();
            return Err(diags);
        }
    };
    diags.extend(std::mem::take(&mut theme.warnings));
    diags.extend(std::mem::take(&mut renderer.warnings));
    let theme_files = ThemeFiles::new(&site, Some(&theme), renderer.has_template("search.html"));
    let (routes, rdiags) = Routes::plan(&site, &theme_files);
    drop(theme_files);
    diags.extend(rdiags);
    diags.sort();
    if diags.has_errors() {
        return Err(diags);
    }
    let fingerprint = fingerprint(&site, &theme);
    Ok(Loaded { site, routes, fingerprint, renderer, theme, warnings: diags, store })
}

/// Render and write everything into `out` (a staging folder or a dry run).
pub fn write_site(l: &Loaded, out: &OutDir) {
    let (site, r, routes) = (&l.site, &l.renderer, &l.routes);
    let langs = output::html::Langs::new(site, r);
    let deps = Deps::new(site, l.fingerprint, &langs.hashes(site));
    let (langs, deps) = (&langs, &deps);
    rayon::scope(|s| {
        s.spawn(|_| timed("html", || output::html::write_all(site, r, routes, langs, deps, out)));
        s.spawn(|_| timed("feeds", || output::feeds::write_all(site, r, routes, deps, out)));
        s.spawn(|_| timed("sitemap", || output::sitemap::write_all(site, routes, deps, out)));
        s.spawn(|_| timed("api", || output::api::write_all(site, routes, deps, out)));
        s.spawn(|_| timed("static", || copy_static(l, out)));
        s.spawn(|_| timed("search index", || output::search::write_all(site, routes, l.fingerprint, out)));
    });
    for d in r.translator.take_format_problems().0 {
        out.error(d);
    }
}

/// What every route's rendering depends on besides its own context: agora's
/// version, the build options and date (course states), site.yaml and the
/// base URL, the theme's files and the site's templates and Fluent files.
pub fn fingerprint(site: &Site, theme: &Theme) -> u128 {
    let mut h = InputHash::new();
    let cfg = &site.config;
    let o = &site.options;
    h.str(env!("CARGO_PKG_VERSION")).str(&format!("{} {} {}", o.drafts, o.future, o.now.date_naive()));
    h.bytes(&std::fs::read(cfg.root.join(crate::config::CONFIG_FILE)).unwrap_or_default()).str(&cfg.base_url);
    for (path, bytes) in &theme.files {
        h.str(path).bytes(bytes);
    }
    for dir in ["templates", "i18n"] {
        for e in walkdir::WalkDir::new(cfg.root.join(dir)).sort_by_file_name().into_iter().flatten() {
            if e.file_type().is_file() {
                h.str(&e.path().to_string_lossy()).bytes(&std::fs::read(e.path()).unwrap_or_default());
            }
        }
    }
    h.finish()
}

/// The theme's and the site's static files, and the files beside pages.
fn copy_static(l: &Loaded, out: &OutDir) {
    let theme: std::collections::HashMap<&str, &[u8]> = l.theme.static_files().collect();
    for e in &l.routes.entries {
        match &e.route {
            Route::ThemeStatic(rel) => {
                if let Some(bytes) = theme.get(rel.as_str()) {
                    out.write(&e.path, bytes);
                }
            }
            Route::Static(src) => out.copy(src, &e.path),
            _ => {}
        }
    }
    output::html::copy_assets(&l.routes, out);
}

/// One stage of the build, shown and timed by `crate::progress`.
pub fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    crate::progress::stage(what, f)
}

/// `agora build`: a complete site in the output folder, or nothing changed.
pub fn build(args: &BuildArgs) -> Result<BuildReport, Diagnostics> {
    build_with(args, None)
}

/// What `agora serve` keeps from one build to the next.
#[derive(Default)]
pub struct Session {
    /// Every page as last read: a save re-reads one file.
    pub pages: content::PageCache,
    /// The last successful build's site, routes and renderer.
    pub last: Option<Loaded>,
    /// The manifest that build left in the output folder, if it wrote one.
    pub manifest: Option<Manifest>,
    /// A preview took `manifest` off the output folder, to be written back.
    manifest_unwritten: bool,
}

/// [`build`], keeping what the next build can reuse in `session`.
pub fn build_with(args: &BuildArgs, mut session: Option<&mut Session>) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let mut loaded = load_with(args, session.as_mut().map(|s| &mut s.pages))?;
    let target = args.out_dir();
    let staging = Staging::new(&target, &args.root)
        .map_err(|e| one(Diagnostic::error("output", &target, 0, 0, e.to_string())))?;
    if let Some(s) = session.as_mut().filter(|s| s.manifest_unwritten) {
        // Under the lock, into the folder that becomes the next staging one.
        if let Some(m) = &s.manifest {
            let _ = m.write(&target);
        }
        s.manifest_unwritten = false;
    }
    // The staging folder's manifest describes its files; it goes before any
    // of them changes, so a killed build leaves none to trust.
    let previous = if args.clean { None } else { Manifest::read(&staging.tmp) };
    Manifest::remove(&staging.tmp).map_err(|e| {
        one(Diagnostic::error("output", &staging.tmp, 0, 0, format!("cannot remove the manifest: {e}")))
    })?;
    let store = loaded.store.take();
    let newest = if args.clean { None } else { Manifest::read(&staging.target) };
    let out =
        OutDir::new(staging.tmp.clone(), false).with_previous(previous).with_newest(staging.target.clone(), newest);
    // The page store is written beside the output (it only reads the pages),
    // so the cores stay busy instead of waiting on it.
    rayon::join(
        || {
            if let Some((store, pages)) = store {
                // A store that cannot be written costs the next build time, nothing else.
                let _ = timed("page store", || store.save(&pages));
            }
        },
        || write_site(&loaded, &out),
    );
    let mut errors = out.take_errors();
    if !errors.has_errors() {
        timed("prune", || out.prune());
    }
    // Skipping a route skips its warnings too: only a build without any may
    // vouch for its files.
    let mut manifest = None;
    if errors.is_empty() {
        let m = out.manifest();
        match m.write(&staging.tmp) {
            Ok(()) => manifest = Some(m),
            Err(e) => errors.push(Diagnostic::warning(
                "output",
                &staging.tmp,
                0,
                0,
                format!("cannot write the manifest: {e}"),
            )),
        }
    }
    if errors.has_errors() {
        staging.abort();
        errors.sort();
        return Err(errors);
    }
    let (files, bytes) = out.stats();
    let mut warnings = std::mem::take(&mut loaded.warnings);
    warnings.extend(errors);
    timed("swap", || staging.commit()).map_err(|e| {
        one(Diagnostic::error("output", &target, 0, 0, format!("cannot replace the output folder: {e}")))
    })?;
    let site = &loaded.site;
    let pages_per_lang: Vec<(String, usize)> = site
        .config
        .languages
        .iter()
        .map(|l| (l.code.clone(), site.pages.iter().filter(|p| p.lang == l.code).count()))
        .collect();
    let report = BuildReport {
        pages: site.pages.len(),
        pages_per_lang,
        files,
        bytes,
        kept: out.kept(),
        elapsed: start.elapsed(),
        warnings,
    };
    if let Some(s) = session {
        s.last = Some(loaded);
        s.manifest = manifest;
    }
    Ok(report)
}

/// `agora serve`'s fast path after a save. When the only change is one
/// page's Markdown, and its place in the site stays (URL, language, kind,
/// section, translation key, aliases, image, still published), that page
/// alone is rendered into the output folder from the last build's site
/// with the page replaced: the edit shows at once. The incremental build
/// that follows brings what depends on the page (listings, translations'
/// alternates, feeds, sitemap, API, search) up to date, and its output is
/// a full build's. Returns the page's URL when it was written.
/// `changed`: the files the watcher saw change (absolute paths).
pub fn preview(args: &BuildArgs, session: &mut Session, changed: &[PathBuf]) -> Option<String> {
    let config = config(args).ok()?;
    let reloaded = session.pages.refresh_files(&config, changed)?;
    let [path] = reloaded.as_slice() else { return None };
    let mut new = session.pages.page(path)?.clone();
    crate::site::resolve_image(&mut new);
    let last = session.last.as_mut()?;
    let site = &mut last.site;
    let i = site.pages.iter().position(|p| p.file == new.file)?;
    let old = &site.pages[i];
    let same_place = site.options.publishes(&new)
        && old.url == new.url
        && old.lang == new.lang
        && old.kind == new.kind
        && old.section == new.section
        && old.translation_key == new.translation_key
        && old.fm.aliases == new.fm.aliases
        && old.fm.image == new.fm.image;
    if !same_place {
        return None;
    }
    let entry = last.routes.entries.iter().find(|e| matches!(e.route, Route::Page(j) if j == i))?;
    let target = args.out_dir();
    let parent = target.parent()?;
    let name = target.file_name()?.to_string_lossy().to_string();
    // A build running elsewhere owns the folder: leave it to that build.
    let _lock = output::lock(parent, &name).ok()?;
    // The manifest goes first: once the file differs from what it says, it
    // must not vouch for it. It is written again, without the page, by the
    // build that follows (a full build's work if that never comes).
    Manifest::remove(&target).ok()?;
    if let Some(manifest) = session.manifest.as_mut() {
        manifest.routes.remove(&entry.path);
        session.manifest_unwritten = true;
    }
    site.replace_page(i, new);
    let out = OutDir::new(target, false);
    let langs = output::html::Langs::new(site, &last.renderer);
    let deps = Deps::new(site, last.fingerprint, &langs.hashes(site));
    output::html::write_routes(site, &last.renderer, &langs, &deps, &[entry], &out);
    (!out.take_errors().has_errors()).then(|| entry.url.clone())
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::new();
    ds.push(d);
    ds
}
