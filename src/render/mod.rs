//! Rendering: the theme's Tera templates with Fluent strings and localized
//! dates bound to each language.

pub mod context;
pub mod dates;
pub mod i18n;
pub mod names;
mod recursion;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Config;
use crate::content::Page;
use crate::diag::{Diagnostic, Diagnostics};
use i18n::{FtlSource, LangSpec, Origin, Translator};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_theme.rs"));
}

/// The files of a theme: `templates/…`, `static/…`, `i18n/<lang>/…`.
pub struct Theme {
    pub name: String,
    /// Where it came from, for messages (`themes/esep` or `<built-in esep>`).
    pub origin: PathBuf,
    pub files: Vec<(String, Vec<u8>)>,
    /// Symbolic links skipped while loading (said, not silently ignored).
    pub warnings: Diagnostics,
}

impl Theme {
    /// The site's `themes/<name>/`, or else the theme built into agora.
    pub fn load(config: &Config) -> Result<Theme, Diagnostic> {
        let dir = config.root.join("themes").join(&config.theme);
        if dir.is_dir() {
            let mut files = Vec::new();
            let mut warnings = Diagnostics::new();
            for e in walkdir::WalkDir::new(&dir).sort_by_file_name() {
                let e = e.map_err(|e| Diagnostic::error("theme", &dir, 0, 0, e.to_string()))?;
                if e.path_is_symlink() {
                    warnings.push(crate::content::symlink_skipped(&crate::content::rel(&config.root, e.path())));
                } else if e.file_type().is_file() {
                    let rel = e.path().strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/");
                    let bytes = std::fs::read(e.path())
                        .map_err(|err| Diagnostic::error("theme", e.path(), 0, 0, err.to_string()))?;
                    files.push((rel, bytes));
                }
            }
            return Ok(Theme {
                name: config.theme.clone(),
                origin: PathBuf::from("themes").join(&config.theme),
                files,
                warnings,
            });
        }
        if config.theme == "esep" {
            return Ok(Theme::builtin());
        }
        Err(Diagnostic::error(
            "theme",
            "site.yaml",
            0,
            0,
            format!("theme `{}` not found in themes/ (built-in themes: esep)", config.theme),
        ))
    }

    pub fn builtin() -> Theme {
        Theme {
            name: "esep".into(),
            origin: PathBuf::from("<built-in theme esep>"),
            files: embedded::FILES.iter().map(|(p, b)| (p.to_string(), b.to_vec())).collect(),
            warnings: Diagnostics::new(),
        }
    }

    pub fn static_files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().filter_map(|(p, b)| p.strip_prefix("static/").map(|r| (r, b.as_slice())))
    }

    pub fn ftl_sources(&self) -> Vec<FtlSource> {
        let mut v = Vec::new();
        for (p, b) in &self.files {
            let Some(rest) = p.strip_prefix("i18n/") else { continue };
            let Some((lang, file)) = rest.split_once('/') else { continue };
            if !file.ends_with(".ftl") {
                continue;
            }
            v.push(FtlSource {
                lang: lang.to_string(),
                path: self.origin.join(p),
                text: String::from_utf8_lossy(b).into_owned(),
                origin: Origin::Theme,
            });
        }
        v
    }
}

pub struct Renderer {
    /// One Tera per language: `t()` and `date()` are bound to it.
    teras: HashMap<String, tera::Tera>,
    names: HashSet<String>,
    pub translator: Arc<Translator>,
    /// Warnings found while loading templates and UI strings.
    pub warnings: Diagnostics,
}

