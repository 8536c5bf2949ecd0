//! `agora i18n`: the translation status of each language (UI strings and
//! content), `--mark-current`, `--diff`, and `export` / `import` (XLIFF 1.2).
//! The work is done in the i18n modules; this prints it.

use std::path::{Path, PathBuf};

use super::Format;
use crate::i18n::report::{self, FailOn};
use crate::i18n::{diff, status, xliff};

/// `agora i18n` without a subcommand.
pub struct ReportArgs {
    /// Site folder (holding site.yaml).
    pub root: PathBuf,
    /// Only this language.
    pub lang: Option<String>,
    pub format: Format,
    /// Translation files to mark as reviewed (`--mark-current`).
    pub mark_current: Vec<PathBuf>,
    /// Exit 1 when the report finds any of these.
    pub fail_on: Vec<FailOn>,
    /// What changed in the sources of stale translations (`--diff`), for
    /// these files (all when empty).
    pub diff: bool,
    pub files: Vec<PathBuf>,
}

pub fn run(args: &ReportArgs) -> i32 {
    let ReportArgs { root, lang, format, mark_current: mark, fail_on, diff: show_diff, files } = args;
    let (root, format) = (root.as_path(), *format);
    if !mark.is_empty() {
        let mut code = 0;
        for f in mark {
            match status::mark_current(root, f) {
                Ok(h) => outln!("{}: source_hash {h}", f.display()),
                Err(e) => {
                    eprintln!("error: {e}");
                    code = 1;
                }
            }
        }
        return code;
    }
    let lang = lang.as_deref();
    if let Some(l) = lang {
        match crate::config::Config::load(root) {
            Ok(c) if c.language(l).is_none() => {
                eprintln!("error: language `{l}` is not declared in site.yaml");
                return 2;
            }
            _ => {}
        }
    }
    if *show_diff {
        return match diff::diffs(root, lang, files) {
            Ok(d) => {
                match format {
                    Format::Json => {
                        outln!("{}", serde_json::to_string_pretty(&serde_json::json!({ "diffs": d })).unwrap())
                    }
                    Format::Text => {
                        use std::io::IsTerminal as _;
                        let color = std::io::stdout().is_terminal()
                            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                            && std::env::var("TERM").ok().as_deref() != Some("dumb");
                        out!("{}", diff::render_text(&d, color));
                    }
                }
                0
            }
            Err(d) => {
                d.eprint();
                1
            }
        };
    }
    match status::status(root, lang) {
        Ok(s) => {
            let failures = report::failures(&s.report, fail_on);
            match format {
                Format::Json => {
                    let mut v = serde_json::json!({ "report": s.report, "errors": s.problems.error_count(), "problems": s.problems });
                    if !fail_on.is_empty() {
                        v["fail_on"] = serde_json::json!(failures);
                    }
                    outln!("{}", serde_json::to_string_pretty(&v).unwrap());
                }
                Format::Text => {
                    out!("{}", report::render_text(&s.report));
                    for d in s.problems.iter() {
                        outln!("{d}");
                    }
                    out!("{}", report::render_failures(&failures));
                }
            }
            i32::from(s.problems.has_errors() || !failures.is_empty())
        }
        Err(d) => {
            if format == Format::Json {
                let v = serde_json::json!({ "report": null, "errors": d.error_count(), "problems": d });
                outln!("{}", serde_json::to_string_pretty(&v).unwrap());
            } else {
                d.eprint();
            }
            1
        }
    }
}

/// `agora i18n export`: the missing and stale content of `lang` as XLIFF
/// 1.2, to `out` or stdout.
pub fn export(root: &Path, lang: &str, out: Option<&Path>) -> i32 {
    match xliff::export(root, lang) {
        Ok(x) => {
            x.warnings.eprint();
            if x.documents == 0 {
                eprintln!("nothing to translate into {lang}: no missing or stale content");
                return 0;
            }
            match out {
                Some(p) => {
                    if let Err(e) = std::fs::write(p, &x.xml) {
                        eprintln!("error: {}: {e}", p.display());
                        return 1;
                    }
                }
                None => out!("{}", x.xml),
            }
            eprintln!(
                "exported {} document(s) ({} missing, {} stale), {} unit(s), for {lang}{}",
                x.documents,
                x.missing,
                x.stale,
                x.units,
                out.map(|p| format!(" to {}", p.display())).unwrap_or_default()
            );
            0
        }
        Err(xliff::ExportError::Usage(m)) => {
            eprintln!("error: {m}");
            2
        }
        Err(xliff::ExportError::Invalid(d)) => {
            d.eprint();
            1
        }
    }
}

/// `agora i18n import`: write the translations of an XLIFF file back as
/// Markdown (all or nothing).
pub fn import(root: &Path, file: &Path, force: bool) -> i32 {
    match xliff::import(root, file, force) {
        Ok(r) => {
            for (p, created) in &r.written {
                outln!("{} {}", if *created { "created" } else { "updated" }, p.display());
            }
            for p in &r.copied {
                eprintln!("copied {}", p.display());
            }
            r.warnings.eprint();
            r.errors.eprint();
            i32::from(r.errors.has_errors())
        }
        Err(d) => {
            d.eprint();
            eprintln!("Import failed: {} error(s); nothing was written.", d.error_count());
            1
        }
    }
}
