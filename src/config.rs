//! `site.yaml`: the site configuration (SPEC §2).
//!
//! Parsed with serde_yaml into a `serde_yaml::Value` first, then checked key by
//! key, so that *every* unknown key or bad value is reported with its line,
//! not only the first one serde would stop at.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde_yaml::Value;

use crate::diag::{Diagnostic, Diagnostics};
use crate::yamlpos::KeyLocator;

pub const CONFIG_FILE: &str = "site.yaml";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(&self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Language {
    /// BCP 47 tag as written in site.yaml (`en`, `pt-PT`).
    pub code: String,
    /// Native name, shown in the language switcher.
    pub name: String,
    /// Site title in this language (falls back to the site title).
    pub title: String,
    pub dir: Dir,
    /// Fallback chain, in order; does not include the language itself.
    pub fallback: Vec<String>,
    /// How entries shown through the fallback chain mix into this
    /// language's homes and listings (`fallback_entries:`).
    pub fallback_entries: FallbackEntries,
}

/// `fallback_entries:` of a language in site.yaml: where entries missing in
/// the language, shown from its fallback chain, go in its homes and listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FallbackEntries {
    /// The language's own entries first, then the fallback ones (each part in
    /// the section's order). The default: a reader sees their language first.
    #[default]
    After,
    /// One list in the section's order, own and fallback entries mixed.
    Mixed,
    /// Only the language's own entries.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    Date,
    Weight,
    Starts,
    Title,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SectionConfig {
    pub name: String,
    pub sort_by: SortBy,
    pub paginate_by: usize,
    pub feed: bool,
    /// Entry template override (else `<section>.html`, singular, `page.html`).
    pub template: Option<String>,
    /// Front-matter fields every entry of this section must have.
    pub required: Vec<String>,
}

impl SectionConfig {
    /// Settings for a section folder that site.yaml does not list.
    pub fn default_for(name: &str) -> SectionConfig {
        SectionConfig {
            name: name.to_string(),
            sort_by: SortBy::Date,
            paginate_by: 12,
            feed: false,
            template: None,
            required: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchConfig {
    pub enabled: bool,
    /// Where the search page sends queries; "" = same origin `/api/search`.
    pub api_url: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Config {
    /// Folder holding site.yaml; every other path is relative to it.
    #[serde(skip)]
    pub root: PathBuf,
    pub title: String,
    /// Without trailing slash.
    pub base_url: String,
    pub default_language: String,
    pub theme: String,
    /// In site.yaml order; the default language is always present.
    pub languages: Vec<Language>,
    pub sections: IndexMap<String, SectionConfig>,
    pub taxonomies: Vec<String>,
    pub trusted_html: bool,
    pub search: SearchConfig,
}

impl Config {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn section(&self, name: &str) -> SectionConfig {
        self.sections.get(name).cloned().unwrap_or_else(|| SectionConfig::default_for(name))
    }

    /// The languages to try for `lang`, in order: itself, its chain, then the default.
    pub fn lookup_chain(&self, lang: &str) -> Vec<String> {
        let mut chain = vec![lang.to_string()];
        if let Some(l) = self.language(lang) {
            for f in &l.fallback {
                if !chain.contains(f) {
                    chain.push(f.clone());
                }
            }
        }
        if !chain.contains(&self.default_language) {
            chain.push(self.default_language.clone());
        }
        chain
    }

    pub fn search_api_url(&self) -> String {
        if self.search.api_url.is_empty() {
            "/api/search".to_string()
        } else {
            self.search.api_url.clone()
        }
    }

    /// Load `<root>/site.yaml`. Returns every problem found.
    pub fn load(root: &Path) -> Result<Config, Diagnostics> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    // point at the first byte that is not UTF-8
                    let good = e.utf8_error().valid_up_to();
                    let valid = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
                    let (line, col) = crate::diag::line_col(&valid, valid.len());
                    let mut d = Diagnostics::new();
                    d.push(Diagnostic::error(
                        "encoding",
                        &path,
                        line,
                        col,
                        "site.yaml is not valid UTF-8 (save it as UTF-8)",
                    ));
                    return Err(d);
                }
            },
            Err(e) => {
                let mut d = Diagnostics::new();
                d.push(Diagnostic::error("config", &path, 0, 0, format!("cannot read the site configuration: {e}")));
                return Err(d);
            }
        };
        Config::parse(root, &path, &text)
    }

    pub fn parse(root: &Path, path: &Path, text: &str) -> Result<Config, Diagnostics> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut diags = Diagnostics::new();
        let value = match crate::yamlpos::parse(text, 1) {
            Ok(v) => v,
            Err((line, col, msg)) => {
                diags.push(Diagnostic::error("config", path, line, col, msg));
                return Err(diags);
            }
        };
        let loc = KeyLocator::new(text, 1);
        let mut p = Checker { path, loc: &loc, diags: &mut diags };
        let Some(map) = value.as_mapping() else {
            p.err(&[], "site.yaml must be a mapping of keys to values");
            return Err(diags);
        };
        const KEYS: &[&str] = &[
            "title",
            "base_url",
            "default_language",
            "theme",
            "languages",
            "sections",
            "taxonomies",
            "markdown",
            "search",
        ];
        p.unknown_keys(map, &[], KEYS);

        let title = p.req_str(map, &[], "title").unwrap_or_default();
        let base_url = p.req_str(map, &[], "base_url").unwrap_or_default();
        if !(base_url.is_empty() || base_url.starts_with("http://") || base_url.starts_with("https://")) {
            p.err(&["base_url"], "base_url must start with http:// or https://");
        }
        let default_language = p.req_str(map, &[], "default_language").unwrap_or_default();
        let theme = p.opt_str(map, &[], "theme").unwrap_or_else(|| "esep".to_string());
        if theme.contains(['/', '\\']) || theme.starts_with('.') {
            p.err(&["theme"], "theme must be a plain folder name");
        }

        let mut languages = Vec::new();
        match map.get("languages") {
            Some(Value::Mapping(langs)) => {
                for (k, v) in langs {
                    let Some(code) = k.as_str() else {
                        p.err(&["languages"], "language codes must be strings");
                        continue;
                    };
                    let at = ["languages", code];
                    if !is_bcp47(code) {
                        p.err(&at, format!("`{code}` is not a BCP 47 language tag (e.g. en, pt-PT, sr-Latn)"));
                    }
                    let empty = serde_yaml::Mapping::new();
                    let m = match v {
                        Value::Mapping(m) => m,
                        Value::Null => &empty,
                        _ => {
                            p.err(&at, "a language is a mapping like `{ name: English }`");
                            continue;
                        }
                    };
                    p.unknown_keys(m, &at, &["name", "title", "dir", "fallback", "fallback_entries"]);
                    let name = p.opt_str(m, &at, "name").unwrap_or_else(|| code.to_string());
                    let ltitle = p.opt_str(m, &at, "title").unwrap_or_else(|| title.clone());
                    let dir = match p.opt_str(m, &at, "dir").as_deref() {
                        None | Some("ltr") => Dir::Ltr,
                        Some("rtl") => Dir::Rtl,
                        Some(other) => {
                            p.err(&[at[0], at[1], "dir"], format!("dir must be `ltr` or `rtl`, not `{other}`"));
                            Dir::Ltr
                        }
                    };
                    let fallback = p.str_list(m, &at, "fallback");
                    let fallback_entries = match p.opt_str(m, &at, "fallback_entries").as_deref() {
                        None | Some("after") => FallbackEntries::After,
                        Some("mixed") => FallbackEntries::Mixed,
                        Some("none") => FallbackEntries::None,
                        Some(other) => {
                            p.err(
                                &[at[0], at[1], "fallback_entries"],
                                format!("fallback_entries must be `after`, `mixed` or `none`, not `{other}`"),
                            );
                            FallbackEntries::After
                        }
                    };
                    languages.push(Language {
                        code: code.to_string(),
                        name,
                        title: ltitle,
                        dir,
                        fallback,
                        fallback_entries,
                    });
                }
            }
            Some(_) => p.err(&["languages"], "languages must be a mapping of language codes"),
            None => p.err(&[], "missing required key `languages`"),
        }
        if languages.is_empty() && matches!(map.get("languages"), Some(Value::Mapping(_))) {
            p.err(&["languages"], "declare at least one language, e.g. `en: { name: English }`");
        }
        let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
        for l in &languages {
            for f in &l.fallback {
                if !codes.contains(f) {
                    p.err(
                        &["languages", &l.code, "fallback"],
                        format!("fallback language `{f}` is not declared in languages"),
                    );
                } else if f == &l.code {
                    p.err(&["languages", &l.code, "fallback"], "a language cannot fall back to itself");
                }
            }
        }
        if !default_language.is_empty() && !languages.is_empty() && !codes.contains(&default_language) {
            p.err(&["default_language"], format!("default_language `{default_language}` is not declared in languages"));
        }

        let mut sections = IndexMap::new();
        match map.get("sections") {
            Some(Value::Mapping(secs)) => {
                for (k, v) in secs {
                    let Some(name) = k.as_str() else { continue };
                    let at = ["sections", name];
                    if !is_plain_segment(name) {
                        p.err(&at, format!("section name `{name}` must be a lower-case folder name"));
                    }
                    let empty = serde_yaml::Mapping::new();
                    let m = match v {
                        Value::Mapping(m) => m,
                        Value::Null => &empty,
                        _ => {
                            p.err(&at, "a section is a mapping like `{ sort_by: date, paginate_by: 12 }`");
                            continue;
                        }
                    };
                    p.unknown_keys(m, &at, &["sort_by", "paginate_by", "feed", "template", "required"]);
                    let sort_by = match p.opt_str(m, &at, "sort_by").as_deref() {
                        None | Some("date") => SortBy::Date,
                        Some("weight") => SortBy::Weight,
                        Some("starts") => SortBy::Starts,
                        Some("title") => SortBy::Title,
                        Some(other) => {
                            p.err(
                                &[at[0], at[1], "sort_by"],
                                format!("sort_by must be date, weight, starts or title, not `{other}`"),
                            );
                            SortBy::Date
                        }
                    };
                    let paginate_by = match m.get("paginate_by") {
                        None => 12,
                        Some(v) => match v.as_u64() {
                            Some(n) if n > 0 => n as usize,
                            _ => {
                                p.err(&[at[0], at[1], "paginate_by"], "paginate_by must be a positive integer");
                                12
                            }
                        },
                    };
                    let feed = p.opt_bool(m, &at, "feed").unwrap_or(false);
                    let template = p.opt_str(m, &at, "template");
                    let mut required = p.str_list(m, &at, "required");
                    // What SPEC §3 requires per section, derived from how it sorts.
                    let implied: &[&str] = match (sort_by, name) {
                        (_, "opinions") => &["date", "authors"],
                        (SortBy::Date, _) => &["date"],
                        (SortBy::Starts, _) => &["course"],
                        _ => &[],
                    };
                    for r in implied {
                        if !required.iter().any(|x| x == r) {
                            required.push(r.to_string());
                        }
                    }
                    sections.insert(
                        name.to_string(),
                        SectionConfig { name: name.to_string(), sort_by, paginate_by, feed, template, required },
                    );
                }
            }
            Some(Value::Null) | None => {}
            Some(_) => p.err(&["sections"], "sections must be a mapping of section names"),
        }

        let taxonomies = if map.contains_key("taxonomies") {
            p.str_list(map, &[], "taxonomies")
        } else {
            vec!["tags".into(), "levels".into()]
        };
        for t in &taxonomies {
            if t != "tags" && t != "levels" {
                p.err(&["taxonomies"], format!("unknown taxonomy `{t}`: agora knows `tags` and `levels`"));
            }
        }

        let mut trusted_html = false;
        match map.get("markdown") {
            Some(Value::Mapping(m)) => {
                p.unknown_keys(m, &["markdown"], &["trusted_html"]);
                trusted_html = p.opt_bool(m, &["markdown"], "trusted_html").unwrap_or(false);
            }
            Some(Value::Null) | None => {}
            Some(_) => p.err(&["markdown"], "markdown must be a mapping"),
        }

        let mut search = SearchConfig { enabled: true, api_url: String::new() };
        match map.get("search") {
            Some(Value::Mapping(m)) => {
                p.unknown_keys(m, &["search"], &["enabled", "api_url"]);
                search.enabled = p.opt_bool(m, &["search"], "enabled").unwrap_or(true);
                search.api_url = p.opt_str(m, &["search"], "api_url").unwrap_or_default();
            }
            Some(Value::Null) | None => {}
            Some(_) => p.err(&["search"], "search must be a mapping"),
        }

        if diags.has_errors() {
            return Err(diags);
        }
        Ok(Config {
            root: root.to_path_buf(),
            title,
            base_url: base_url.trim_end_matches('/').to_string(),
            default_language,
            theme,
            languages,
            sections,
            taxonomies,
            trusted_html,
            search,
        })
    }
}

