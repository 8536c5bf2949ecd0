//! UI strings: Fluent (`.ftl`) loading, formatting and the Tera `t()` function.
//!
//! Strings come from the theme (`themes/<theme>/i18n/<lang>/*.ftl`, possibly
//! compiled into the binary) and from the site (`i18n/<lang>/*.ftl`). The site
//! overrides the theme message by message (SPEC §6).
//!
//! Lookup of a key in language `L` follows the chain: `L`, then `L`'s declared
//! `fallback` list in order, then the default language. The first language
//! that defines the message answers. Answers given by another language than
//! the one asked for are recorded and reported by `agora i18n`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diag::{line_col, Diagnostic, Diagnostics};

/// One language as declared in `site.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangSpec {
    pub code: String,
    pub fallback: Vec<String>,
}

/// Where an `.ftl` file comes from. The site overrides the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    Theme,
    Site,
}

/// The text of one `.ftl` file and where it belongs.
#[derive(Debug, Clone)]
pub struct FtlSource {
    /// Language folder name (`nl`, `pt-PT` …).
    pub lang: String,
    /// Used in diagnostics only; may be a virtual path for built-in theme files.
    pub path: PathBuf,
    pub text: String,
    pub origin: Origin,
}

/// Reads `<dir>/<lang>/*.ftl` (language folders and files in name order).
/// A missing `dir` gives an empty list. Files directly in `dir` and
/// non-`.ftl` files are ignored. A file that is not UTF-8 is an
/// `InvalidData` error naming the file.
pub fn collect_ftl_sources(dir: &Path, origin: Origin) -> std::io::Result<Vec<FtlSource>> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    let mut lang_dirs: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() || entry.path().is_dir() {
            lang_dirs.push(entry.path());
        }
    }
    lang_dirs.sort();
    for lang_dir in lang_dirs {
        let Some(lang) = lang_dir.file_name().and_then(|n| n.to_str()).map(str::to_string) else {
            continue;
        };
        if lang.starts_with('.') {
            continue;
        }
        let mut files: Vec<PathBuf> = Vec::new();
        for entry in std::fs::read_dir(&lang_dir)? {
            let path = entry?.path();
            if path.is_file() && path.extension().is_some_and(|e| e == "ftl") {
                files.push(path);
            }
        }
        files.sort();
        for path in files {
            let bytes = std::fs::read(&path)?;
            let text = String::from_utf8(bytes).map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: not valid UTF-8", path.display()))
            })?;
            out.push(FtlSource { lang: lang.clone(), path, text, origin });
        }
    }
    Ok(out)
}

struct LangBundle {
    code: String,
    bundle: FluentBundle<FluentResource>,
    /// Message ids (not terms) defined in this language, theme + site.
    keys: BTreeSet<String>,
    /// File, line and column of the definition that answers each message id.
    defs: HashMap<String, (PathBuf, usize, usize)>,
    /// Messages that cannot be formatted here (a cycle, an unknown
    /// reference): lookups go on along the fallback chain.
    broken: HashSet<String>,
}

/// Deepest nesting of `{ … }` placeables accepted in an `.ftl` file: the
/// parser and resolver recurse per level, and thousands of levels overflow
/// the stack. Real messages nest two or three.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// All UI strings of a site, one Fluent bundle per declared language.
/// `Send + Sync`: share it behind an `Arc` between render threads.
pub struct Translator {
    langs: Vec<LangBundle>,
    /// ASCII-lower-cased code → index into `langs`.
    index: HashMap<String, usize>,
    /// Per language: indices to try, in order (itself, fallbacks, default).
    chains: Vec<Vec<usize>>,
    default_idx: usize,
    fallback_hits: RwLock<BTreeMap<String, BTreeSet<String>>>,
    /// Problems found while formatting for templates (a variable the
    /// template did not pass …), once per language and key.
    format_problems: std::sync::Mutex<BTreeMap<(String, String), Diagnostic>>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator").field("languages", &self.languages()).finish_non_exhaustive()
    }
}

fn lang_key(code: &str) -> String {
    // BCP 47 is case-insensitive; ASCII folding only (no Turkish dotless-i surprises).
    code.to_ascii_lowercase().replace('_', "-")
}

