//! The data and logic behind `agora i18n`: what is missing, stale or
//! unverified in each language, for UI strings (Fluent) and content.
//!
//! Content rules:
//! - only *published* entries count, on both sides (a draft source needs no
//!   translation yet; a draft translation is not on the site, so the entry is
//!   still missing there);
//! - a translation is *stale* when the `source_hash` in its front matter
//!   differs from the current [`source_hash`] of its default-language source,
//!   *unverified* when it records none;
//! - a missing entry is also listed under `via_fallback` when one of the
//!   language's declared fallback languages has it (the listing shows that
//!   version, SPEC §4);
//! - translations whose `translation_key` has no default-language source are
//!   listed as `orphaned` (renamed or deleted source).

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::render::i18n::{LangSpec, Translator};

pub use crate::content::{source_hash, SOURCE_HASH_LEN};

/// Whether a recorded `source_hash` matches the current one. Case and
/// surrounding space are ignored; a longer recorded hash (full SHA-256)
/// matches on its first 12 digits.
pub fn hash_matches(recorded: &str, current: &str) -> bool {
    let r = recorded.trim().to_ascii_lowercase();
    let c = current.trim().to_ascii_lowercase();
    r.len() >= c.len() && r.starts_with(&c) && !c.is_empty()
}

/// One content file as the report needs it.
#[derive(Debug, Clone)]
pub struct ContentEntry {
    pub lang: String,
    pub translation_key: String,
    pub file: PathBuf,
    pub title: String,
    /// Markdown body (after the front matter).
    pub body: String,
    /// `source_hash` from the front matter (translations).
    pub source_hash: Option<String>,
    /// Not a draft and not scheduled in the future.
    pub published: bool,
}