/// Loose BCP 47 check: letters/digits subtags separated by '-', first 2–3 letters.
pub fn is_bcp47(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn is_plain_segment(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Typed access to a YAML mapping that records problems with their line.
pub(crate) struct Checker<'a> {
    pub path: &'a Path,
    pub loc: &'a KeyLocator<'a>,
    pub diags: &'a mut Diagnostics,
}

impl Checker<'_> {
    pub fn err(&mut self, at: &[&str], msg: impl Into<String>) {
        let (line, col) = self.loc.find(at);
        self.diags.push(Diagnostic::error(self.kind(), self.path, line, col, msg));
    }

    fn kind(&self) -> &'static str {
        if self.path.file_name().is_some_and(|n| n == CONFIG_FILE) {
            "config"
        } else {
            "front-matter"
        }
    }

    pub fn unknown_keys(&mut self, m: &serde_yaml::Mapping, at: &[&str], known: &[&str]) {
        for k in m.keys() {
            let name = k.as_str().map(str::to_string).unwrap_or_else(|| format!("{k:?}"));
            if !known.contains(&name.as_str()) {
                let mut path: Vec<&str> = at.to_vec();
                path.push(&name);
                let hint = closest(&name, known).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
                self.err(&path, format!("unknown key `{name}`{hint}; known keys: {}", known.join(", ")));
            }
        }
    }

    pub fn opt_str(&mut self, m: &serde_yaml::Mapping, at: &[&str], key: &str) -> Option<String> {
        match m.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::Bool(b)) => Some(b.to_string()),
            Some(_) => {
                self.err(&join(at, key), format!("`{key}` must be a string"));
                None
            }
        }
    }

    pub fn req_str(&mut self, m: &serde_yaml::Mapping, at: &[&str], key: &str) -> Option<String> {
        let v = self.opt_str(m, at, key);
        match v {
            Some(s) if !s.trim().is_empty() => Some(s),
            Some(_) => {
                self.err(&join(at, key), format!("`{key}` must not be empty"));
                None
            }
            None => {
                if !m.contains_key(key) {
                    self.err(at, format!("missing required key `{key}`"));
                }
                None
            }
        }
    }

    pub fn opt_bool(&mut self, m: &serde_yaml::Mapping, at: &[&str], key: &str) -> Option<bool> {
        match m.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => {
                self.err(&join(at, key), format!("`{key}` must be true or false"));
                None
            }
        }
    }

    pub fn str_list(&mut self, m: &serde_yaml::Mapping, at: &[&str], key: &str) -> Vec<String> {
        match m.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Sequence(items)) => {
                let mut out = Vec::new();
                for it in items {
                    match it {
                        Value::String(s) => out.push(s.clone()),
                        Value::Number(n) => out.push(n.to_string()),
                        _ => self.err(&join(at, key), format!("`{key}` must be a list of strings")),
                    }
                }
                out
            }
            Some(Value::String(s)) => vec![s.clone()],
            Some(_) => {
                self.err(&join(at, key), format!("`{key}` must be a list of strings"));
                Vec::new()
            }
        }
    }
}