impl Translator {
    /// Builds one bundle per language in `langs` (the default language is
    /// added when it is not among them). Problems are returned, not fatal:
    ///
    /// - `fluent-syntax` (error): a parse error, with file, line and column;
    ///   the rest of the file is still used (Fluent recovers per entry);
    /// - `undeclared-language` (error): a *site* `.ftl` file in a language
    ///   folder that `site.yaml` does not declare (theme files in undeclared
    ///   languages are skipped silently: a theme may ship more languages
    ///   than a site uses);
    /// - `fluent-duplicate` (warning): the same message or term defined twice
    ///   by the same origin in one language; the first definition wins;
    /// - `i18n-language` (error): a declared code that is not a BCP 47 tag.
    pub fn new(langs: &[LangSpec], default_language: &str, sources: Vec<FtlSource>) -> (Translator, Diagnostics) {
        let mut diags = Diagnostics::new();

        let mut specs: Vec<LangSpec> = langs.to_vec();
        if !specs.iter().any(|l| lang_key(&l.code) == lang_key(default_language)) {
            specs.push(LangSpec { code: default_language.to_string(), fallback: Vec::new() });
        }

        let mut index = HashMap::new();
        let mut bundles = Vec::with_capacity(specs.len());
        for (i, spec) in specs.iter().enumerate() {
            let langid: LanguageIdentifier = match spec.code.replace('_', "-").parse() {
                Ok(id) => id,
                Err(e) => {
                    diags.push(Diagnostic::error(
                        "i18n-language",
                        "site.yaml",
                        0,
                        0,
                        format!("language code `{}` is not a valid BCP 47 tag: {e}", spec.code),
                    ));
                    LanguageIdentifier::default()
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            // NUMBER() only; cannot fail on a fresh bundle.
            let _ = bundle.add_builtins();
            index.insert(lang_key(&spec.code), i);
            bundles.push(LangBundle {
                code: spec.code.clone(),
                bundle,
                keys: BTreeSet::new(),
                defs: HashMap::new(),
                broken: HashSet::new(),
            });
        }
        let default_idx = index[&lang_key(default_language)];

        // Group sources per language, site first (first definition wins in a
        // bundle, so adding the site first makes it override the theme).
        let mut per_lang: Vec<Vec<FtlSource>> = (0..bundles.len()).map(|_| Vec::new()).collect();
        let mut undeclared_reported: HashSet<String> = HashSet::new();
        for src in sources {
            match index.get(&lang_key(&src.lang)) {
                Some(&i) => per_lang[i].push(src),
                None => {
                    if src.origin == Origin::Site && undeclared_reported.insert(lang_key(&src.lang)) {
                        let folder = src.path.parent().map(Path::to_path_buf).unwrap_or_else(|| src.path.clone());
                        diags.push(Diagnostic::error(
                            "undeclared-language",
                            folder,
                            0,
                            0,
                            format!(
                                "language folder `{}` is not declared in site.yaml `languages` (declared: {})",
                                src.lang,
                                specs.iter().map(|s| s.code.as_str()).collect::<Vec<_>>().join(", ")
                            ),
                        ));
                    }
                }
            }
        }

        for (i, mut srcs) in per_lang.into_iter().enumerate() {
            // Stable sort: keeps file order within one origin.
            srcs.sort_by_key(|s| match s.origin {
                Origin::Site => 0,
                Origin::Theme => 1,
            });
            let lb = &mut bundles[i];
            // (origin, id) → first file that defined it
            let mut seen: HashMap<(Origin, String), PathBuf> = HashMap::new();
            // name → (is a message, first file), across messages and terms
            let mut kinds: HashMap<String, (bool, PathBuf)> = HashMap::new();
            for src in srcs {
                let text = src.text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(src.text);
                if let Some((offset, why)) = unparseable(&text) {
                    let (line, col) = line_col(&text, offset);
                    diags.push(Diagnostic::error(
                        "fluent-syntax",
                        &src.path,
                        line,
                        col,
                        format!("{why}; the file is not used"),
                    ));
                    continue;
                }
                let resource = match FluentResource::try_new(text) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            let (line, col) = error_position(r.source(), &e);
                            diags.push(Diagnostic::error("fluent-syntax", &src.path, line, col, e.kind.to_string()));
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    let (id, is_msg) = match entry {
                        ast::Entry::Message(m) => (m.id.name, true),
                        ast::Entry::Term(t) => (t.id.name, false),
                        _ => continue,
                    };
                    let shown = if is_msg { id.to_string() } else { format!("-{id}") };
                    // Fluent bundles keep terms and messages in one table
                    // (fluent-rs#371): `-t` and `t` cannot both be there.
                    if let Some(&(other_is_msg, ref first)) = kinds.get(id) {
                        if other_is_msg != is_msg {
                            let (line, col) = find_definition(resource.source(), &shown);
                            let other = if other_is_msg { id.to_string() } else { format!("-{id}") };
                            diags.push(Diagnostic::warning(
                                "fluent-duplicate",
                                &src.path,
                                line,
                                col,
                                format!(
                                    "`{shown}` has the name of `{other}` in {} for `{}`; Fluent keeps one of them, so `{shown}` is ignored: rename it",
                                    first.display(),
                                    lb.code
                                ),
                            ));
                            continue;
                        }
                    } else {
                        kinds.insert(id.to_string(), (is_msg, src.path.clone()));
                    }
                    match seen.get(&(src.origin, shown.clone())) {
                        Some(first) => {
                            let (line, col) = find_definition(resource.source(), &shown);
                            diags.push(Diagnostic::warning(
                                "fluent-duplicate",
                                &src.path,
                                line,
                                col,
                                format!(
                                    "`{shown}` is already defined in {} for `{}`; this definition is ignored",
                                    first.display(),
                                    lb.code
                                ),
                            ));
                        }
                        None => {
                            seen.insert((src.origin, shown), src.path.clone());
                        }
                    }
                    if is_msg {
                        lb.keys.insert(id.to_string());
                        if !lb.defs.contains_key(id) {
                            let (line, col) = find_definition(resource.source(), id);
                            lb.defs.insert(id.to_string(), (src.path.clone(), line, col));
                        }
                    }
                }
                // Overriding errors are expected (site before theme) and the
                // same-origin duplicates were reported above.
                let _ = lb.bundle.add_resource(resource);
            }
        }

        // Resolution chains.
        let mut chains = Vec::with_capacity(specs.len());
        for (i, spec) in specs.iter().enumerate() {
            let mut chain = vec![i];
            for fb in &spec.fallback {
                if let Some(&j) = index.get(&lang_key(fb)) {
                    if !chain.contains(&j) {
                        chain.push(j);
                    }
                }
            }
            if !chain.contains(&default_idx) {
                chain.push(default_idx);
            }
            chains.push(chain);
        }

        for (i, lb) in bundles.iter_mut().enumerate() {
            diags.extend(lb.check_messages(i == default_idx));
        }

        let tr = Translator {
            langs: bundles,
            index,
            chains,
            default_idx,
            fallback_hits: RwLock::new(BTreeMap::new()),
            format_problems: Default::default(),
        };
        (tr, diags)
    }

    fn idx(&self, lang: &str) -> Option<usize> {
        self.index.get(&lang_key(lang)).copied()
    }

    /// Formats `key` (or `message.attribute`) for `lang`, following the
    /// fallback chain. Formatting problems inside a message (a missing
    /// variable …) are not fatal: Fluent's best-effort text is returned.
    /// `Err` (with a message naming the key) when no language in the chain
    /// defines the message.
    pub fn format(
        &self,
        lang: &str,
        key: &str,
        args: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<String, String> {
        let (msg_id, attr) = match key.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (key, None),
        };
        let asked = self.idx(lang);
        let chain: &[usize] = match asked {
            Some(i) => &self.chains[i],
            None => std::slice::from_ref(&self.default_idx),
        };
        let fluent_args = to_fluent_args(args);
        for &i in chain {
            let lb = &self.langs[i];
            let Some(msg) = lb.bundle.get_message(msg_id) else {
                continue;
            };
            if lb.broken.contains(msg_id) {
                continue;
            }
            let pattern = match attr {
                Some(a) => match msg.get_attribute(a) {
                    Some(at) => at.value(),
                    None => continue,
                },
                None => match msg.value() {
                    Some(p) => p,
                    None => {
                        return Err(format!(
                            "message `{key}` in `{}` has no value, only attributes (use key=\"{key}.<attribute>\")",
                            lb.code
                        ))
                    }
                },
            };
            let mut errors = Vec::new();
            let text = lb.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
            if !errors.is_empty() {
                let last = Some(&i) == chain.last();
                self.format_problem(lb, key, &errors, i == self.default_idx, args);
                if !last && i != self.default_idx {
                    continue; // a warning here; the next language may do better
                }
            }
            if let Some(a) = asked {
                if a != i {
                    self.record_fallback_hit(&self.langs[a].code, key);
                }
            }
            return Ok(text);
        }
        let tried: Vec<&str> = chain.iter().map(|&i| self.langs[i].code.as_str()).collect();
        Err(format!("no translation for key `{key}` (looked in: {})", tried.join(", ")))
    }

    fn format_problem(
        &self,
        lb: &LangBundle,
        key: &str,
        errors: &[fluent_bundle::FluentError],
        is_default: bool,
        args: &serde_json::Map<String, serde_json::Value>,
    ) {
        let mut problems = self.format_problems.lock().unwrap_or_else(|e| e.into_inner());
        let id = (lb.code.clone(), key.to_string());
        if problems.contains_key(&id) {
            return;
        }
        let (file, line, col) = lb.defs.get(key.split('.').next().unwrap_or(key)).cloned().unwrap_or_default();
        let mut given: Vec<&str> = args.keys().map(String::as_str).collect();
        given.sort();
        let msg = format!(
            "`{key}` in `{}`: {} (a template passed: {})",
            lb.code,
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
            if given.is_empty() { "no arguments".to_string() } else { given.join(", ") }
        );
        let d = if is_default {
            Diagnostic::error("fluent", file, line, col, msg)
        } else {
            Diagnostic::warning("fluent", file, line, col, format!("{msg}; the fallback language's text is used"))
        };
        problems.insert(id, d);
    }

    /// Problems met while formatting for templates since the last call.
    pub fn take_format_problems(&self) -> Diagnostics {
        let mut problems = self.format_problems.lock().unwrap_or_else(|e| e.into_inner());
        let mut ds = Diagnostics::new();
        for (_, d) in std::mem::take(&mut *problems) {
            ds.push(d);
        }
        ds
    }

    fn record_fallback_hit(&self, lang: &str, key: &str) {
        {
            let hits = self.fallback_hits.read().unwrap_or_else(|e| e.into_inner());
            if hits.get(lang).is_some_and(|s| s.contains(key)) {
                return;
            }
        }
        let mut hits = self.fallback_hits.write().unwrap_or_else(|e| e.into_inner());
        hits.entry(lang.to_string()).or_default().insert(key.to_string());
    }

    /// Whether `lang` itself (theme or site, no fallback) defines the message
    /// (`key`) or attribute (`message.attribute`).
    pub fn has(&self, lang: &str, key: &str) -> bool {
        let Some(i) = self.idx(lang) else {
            return false;
        };
        let bundle = &self.langs[i].bundle;
        match key.split_once('.') {
            Some((m, a)) => bundle.get_message(m).is_some_and(|msg| msg.get_attribute(a).is_some()),
            None => bundle.has_message(key),
        }
    }

    /// Message ids defined in `lang` itself (theme + site); empty for an
    /// unknown language.
    pub fn keys(&self, lang: &str) -> BTreeSet<String> {
        self.idx(lang).map(|i| self.langs[i].keys.clone()).unwrap_or_default()
    }

    /// Declared language codes, in `site.yaml` order (plus the default
    /// language at the end if it was not declared).
    pub fn languages(&self) -> Vec<String> {
        self.langs.iter().map(|l| l.code.clone()).collect()
    }

    /// The lookup chain of `lang` (itself, its fallbacks, the default language).
    pub fn chain(&self, lang: &str) -> Vec<String> {
        match self.idx(lang) {
            Some(i) => self.chains[i].iter().map(|&j| self.langs[j].code.clone()).collect(),
            None => vec![self.langs[self.default_idx].code.clone()],
        }
    }

    /// Keys looked up in a language during this run but answered by another
    /// language of its chain: language → keys.
    pub fn fallback_hits(&self) -> BTreeMap<String, BTreeSet<String>> {
        self.fallback_hits.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl LangBundle {
    /// Format every message and attribute once, with every variable it uses
    /// given, so what is wrong in the message itself (a reference cycle, an
    /// unknown message or term, too many placeables) is reported at its
    /// definition: an error in the default language, a warning elsewhere,
    /// where the message is then looked up along the fallback chain.
    fn check_messages(&mut self, is_default: bool) -> Diagnostics {
        use fluent_bundle::resolver::{errors::ReferenceKind, ResolverError};
        use fluent_bundle::FluentError;
        let mut ds = Diagnostics::new();
        let mut broken = HashSet::new();
        for key in &self.keys {
            let Some(msg) = self.bundle.get_message(key) else { continue };
            let patterns = msg.value().into_iter().chain(msg.attributes().map(|a| a.value()));
            for pattern in patterns {
                let mut errors = Vec::new();
                let _ = self.bundle.format_pattern(pattern, None, &mut errors);
                // give the variables it asked for, and look again
                let mut args = FluentArgs::new();
                for e in &errors {
                    if let FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable { id })) = e {
                        args.set(id.clone(), FluentValue::from(1));
                    }
                }
                let mut errors = Vec::new();
                let _ = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
                if errors.is_empty() {
                    continue;
                }
                let (file, line, col) = self.defs.get(key).cloned().unwrap_or_default();
                let what = errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
                ds.push(if is_default {
                    Diagnostic::error("fluent", file, line, col, format!("`{key}` in `{}`: {what}", self.code))
                } else {
                    Diagnostic::warning(
                        "fluent",
                        file,
                        line,
                        col,
                        format!("`{key}` in `{}`: {what}; the fallback language's text is used", self.code),
                    )
                });
                broken.insert(key.clone());
                break;
            }
        }
        if !is_default {
            self.broken = broken;
        }
        ds
    }
}

/// What the Fluent parser cannot be given: placeables nested deeper than
/// `MAX_PLACEABLE_DEPTH` (it recurses per level), and a `\\u`/`\\U` escape
/// whose digits are not ASCII (fluent-syntax 0.12 slices them by bytes and
/// panics, projectfluent/fluent-rs#389). Byte offset and message.
fn unparseable(text: &str) -> Option<(usize, String)> {
    // Any `\u`/`\U`, wherever it stands: a model of where Fluent's string
    // literals start can be fooled (fuzz defect 8), and outside strings such
    // an escape followed by a non-ASCII letter is all but unheard of.
    for (i, _) in text.match_indices('\\') {
        let mut rest = text[i + 1..].chars();
        let Some(c @ ('u' | 'U')) = rest.next() else { continue };
        let n = if c == 'u' { 4 } else { 6 };
        if rest.take(n).any(|d| !d.is_ascii()) {
            return Some((i, format!("`\\{c}` must be followed by {n} hexadecimal digits")));
        }
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                'u' | 'U' if escaped => {
                    escaped = false;
                    let n = if c == 'u' { 4 } else { 6 };
                    let digits = text[i + 1..].chars().take(n);
                    if digits.clone().any(|d| !d.is_ascii()) {
                        return Some((i - 1, format!("`\\{c}` must be followed by {n} hexadecimal digits")));
                    }
                }
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some((i, format!("placeables are nested more than {MAX_PLACEABLE_DEPTH} deep here")));
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Where to point a translator at for a parse error. Fluent reports an
/// unclosed `{ $x` at the start of the *next* line (where it looked for
/// `}`); point just after the last character of the broken line instead.
fn error_position(text: &str, e: &fluent_syntax::parser::ParserError) -> (usize, usize) {
    let pos = e.pos.start.min(text.len());
    let slice_start = e.slice.as_ref().map(|s| s.start).unwrap_or(pos);
    let (line, col) = line_col(text, pos);
    if col == 1 && slice_start < pos && matches!(e.kind, fluent_syntax::parser::ErrorKind::ExpectedToken(_)) {
        let before = text[slice_start..pos].trim_end();
        if !before.is_empty() {
            return line_col(text, slice_start + before.len());
        }
    }
    (line, col)
}

/// 1-based line/column of a definition of `id` (`-term` for terms) in an
/// FTL text: a line starting with `id` followed by `=` (spaces allowed);
/// the second such line when there are several (the duplicate), (0, 0)
/// when there is none.
fn find_definition(text: &str, id: &str) -> (usize, usize) {
    // Fluent keeps the first definition in a bundle, but a duplicate inside
    // one file must point at the *second* occurrence.
    let mut offset = 0;
    let mut hits = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start_matches([' ', '\t']).starts_with('=') {
                hits.push(offset);
            }
        }
        offset += line.len();
    }
    match hits.as_slice() {
        [] => (0, 0),
        [only] => line_col(text, *only),
        [_, second, ..] => line_col(text, *second),
    }
}

fn to_fluent_args(args: &serde_json::Map<String, serde_json::Value>) -> FluentArgs<'static> {
    use serde_json::Value;
    let mut out = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        let fv: FluentValue<'static> = match v {
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    FluentValue::from(i)
                } else if let Some(u) = n.as_u64() {
                    FluentValue::from(u)
                } else {
                    FluentValue::from(n.as_f64().unwrap_or(0.0))
                }
            }
            Value::String(s) => FluentValue::from(s.clone()),
            Value::Bool(b) => FluentValue::from(b.to_string()),
            Value::Null => FluentValue::from(String::new()),
            other => FluentValue::from(other.to_string()),
        };
        out.set(k.clone(), fv);
    }
    out
}