impl Renderer {
    pub fn new(config: &Config, theme: &Theme) -> Result<Renderer, Diagnostics> {
        let mut diags = Diagnostics::new();
        // (name, text, file shown in messages)
        let mut templates: Vec<(String, String, PathBuf)> = Vec::new();
        for (p, b) in &theme.files {
            if let Some(name) = p.strip_prefix("templates/") {
                templates.push((name.to_string(), String::from_utf8_lossy(b).into_owned(), theme.origin.join(p)));
            }
        }
        // The site's own templates/ override the theme's, file by file.
        let site_templates = config.root.join("templates");
        if site_templates.is_dir() {
            for e in walkdir::WalkDir::new(&site_templates).sort_by_file_name().into_iter().flatten() {
                if e.path_is_symlink() {
                    diags.push(crate::content::symlink_skipped(&crate::content::rel(&config.root, e.path())));
                }
                if !e.file_type().is_file() {
                    continue;
                }
                let name = e.path().strip_prefix(&site_templates).unwrap().to_string_lossy().replace('\\', "/");
                let shown = crate::content::rel(&config.root, e.path());
                match crate::content::read_text(e.path(), &shown) {
                    Ok(text) => {
                        templates.retain(|(n, _, _)| n != &name);
                        templates.push((name, text, shown));
                    }
                    Err(d) => diags.push(d),
                }
            }
        }
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        tera.register_filter("truncate", truncate);
        // All templates in one parse (the usual case: parsing is most of
        // this function's time). Only when that fails is each parsed on its
        // own, so every syntax error is reported with its own file, line and
        // column; an include loop is an error too (Tera would overflow the
        // stack rendering it), checked once the templates parse.
        let mut syntax_ok = true;
        if let Err(all) = tera.add_raw_templates(templates.iter().map(|(n, t, _)| (n.as_str(), t.as_str()))) {
            for (name, text, shown) in &templates {
                if let Err(e) = tera::Template::new(name, None, text) {
                    syntax_ok = false;
                    let (line, col, msg) = tera_location(&error_chain(&e));
                    diags.push(Diagnostic::error("template", shown, line, col, msg));
                }
            }
            if syntax_ok {
                // each parses: the problem is between them (a missing parent, an extends loop)
                diags.push(Diagnostic::error("template", theme.origin.join("templates"), 0, 0, error_chain(&all)));
            }
        }
        if syntax_ok {
            diags.extend(recursion::check(&templates));
        }
        let names: HashSet<String> = templates.iter().map(|(n, _, _)| n.clone()).collect();

        let mut sources = theme.ftl_sources();
        match i18n::collect_ftl_sources(&config.root.join("i18n"), Origin::Site) {
            Ok(s) => sources.extend(s.into_iter().map(|mut f| {
                f.path = crate::content::rel(&config.root, &f.path);
                f
            })),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => diags.push(Diagnostic::error("i18n", "i18n", 0, 0, e.to_string())),
        }
        let specs: Vec<LangSpec> =
            config.languages.iter().map(|l| LangSpec { code: l.code.clone(), fallback: l.fallback.clone() }).collect();
        let (translator, tdiags) = Translator::new(&specs, &config.default_language, sources);
        diags.extend(tdiags);
        let translator = Arc::new(translator);
        if diags.has_errors() {
            return Err(diags);
        }
        let dates = Arc::new(dates::DateFormatter::with_languages(&specs, &config.default_language));
        let language_names = Arc::new(names::LanguageNames::new(
            &config.languages.iter().map(|l| (l.code.clone(), l.name.clone())).collect::<Vec<_>>(),
        ));
        let mut teras = HashMap::new();
        for l in &config.languages {
            let mut t = tera.clone();
            t.register_function("t", i18n::make_t_function(translator.clone(), l.code.clone()));
            t.register_function("date", dates::make_date_function_with(dates.clone(), l.code.clone()));
            t.register_function("language_name", names::make_function(language_names.clone(), l.code.clone()));
            teras.insert(l.code.clone(), t);
        }
        Ok(Renderer { teras, names, translator, warnings: diags })
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.names.contains(name)
    }

    pub fn render(&self, lang: &str, template: &str, ctx: &tera::Context) -> Result<String, Diagnostic> {
        let tera = self.teras.get(lang).expect("a Tera per declared language");
        tera.render(template, ctx)
            .map_err(|e| Diagnostic::error("template", Path::new("templates").join(template), 0, 0, error_chain(&e)))
    }

    /// The UI string `key` in `lang` (fallback chain applied), if any language has it.
    pub fn t(&self, lang: &str, key: &str) -> Option<String> {
        self.translator.format(lang, key, &serde_json::Map::new()).ok()
    }

