//! `agora new`: scaffold an entry, or the skeleton of a translation.
//!
//! A new entry gets the front matter its section requires, with values that
//! pass `agora check`: `date` is now (so it builds right away), `authors`
//! come from `--author` (required where the section requires authors: there
//! is no honest placeholder for a name), `course` gets dates a month ahead
//! marked as placeholders. The file name is the title transliterated to ASCII
//! (`Öğretmenler için` → `ogretmenler-icin.md`). Existing files are never
//! overwritten.
//!
//! `--translate-from content/en/news/x.md` writes `content/<lang>/news/x.md`:
//! the source's front matter (without `slug` and `aliases`, which belong to the
//! source language), its title prefixed with `[TRANSLATE]`, its body, the
//! `source_hash` of the default-language source and `draft: true`, so the
//! untranslated text is not published and readers keep seeing the fallback
//! until the translator removes it.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use chrono::{Duration, Local};

use crate::config::{Config, SortBy};
use crate::content::{self, frontmatter, urls, CONTENT_DIR};
use crate::diag::Diagnostics;
use crate::i18n::report::source_hash;

/// Title prefix of a translation skeleton.
pub const TRANSLATE_PREFIX: &str = "[TRANSLATE] ";

#[derive(Debug, Clone, Default)]
pub struct NewArgs {
    pub root: PathBuf,
    pub section: Option<String>,
    pub lang: String,
    pub title: Option<String>,
    pub translate_from: Option<PathBuf>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    pub levels: Vec<String>,
    pub summary: Option<String>,
    pub draft: bool,
}

#[derive(Debug)]
pub enum NewError {
    /// Wrong or missing arguments (exit 2).
    Usage(String),
    /// The site or the file system said no (exit 1).
    Failed(String),
    /// site.yaml (or the source file) has errors (exit 1).
    Invalid(Diagnostics),
}

/// What `new` wrote: the Markdown file, then any co-located files copied.
#[derive(Debug)]
pub struct Written {
    pub file: PathBuf,
    pub assets: Vec<PathBuf>,
    /// Required fields left for the editor to fill in.
    pub to_fill: Vec<String>,
}

/// `agora new`: scaffold, print the path written (stdout) and what was
/// copied or is left to fill in (stderr); the exit status.
pub fn run(args: &NewArgs) -> i32 {
    match scaffold(args) {
        Ok(w) => {
            outln!("{}", w.file.display());
            for a in &w.assets {
                eprintln!("copied {}", a.display());
            }
            if !w.to_fill.is_empty() {
                eprintln!("fill in: {}", w.to_fill.join(", "));
            }
            0
        }
        Err(NewError::Usage(m)) => {
            eprintln!("error: {m}");
            2
        }
        Err(NewError::Failed(m)) => {
            eprintln!("error: {m}");
            1
        }
        Err(NewError::Invalid(d)) => {
            d.eprint();
            1
        }
    }
}

/// Write the new entry or translation skeleton.
pub fn scaffold(args: &NewArgs) -> Result<Written, NewError> {
    let config = Config::load(&args.root).map_err(NewError::Invalid)?;
    if config.language(&args.lang).is_none() {
        let declared: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        return Err(NewError::Usage(format!(
            "language `{}` is not declared in site.yaml (declared: {})",
            args.lang,
            declared.join(", ")
        )));
    }
    match &args.translate_from {
        Some(src) => translate(&config, args, src),
        None => fresh(&config, args),
    }
}