/// The Tera function `t(key=…, …)` bound to one language.
struct TFunction {
    tr: Arc<Translator>,
    lang: String,
    /// Formatted messages by key and arguments: a build asks for the same
    /// few hundred strings hundreds of thousands of times.
    cache: std::sync::RwLock<rustc_hash::FxHashMap<String, String>>,
}

/// Entries kept per language before the cache stops growing.
const T_CACHE_MAX: usize = 50_000;

impl tera::Function for TFunction {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = match args.get("key") {
            Some(tera::Value::String(k)) => k,
            Some(other) => return Err(tera::Error::msg(format!("t(): `key` must be a string, got {other}"))),
            None => return Err(tera::Error::msg("t(): missing `key` argument, e.g. t(key=\"read-more\")")),
        };
        // Sorted for determinism (HashMap order is random).
        let mut named: Vec<(&String, &tera::Value)> =
            args.iter().filter(|(k, _)| k.as_str() != "key" && k.as_str() != "default").collect();
        named.sort_by(|a, b| a.0.cmp(b.0));
        let mut cache_key = key.clone();
        for (k, v) in &named {
            cache_key.push('\u{1}');
            cache_key.push_str(k);
            cache_key.push('=');
            cache_key.push_str(&v.to_string());
        }
        if let Some(hit) = self.cache.read().unwrap_or_else(|p| p.into_inner()).get(&cache_key) {
            return Ok(tera::Value::String(hit.clone()));
        }
        let fargs: serde_json::Map<String, serde_json::Value> =
            named.into_iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        match (self.tr.format(&self.lang, key, &fargs), args.get("default")) {
            (Ok(s), _) => {
                let mut c = self.cache.write().unwrap_or_else(|p| p.into_inner());
                if c.len() < T_CACHE_MAX {
                    c.insert(cache_key, s.clone());
                }
                Ok(tera::Value::String(s))
            }
            // `default=` makes a message optional (e.g. site-specific strings a theme may show).
            (Err(_), Some(d)) => Ok(d.clone()),
            (Err(e), None) => Err(tera::Error::msg(format!("t(): {e} [page language `{}`]", self.lang))),
        }
    }
}