impl ContentEntry {
    /// A loaded page as the report sees it; `options` decide what is published.
    pub fn from_page(p: &crate::content::Page, options: &crate::site::BuildOptions) -> ContentEntry {
        ContentEntry {
            lang: p.lang.clone(),
            translation_key: p.translation_key.clone(),
            file: p.file.clone(),
            title: p.fm.title.clone(),
            body: p.body.clone(),
            source_hash: p.fm.source_hash.clone(),
            published: options.publishes(p),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub default_language: String,
    pub languages: Vec<LangReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LangReport {
    pub lang: String,
    pub ui: UiStatus,
    pub content: ContentStatus,
}

#[derive(Debug, Clone, Serialize)]
pub struct UiStatus {
    /// Message ids in the default language.
    pub total_keys: usize,
    /// Of those, defined in this language.
    pub translated: usize,
    pub missing: Vec<String>,
    /// Defined in this language but not in the default language.
    pub obsolete: Vec<String>,
    /// Keys that were asked for in this language during this run (a build
    /// in the same process) and answered by a fallback language.
    pub fallback_hits: Vec<String>,
    pub percent: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContentStatus {
    /// Published entries in the default language.
    pub source_entries: usize,
    pub translated: usize,
    pub missing: Vec<MissingEntry>,
    pub via_fallback: Vec<FallbackEntry>,
    pub stale: Vec<StaleEntry>,
    /// Translations without a `source_hash`.
    pub unverified: Vec<PathBuf>,
    /// Translations with no default-language source.
    pub orphaned: Vec<OrphanEntry>,
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingEntry {
    pub translation_key: String,
    pub source_file: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FallbackEntry {
    pub translation_key: String,
    pub shown_from_lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleEntry {
    pub file: PathBuf,
    pub translation_key: String,
    pub source_file: PathBuf,
    pub recorded_hash: String,
    pub current_hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrphanEntry {
    pub file: PathBuf,
    pub translation_key: String,
}

fn percent(done: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        (done as f64 * 1000.0 / total as f64).round() / 10.0
    }
}

fn same_lang(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Builds the report for every declared language except the default one, or
/// only for `only_lang` (which may be the default language). An `only_lang`
/// that is not declared gives an empty `languages` list: the CLI should
/// reject it first (usage error).
pub fn build_report(
    tr: &Translator,
    langs: &[LangSpec],
    default_language: &str,
    entries: &[ContentEntry],
    only_lang: Option<&str>,
) -> Report {
    let selected: Vec<&LangSpec> = langs
        .iter()
        .filter(|l| match only_lang {
            Some(o) => same_lang(&l.code, o),
            None => !same_lang(&l.code, default_language),
        })
        .collect();

    // Published entries per language: translation_key → entry (first file wins).
    let mut by_lang: BTreeMap<String, BTreeMap<&str, &ContentEntry>> = BTreeMap::new();
    let mut sorted: Vec<&ContentEntry> = entries.iter().filter(|e| e.published).collect();
    sorted.sort_by(|a, b| a.file.cmp(&b.file));
    for e in sorted {
        by_lang.entry(e.lang.to_ascii_lowercase()).or_default().entry(e.translation_key.as_str()).or_insert(e);
    }
    let empty = BTreeMap::new();
    let sources = by_lang.get(&default_language.to_ascii_lowercase()).unwrap_or(&empty);
    let current_hashes: BTreeMap<&str, String> =
        sources.iter().map(|(k, e)| (*k, source_hash(&e.title, &e.body))).collect();

    let default_keys = tr.keys(default_language);
    let hits = tr.fallback_hits();

    let mut languages = Vec::new();
    for spec in selected {
        let code = spec.code.as_str();
        // UI strings
        let keys = tr.keys(code);
        let missing: Vec<String> = default_keys.difference(&keys).cloned().collect();
        let obsolete: Vec<String> = keys.difference(&default_keys).cloned().collect();
        let translated = default_keys.len() - missing.len();
        let fallback_hits: Vec<String> = hits
            .iter()
            .filter(|(l, _)| same_lang(l, code))
            .flat_map(|(_, ks)| ks.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let ui = UiStatus {
            total_keys: default_keys.len(),
            translated,
            missing,
            obsolete,
            fallback_hits,
            percent: percent(translated, default_keys.len()),
        };

        // Content
        let mine = by_lang.get(&code.to_ascii_lowercase()).unwrap_or(&empty);
        let mut content = ContentStatus {
            source_entries: sources.len(),
            translated: 0,
            missing: Vec::new(),
            via_fallback: Vec::new(),
            stale: Vec::new(),
            unverified: Vec::new(),
            orphaned: Vec::new(),
            percent: 0.0,
        };
        for (key, src) in sources {
            match mine.get(key) {
                Some(t) => {
                    content.translated += 1;
                    if same_lang(code, default_language) {
                        continue;
                    }
                    let current = &current_hashes[key];
                    match &t.source_hash {
                        None => content.unverified.push(t.file.clone()),
                        Some(rec) if rec.trim().is_empty() => content.unverified.push(t.file.clone()),
                        Some(rec) if !hash_matches(rec, current) => content.stale.push(StaleEntry {
                            file: t.file.clone(),
                            translation_key: key.to_string(),
                            source_file: src.file.clone(),
                            recorded_hash: rec.trim().to_string(),
                            current_hash: current.clone(),
                        }),
                        Some(_) => {}
                    }
                }
                None => {
                    content
                        .missing
                        .push(MissingEntry { translation_key: key.to_string(), source_file: src.file.clone() });
                    let shown = spec
                        .fallback
                        .iter()
                        .find(|fb| by_lang.get(&fb.to_ascii_lowercase()).is_some_and(|m| m.contains_key(key)));
                    if let Some(fb) = shown {
                        content
                            .via_fallback
                            .push(FallbackEntry { translation_key: key.to_string(), shown_from_lang: fb.clone() });
                    }
                }
            }
        }
        for (key, t) in mine {
            if !sources.contains_key(key) {
                content.orphaned.push(OrphanEntry { file: t.file.clone(), translation_key: key.to_string() });
            }
        }
        content.stale.sort_by(|a, b| a.file.cmp(&b.file));
        content.unverified.sort();
        content.orphaned.sort_by(|a, b| a.file.cmp(&b.file));
        content.percent = percent(content.translated, content.source_entries);

        languages.push(LangReport { lang: spec.code.clone(), ui, content });
    }

    Report { default_language: default_language.to_string(), languages }
}

/// What `agora i18n --fail-on` makes a report fail on (for CI). A report
/// that could be made exits 0 however much is left to translate, unless
/// asked to fail on some of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// `missing-ui` and `missing-content`
    Missing,
    /// UI strings the default language has and the language lacks
    MissingUi,
    /// Published default-language entries without a published translation
    MissingContent,
    /// Translations whose source changed since their `source_hash`
    Stale,
    /// Translations without a `source_hash`
    Unverified,
    /// UI strings only in the translation
    Obsolete,
    /// Translations without a default-language source
    Orphaned,
}

impl FailOn {
    fn what(self) -> &'static str {
        match self {
            FailOn::Missing => "missing",
            FailOn::MissingUi => "missing UI string(s)",
            FailOn::MissingContent => "missing translation(s) of content",
            FailOn::Stale => "stale translation(s)",
            FailOn::Unverified => "unverified translation(s)",
            FailOn::Obsolete => "obsolete UI string(s)",
            FailOn::Orphaned => "orphaned translation(s)",
        }
    }
}

/// One reason a report fails under `--fail-on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub lang: String,
    pub what: FailOn,
    pub count: usize,
}

/// The counts of the report that `fail_on` asks to fail on (empty: exit 0).
pub fn failures(report: &Report, fail_on: &[FailOn]) -> Vec<Failure> {
    let mut kinds: BTreeSet<FailOn> = BTreeSet::new();
    for f in fail_on {
        match f {
            FailOn::Missing => {
                kinds.insert(FailOn::MissingUi);
                kinds.insert(FailOn::MissingContent);
            }
            k => {
                kinds.insert(*k);
            }
        }
    }
    let mut out = Vec::new();
    for l in &report.languages {
        for k in &kinds {
            let count = match k {
                FailOn::Missing => 0,
                FailOn::MissingUi => l.ui.missing.len(),
                FailOn::MissingContent => l.content.missing.len(),
                FailOn::Stale => l.content.stale.len(),
                FailOn::Unverified => l.content.unverified.len(),
                FailOn::Obsolete => l.ui.obsolete.len(),
                FailOn::Orphaned => l.content.orphaned.len(),
            };
            if count > 0 {
                out.push(Failure { lang: l.lang.clone(), what: *k, count });
            }
        }
    }
    out
}

/// One line per failure, e.g. `fail-on[stale]: nl: 2 stale translation(s)`.
pub fn render_failures(failures: &[Failure]) -> String {
    let mut out = String::new();
    for f in failures {
        let kind = serde_json::to_value(f.what).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        out.push_str(&format!("fail-on[{kind}]: {}: {} {}\n", f.lang, f.count, f.what.what()));
    }
    out
}

fn push_list(out: &mut String, title: &str, rows: &[Vec<String>]) {
    if rows.is_empty() {
        return;
    }
    out.push_str(&format!("  {title}:\n"));
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..cols).map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0)).collect();
    for r in rows {
        let mut line = String::from("    ");
        for (c, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if c + 1 < r.len() {
                let pad = widths[c] - cell.chars().count() + 2;
                line.push_str(&" ".repeat(pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// Human-readable report: a summary table, then one block per language
/// listing what needs work.
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!("Translation status (default language: {})\n\n", report.default_language));
    if report.languages.is_empty() {
        out.push_str("No languages to report.\n");
        return out;
    }
    let mut table: Vec<Vec<String>> =
        vec![["lang", "UI strings", "%", "content", "%", "missing", "via fallback", "stale", "unverified", "orphaned"]
            .iter()
            .map(|s| s.to_string())
            .collect()];
    for l in &report.languages {
        table.push(vec![
            l.lang.clone(),
            format!("{}/{}", l.ui.translated, l.ui.total_keys),
            format!("{:.1}", l.ui.percent),
            format!("{}/{}", l.content.translated, l.content.source_entries),
            format!("{:.1}", l.content.percent),
            l.content.missing.len().to_string(),
            l.content.via_fallback.len().to_string(),
            l.content.stale.len().to_string(),
            l.content.unverified.len().to_string(),
            l.content.orphaned.len().to_string(),
        ]);
    }
    let widths: Vec<usize> =
        (0..table[0].len()).map(|c| table.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    for row in &table {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[c] - cell.chars().count());
            if c == 0 {
                line.push_str(cell);
                line.push_str(&pad);
            } else {
                line.push_str("  ");
                line.push_str(&pad);
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }

    for l in &report.languages {
        let u = &l.ui;
        let c = &l.content;
        let clean = u.missing.is_empty()
            && u.obsolete.is_empty()
            && u.fallback_hits.is_empty()
            && c.missing.is_empty()
            && c.stale.is_empty()
            && c.unverified.is_empty()
            && c.orphaned.is_empty();
        out.push('\n');
        if clean {
            out.push_str(&format!("[{}] complete\n", l.lang));
            continue;
        }
        out.push_str(&format!(
            "[{}] UI {}/{} ({:.1}%), content {}/{} ({:.1}%)\n",
            l.lang, u.translated, u.total_keys, u.percent, c.translated, c.source_entries, c.percent
        ));
        let rows: Vec<Vec<String>> = u.missing.iter().map(|k| vec![k.clone()]).collect();
        push_list(&mut out, &format!("missing UI strings ({})", u.missing.len()), &rows);
        let rows: Vec<Vec<String>> = u.obsolete.iter().map(|k| vec![k.clone()]).collect();
        push_list(
            &mut out,
            &format!("obsolete UI strings, not in {} ({})", report.default_language, u.obsolete.len()),
            &rows,
        );
        let rows: Vec<Vec<String>> = u.fallback_hits.iter().map(|k| vec![k.clone()]).collect();
        push_list(
            &mut out,
            &format!("UI strings shown from a fallback language in this run ({})", u.fallback_hits.len()),
            &rows,
        );
        let rows: Vec<Vec<String>> = c
            .missing
            .iter()
            .map(|m| {
                let shown = c
                    .via_fallback
                    .iter()
                    .find(|f| f.translation_key == m.translation_key)
                    .map(|f| format!("shown in {}", f.shown_from_lang))
                    .unwrap_or_default();
                vec![m.translation_key.clone(), m.source_file.display().to_string(), shown]
            })
            .collect();
        push_list(&mut out, &format!("missing content ({})", c.missing.len()), &rows);
        let rows: Vec<Vec<String>> = c
            .stale
            .iter()
            .map(|s| {
                vec![
                    s.file.display().to_string(),
                    format!("source {}", s.source_file.display()),
                    format!("{} -> {}", s.recorded_hash, s.current_hash),
                ]
            })
            .collect();
        push_list(&mut out, &format!("stale, source changed ({})", c.stale.len()), &rows);
        let rows: Vec<Vec<String>> = c.unverified.iter().map(|f| vec![f.display().to_string()]).collect();
        push_list(&mut out, &format!("unverified, no source_hash ({})", c.unverified.len()), &rows);
        let rows: Vec<Vec<String>> =
            c.orphaned.iter().map(|o| vec![o.file.display().to_string(), o.translation_key.clone()]).collect();
        push_list(&mut out, &format!("orphaned, no {} source ({})", report.default_language, c.orphaned.len()), &rows);
    }
    out
}

fn invalid(path: &Path, msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("{}: {msg}", path.display()))
}

/// Splits `text` into lines keeping their terminators.
fn lines_with_ends(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

fn strip_eol(line: &str) -> &str {
    line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(line)
}

/// Rewrites (or inserts) the top-level `source_hash:` line in the front
/// matter of `translation_file`, keeping every other byte as it was: the
/// BOM, the line endings (a new line gets the file's line ending), other
/// keys, comments and a trailing comment on the `source_hash` line itself.
/// The file is not touched when it already records `hash`.
/// Errors: no front matter (`InvalidData`), a `hash` that is empty or has
/// line breaks (`InvalidInput`), I/O.
pub fn mark_current(translation_file: &Path, hash: &str) -> io::Result<()> {
    let hash = hash.trim();
    if hash.is_empty() || hash.contains(['\n', '\r', '#']) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("invalid source hash `{hash}`")));
    }
    let bytes = std::fs::read(translation_file)?;
    let text = String::from_utf8(bytes).map_err(|_| invalid(translation_file, "not valid UTF-8"))?;
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text.as_str()),
    };
    let lines = lines_with_ends(body);
    if lines.first().map(|l| strip_eol(l).trim_end()) != Some("---") {
        return Err(invalid(translation_file, "no front matter (first line is not `---`)"));
    }
    let close = lines
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, l)| strip_eol(l).trim_end() == "---")
        .map(|(i, _)| i)
        .ok_or_else(|| invalid(translation_file, "front matter is not closed by `---`"))?;
    let eol = if lines[0].ends_with("\r\n") { "\r\n" } else { "\n" };

    let mut out = String::with_capacity(text.len() + 32);
    out.push_str(bom);
    let mut done = false;
    for (i, line) in lines.iter().enumerate() {
        if i > 0 && i < close && !done {
            if let Some(new_line) = replace_hash_line(line, hash) {
                if new_line == *line {
                    return Ok(()); // already current: keep the file (and its mtime)
                }
                out.push_str(&new_line);
                done = true;
                continue;
            }
        }
        if i == close && !done {
            out.push_str("source_hash: ");
            out.push_str(hash);
            out.push_str(eol);
            done = true;
        }
        out.push_str(line);
    }
    std::fs::write(translation_file, out)
}

/// If `line` is a top-level `source_hash:` key, the same line with the new
/// value (line ending and trailing comment kept).
fn replace_hash_line(line: &str, hash: &str) -> Option<String> {
    let content = strip_eol(line);
    let ending = &line[content.len()..];
    let rest = ["source_hash", "\"source_hash\"", "'source_hash'"].iter().find_map(|k| content.strip_prefix(k))?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let value = rest.strip_prefix(':')?;
    if !(value.is_empty() || value.starts_with([' ', '\t'])) {
        return None;
    }
    let key_part = &content[..content.len() - value.len()];
    // Keep a trailing ` # comment` (only outside quotes: hashes have none).
    let comment = match value.find(" #").or_else(|| value.find("\t#")) {
        Some(p) => {
            let ws_start = value[..p].trim_end_matches([' ', '\t']).len();
            &value[ws_start..]
        }
        None => "",
    };
    Some(format!("{key_part} {hash}{comment}{ending}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::i18n::{FtlSource, Origin};

    fn spec(code: &str, fallback: &[&str]) -> LangSpec {
        LangSpec { code: code.into(), fallback: fallback.iter().map(|s| s.to_string()).collect() }
    }

    fn entry(lang: &str, key: &str, title: &str, body: &str, hash: Option<&str>) -> ContentEntry {
        ContentEntry {
            lang: lang.into(),
            translation_key: key.into(),
            file: PathBuf::from(format!("content/{lang}/{key}.md")),
            title: title.into(),
            body: body.into(),
            source_hash: hash.map(str::to_string),
            published: true,
        }
    }

    fn langs() -> Vec<LangSpec> {
        vec![spec("en", &[]), spec("nl", &["en"]), spec("sv", &[]), spec("nb", &["sv", "en"])]
    }

    fn translator() -> Translator {
        let s = |lang: &str, text: &str| FtlSource {
            lang: lang.into(),
            path: PathBuf::from(format!("i18n/{lang}/main.ftl")),
            text: text.into(),
            origin: Origin::Site,
        };
        let (tr, d) = Translator::new(
            &langs(),
            "en",
            vec![
                s("en", "a = A\nb = B\nc = C\n"),
                s("nl", "a = NL A\nb = NL B\nold = Oud\n"),
                s("sv", "a = SV A\nb = SV B\nc = SV C\n"),
            ],
        );
        assert!(d.is_empty(), "{d:?}");
        tr
    }

    #[test]
    fn source_hash_is_stable_across_line_endings_and_trailing_space() {
        let lf = source_hash("Title", "Para one.\n\nPara two.\n");
        let crlf = source_hash("Title", "Para one.\r\n\r\nPara two.\r\n\r\n");
        assert_eq!(lf, crlf);
        assert_eq!(lf.len(), 12);
        assert!(lf.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_eq!(lf, source_hash("Title", "\n Para one.\n\nPara two."));
        assert_ne!(lf, source_hash("Title 2", "Para one.\n\nPara two.\n"));
        assert_ne!(lf, source_hash("Title", "Para one.\n\nPara 2.\n"));
        // known value: sha256("T\nb") = first 12 hex digits
        assert_eq!(source_hash("T", "b"), {
            let d = <sha2::Sha256 as sha2::Digest>::digest(b"T\nb");
            d.iter().map(|b| format!("{b:02x}")).collect::<String>()[..12].to_string()
        });
        assert!(hash_matches(&format!("  {}  ", lf.to_uppercase()), &lf));
    }

    #[test]
    fn report_content_and_ui() {
        let tr = translator();
        let h1 = source_hash("One", "Body one");
        let mut entries = vec![
            entry("en", "news/one", "One", "Body one", None),
            entry("en", "news/two", "Two", "Body two", None),
            entry("en", "news/three", "Three", "Body three", None),
            entry("nl", "news/one", "Een", "Tekst een", Some(&h1)),
            entry("nl", "news/two", "Twee", "Tekst twee", Some("000000000000")),
            entry("nl", "news/gone", "Weg", "Weg", Some("abc")),
            entry("sv", "news/one", "Ett", "Text", None),
            entry("sv", "news/three", "Tre", "Text", Some(&source_hash("Three", "Body three"))),
        ];
        let mut draft = entry("sv", "news/two", "Två", "Text", None);
        draft.published = false;
        entries.push(draft);
        let mut en_draft = entry("en", "news/draft", "Draft", "x", None);
        en_draft.published = false;
        entries.push(en_draft);

        let r = build_report(&tr, &langs(), "en", &entries, None);
        let codes: Vec<&str> = r.languages.iter().map(|l| l.lang.as_str()).collect();
        assert_eq!(codes, vec!["nl", "sv", "nb"]);

        let nl = &r.languages[0];
        assert_eq!(nl.ui.total_keys, 3);
        assert_eq!(nl.ui.translated, 2);
        assert_eq!(nl.ui.missing, vec!["c"]);
        assert_eq!(nl.ui.obsolete, vec!["old"]);
        assert_eq!(nl.ui.percent, 66.7);
        assert_eq!(nl.content.source_entries, 3);
        assert_eq!(nl.content.translated, 2);
        assert_eq!(
            nl.content.missing,
            vec![MissingEntry { translation_key: "news/three".into(), source_file: "content/en/news/three.md".into() }]
        );
        assert_eq!(
            nl.content.via_fallback,
            vec![FallbackEntry { translation_key: "news/three".into(), shown_from_lang: "en".into() }]
        );
        assert_eq!(nl.content.stale.len(), 1);
        assert_eq!(nl.content.stale[0].file, PathBuf::from("content/nl/news/two.md"));
        assert_eq!(nl.content.stale[0].current_hash, source_hash("Two", "Body two"));
        assert_eq!(nl.content.stale[0].recorded_hash, "000000000000");
        assert!(nl.content.unverified.is_empty());
        assert_eq!(nl.content.orphaned.len(), 1);
        assert_eq!(nl.content.percent, 66.7);

        let sv = &r.languages[1];
        assert!(sv.ui.missing.is_empty());
        assert_eq!(sv.ui.percent, 100.0);
        // draft translation does not count; sv has no fallback chain
        assert_eq!(sv.content.missing.len(), 1);
        assert!(sv.content.via_fallback.is_empty());
        assert_eq!(sv.content.unverified, vec![PathBuf::from("content/sv/news/one.md")]);
        assert!(sv.content.stale.is_empty());

        let nb = &r.languages[2];
        assert_eq!(nb.content.translated, 0);
        assert_eq!(nb.ui.missing, vec!["a", "b", "c"]);
        let fb: Vec<(&str, &str)> =
            nb.content.via_fallback.iter().map(|f| (f.translation_key.as_str(), f.shown_from_lang.as_str())).collect();
        // sv first (it has one and three), then en
        assert_eq!(fb, vec![("news/one", "sv"), ("news/three", "sv"), ("news/two", "en")]);

        // only one language
        let r = build_report(&tr, &langs(), "en", &entries, Some("sv"));
        assert_eq!(r.languages.len(), 1);
        assert_eq!(r.languages[0].lang, "sv");
        assert!(build_report(&tr, &langs(), "en", &entries, Some("fr")).languages.is_empty());

        let text = render_text(&build_report(&tr, &langs(), "en", &entries, None));
        assert!(text.contains("[nl]"), "{text}");
        assert!(text.contains("news/three"), "{text}");
        assert!(text.contains("shown in en"), "{text}");
        assert!(text.contains("content/nl/news/two.md"), "{text}");
        assert!(text.contains("000000000000 -> "), "{text}");
    }

    #[test]
    fn ui_fallback_hits_reach_the_report() {
        let tr = translator();
        assert_eq!(tr.format("nl", "c", &serde_json::Map::new()).unwrap(), "C");
        let r = build_report(&tr, &langs(), "en", &[], Some("nl"));
        assert_eq!(r.languages[0].ui.fallback_hits, vec!["c"]);
        assert!(render_text(&r).contains("shown from a fallback language in this run (1)"));
        assert_eq!(r.languages[0].content.percent, 100.0);
    }

    #[test]
    fn report_json_shape() {
        let tr = translator();
        let entries = vec![
            entry("en", "news/one", "One", "Body", None),
            entry("nl", "news/one", "Een", "Tekst", Some("ffffffffffff")),
        ];
        let r = build_report(&tr, &langs(), "en", &entries, Some("nl"));
        let v = serde_json::to_value(&r).unwrap();
        let top: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(top, vec!["default_language", "languages"]);
        let l = &v["languages"][0];
        assert_eq!(l.as_object().unwrap().keys().collect::<Vec<_>>(), vec!["lang", "ui", "content"]);
        assert_eq!(
            l["ui"].as_object().unwrap().keys().collect::<Vec<_>>(),
            vec!["total_keys", "translated", "missing", "obsolete", "fallback_hits", "percent"]
        );
        assert_eq!(
            l["content"].as_object().unwrap().keys().collect::<Vec<_>>(),
            vec![
                "source_entries",
                "translated",
                "missing",
                "via_fallback",
                "stale",
                "unverified",
                "orphaned",
                "percent"
            ]
        );
        assert_eq!(l["lang"], "nl");
        assert_eq!(l["ui"]["missing"], serde_json::json!(["c"]));
        assert_eq!(l["ui"]["percent"], 66.7);
        assert_eq!(
            l["content"]["stale"][0],
            serde_json::json!({
                "file": "content/nl/news/one.md",
                "translation_key": "news/one",
                "source_file": "content/en/news/one.md",
                "recorded_hash": "ffffffffffff",
                "current_hash": source_hash("One", "Body"),
            })
        );
        assert_eq!(l["content"]["percent"], 100.0);
    }

    #[test]
    fn stale_then_mark_current_on_real_files() {
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("content/en/news/one.md");
        let nl = dir.path().join("content/nl/news/one.md");
        std::fs::create_dir_all(en.parent().unwrap()).unwrap();
        std::fs::create_dir_all(nl.parent().unwrap()).unwrap();

        let read = |p: &Path, lang: &str| -> ContentEntry {
            // A tiny front-matter reader, enough for this test.
            let text = std::fs::read_to_string(p).unwrap();
            let text = text.trim_start_matches('\u{feff}');
            let mut parts = text.splitn(3, "---");
            parts.next();
            let fm = parts.next().unwrap();
            let body = parts.next().unwrap();
            let get = |k: &str| fm.lines().find_map(|l| l.strip_prefix(&format!("{k}:")).map(|v| v.trim().to_string()));
            ContentEntry {
                lang: lang.into(),
                translation_key: "news/one".into(),
                file: p.to_path_buf(),
                title: get("title").unwrap(),
                body: body.to_string(),
                source_hash: get("source_hash"),
                published: true,
            }
        };

        std::fs::write(&en, "---\ntitle: One\n---\nFirst body.\n").unwrap();
        let h = source_hash("One", "First body.");
        std::fs::write(&nl, format!("---\ntitle: Een\nsource_hash: {h}\n---\nEerste tekst.\n")).unwrap();
        let tr = translator();
        let report = |tr: &Translator| {
            let entries = vec![read(&en, "en"), read(&nl, "nl")];
            build_report(tr, &langs(), "en", &entries, Some("nl")).languages.remove(0).content
        };
        assert!(report(&tr).stale.is_empty());

        // edit the source body → stale
        std::fs::write(&en, "---\ntitle: One\n---\nFirst body, edited.\n").unwrap();
        let c = report(&tr);
        assert_eq!(c.stale.len(), 1);
        assert_eq!(c.stale[0].recorded_hash, h);
        let new_hash = c.stale[0].current_hash.clone();
        assert_eq!(new_hash, source_hash("One", "First body, edited."));

        mark_current(&nl, &new_hash).unwrap();
        assert!(report(&tr).stale.is_empty());
        assert_eq!(
            std::fs::read_to_string(&nl).unwrap(),
            format!("---\ntitle: Een\nsource_hash: {new_hash}\n---\nEerste tekst.\n")
        );
    }

    #[test]
    fn mark_current_preserves_crlf_bom_and_other_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.md");
        let original = "\u{feff}---\r\ntitle: \"Een: twee\"\r\nsource_hash: 0123456789ab   # from en\r\ntags:\r\n  - a\r\n---\r\nBody line\r\nsource_hash: not-front-matter\r\n";
        std::fs::write(&p, original).unwrap();
        mark_current(&p, "aaaaaaaaaaaa").unwrap();
        let got = std::fs::read(&p).unwrap();
        let want = original.replace("0123456789ab   # from en", "aaaaaaaaaaaa   # from en");
        assert_eq!(String::from_utf8(got).unwrap(), want);

        // insertion: the new line uses the file's CRLF and goes before the closing ---
        let original = "---\r\ntitle: Een\r\ntags:\r\n  - a\r\n---\r\n\r\nBody\r\n";
        std::fs::write(&p, original).unwrap();
        mark_current(&p, "bbbbbbbbbbbb").unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "---\r\ntitle: Een\r\ntags:\r\n  - a\r\nsource_hash: bbbbbbbbbbbb\r\n---\r\n\r\nBody\r\n"
        );
        // LF, no value yet, nested key with the same name is not touched
        let original = "---\ntitle: Een\nextra:\n  source_hash: nested\nsource_hash:\n---\nBody";
        std::fs::write(&p, original).unwrap();
        mark_current(&p, "cccccccccccc").unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "---\ntitle: Een\nextra:\n  source_hash: nested\nsource_hash: cccccccccccc\n---\nBody"
        );
    }

    #[test]
    fn mark_current_no_change_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.md");
        std::fs::write(&p, "---\nsource_hash: abc\n---\n").unwrap();
        let before = std::fs::metadata(&p).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        mark_current(&p, "abc").unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().modified().unwrap(), before);

        std::fs::write(&p, "no front matter\n").unwrap();
        assert_eq!(mark_current(&p, "abc").unwrap_err().kind(), io::ErrorKind::InvalidData);
        std::fs::write(&p, "---\ntitle: x\n").unwrap();
        assert_eq!(mark_current(&p, "abc").unwrap_err().kind(), io::ErrorKind::InvalidData);
        assert_eq!(mark_current(&p, "a\nb").unwrap_err().kind(), io::ErrorKind::InvalidInput);
        assert_eq!(mark_current(&dir.path().join("nope.md"), "abc").unwrap_err().kind(), io::ErrorKind::NotFound);
    }
}
