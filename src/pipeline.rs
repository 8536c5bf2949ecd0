//! The build, start to end: config → content → site model → render → output.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::content;
use crate::diag::{Diagnostic, Diagnostics};
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
    /// Render everything: ignore the manifest of the previous build.
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

pub fn load(args: &BuildArgs) -> Result<Loaded, Diagnostics> {
    let mut config = Config::load(&args.root)?;
    if let Some(b) = &args.base_url {
        config.base_url = b.trim_end_matches('/').to_string();
    }
    let options = BuildOptions { drafts: args.drafts, future: args.future, ..Default::default() };
    // Templates/Fluent and content are independent: load them side by side.
    let ((pages, mut diags), rendered) = rayon::join(
        || timed("content", || content::load(&config)),
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
    Ok(Loaded { site, routes, fingerprint, renderer, theme, warnings: diags })
}

/// Render and write everything into `out` (a staging folder or a dry run).
pub fn write_site(l: &Loaded, out: &OutDir) {
    let (site, r, routes) = (&l.site, &l.renderer, &l.routes);
    rayon::scope(|s| {
        s.spawn(|_| timed("html", || output::html::write_all(site, r, routes, l.fingerprint, out)));
        s.spawn(|_| timed("feeds", || output::feeds::write_all(site, r, routes, out)));
        s.spawn(|_| timed("sitemap", || output::sitemap::write_all(site, routes, out)));
        s.spawn(|_| timed("api", || output::api::write_all(site, routes, out)));
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
    let start = Instant::now();
    let loaded = load(args)?;
    let target = args.out_dir();
    let staging = Staging::new(&target, &args.root)
        .map_err(|e| one(Diagnostic::error("output", &target, 0, 0, e.to_string())))?;
    // The staging folder's manifest describes its files; it goes before any
    // of them changes, so a killed build leaves none to trust.
    let previous = if args.clean { None } else { Manifest::read(&staging.tmp) };
    Manifest::remove(&staging.tmp).map_err(|e| {
        one(Diagnostic::error("output", &staging.tmp, 0, 0, format!("cannot remove the manifest: {e}")))
    })?;
    let out = OutDir::new(staging.tmp.clone(), false).with_previous(previous);
    write_site(&loaded, &out);
    let mut errors = out.take_errors();
    if !errors.has_errors() {
        timed("prune", || out.prune());
    }
    // Skipping a route skips its warnings too: only a build without any may
    // vouch for its files.
    if errors.is_empty() {
        if let Err(e) = out.manifest().write(&staging.tmp) {
            errors.push(Diagnostic::warning("output", &staging.tmp, 0, 0, format!("cannot write the manifest: {e}")));
        }
    }
    if errors.has_errors() {
        staging.abort();
        errors.sort();
        return Err(errors);
    }
    let (files, bytes) = out.stats();
    let mut warnings = loaded.warnings;
    warnings.extend(errors);
    timed("swap", || staging.commit()).map_err(|e| {
        one(Diagnostic::error("output", &target, 0, 0, format!("cannot replace the output folder: {e}")))
    })?;
    let site = &loaded.site;
    let pages_per_lang = site
        .config
        .languages
        .iter()
        .map(|l| (l.code.clone(), site.pages.iter().filter(|p| p.lang == l.code).count()))
        .collect();
    Ok(BuildReport {
        pages: site.pages.len(),
        pages_per_lang,
        files,
        bytes,
        kept: out.kept(),
        elapsed: start.elapsed(),
        warnings,
    })
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::new();
    ds.push(d);
    ds
}