/// Tera function `t(key=…, …args)` bound to `lang`. Every named argument
/// except `key` becomes a Fluent argument. An unknown key (in the whole
/// chain) is a `tera::Error` naming the key; Tera adds the template name —
/// unless a `default=` argument is given, which is returned instead.
/// The result is autoescaped like any other function output.
pub fn make_t_function(tr: Arc<Translator>, lang: String) -> impl tera::Function {
    TFunction { tr, lang, cache: Default::default() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(code: &str, fallback: &[&str]) -> LangSpec {
        LangSpec { code: code.into(), fallback: fallback.iter().map(|s| s.to_string()).collect() }
    }

    fn src(lang: &str, name: &str, origin: Origin, text: &str) -> FtlSource {
        FtlSource { lang: lang.into(), path: PathBuf::from(format!("i18n/{lang}/{name}")), text: text.into(), origin }
    }

    fn args(v: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    const EN: &str = "\
read-more = Read more
results-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
greeting = Hello, { $name }!
only-en = Only in English
nav = Navigation
    .title = Main navigation
";

    const NL: &str = "\
read-more = Lees meer
results-count = { $count ->
    [one] { $count } resultaat
   *[other] { $count } resultaten
}
greeting = Hallo, { $name }!
";

    const TR: &str = "\
read-more = Devamını oku
results-count = { $count } sonuç
greeting = Merhaba, { $name }!
";

    const AR: &str = "\
read-more = اقرأ المزيد
results-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة (other)
}
";

    const SV: &str = "read-more = Läs mer\nsv-only = Bara svenska\n";

    fn langs() -> Vec<LangSpec> {
        vec![
            spec("en", &[]),
            spec("nl", &["en"]),
            spec("sv", &[]),
            spec("tr", &[]),
            spec("ar", &[]),
            spec("nb", &["sv", "en"]),
        ]
    }

    fn translator() -> Translator {
        let sources = vec![
            src("en", "main.ftl", Origin::Site, EN),
            src("nl", "main.ftl", Origin::Site, NL),
            src("tr", "main.ftl", Origin::Site, TR),
            src("ar", "main.ftl", Origin::Site, AR),
            src("sv", "main.ftl", Origin::Site, SV),
            src("nb", "main.ftl", Origin::Site, "nb-only = Bare norsk\n"),
        ];
        let (tr, d) = Translator::new(&langs(), "en", sources);
        assert!(d.is_empty(), "{d:?}");
        tr
    }

    #[test]
    fn translator_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Translator>();
    }

    #[test]
    fn formats_with_args_and_plurals_en_nl_tr() {
        let tr = translator();
        let none = serde_json::Map::new();
        assert_eq!(tr.format("en", "read-more", &none).unwrap(), "Read more");
        assert_eq!(tr.format("en", "results-count", &args(json!({"count": 1}))).unwrap(), "1 result");
        assert_eq!(tr.format("en", "results-count", &args(json!({"count": 5}))).unwrap(), "5 results");
        assert_eq!(tr.format("nl", "results-count", &args(json!({"count": 1}))).unwrap(), "1 resultaat");
        assert_eq!(tr.format("nl", "results-count", &args(json!({"count": 2}))).unwrap(), "2 resultaten");
        assert_eq!(tr.format("tr", "results-count", &args(json!({"count": 2}))).unwrap(), "2 sonuç");
        assert_eq!(tr.format("tr", "read-more", &none).unwrap(), "Devamını oku");
        // no isolation marks around placeables
        let g = tr.format("tr", "greeting", &args(json!({"name": "Ayşe"}))).unwrap();
        assert_eq!(g, "Merhaba, Ayşe!");
        assert!(!g.contains('\u{2068}') && !g.contains('\u{2069}'));
        // attributes
        assert_eq!(tr.format("en", "nav.title", &none).unwrap(), "Main navigation");
        // floats
        assert_eq!(tr.format("en", "results-count", &args(json!({"count": 1.5}))).unwrap(), "1.5 results");
    }

    #[test]
    fn arabic_plural_categories() {
        let tr = translator();
        let f = |n: i64| tr.format("ar", "results-count", &args(json!({ "count": n }))).unwrap();
        assert_eq!(f(0), "لا توجد نتائج"); // zero
        assert_eq!(f(1), "نتيجة واحدة"); // one
        assert_eq!(f(2), "نتيجتان"); // two
        assert_eq!(f(5), "5 نتائج"); // few (3–10)
        assert_eq!(f(11), "11 نتيجة"); // many (11–99)
        assert_eq!(f(100), "100 نتيجة (other)"); // other
    }

    #[test]
    fn missing_variable_is_not_fatal() {
        let tr = translator();
        let out = tr.format("en", "greeting", &serde_json::Map::new()).unwrap();
        assert!(out.starts_with("Hello, "), "{out}");
    }

    #[test]
    fn bool_and_null_args_become_strings() {
        let tr = translator();
        assert_eq!(tr.format("en", "greeting", &args(json!({"name": true}))).unwrap(), "Hello, true!");
        assert_eq!(tr.format("en", "greeting", &args(json!({"name": null}))).unwrap(), "Hello, !");
    }

    #[test]
    fn fallback_chain_and_hits() {
        let tr = translator();
        let none = serde_json::Map::new();
        // nl → en
        assert_eq!(tr.format("nl", "only-en", &none).unwrap(), "Only in English");
        assert!(!tr.has("nl", "only-en"));
        assert!(tr.has("en", "only-en"));
        // nb → [sv, en]: sv answers before en
        assert_eq!(tr.format("nb", "read-more", &none).unwrap(), "Läs mer");
        assert_eq!(tr.format("nb", "sv-only", &none).unwrap(), "Bara svenska");
        assert_eq!(tr.format("nb", "only-en", &none).unwrap(), "Only in English");
        assert_eq!(tr.format("nb", "nb-only", &none).unwrap(), "Bare norsk");
        // sv has no declared fallback: still the default language
        assert_eq!(tr.format("sv", "only-en", &none).unwrap(), "Only in English");
        // own language wins
        assert_eq!(tr.format("nl", "read-more", &none).unwrap(), "Lees meer");
        assert_eq!(tr.chain("nb"), vec!["nb", "sv", "en"]);

        let hits = tr.fallback_hits();
        assert_eq!(hits["nl"], BTreeSet::from(["only-en".to_string()]));
        assert_eq!(hits["nb"], BTreeSet::from(["read-more".to_string(), "sv-only".to_string(), "only-en".to_string()]));
        assert!(!hits.contains_key("en"));
        // case-insensitive language lookup
        assert_eq!(tr.format("NL", "read-more", &none).unwrap(), "Lees meer");
    }

    #[test]
    fn missing_everywhere_names_the_key() {
        let tr = translator();
        let err = tr.format("nl", "no-such-key", &serde_json::Map::new()).unwrap_err();
        assert!(err.contains("no-such-key"), "{err}");
        assert!(err.contains("nl") && err.contains("en"), "{err}");
    }

    #[test]
    fn site_overrides_theme_per_message() {
        let sources = vec![
            src(
                "en",
                "theme.ftl",
                Origin::Theme,
                "read-more = Theme read more\nback = Back\n-brand = ThemeBrand\nabout = About { -brand }\n",
            ),
            src("en", "site.ftl", Origin::Site, "read-more = Site read more\n-brand = SiteBrand\n"),
            src("nl", "theme.ftl", Origin::Theme, "back = Terug\n"),
        ];
        let (tr, d) = Translator::new(&[spec("en", &[]), spec("nl", &["en"])], "en", sources);
        assert!(d.is_empty(), "{d:?}");
        let none = serde_json::Map::new();
        assert_eq!(tr.format("en", "read-more", &none).unwrap(), "Site read more");
        assert_eq!(tr.format("en", "back", &none).unwrap(), "Back");
        assert_eq!(tr.format("en", "about", &none).unwrap(), "About SiteBrand");
        assert_eq!(tr.format("nl", "back", &none).unwrap(), "Terug");
        assert_eq!(tr.format("nl", "read-more", &none).unwrap(), "Site read more");
        assert_eq!(tr.keys("en"), BTreeSet::from(["read-more".to_string(), "back".to_string(), "about".to_string()]));
        assert_eq!(tr.keys("nl"), BTreeSet::from(["back".to_string()]));
    }

    #[test]
    fn duplicate_in_same_origin_warns_first_wins() {
        let sources = vec![
            src("en", "a.ftl", Origin::Site, "x = first\n"),
            src("en", "b.ftl", Origin::Site, "y = why\n\nx = second\n"),
        ];
        let (tr, d) = Translator::new(&[spec("en", &[])], "en", sources);
        assert_eq!(d.0.len(), 1, "{d:?}");
        let w = &d.0[0];
        assert_eq!(w.kind, "fluent-duplicate");
        assert_eq!(w.severity, crate::diag::Severity::Warning);
        assert_eq!((w.line, w.column), (3, 1));
        assert!(w.file.ends_with("b.ftl"));
        assert_eq!(tr.format("en", "x", &serde_json::Map::new()).unwrap(), "first");
    }

    #[test]
    fn fuzzed_inputs_are_errors_not_panics() {
        // fuzz/regressions/fluent: a \\u escape with non-ASCII digits
        // panicked inside fluent-syntax; a term hid a message of its name
        let (_, d) = Translator::new(&langs(), "en", vec![src("en", "x.ftl", Origin::Site, "a = {\"\\u\u{42b}\"}\n")]);
        assert!(d.0.iter().any(|d| d.kind == "fluent-syntax" && d.line == 1), "{d:?}");
        // defect 8: the same, where the pre-check lost track of strings
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/regressions/fluent/unicode-escape-bom-past-the-precheck");
        let bytes = std::fs::read(path).unwrap();
        let text = String::from_utf8_lossy(&bytes[1..]).to_string();
        let (_, d) = Translator::new(&langs(), "en", vec![src("en", "x.ftl", Origin::Site, &text)]);
        assert!(d.0.iter().any(|d| d.kind == "fluent-syntax" && d.line > 0), "{d:?}");
        let (tr, d) = Translator::new(&langs(), "en", vec![src("en", "x.ftl", Origin::Site, "-t = g\nt = r\n")]);
        assert!(d.0.iter().any(|d| d.kind == "fluent-duplicate" && d.line == 2), "{d:?}");
        assert_eq!(tr.keys("en").contains("t"), tr.has("en", "t"));
    }

    #[test]
    fn syntax_error_location() {
        // Line 3: the stray `@` is character 25 (é counts once).
        let text = "ok = Fine\nalso-ok = Good\nbad-msg = Héllo { $name @ }\nafter = Still here\n";
        let sources = vec![src("en", "broken.ftl", Origin::Site, text)];
        let (tr, d) = Translator::new(&[spec("en", &[])], "en", sources);
        assert_eq!(d.error_count(), 1, "{d:?}");
        let e = &d.0[0];
        assert_eq!(e.kind, "fluent-syntax");
        assert!(e.file.ends_with("broken.ftl"));
        assert_eq!(e.line, 3, "{e}");
        assert_eq!(e.column, 25, "{e}");
        assert!(e.message.contains('}'), "{e}");
        // recovery: the other messages still work
        assert_eq!(tr.format("en", "ok", &serde_json::Map::new()).unwrap(), "Fine");
        assert_eq!(tr.format("en", "after", &serde_json::Map::new()).unwrap(), "Still here");
        assert!(!tr.has("en", "bad"));
    }

    #[test]
    fn unclosed_placeable_points_at_its_line() {
        // Fluent notices the missing `}` on line 4; the translator must fix line 3.
        let text = "ok = Fine\nalso-ok = Good\nbad = { $x\nafter = Still here\n";
        let (_tr, d) = Translator::new(&[spec("en", &[])], "en", vec![src("en", "x.ftl", Origin::Site, text)]);
        assert_eq!(d.error_count(), 1, "{d:?}");
        assert_eq!((d.0[0].line, d.0[0].column), (3, 11), "{}", d.0[0]);
    }

    #[test]
    fn syntax_error_column_with_bom_and_crlf() {
        // BOM is not a column; CRLF counts as one line break.
        let text = "\u{feff}a = 1\r\nb = 2\r\nc = Ü { $x @ }\r\nd = 4\r\n";
        let (tr, d) = Translator::new(&[spec("en", &[])], "en", vec![src("en", "x.ftl", Origin::Site, text)]);
        assert_eq!(d.error_count(), 1, "{d:?}");
        let e = &d.0[0];
        assert_eq!((e.line, e.column), (3, 12), "{e}");
        assert_eq!(tr.format("en", "a", &serde_json::Map::new()).unwrap(), "1");
        assert_eq!(tr.format("en", "d", &serde_json::Map::new()).unwrap(), "4");
    }

    #[test]
    fn undeclared_language_folder() {
        let sources = vec![
            src("en", "main.ftl", Origin::Site, "a = A\n"),
            src("fr", "main.ftl", Origin::Site, "a = A\n"),
            src("fr", "more.ftl", Origin::Site, "b = B\n"),
            src("de", "main.ftl", Origin::Theme, "a = A\n"),
        ];
        let (tr, d) = Translator::new(&[spec("en", &[])], "en", sources);
        assert_eq!(d.error_count(), 1, "{d:?}");
        let e = &d.0[0];
        assert_eq!(e.kind, "undeclared-language");
        assert!(e.file.ends_with("i18n/fr"), "{e}");
        assert!(e.message.contains("`fr`"));
        assert_eq!(tr.languages(), vec!["en"]);
    }

    #[test]
    fn collects_files_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        let i18n = dir.path().join("i18n");
        std::fs::create_dir_all(i18n.join("en")).unwrap();
        std::fs::create_dir_all(i18n.join("nl")).unwrap();
        std::fs::write(i18n.join("en/b.ftl"), "b = B\n").unwrap();
        std::fs::write(i18n.join("en/a.ftl"), "a = A\n").unwrap();
        std::fs::write(i18n.join("en/notes.txt"), "ignored").unwrap();
        std::fs::write(i18n.join("nl/a.ftl"), "a = NL-A\n").unwrap();
        std::fs::write(i18n.join("README.md"), "ignored").unwrap();
        let srcs = collect_ftl_sources(&i18n, Origin::Site).unwrap();
        let names: Vec<String> =
            srcs.iter().map(|s| format!("{}/{}", s.lang, s.path.file_name().unwrap().to_string_lossy())).collect();
        assert_eq!(names, vec!["en/a.ftl", "en/b.ftl", "nl/a.ftl"]);
        assert!(srcs.iter().all(|s| s.origin == Origin::Site));
        assert!(collect_ftl_sources(&dir.path().join("nope"), Origin::Theme).unwrap().is_empty());

        let (tr, d) = Translator::new(&[spec("en", &[]), spec("nl", &[])], "en", srcs);
        assert!(d.is_empty());
        assert_eq!(tr.format("nl", "a", &serde_json::Map::new()).unwrap(), "NL-A");
        assert_eq!(tr.format("nl", "b", &serde_json::Map::new()).unwrap(), "B");
    }

    #[test]
    fn tera_t_function() {
        let tr = Arc::new(translator());
        let mut tera = tera::Tera::default();
        tera.add_raw_template("p.html", "{{ t(key=\"results-count\", count=2) }}|{{ t(key=\"read-more\") }}").unwrap();
        let expect = [("nl", "2 resultaten|Lees meer"), ("tr", "2 sonuç|Devamını oku"), ("ar", "نتيجتان|اقرأ المزيد")];
        for (lang, want) in expect {
            let mut t = tera.clone();
            t.register_function("t", make_t_function(tr.clone(), lang.to_string()));
            let out = t.render("p.html", &tera::Context::new()).unwrap();
            assert_eq!(out, want);
        }
    }

    #[test]
    fn tera_template_file_with_t_and_date() {
        use crate::render::dates::{make_date_function_with, DateFormatter};
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("page.html"),
            "<p>{{ t(key=\"results-count\", count=2) }}</p><time>{{ date(value=\"2026-11-25\") }}</time>",
        )
        .unwrap();
        let glob = format!("{}/*.html", dir.path().display());
        let base = tera::Tera::new(&glob).unwrap();
        let tr = Arc::new(translator());
        let dates = Arc::new(DateFormatter::with_languages(&langs(), "en"));
        let render = |lang: &str| {
            let mut t = base.clone();
            t.register_function("t", make_t_function(tr.clone(), lang.to_string()));
            t.register_function("date", make_date_function_with(dates.clone(), lang.to_string()));
            t.render("page.html", &tera::Context::new()).unwrap()
        };
        assert_eq!(render("nl"), "<p>2 resultaten</p><time>25 november 2026</time>");
        assert_eq!(render("tr"), "<p>2 sonuç</p><time>25 Kasım 2026</time>");
        assert_eq!(render("ar"), "<p>نتيجتان</p><time>25 نوفمبر 2026</time>");
    }

    #[test]
    fn tera_t_default_makes_a_key_optional() {
        let (tr, _) = Translator::new(&[spec("en", &[])], "en", vec![src("en", "a.ftl", Origin::Theme, EN)]);
        let f = make_t_function(Arc::new(tr), "en".into());
        let mut a = HashMap::new();
        a.insert("key".to_string(), json!("nowhere"));
        assert!(tera::Function::call(&f, &a).is_err());
        a.insert("default".to_string(), json!(""));
        assert_eq!(tera::Function::call(&f, &a).unwrap(), json!(""));
        a.insert("key".to_string(), json!("read-more"));
        assert_eq!(tera::Function::call(&f, &a).unwrap(), json!("Read more"));
    }

    #[test]
    fn tera_t_unknown_key_is_error_naming_key() {
        let tr = Arc::new(translator());
        let mut tera = tera::Tera::default();
        tera.add_raw_template("page.html", "{{ t(key=\"nope-key\") }}").unwrap();
        tera.register_function("t", make_t_function(tr, "nl".into()));
        let err = tera.render("page.html", &tera::Context::new()).unwrap_err();
        let mut chain = err.to_string();
        let mut src = std::error::Error::source(&err);
        while let Some(s) = src {
            chain.push_str(" / ");
            chain.push_str(&s.to_string());
            src = s.source();
        }
        assert!(chain.contains("nope-key"), "{chain}");
        assert!(chain.contains("page.html"), "{chain}");
    }
}
