//! `agora i18n`: what translators need to do, per language — UI strings
//! (missing, obsolete, syntax errors) and content (missing, shown through
//! fallback, stale). Logic lives in `report`; this gathers input.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::report::{self, ContentEntry, Report};
use crate::config::Config;
use crate::content::{self, PageKind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::render::i18n::{collect_ftl_sources, LangSpec, Origin, Translator};
use crate::render::Theme;
use crate::site::BuildOptions;

pub struct Status {
    pub report: Report,
    /// Fluent syntax errors, keys the templates use that the default language lacks, bad content.
    pub problems: Diagnostics,
}

/// A message key a template asks for literally (`t(key="…")`), and where.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct KeyUse {
    pub key: String,
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// The call gives a `default=` (the message is optional: a missing key
    /// shows the default, as the build does).
    pub optional: bool,
}

/// Keys the templates (the theme's, and the site's `templates/` overriding
/// them) ask for as whole literals; computed keys (`"section-" ~ name`) are skipped.
pub fn template_keys(theme: &Theme, root: &Path) -> BTreeSet<KeyUse> {
    let mut texts: Vec<(String, PathBuf, String)> = theme
        .files
        .iter()
        .filter_map(|(p, b)| {
            let name = p.strip_prefix("templates/")?;
            Some((name.to_string(), theme.origin.join(p), String::from_utf8_lossy(b).into_owned()))
        })
        .collect();
    let site = root.join("templates");
    for e in walkdir::WalkDir::new(&site).into_iter().flatten() {
        if e.file_type().is_file() {
            let name = e.path().strip_prefix(&site).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
            texts.retain(|(n, _, _)| n != &name);
            texts.push((name, content::rel(root, e.path()), std::fs::read_to_string(e.path()).unwrap_or_default()));
        }
    }
    let mut keys = BTreeSet::new();
    for (_, file, t) in &texts {
        let mut from = 0;
        while let Some(i) = t[from..].find("t(key=") {
            let start = from + i + 6;
            from = start;
            let rest = &t[start..];
            let Some(q @ ('"' | '\'')) = rest.chars().next() else { continue };
            let Some(end) = rest[1..].find(q) else { continue };
            let after = rest[1 + end + 1..].trim_start();
            if !(after.starts_with(')') || after.starts_with(',')) {
                continue; // a computed key
            }
            let optional = call_has_default(after);
            let (line, column) = crate::diag::line_col(t, start + 1);
            keys.insert(KeyUse { key: rest[1..1 + end].to_string(), file: file.clone(), line, column, optional });
        }
    }
    keys
}

/// Whether the rest of a `t(key="…"` call (`after` starts just after the key
/// literal) passes a `default=` argument before its closing parenthesis.
/// Strings and nested parentheses are skipped; `default ==` is a comparison.
fn call_has_default(after: &str) -> bool {
    let b = after.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut prev_ident_end = true; // at an argument boundary
    while i < b.len() {
        match b[i] {
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return false,
            b')' | b']' | b'}' => depth -= 1,
            b'%' if depth == 0 && b.get(i + 1) == Some(&b'}') => return false, // end of the tag: not closed
            b'd' if depth == 0 && prev_ident_end && after[i..].starts_with("default") => {
                let rest = after[i + "default".len()..].trim_start();
                if rest.starts_with('=') && !rest.starts_with("==") {
                    return true;
                }
            }
            _ => {}
        }
        prev_ident_end = matches!(b.get(i), Some(b',' | b' ' | b'\t' | b'\n' | b'\r' | b'('));
        i += 1;
    }
    false
}

pub fn status(root: &Path, only_lang: Option<&str>) -> Result<Status, Diagnostics> {
    let config = Config::load(root)?;
    let mut problems = Diagnostics::new();
    let theme = Theme::load(&config).map_err(|d| Diagnostics(vec![d]))?;
    // The translator is built even when a file has syntax errors (the rest of
    // it still loads), so one typo does not hide every language's status.
    let mut sources = theme.ftl_sources();
    match collect_ftl_sources(&root.join("i18n"), Origin::Site) {
        Ok(s) => sources.extend(s.into_iter().map(|mut f| {
            f.path = content::rel(root, &f.path);
            f
        })),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => problems.push(Diagnostic::error("i18n", "i18n", 0, 0, e.to_string())),
    }
    let specs: Vec<LangSpec> =
        config.languages.iter().map(|l| LangSpec { code: l.code.clone(), fallback: l.fallback.clone() }).collect();
    let (tr, tdiags) = Translator::new(&specs, &config.default_language, sources);
    problems.extend(tdiags);
    for u in template_keys(&theme, root) {
        if !u.optional && !tr.has(&config.default_language, &u.key) {
            problems.push(Diagnostic::error(
                "fluent-missing",
                &u.file,
                u.line,
                u.column,
                format!(
                    "the template uses `{}`, which the default language `{}` does not define",
                    u.key, config.default_language
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
        .map(|p| ContentEntry::from_page(p, &options))
        .collect();
    let report = report::build_report(&tr, &specs, &config.default_language, &entries, only_lang);
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