/// A YAML double-quoted string (JSON string syntax is valid YAML).
fn q(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

fn q_list(v: &[String]) -> String {
    format!("[{}]", v.iter().map(|s| q(s)).collect::<Vec<_>>().join(", "))
}

fn known_sections(config: &Config) -> Vec<String> {
    let mut v: Vec<String> = config.sections.keys().cloned().collect();
    if let Ok(langs) = std::fs::read_dir(config.root.join(CONTENT_DIR)) {
        for l in langs.flatten() {
            if let Ok(secs) = std::fs::read_dir(l.path()) {
                for s in secs.flatten() {
                    let name = s.file_name().to_string_lossy().to_string();
                    // a folder of entries, not a stand-alone page with co-located files
                    if s.path().is_dir() && !v.contains(&name) && !s.path().join("index.md").is_file() {
                        v.push(name);
                    }
                }
            }
        }
    }
    v
}

fn fresh(config: &Config, args: &NewArgs) -> Result<Written, NewError> {
    let Some(section) = args.section.as_deref() else {
        return Err(NewError::Usage("which section? `agora new SECTION --lang L --title \"…\"`".into()));
    };
    let known = known_sections(config);
    if !known.iter().any(|s| s == section) {
        return Err(NewError::Usage(format!("unknown section `{section}` (sections: {})", known.join(", "))));
    }
    let title = args.title.as_deref().map(str::trim).unwrap_or("");
    if title.is_empty() {
        return Err(NewError::Usage("a new entry needs a title: --title \"…\"".into()));
    }
    let sc = config.section(section);
    let required = &sc.required;
    let needs = |f: &str| required.iter().any(|r| r == f);
    if needs("authors") && args.authors.iter().all(|a| a.trim().is_empty()) {
        return Err(NewError::Usage(format!(
            "entries in `{section}` need authors: add --author \"Name\" (once per author)"
        )));
    }
    let slug = urls::ascii_slug(title);
    if slug.is_empty() || urls::check_slug(&slug).is_some() {
        return Err(NewError::Usage(format!(
            "cannot make a file name from the title `{title}`: give a title with letters or digits"
        )));
    }

    let now = Local::now();
    let mut y = String::new();
    let _ = writeln!(y, "title: {}", q(title));
    if needs("date") || matches!(sc.sort_by, SortBy::Date) {
        let _ = writeln!(y, "date: {}", now.format("%Y-%m-%dT%H:%M:%S%:z"));
    }
    if let Some(s) = args.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        let _ = writeln!(y, "summary: {}", q(s.trim()));
    }
    let authors: Vec<&str> = args.authors.iter().map(|a| a.trim()).filter(|a| !a.is_empty()).collect();
    if !authors.is_empty() {
        y.push_str("authors:\n");
        for a in authors {
            let _ = writeln!(y, "  - name: {}", q(a));
        }
    }
    if !args.tags.is_empty() {
        let _ = writeln!(y, "tags: {}", q_list(&args.tags));
    }
    if !args.levels.is_empty() {
        let _ = writeln!(y, "levels: {}", q_list(&args.levels));
    }
    if needs("course") {
        let today = now.date_naive();
        let _ = writeln!(y, "course:");
        let _ = writeln!(
            y,
            "  starts: {}   # placeholder: the real dates",
            (today + Duration::days(30)).format("%Y-%m-%d")
        );
        let _ = writeln!(y, "  ends: {}", (today + Duration::days(31)).format("%Y-%m-%d"));
        let _ = writeln!(y, "  format: webinar   # mooc, webinar, self-paced or on-site");
    }
    if args.draft {
        y.push_str("draft: true\n");
    }
    let handled = ["title", "date", "authors", "course", "summary", "tags", "levels"];
    let mut to_fill = Vec::new();
    for r in required {
        let given = match r.as_str() {
            "summary" => args.summary.as_deref().is_some_and(|s| !s.trim().is_empty()),
            "tags" => !args.tags.is_empty(),
            "levels" => !args.levels.is_empty(),
            other => handled.contains(&other),
        };
        if !given {
            let _ = writeln!(y, "{r}:   # required in `{section}`: fill in");
            to_fill.push(r.clone());
        }
    }

    let rel = PathBuf::from(CONTENT_DIR).join(&args.lang).join(section).join(format!("{slug}.md"));
    let bundle = PathBuf::from(CONTENT_DIR).join(&args.lang).join(section).join(&slug).join("index.md");
    validate(&rel, &y, required)?;
    for p in [&rel, &bundle] {
        if config.root.join(p).exists() {
            return Err(NewError::Failed(format!(
                "{} already exists: not overwriting it",
                shown(&args.root, p).display()
            )));
        }
    }
    write_new(&config.root.join(&rel), &format!("---\n{y}---\n\n"))?;
    Ok(Written { file: shown(&args.root, &rel), assets: Vec::new(), to_fill })
}

/// The path as the user will want to see it: below `--root`, without `./`.
fn shown(root: &Path, rel: &Path) -> PathBuf {
    let p = root.join(rel);
    p.strip_prefix(".").map(Path::to_path_buf).unwrap_or(p)
}

fn validate(rel: &Path, yaml: &str, required: &[String]) -> Result<(), NewError> {
    frontmatter::parse(rel, yaml, required).map(|_| ()).map_err(NewError::Invalid)
}

