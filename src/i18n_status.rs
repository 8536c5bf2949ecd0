//! `agora i18n`: what translators need to do, per language — UI strings
//! (missing, obsolete, syntax errors) and content (missing, shown through
//! fallback, stale). Logic lives in `translation_report`; this gathers input.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::{self, PageKind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::render::i18n::LangSpec;
use crate::render::{Renderer, Theme};
use crate::site::BuildOptions;
use crate::translation_report::{self as report, ContentEntry, Report};

pub struct Status {
    pub report: Report,
    /// Fluent syntax errors, keys the templates use that the default language lacks, bad content.
    pub problems: Diagnostics,
}

/// Keys the templates ask for literally: `t(key="…")`.
pub fn template_keys(theme: &Theme, root: &Path) -> BTreeSet<String> {
    let mut texts: Vec<String> = theme
        .files
        .iter()
        .filter(|(p, _)| p.starts_with("templates/"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    for e in walkdir::WalkDir::new(root.join("templates")).into_iter().flatten() {
        if e.file_type().is_file() {
            texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    let mut keys = BTreeSet::new();
    for t in &texts {
        let mut rest = t.as_str();
        while let Some(i) = rest.find("t(key=") {
            rest = &rest[i + 6..];
            let q = rest.chars().next();
            if let Some(q @ ('"' | '\'')) = q {
                if let Some(end) = rest[1..].find(q) {
                    keys.insert(rest[1..1 + end].to_string());
                }
            }
        }
    }
    keys
}

pub fn status(root: &Path, only_lang: Option<&str>) -> Result<Status, Diagnostics> {
    let config = Config::load(root)?;
    let mut problems = Diagnostics::new();
    let theme = Theme::load(&config).map_err(|d| Diagnostics(vec![d]))?;
    let renderer = Renderer::new(&config, &theme)?;
    let tr = &renderer.translator;
    for key in template_keys(&theme, root) {
        if !tr.has(&config.default_language, &key) {
            problems.push(Diagnostic::error(
                "fluent-missing",
                theme.origin.join("templates"),
                0,
                0,
                format!(
                    "the templates use `{key}`, which the default language `{}` does not define",
                    config.default_language
                ),
            ));
        }
    }
    let (pages, diags) = content::load(&config);
    problems.extend(diags);
    let options = BuildOptions::default();
    let entries: Vec<ContentEntry> = pages
        .iter()
        .filter(|p| matches!(p.kind, PageKind::Entry | PageKind::Page))
        .map(|p| ContentEntry {
            lang: p.lang.clone(),
            translation_key: p.translation_key.clone(),
            file: p.file.clone(),
            title: p.fm.title.clone(),
            body: p.body.clone(),
            source_hash: p.fm.source_hash.clone(),
            published: options.publishes(p),
        })
        .collect();
    let specs: Vec<LangSpec> =
        config.languages.iter().map(|l| LangSpec { code: l.code.clone(), fallback: l.fallback.clone() }).collect();
    let report = report::build_report(tr, &specs, &config.default_language, &entries, only_lang);
    problems.sort();
    Ok(Status { report, problems })
}

/// Record that the translation `file` is up to date with its default-language source.
pub fn mark_current(root: &Path, file: &Path) -> Result<String, String> {
    let config = Config::load(root).map_err(|d| d.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("\n"))?;
    let abs = if file.is_absolute() { file.to_path_buf() } else { root.join(file) };
    let abs = if abs.exists() { abs } else { PathBuf::from(file) };
    let (pages, _) = content::load(&config);
    let canon = std::fs::canonicalize(&abs).map_err(|e| format!("{}: {e}", file.display()))?;
    let page = pages
        .iter()
        .find(|p| std::fs::canonicalize(root.join(&p.file)).ok().as_deref() == Some(canon.as_path()))
        .ok_or_else(|| {
            format!("{}: not a content file of this site (or it has errors: run `agora check`)", file.display())
        })?;
    if page.lang == config.default_language {
        return Err(format!("{}: is in the default language; mark its translations instead", file.display()));
    }
    let source = pages
        .iter()
        .find(|p| p.lang == config.default_language && p.translation_key == page.translation_key)
        .ok_or_else(|| {
            format!(
                "{}: no `{}` source with translation_key `{}`",
                file.display(),
                config.default_language,
                page.translation_key
            )
        })?;
    let hash = report::source_hash(&source.fm.title, &source.body);
    report::mark_current(&canon, &hash).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(hash)
}