fn join<'a>(at: &[&'a str], key: &'a str) -> Vec<&'a str> {
    let mut v = at.to_vec();
    v.push(key);
    v
}

/// The known key closest to a misspelt one (edit distance ≤ 2), or else the one
/// a shortened name starts (`trusted` → `trusted_html`).
fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edit_distance(name, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
        .or_else(|| known.iter().copied().find(|k| name.len() >= 4 && k.starts_with(name)))
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Diagnostics> {
        Config::parse(Path::new("."), Path::new("site.yaml"), text)
    }

    const GOOD: &str = "title: T\nbase_url: https://x.eu/\ndefault_language: en\nlanguages:\n  en: { name: English }\n  nl: { name: Nederlands, fallback: [en] }\n  ar: { name: العربية, dir: rtl }\nsections:\n  news: { sort_by: date, paginate_by: 3, feed: true }\n  toolkit: { sort_by: weight }\n";

    #[test]
    fn parses_languages_and_sections() {
        let c = parse(GOOD).unwrap();
        assert_eq!(c.base_url, "https://x.eu");
        assert_eq!(c.languages.len(), 3);
        assert_eq!(c.language("ar").unwrap().dir, Dir::Rtl);
        assert_eq!(c.lookup_chain("nl"), vec!["nl", "en"]);
        assert_eq!(c.section("news").paginate_by, 3);
        assert_eq!(c.section("news").required, vec!["date"]);
        assert_eq!(c.section("other").sort_by, SortBy::Date);
        assert_eq!(c.search_api_url(), "/api/search");
    }

    #[test]
    fn reports_every_unknown_key_with_its_line() {
        let text = format!("{GOOD}colour: blue\nmarkdown:\n  trusted: true\n");
        let d = parse(&text).unwrap_err();
        let msgs: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(d.error_count(), 2, "{msgs:?}");
        assert!(msgs[0].contains("site.yaml:11:1") && msgs[0].contains("`colour`"), "{msgs:?}");
        assert!(msgs[1].contains("site.yaml:13:3") && msgs[1].contains("did you mean `trusted_html`"), "{msgs:?}");
    }

    #[test]
    fn undeclared_fallback_and_default_are_errors() {
        let d = parse("title: T\nbase_url: https://x.eu\ndefault_language: de\nlanguages:\n  en: { fallback: [fr] }\n")
            .unwrap_err();
        assert_eq!(d.error_count(), 2);
    }

    #[test]
    fn bcp47() {
        assert!(is_bcp47("en") && is_bcp47("pt-PT") && is_bcp47("sr-Latn"));
        assert!(!is_bcp47("EN") && !is_bcp47("english") && !is_bcp47("../x"));
    }
}