/// Create a new file (and its folders); never replaces an existing one.
fn write_new(path: &Path, text: &str) -> Result<(), NewError> {
    use std::io::Write;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| NewError::Failed(format!("cannot create {}: {e}", parent.display())))?;
    }
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            NewError::Failed(format!("{} already exists: not overwriting it", path.display()))
        } else {
            NewError::Failed(format!("cannot write {}: {e}", path.display()))
        }
    })?;
    f.write_all(text.as_bytes()).map_err(|e| NewError::Failed(format!("cannot write {}: {e}", path.display())))
}

/// Path components of `p` below `base` (both made absolute, `.`/`..` applied).
fn below(base: &Path, p: &Path) -> Option<Vec<String>> {
    let abs = |x: &Path| -> PathBuf {
        let x = if x.is_absolute() { x.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(x) };
        let mut out = PathBuf::new();
        for c in x.components() {
            match c {
                Component::ParentDir => {
                    out.pop();
                }
                Component::CurDir => {}
                c => out.push(c),
            }
        }
        out
    };
    let (base, p) = (abs(base), abs(p));
    let rel = p.strip_prefix(&base).ok()?;
    Some(rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect())
}

/// The default translation key of a file at `comps` below `content/<lang>/`.
fn default_key(comps: &[String]) -> String {
    let file = comps.last().map(String::as_str).unwrap_or("");
    if file == "index.md" && comps.len() >= 2 {
        return comps[..comps.len() - 1].join("/");
    }
    let joined = comps.join("/");
    joined.strip_suffix(".md").unwrap_or(&joined).to_string()
}

fn translate(config: &Config, args: &NewArgs, src_arg: &Path) -> Result<Written, NewError> {
    // Relative to the site first (`content/en/news/x.md`), else to the current folder.
    let src = if !src_arg.is_absolute() && args.root.join(src_arg).is_file() {
        args.root.join(src_arg)
    } else {
        src_arg.to_path_buf()
    };
    if !src.is_file() {
        return Err(NewError::Usage(format!("--translate-from: {} is not a file", src_arg.display())));
    }
    let content_dir = config.root.join(CONTENT_DIR);
    let comps = below(&content_dir, &src).filter(|c| c.len() >= 2).ok_or_else(|| {
        NewError::Usage(format!(
            "--translate-from: {} is not a page below {}",
            src_arg.display(),
            content_dir.display()
        ))
    })?;
    if !comps.last().is_some_and(|f| f.ends_with(".md")) {
        return Err(NewError::Usage(format!("--translate-from: {} is not a Markdown file", src_arg.display())));
    }
    let (src_lang, rest) = (comps[0].as_str(), &comps[1..]);
    if config.language(src_lang).is_none() {
        return Err(NewError::Usage(format!("--translate-from: `{src_lang}` is not a language of this site")));
    }
    if src_lang == args.lang {
        return Err(NewError::Usage(format!(
            "--translate-from: the source is already in `{src_lang}`: choose another --lang"
        )));
    }
    if let Some(section) = &args.section {
        if rest.len() < 2 || &rest[0] != section {
            return Err(NewError::Usage(format!(
                "--translate-from: {} is not in section `{section}` (leave SECTION out when translating)",
                src_arg.display()
            )));
        }
    }
    let shown_src = content::rel(&config.root, &src);
    let text = content::read_text(&src, &shown_src).map_err(|d| NewError::Invalid(Diagnostics(vec![d])))?;
    let split = frontmatter::split(&text).map_err(|(line, m)| {
        NewError::Invalid(Diagnostics(vec![crate::diag::Diagnostic::error("front-matter", &shown_src, line, 1, m)]))
    })?;
    let fm = frontmatter::parse(&shown_src, split.yaml, &[]).map_err(NewError::Invalid)?;
    let key = fm.translation_key.clone().unwrap_or_else(|| default_key(rest));

    let target_rel: PathBuf =
        [CONTENT_DIR, args.lang.as_str()].iter().map(PathBuf::from).chain(rest.iter().map(PathBuf::from)).collect();
    let target = config.root.join(&target_rel);
    if target.exists() {
        return Err(NewError::Failed(format!(
            "{} already exists: not overwriting it",
            shown(&args.root, &target_rel).display()
        )));
    }

    // The hash of the default-language source: this file, or its default-language version.
    let hash = if src_lang == config.default_language {
        Some(source_hash(&fm.title, split.body))
    } else {
        default_source_hash(config, rest, &key)
    };

    let title = match args.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => t.to_string(),
        None => format!("{TRANSLATE_PREFIX}{}", fm.title),
    };
    let mut y = String::new();
    let _ = writeln!(
        y,
        "# Translation of {} into {}: translate the title and the text, then remove `draft: true`.",
        shown_src.display(),
        args.lang
    );
    let mut title_written = false;
    for (k, block) in crate::yamlpos::yaml_blocks(split.yaml) {
        match k.as_deref() {
            Some("title") => {
                let _ = writeln!(y, "title: {}", q(&title));
                title_written = true;
            }
            // URL and publishing state belong to the source language.
            Some("slug" | "aliases" | "draft" | "source_hash") => {}
            _ => {
                y.push_str(&block);
                if !block.ends_with('\n') {
                    y.push('\n');
                }
            }
        }
    }
    if !title_written {
        let _ = writeln!(y, "title: {}", q(&title));
    }
    if let Some(h) = &hash {
        let _ = writeln!(y, "source_hash: {h}");
    }
    y.push_str("draft: true\n");

    let required = match rest.len() {
        n if n >= 2 && rest.last().is_none_or(|f| f != "_index.md") => config.section(&rest[0]).required,
        _ => Vec::new(),
    };
    validate(&target_rel, &y, &required)?;

    // Co-located files of a bundle come along (pictures may need translating too).
    let mut assets = Vec::new();
    let mut copies = Vec::new();
    if rest.last().is_some_and(|f| f == "index.md") && rest.len() >= 2 {
        let src_dir = src.parent().unwrap_or(Path::new("."));
        let dst_dir = target.parent().unwrap_or(Path::new("."));
        for e in walkdir::WalkDir::new(src_dir).min_depth(1).sort_by_file_name().into_iter().flatten() {
            if e.file_type().is_file() && e.path().extension().is_none_or(|x| x != "md") {
                if let Ok(r) = e.path().strip_prefix(src_dir) {
                    if !dst_dir.join(r).exists() {
                        copies.push((e.path().to_path_buf(), dst_dir.join(r)));
                    }
                }
            }
        }
    }
    write_new(&target, &format!("---\n{y}---\n{}", split.body))?;
    for (from, to) in copies {
        if let Some(parent) = to.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        std::fs::copy(&from, &to)
            .map_err(|e| NewError::Failed(format!("cannot copy {} to {}: {e}", from.display(), to.display())))?;
        assets.push(to.strip_prefix(".").map(Path::to_path_buf).unwrap_or(to));
    }
    let mut to_fill = Vec::new();
    if hash.is_none() {
        to_fill.push("source_hash".to_string());
    }
    Ok(Written { file: shown(&args.root, &target_rel), assets, to_fill })
}

