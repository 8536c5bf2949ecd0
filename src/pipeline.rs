//! The build, start to end: config → content → site model → render → output.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::content;
use crate::diag::{Diagnostic, Diagnostics};
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
    let search_page = site.config.search.enabled && renderer.has_template("search.html");
    diags.extend(crate::check::alias_collisions(&site, &theme, search_page));
    diags.sort();
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(Loaded { site, renderer, theme, warnings: diags })
}

/// Render and write everything into `out` (a staging folder or a dry run).
pub fn write_site(l: &Loaded, out: &OutDir) {
    let (site, r) = (&l.site, &l.renderer);
    rayon::scope(|s| {
        s.spawn(|_| timed("html", || output::html::write_all(site, r, out)));
        s.spawn(|_| timed("feeds", || output::feeds::write_all(site, r, out)));
        s.spawn(|_| timed("sitemap", || output::sitemap::write_all(site, out)));
        s.spawn(|_| timed("api", || output::api::write_all(site, out)));
        s.spawn(|_| timed("static", || copy_static(l, out)));
        s.spawn(|_| timed("search index", || output::search::write_all(site, out)));
    });
    for d in r.translator.take_format_problems().0 {
        out.error(d);
    }
}

fn copy_static(l: &Loaded, out: &OutDir) {
    for (rel, bytes) in l.theme.static_files() {
        out.write(Path::new("theme").join(rel), bytes);
    }
    let dir = l.site.config.root.join("static");
    if dir.is_dir() {
        for e in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
            if e.path_is_symlink() {
                out.error(content::symlink_skipped(&content::rel(&l.site.config.root, e.path())));
            } else if e.file_type().is_file() {
                if let Ok(rel) = e.path().strip_prefix(&dir) {
                    out.copy(e.path(), rel);
                }
            }
        }
    }
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

/// `agora check`: everything a build does (templates rendered too), nothing written.
pub fn check(args: &BuildArgs) -> Diagnostics {
    let loaded = match load(args) {
        Ok(l) => l,
        Err(mut d) => {
            d.extend(crate::check::check_unloaded(args));
            d.sort();
            return d;
        }
    };
    let out = OutDir::new(args.out_dir(), true);
    write_site(&loaded, &out);
    let mut d = crate::check::check_loaded(&loaded);
    d.extend(loaded.warnings);
    d.extend(out.take_errors());
    d.sort();
    d
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::new();
    ds.push(d);
    ds
}