    /// Template for an entry: front matter `template`, section config, `<section>.html`,
    /// its singular, then `page.html`.
    pub fn entry_template(&self, page: &Page, config: &Config) -> String {
        let mut candidates: Vec<String> = Vec::new();
        if let Some(t) = &page.fm.template {
            candidates.push(t.clone());
        }
        if let Some(s) = &page.section {
            if let Some(t) = config.section(s).template {
                candidates.push(t);
            }
            candidates.push(format!("{s}.html"));
            if let Some(singular) = s.strip_suffix('s') {
                candidates.push(format!("{singular}.html"));
            }
        }
        candidates.into_iter().find(|c| self.has_template(c)).unwrap_or_else(|| "page.html".to_string())
    }

    pub fn section_template(&self, section: &str) -> String {
        let specific = format!("{section}_section.html");
        if self.has_template(&specific) {
            specific
        } else {
            "section.html".to_string()
        }
    }
}

/// Split Tera's parse message (` --> 2:33 | … = expected …`) into line,
/// column and a one-line message.
fn tera_location(msg: &str) -> (usize, usize, String) {
    let Some(i) = msg.find("--> ") else { return (0, 0, msg.to_string()) };
    let pos: String = msg[i + 4..].chars().take_while(|c| c.is_ascii_digit() || *c == ':').collect();
    let mut it = pos.split(':').map(|x| x.parse::<usize>().unwrap_or(0));
    let (line, col) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
    let detail = msg.rfind("= ").map(|j| msg[j + 2..].trim()).unwrap_or("");
    let head = msg[..i].trim_end_matches([':', ' ']);
    let text = if detail.is_empty() { head.to_string() } else { format!("{head}: {detail}") };
    (line, col, text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Tera hides the useful part of an error in its source chain.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        let m = s.to_string();
        if !msg.contains(&m) {
            msg.push_str(": ");
            msg.push_str(&m);
        }
        src = s.source();
    }
    msg
}

/// HTML escaping for template output: the five characters that matter in
/// text and quoted attributes (Tera's default also escapes `/`, which bloats
/// every URL without adding safety).
pub fn escape_html(s: &str) -> String {
    html_escape::encode_quoted_attribute(s).into_owned()
}

/// Tera's `truncate` filter (`length`, `end` = "…"), counting characters
/// instead of grapheme clusters: Tera's segments the whole string on every
/// call, which showed up in profiles of large builds. A cut never separates
/// a base letter from the combining marks after it.
fn truncate(value: &tera::Value, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let s = tera::try_get_value!("truncate", "value", String, value);
    let length = match args.get("length") {
        Some(l) => tera::try_get_value!("truncate", "length", usize, l),
        None => 255,
    };
    let end = match args.get("end") {
        Some(e) => tera::try_get_value!("truncate", "end", String, e),
        None => "…".to_string(),
    };
    let Some((mut cut, _)) = s.char_indices().nth(length) else {
        return Ok(tera::Value::String(s));
    };
    let is_mark = |c: char| matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f);
    while cut > 0 && s[cut..].chars().next().is_some_and(is_mark) {
        cut = s[..cut].char_indices().last().map(|(i, _)| i).unwrap_or(0);
    }
    Ok(tera::Value::String(format!("{}{end}", &s[..cut])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(s: &str, len: usize, end: Option<&str>) -> String {
        let mut a = HashMap::new();
        a.insert("length".to_string(), tera::Value::from(len));
        if let Some(e) = end {
            a.insert("end".to_string(), tera::Value::from(e));
        }
        truncate(&tera::Value::from(s), &a).unwrap().as_str().unwrap().to_string()
    }

    #[test]
    fn truncate_counts_characters_and_keeps_marks_with_their_letter() {
        assert_eq!(call("öğretmen", 3, None), "öğr…");
        assert_eq!(call("short", 10, None), "short");
        assert_eq!(call("Ana", 1, Some("")), "A");
        // "e" + combining acute: never cut between them
        assert_eq!(call("cafe\u{301}s", 4, Some("")), "caf");
    }

    #[test]
    fn escape_html_escapes_the_five() {
        assert_eq!(escape_html("<a href=\"x\">'&'</a>/"), "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;/");
    }
}