/// `source_hash` of the default-language page with translation key `key`:
/// the file at the same relative path, else any default-language file whose
/// `translation_key` is `key`.
fn default_source_hash(config: &Config, rest: &[String], key: &str) -> Option<String> {
    let dir = config.root.join(CONTENT_DIR).join(&config.default_language);
    let same: PathBuf = rest.iter().collect();
    let mut candidates = vec![dir.join(same)];
    for e in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
        if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md") {
            candidates.push(e.into_path());
        }
    }
    for c in candidates {
        let Ok(text) = content::read_text(&c, &c) else { continue };
        let Ok(split) = frontmatter::split(&text) else { continue };
        let Ok(fm) = frontmatter::parse(&c, split.yaml, &[]) else { continue };
        let comps = below(&dir, &c)?;
        let k = fm.translation_key.clone().unwrap_or_else(|| default_key(&comps));
        if k == key {
            return Some(source_hash(&fm.title, split.body));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_blocks() {
        assert_eq!(default_key(&["news".into(), "x.md".into()]), "news/x");
        assert_eq!(default_key(&["toolkit".into(), "x".into(), "index.md".into()]), "toolkit/x");
        assert_eq!(default_key(&["about.md".into()]), "about");
        let b = crate::yamlpos::yaml_blocks("# c\ntitle: A\ntags:\n- a\n- b\nauthors:\n  - name: X\nslug: s\n");
        let keys: Vec<Option<&str>> = b.iter().map(|x| x.0.as_deref()).collect();
        assert_eq!(keys, vec![None, Some("title"), Some("tags"), Some("authors"), Some("slug")]);
        assert_eq!(b[2].1, "tags:\n- a\n- b\n");
    }

    #[test]
    fn quoting_is_yaml() {
        let v: serde_yaml::Value =
            serde_yaml::from_str(&format!("t: {}", q("Öğretmen: \"iyi\" # not a comment"))).unwrap();
        assert_eq!(v["t"].as_str(), Some("Öğretmen: \"iyi\" # not a comment"));
    }
}
