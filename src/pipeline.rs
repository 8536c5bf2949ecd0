//! The build, start to end: config → content → site model → render → output.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::content;
use crate::diag::{Diagnostic, Diagnostics};
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
    let theme_files = ThemeFiles {
        search_page: site.config.search.enabled && renderer.has_template("search.html"),
        static_files: theme.static_files().map(|(rel, _)| rel).collect(),
    };
    let (routes, rdiags) = Routes::plan(&site, &theme_files);
    drop(theme_files);
    diags.extend(rdiags);
    diags.sort();
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(Loaded { site, routes, renderer, theme, warnings: diags })
}

/// Render and write everything into `out` (a staging folder or a dry run).
pub fn write_site(l: &Loaded, out: &OutDir) {
    let (site, r, routes) = (&l.site, &l.renderer, &l.routes);
    rayon::scope(|s| {
        s.spawn(|_| timed("html", || output::html::write_all(site, r, routes, out)));
        s.spawn(|_| timed("feeds", || output::feeds::write_all(site, r, routes, out)));
        s.spawn(|_| timed("sitemap", || output::sitemap::write_all(site, routes, out)));
        s.spawn(|_| timed("api", || output::api::write_all(site, routes, out)));
        s.spawn(|_| timed("static", || copy_static(l, out)));
        s.spawn(|_| timed("search index", || output::search::write_all(site, routes, out)));
    });
    for d in r.translator.take_format_problems().0 {
        out.error(d);
    }
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
    let out = OutDir::new(staging.tmp.clone(), false);
    write_site(&loaded, &out);
    let mut errors = out.take_errors();
    if !errors.has_errors() {
        timed("prune", || out.prune());
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
    Ok(BuildReport { pages: site.pages.len(), pages_per_lang, files, bytes, elapsed: start.elapsed(), warnings })
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::new();
    ds.push(d);
    ds
}
