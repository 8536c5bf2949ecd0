//! `agora i18n`, as a translator uses it, on a temporary copy of the example
//! site: the JSON and text reports (UI strings and content), stale detection
//! after an edit of an English source and `--mark-current`, missing and
//! obsolete UI strings (and what the built site shows instead), Fluent syntax
//! errors with file, line and column, missing content shown through a
//! fallback language, and `--lang`; optional theme messages and `--fail-on`;
//! `--diff` on a git repository made in the test; XLIFF export read and
//! filled in by translate-toolkit (a real XLIFF reader, from PyPI), then
//! imported, built and compared; located errors for bad XLIFF.
//!
//! Expectations are derived from the site's own files (content front matter,
//! `.ftl` files, site.yaml), never from an earlier run of the binary.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::support::{
    self, agora, agora_in, build, build_ok, content, example_site, listing, one, page, read, site_yaml, text, Kind, Run,
};

const ETWINNING_KEY: &str = "news/etwinning-celebrates-20-years";
const ETWINNING_EN: &str = "content/en/news/etwinning-celebrates-20-years.md";
const ETWINNING_NL: &str = "content/nl/news/etwinning-celebrates-20-years.md";

// ---------------------------------------------------------------- running

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `agora i18n --root <root> <extra…>`.
fn i18n(root: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["i18n", "--root", s(root)];
    args.extend_from_slice(extra);
    agora(&args)
}

/// `agora i18n --root <root> --format json <extra…>`, parsed.
fn i18n_json(root: &Path, extra: &[&str]) -> (Run, Value) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let run = i18n(root, &args);
    let v: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.output()));
    (run, v)
}

/// The report of one language.
fn lang<'a>(v: &'a Value, code: &str) -> &'a Value {
    v["report"]["languages"]
        .as_array()
        .unwrap_or_else(|| panic!("no report.languages in {v:#}"))
        .iter()
        .find(|l| l["lang"] == code)
        .unwrap_or_else(|| panic!("no language {code} in the report:\n{v:#}"))
}

fn report_langs(v: &Value) -> Vec<String> {
    v["report"]["languages"].as_array().unwrap().iter().map(|l| l["lang"].as_str().unwrap().to_string()).collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

fn count(v: &Value) -> usize {
    v.as_u64().unwrap_or_else(|| panic!("not a count: {v}")) as usize
}

fn unexpected_problems(v: &Value) -> Vec<&Value> {
    v["problems"].as_array().unwrap().iter().collect()
}

/// The exit status agrees with the `errors` count, which counts the error problems.
fn assert_exit_matches_errors(run: &Run, v: &Value) {
    let errors = v["problems"].as_array().unwrap().iter().filter(|p| p["severity"] == "error").count();
    assert_eq!(count(&v["errors"]), errors, "{v:#}");
    assert_eq!(run.code, i32::from(errors > 0), "exit status vs errors:\n{}", run.output());
}

// ---------------------------------------------------------------- expectations from the files

/// Front matter (as YAML) and body of a content file (BOM and CRLF tolerated).
fn front_matter(path: &Path) -> (serde_yaml::Mapping, String) {
    let text = read(path).replace("\r\n", "\n");
    let text = text.trim_start_matches('\u{feff}');
    let rest = text.strip_prefix("---\n").unwrap_or_else(|| panic!("{}: no front matter", path.display()));
    let end = rest.find("\n---\n").unwrap_or_else(|| panic!("{}: front matter not closed", path.display()));
    let fm = serde_yaml::from_str(&rest[..end]).unwrap();
    (fm, rest[end + 5..].to_string())
}

fn fm_str(fm: &serde_yaml::Mapping, key: &str) -> Option<String> {
    fm.get(key).and_then(|v| v.as_str()).map(str::to_string)
}

/// The documented source hash (src/i18n/report.rs): the first 12 hex
/// digits of SHA-256 over `title + "\n" + body`, the body trimmed.
fn expected_hash(root: &Path, source: &str) -> String {
    let (fm, body) = front_matter(&root.join(source));
    let title = fm_str(&fm, "title").unwrap();
    let digest = Sha256::digest(format!("{title}\n{}", body.trim()).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect::<String>()[..12].to_string()
}

fn recorded_hash(root: &Path, file: &str) -> Option<String> {
    fm_str(&front_matter(&root.join(file)).0, "source_hash")
}

/// (default language, [(code, fallback chain)] in site.yaml order).
fn languages(root: &Path) -> (String, Vec<(String, Vec<String>)>) {
    let y = site_yaml(root);
    let default = y["default_language"].as_str().unwrap().to_string();
    let langs = y["languages"]
        .as_mapping()
        .unwrap()
        .iter()
        .map(|(k, v)| {
            let fb = v.get("fallback").and_then(|f| f.as_sequence()).cloned().unwrap_or_default();
            (k.as_str().unwrap().to_string(), fb.iter().map(|x| x.as_str().unwrap().to_string()).collect())
        })
        .collect();
    (default, langs)
}

/// What a report must say about the content, from the files alone.
struct Expected {
    default: String,
    /// Non-default languages in site.yaml order, with their fallback chains.
    langs: Vec<(String, Vec<String>)>,
    /// Published entries and pages per language: translation key → file.
    published: BTreeMap<String, BTreeMap<String, String>>,
}

impl Expected {
    fn of(root: &Path) -> Expected {
        let (default, langs) = languages(root);
        let mut published: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for c in content(root) {
            if matches!(c.kind, Kind::Entry | Kind::Page) && c.published(false, false) {
                published.entry(c.lang.clone()).or_default().insert(c.key.clone(), c.file.clone());
            }
        }
        let langs = langs.into_iter().filter(|(l, _)| *l != default).collect();
        Expected { default, langs, published }
    }

    fn of_lang(&self, l: &str) -> BTreeMap<String, String> {
        self.published.get(l).cloned().unwrap_or_default()
    }

    fn sources(&self) -> BTreeMap<String, String> {
        self.of_lang(&self.default)
    }

    /// key → translation file, for the keys that have a source.
    fn translated(&self, l: &str) -> BTreeMap<String, String> {
        let src = self.sources();
        self.of_lang(l).into_iter().filter(|(k, _)| src.contains_key(k)).collect()
    }

    /// key → source file, for the sources without a translation in `l`.
    fn missing(&self, l: &str) -> BTreeMap<String, String> {
        let mine = self.of_lang(l);
        self.sources().into_iter().filter(|(k, _)| !mine.contains_key(k)).collect()
    }

    /// Missing key → first fallback language that has it.
    fn via_fallback(&self, l: &str) -> BTreeMap<String, String> {
        let chain = &self.langs.iter().find(|(c, _)| c == l).unwrap().1;
        self.missing(l)
            .into_keys()
            .filter_map(|k| chain.iter().find(|fb| self.of_lang(fb).contains_key(&k)).map(|fb| (k, fb.clone())))
            .collect()
    }

    /// key → file of translations without a source.
    fn orphaned(&self, l: &str) -> BTreeMap<String, String> {
        let src = self.sources();
        self.of_lang(l).into_iter().filter(|(k, _)| !src.contains_key(k)).collect()
    }
}

/// Message ids (not terms) defined in a language: the built-in theme's
/// `themes/esep/i18n/<l>/*.ftl` (compiled into the binary from this
/// repository) plus the site's `i18n/<l>/*.ftl`.
fn ftl_keys(site: &Path, l: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for dir in [support::repo().join("themes/esep/i18n").join(l), site.join("i18n").join(l)] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        for e in rd.flatten() {
            if e.path().extension().is_none_or(|x| x != "ftl") {
                continue;
            }
            for line in read(&e.path()).lines() {
                let id: String =
                    line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
                let starts_ok = id.starts_with(|c: char| c.is_ascii_alphabetic());
                if starts_ok && line[id.len()..].trim_start().starts_with('=') {
                    keys.insert(id);
                }
            }
        }
    }
    keys
}

/// (key, file) pairs of a JSON list of objects.
fn pairs(v: &Value, key: &str, val: &str) -> BTreeMap<String, String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| (x[key].as_str().unwrap().to_string(), x[val].as_str().unwrap().to_string()))
        .collect()
}

fn assert_percent(v: &Value, done: usize, total: usize) {
    let want = if total == 0 { 100.0 } else { 100.0 * done as f64 / total as f64 };
    let got = v.as_f64().unwrap_or_else(|| panic!("percent is not a number: {v}"));
    assert!((got - want).abs() <= 0.05 + 1e-9, "percent {got}, expected {want:.2} ({done}/{total})");
}

/// Rows of the summary table of the text report: lang → cells.
fn summary_rows(stdout: &str) -> BTreeMap<String, Vec<String>> {
    let mut lines = stdout.lines().skip_while(|l| !(l.starts_with("lang") && l.contains("UI")));
    assert!(lines.next().is_some(), "no summary table header in:\n{stdout}");
    lines
        .take_while(|l| !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<String> = l.split_whitespace().map(str::to_string).collect();
            (cells[0].clone(), cells[1..].to_vec())
        })
        .collect()
}

fn edit(root: &Path, rel: &str, f: impl FnOnce(String) -> String) {
    let p = root.join(rel);
    let new = f(read(&p));
    std::fs::write(p, new).unwrap();
}

fn to_crlf(root: &Path, rel: &str) -> Vec<u8> {
    let p = root.join(rel);
    let crlf = read(&p).replace("\r\n", "\n").replace('\n', "\r\n");
    std::fs::write(&p, &crlf).unwrap();
    crlf.into_bytes()
}

fn bytes(root: &Path, rel: &str) -> Vec<u8> {
    std::fs::read(root.join(rel)).unwrap()
}

// ---------------------------------------------------------------- the clean example site

#[test]
fn json_report_has_the_documented_shape_and_counts_from_the_content() {
    let site = example_site();
    let root = site.path();
    let exp = Expected::of(root);
    let (run, v) = i18n_json(root, &[]);

    let top: BTreeSet<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(top, BTreeSet::from(["report", "errors", "problems"]), "{v:#}");
    assert!(v["problems"].is_array());
    assert_exit_matches_errors(&run, &v);
    assert_eq!(v["report"]["default_language"], exp.default.as_str());
    let codes: Vec<String> = exp.langs.iter().map(|(c, _)| c.clone()).collect();
    assert_eq!(report_langs(&v), codes, "every non-default language, in site.yaml order");

    let sources = exp.sources();
    assert!(sources.len() > 20, "the example site has English entries: {sources:?}");
    let en_keys = ftl_keys(root, &exp.default);
    for (code, _) in &exp.langs {
        let l = lang(&v, code);
        let ui = &l["ui"];
        for k in ["total_keys", "translated", "missing", "obsolete", "percent"] {
            assert!(ui.get(k).is_some(), "{code}: ui.{k} missing in {ui:#}");
        }
        let c = &l["content"];
        let ckeys: BTreeSet<&str> = c.as_object().unwrap().keys().map(String::as_str).collect();
        let want =
            ["source_entries", "translated", "missing", "via_fallback", "stale", "unverified", "orphaned", "percent"];
        assert_eq!(ckeys, BTreeSet::from(want), "{code}: content fields");

        // UI strings: the default language's message ids, from the .ftl files
        assert_eq!(count(&ui["total_keys"]), en_keys.len(), "{code}: total_keys");
        let mine = ftl_keys(root, code);
        assert_eq!(count(&ui["translated"]), en_keys.intersection(&mine).count(), "{code}");
        assert_percent(&ui["percent"], count(&ui["translated"]), en_keys.len());

        // content
        assert_eq!(count(&c["source_entries"]), sources.len(), "{code}: published {} entries", exp.default);
        assert_eq!(count(&c["translated"]), exp.translated(code).len(), "{code}: translated");
        assert_eq!(pairs(&c["missing"], "translation_key", "source_file"), exp.missing(code), "{code}: missing");
        assert_eq!(
            pairs(&c["via_fallback"], "translation_key", "shown_from_lang"),
            exp.via_fallback(code),
            "{code}: via_fallback"
        );
        assert_eq!(pairs(&c["orphaned"], "translation_key", "file"), exp.orphaned(code), "{code}: orphaned");
        assert_percent(&c["percent"], exp.translated(code).len(), sources.len());
    }
    // The example has a bit of everything: fallbacks, a language without, orphans.
    assert!(!exp.via_fallback("nl").is_empty() && exp.via_fallback("sv").is_empty());
    assert!(!exp.orphaned("nl").is_empty());
}

#[test]
fn example_site_is_clean_no_stale_no_unverified_ui_complete() {
    let site = example_site();
    let root = site.path();
    let exp = Expected::of(root);
    // From the files: every translation records the hash of its current source.
    for (code, _) in &exp.langs {
        for (key, file) in exp.translated(code) {
            let src = &exp.sources()[&key];
            assert_eq!(recorded_hash(root, &file), Some(expected_hash(root, src)), "{file} vs {src}");
        }
    }
    let (run, v) = i18n_json(root, &[]);
    assert_exit_matches_errors(&run, &v);
    assert!(unexpected_problems(&v).is_empty(), "{:#?}", unexpected_problems(&v));
    for (code, _) in &exp.langs {
        let l = lang(&v, code);
        assert_eq!(l["content"]["stale"], Value::Array(vec![]), "{code}");
        assert_eq!(l["content"]["unverified"], Value::Array(vec![]), "{code}");
        assert_eq!(l["ui"]["missing"], Value::Array(vec![]), "{code}");
        assert_eq!(l["ui"]["obsolete"], Value::Array(vec![]), "{code}");
        assert_eq!(l["ui"]["translated"], l["ui"]["total_keys"], "{code}");
        assert_eq!(l["ui"]["percent"].as_f64(), Some(100.0), "{code}");
    }
}

#[test]
fn example_site_has_no_i18n_errors_and_exits_0() {
    let site = example_site();
    let (run, v) = i18n_json(site.path(), &[]);
    assert_eq!(v["problems"], Value::Array(vec![]), "{v:#}");
    assert_eq!(v["errors"], 0);
    assert_eq!(run.code, 0, "{}", run.output());
    let txt = i18n(site.path(), &[]);
    assert_eq!(txt.code, 0, "{}", txt.output());
    assert!(!txt.stdout.contains("error["), "{}", txt.output());
}

#[test]
fn text_report_has_a_summary_row_per_language_matching_the_json() {
    let site = example_site();
    let root = site.path();
    let (_, v) = i18n_json(root, &[]);
    let run = i18n(root, &[]);
    assert!(run.stdout.contains(&format!("default language: {}", v["report"]["default_language"].as_str().unwrap())));
    let rows = summary_rows(&run.stdout);
    let codes = report_langs(&v);
    assert_eq!(rows.keys().cloned().collect::<BTreeSet<_>>(), codes.iter().cloned().collect(), "{}", run.stdout);
    for code in &codes {
        let (ui, c) = (&lang(&v, code)["ui"], &lang(&v, code)["content"]);
        let row = &rows[code];
        let n = |x: &Value| x.as_array().unwrap().len().to_string();
        assert_eq!(row.len(), 9, "{code}: {row:?}");
        assert_eq!(row[0], format!("{}/{}", ui["translated"], ui["total_keys"]), "{code}: UI column");
        assert_eq!(row[1].parse::<f64>().ok(), ui["percent"].as_f64(), "{code}");
        assert_eq!(row[2], format!("{}/{}", c["translated"], c["source_entries"]), "{code}: content column");
        assert_eq!(row[3].parse::<f64>().ok(), c["percent"].as_f64(), "{code}");
        let counts = [&c["missing"], &c["via_fallback"], &c["stale"], &c["unverified"], &c["orphaned"]].map(n);
        assert_eq!(row[4..], counts, "{code}: missing, via fallback, stale, unverified, orphaned");
        assert!(run.stdout.contains(&format!("\n[{code}] ")), "{code}: no detail section\n{}", run.stdout);
    }
    // The details name the files a translator has to work on.
    let nl_missing = pairs(&lang(&v, "nl")["content"]["missing"], "translation_key", "source_file");
    let (key, file) = nl_missing.iter().next().unwrap();
    let line = run.stdout.lines().find(|l| l.trim_start().starts_with(&format!("{key} "))).unwrap();
    assert!(line.contains(file.as_str()) && line.contains("shown in en"), "{line}");
}

// ---------------------------------------------------------------- stale translations

#[test]
fn editing_an_english_source_makes_its_translations_stale_until_marked_current() {
    let site = example_site();
    let root = site.path();
    let exp = Expected::of(root);
    let old_hash = expected_hash(root, ETWINNING_EN);
    // Every language that translates the entry, from the files.
    let translations: BTreeMap<String, String> = exp
        .langs
        .iter()
        .filter_map(|(c, _)| exp.translated(c).get(ETWINNING_KEY).map(|f| (c.clone(), f.clone())))
        .collect();
    assert!(translations.len() >= 2 && translations["nl"] == ETWINNING_NL, "{translations:?}");
    let nl_recorded = recorded_hash(root, ETWINNING_NL).unwrap();
    assert_eq!(nl_recorded, old_hash);

    // An editor adds a paragraph to the English source.
    edit(root, ETWINNING_EN, |t| format!("{t}\nA closing paragraph the editor added after translation.\n"));
    let new_hash = expected_hash(root, ETWINNING_EN);
    assert_ne!(new_hash, old_hash);

    let (run, v) = i18n_json(root, &["--lang", "nl"]);
    assert_exit_matches_errors(&run, &v);
    assert_eq!(report_langs(&v), vec!["nl"]);
    assert_eq!(
        lang(&v, "nl")["content"]["stale"],
        serde_json::json!([{
            "file": ETWINNING_NL,
            "translation_key": ETWINNING_KEY,
            "source_file": ETWINNING_EN,
            "recorded_hash": nl_recorded,
            "current_hash": new_hash,
        }])
    );
    // The text report shows the file and the hashes.
    let txt = i18n(root, &["--lang", "nl"]);
    let line = txt.stdout.lines().find(|l| l.contains(ETWINNING_NL)).unwrap_or_else(|| panic!("{}", txt.output()));
    assert!(line.contains(&format!("{nl_recorded} -> {new_hash}")) && line.contains(ETWINNING_EN), "{line}");

    // Every language translating it is stale, with that file only.
    let (_, v) = i18n_json(root, &[]);
    for (code, _) in &exp.langs {
        let stale = pairs(&lang(&v, code)["content"]["stale"], "file", "current_hash");
        let want: BTreeMap<String, String> =
            translations.get(code).map(|f| (f.clone(), new_hash.clone())).into_iter().collect();
        assert_eq!(stale, want, "{code}");
    }

    // The nl translator reviews the translation and marks it current, from the site folder.
    let before = read(&root.join(ETWINNING_NL));
    let out = agora_in(root, &["i18n", "--mark-current", ETWINNING_NL]);
    out.assert_ok();
    assert!(out.stdout.contains(&new_hash), "{}", out.output());
    let after = read(&root.join(ETWINNING_NL));
    let old_line = format!("source_hash: {nl_recorded}\n");
    assert_eq!(before.matches(&old_line).count(), 1);
    assert_eq!(after, before.replace(&old_line, &format!("source_hash: {new_hash}\n")), "only the hash changed");
    assert_eq!(recorded_hash(root, ETWINNING_NL), Some(new_hash.clone()));

    let (_, v) = i18n_json(root, &[]);
    assert_eq!(lang(&v, "nl")["content"]["stale"], Value::Array(vec![]));
    assert_eq!(lang(&v, "nl")["content"]["unverified"], Value::Array(vec![]));
    for (code, file) in translations.iter().filter(|(c, _)| *c != "nl") {
        let stale = pairs(&lang(&v, code)["content"]["stale"], "file", "current_hash");
        assert_eq!(stale, BTreeMap::from([(file.clone(), new_hash.clone())]), "{code} is still stale");
    }

    // Marking again changes nothing.
    agora_in(root, &["i18n", "--mark-current", ETWINNING_NL]).assert_ok();
    assert_eq!(read(&root.join(ETWINNING_NL)), after);

    // Editing only the translation does not make it stale.
    edit(root, ETWINNING_NL, |t| format!("{t}\nEen extra alinea van de vertaler.\n"));
    edit(root, ETWINNING_NL, |t| t.replacen("title: eTwinning viert", "title: eTwinning viert feestelijk", 1));
    let (_, v) = i18n_json(root, &["--lang", "nl"]);
    assert_eq!(lang(&v, "nl")["content"]["stale"], Value::Array(vec![]), "{v:#}");
    assert_eq!(count(&lang(&v, "nl")["content"]["translated"]), exp.translated("nl").len());
}

#[test]
fn mark_current_keeps_crlf_line_endings_and_inserts_a_missing_hash() {
    let site = example_site();
    let root = site.path();
    let tr_file = "content/tr/news/etwinning-celebrates-20-years.md";
    let ar_file = "content/ar/news/etwinning-celebrates-20-years.md";
    // A translator on Windows: CRLF files; the ar one never recorded a hash.
    let tr_crlf = to_crlf(root, tr_file);
    let tr_recorded = recorded_hash(root, tr_file).unwrap();
    to_crlf(root, ar_file);
    edit(root, ar_file, |t| {
        let line = t.lines().find(|l| l.starts_with("source_hash:")).unwrap().to_string();
        t.replacen(&format!("{line}\r\n"), "", 1)
    });
    let ar_crlf = bytes(root, ar_file);
    assert!(!String::from_utf8_lossy(&ar_crlf).contains("source_hash"));
    edit(root, ETWINNING_EN, |t| t.replacen("Twenty years ago", "Twenty-one years ago", 1));
    let new_hash = expected_hash(root, ETWINNING_EN);
    assert_ne!(new_hash, tr_recorded, "the edit changed the source");

    let (_, v) = i18n_json(root, &[]);
    assert_eq!(
        pairs(&lang(&v, "tr")["content"]["stale"], "file", "recorded_hash"),
        BTreeMap::from([(tr_file.into(), tr_recorded.clone())])
    );
    assert_eq!(strings(&lang(&v, "ar")["content"]["unverified"]), vec![ar_file.to_string()]);
    assert_eq!(lang(&v, "ar")["content"]["stale"], Value::Array(vec![]), "no hash: unverified, not stale");

    // Relative to --root, and absolute.
    let ar_abs = root.join(ar_file);
    let run = i18n(root, &["--mark-current", tr_file, s(&ar_abs)]);
    run.assert_ok();

    let want_tr = String::from_utf8(tr_crlf).unwrap().replacen(
        &format!("source_hash: {tr_recorded}\r\n"),
        &format!("source_hash: {new_hash}\r\n"),
        1,
    );
    let got_tr = String::from_utf8(bytes(root, tr_file)).unwrap();
    assert_eq!(got_tr, want_tr, "only the hash changed, CRLF kept");
    assert_eq!(got_tr.matches('\n').count(), got_tr.matches("\r\n").count(), "a bare LF crept in");

    let got_ar = String::from_utf8(bytes(root, ar_file)).unwrap();
    let added = format!("source_hash: {new_hash}\r\n");
    assert_eq!(got_ar.matches(&added).count(), 1, "{got_ar}");
    assert_eq!(got_ar.replacen(&added, "", 1).into_bytes(), ar_crlf, "only one line was added");
    let at = got_ar.find(&added).unwrap();
    let closing = got_ar[4..].find("\r\n---\r\n").unwrap() + 4;
    assert!(at > 0 && at <= closing + 2, "the hash went into the front matter");
    assert_eq!(got_ar.matches('\n').count(), got_ar.matches("\r\n").count(), "a bare LF crept in");
    assert_eq!(recorded_hash(root, ar_file), Some(new_hash));

    let (_, v) = i18n_json(root, &[]);
    for code in ["tr", "ar"] {
        assert_eq!(lang(&v, code)["content"]["stale"], Value::Array(vec![]), "{code}");
        assert_eq!(lang(&v, code)["content"]["unverified"], Value::Array(vec![]), "{code}");
    }
}

#[test]
fn mark_current_refuses_sources_orphans_and_unknown_files() {
    let site = example_site();
    let root = site.path();
    let exp = Expected::of(root);
    let orphan = exp.orphaned("nl").into_values().next().expect("the example has an nl orphan");
    let before = support::tree(&root.join("content"));
    for f in [ETWINNING_EN, orphan.as_str(), "content/nl/news/no-such-entry.md"] {
        let run = i18n(root, &["--mark-current", f]);
        assert_eq!(run.code, 1, "{f}: {}", run.output());
        assert!(run.stderr.contains(f), "{f}: the error names the file:\n{}", run.output());
    }
    assert!(support::tree(&root.join("content")) == before, "a refused --mark-current changed content/");
}

// ---------------------------------------------------------------- UI strings

/// The value of `key` in an .ftl file (single-line messages).
fn ftl_value(path: &Path, key: &str) -> String {
    read(path)
        .lines()
        .find_map(|l| l.strip_prefix(key).and_then(|r| r.trim_start().strip_prefix('=')).map(|v| v.trim().to_string()))
        .unwrap_or_else(|| panic!("{key} not in {}", path.display()))
}

#[test]
fn missing_ui_string_is_reported_and_the_build_shows_the_english_one() {
    let site = example_site();
    let root = site.path();
    let en_tagline = ftl_value(&root.join("i18n/en/site.ftl"), "site-tagline");
    let sv_tagline = ftl_value(&root.join("i18n/sv/site.ftl"), "site-tagline");
    let nl_tagline = ftl_value(&root.join("i18n/nl/site.ftl"), "site-tagline");
    assert_ne!(en_tagline, sv_tagline);
    edit(root, "i18n/sv/site.ftl", |t| {
        t.lines().filter(|l| !l.starts_with("site-tagline")).map(|l| format!("{l}\n")).collect()
    });
    let total = ftl_keys(root, "en").len();

    let (run, v) = i18n_json(root, &[]);
    assert_exit_matches_errors(&run, &v);
    assert!(unexpected_problems(&v).is_empty(), "a missing UI string is not an error: {v:#}");
    let sv = &lang(&v, "sv")["ui"];
    assert_eq!(strings(&sv["missing"]), vec!["site-tagline"]);
    assert_eq!(count(&sv["translated"]), total - 1);
    assert_eq!(count(&sv["total_keys"]), total);
    assert_percent(&sv["percent"], total - 1, total);
    for code in ["nl", "tr", "ar"] {
        assert_eq!(lang(&v, code)["ui"]["missing"], Value::Array(vec![]), "{code}");
    }
    let txt = i18n(root, &["--lang", "sv"]);
    assert!(txt.stdout.contains("missing UI strings (1)"), "{}", txt.output());
    assert!(txt.stdout.lines().any(|l| l.trim() == "site-tagline"), "{}", txt.output());
    assert_eq!(summary_rows(&txt.stdout)["sv"][0], format!("{}/{total}", total - 1));

    // The build still works; Swedish pages show the English tagline.
    let out = build_ok(root, &[]);
    let doc = page(&out, "/sv/");
    assert_eq!(support::lang_dir(&doc).0, "sv");
    assert_eq!(text(one(&doc, "footer .site-footer__tagline")), en_tagline);
    assert!(!doc.root_element().html().contains(&sv_tagline));
    let nl = page(&out, "/nl/");
    assert_eq!(text(one(&nl, "footer .site-footer__tagline")), nl_tagline, "other languages keep theirs");
}

#[test]
fn ui_string_only_in_a_translation_is_reported_obsolete() {
    let site = example_site();
    let root = site.path();
    edit(root, "i18n/tr/site.ftl", |t| {
        format!("{t}only-in-turkish = Yalnızca Türkçe sitede kullanılan eski bir metin\n")
    });
    let total = ftl_keys(root, "en").len();
    let (run, v) = i18n_json(root, &[]);
    assert_exit_matches_errors(&run, &v);
    assert!(unexpected_problems(&v).is_empty(), "an obsolete UI string is not an error: {v:#}");
    let tr = &lang(&v, "tr")["ui"];
    assert_eq!(strings(&tr["obsolete"]), vec!["only-in-turkish"]);
    assert_eq!(tr["missing"], Value::Array(vec![]));
    assert_eq!((count(&tr["total_keys"]), count(&tr["translated"])), (total, total));
    assert_eq!(tr["percent"].as_f64(), Some(100.0));
    for code in ["nl", "sv", "ar"] {
        assert_eq!(lang(&v, code)["ui"]["obsolete"], Value::Array(vec![]), "{code}");
    }
    let txt = i18n(root, &["--lang", "tr"]);
    assert!(txt.stdout.contains("obsolete UI strings"), "{}", txt.output());
    assert!(txt.stdout.lines().any(|l| l.trim() == "only-in-turkish"), "{}", txt.output());
}

/// Replaces line `n` (1-based) of a file.
fn set_line(root: &Path, rel: &str, n: usize, new: &str) {
    edit(root, rel, |t| {
        let mut lines: Vec<String> = t.lines().map(str::to_string).collect();
        lines[n - 1] = new.to_string();
        lines.join("\n") + "\n"
    });
}

fn top_level(root: &Path) -> BTreeSet<String> {
    std::fs::read_dir(root).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

#[test]
fn fluent_syntax_error_names_file_line_and_column_in_i18n_and_build() {
    let site = example_site();
    let root = site.path();
    // Line 3: the `=` is forgotten. Fluent expects it right after the id (and blanks).
    let broken = "site-tagline De ontmoetingsplaats voor iedereen in het schoolonderwijs";
    set_line(root, "i18n/nl/site.ftl", 3, broken);
    let id_end = "site-tagline".chars().count();
    let plausible = id_end + 1..=id_end + 2; // just after the id, or where the `=` should be
                                             // Line 4 of tr: an unclosed placeable; it must be reported on that line, not the next.
    let unclosed = "footer-funded = Avrupa { $program";
    set_line(root, "i18n/tr/site.ftl", 4, unclosed);
    let unclosed_end = unclosed.chars().count();
    let before = top_level(root);

    let run = i18n(root, &[]);
    assert_eq!(run.code, 1, "{}", run.output());
    let diags: Vec<support::Diag> = run.errors().into_iter().filter(|d| d.kind == "fluent-syntax").collect();
    assert_eq!(diags.len(), 2, "{}", run.output());
    let nl = diags.iter().find(|d| d.file == "i18n/nl/site.ftl").unwrap_or_else(|| panic!("{}", run.output()));
    assert_eq!(nl.line, 3, "{}", run.output());
    assert!(plausible.contains(&nl.col), "column {} for {broken:?}", nl.col);
    assert!(!nl.message.is_empty());
    let printed = format!("error[fluent-syntax]: i18n/nl/site.ftl:3:{}: ", nl.col);
    assert!(run.stdout.lines().chain(run.stderr.lines()).any(|l| l.starts_with(&printed)), "{}", run.output());
    let tr = diags.iter().find(|d| d.file == "i18n/tr/site.ftl").unwrap_or_else(|| panic!("{}", run.output()));
    assert_eq!(tr.line, 4, "{}", run.output());
    assert!((unclosed_end..=unclosed_end + 1).contains(&tr.col), "column {} for {unclosed:?}", tr.col);

    let (run, v) = i18n_json(root, &[]);
    assert_eq!(run.code, 1, "{}", run.output());
    assert!(count(&v["errors"]) >= 2, "{v:#}");
    let p = v["problems"].as_array().unwrap().iter().find(|p| p["file"] == "i18n/nl/site.ftl").expect("nl problem");
    assert_eq!(
        (&p["severity"], &p["kind"], &p["line"], &p["column"]),
        (&"error".into(), &"fluent-syntax".into(), &3.into(), &nl.col.into())
    );
    assert!(p["message"].as_str().is_some_and(|m| !m.is_empty()));

    // The build fails at the same places and writes nothing.
    let b = build(root, &[]);
    assert_eq!(b.code, 1, "{}", b.output());
    let locs: BTreeSet<String> = b.errors().iter().filter(|d| d.kind == "fluent-syntax").map(|d| d.loc()).collect();
    assert_eq!(locs, diags.iter().map(|d| d.loc()).collect(), "{}", b.output());
    assert!(!support::public(root).exists(), "a failed build left public/");
    assert_eq!(top_level(root), before, "a failed build left files behind");
}

#[test]
fn fluent_syntax_error_in_one_language_still_reports_every_language() {
    let site = example_site();
    let root = site.path();
    let exp = Expected::of(root);
    set_line(root, "i18n/nl/site.ftl", 3, "site-tagline De ontmoetingsplaats");
    let (run, v) = i18n_json(root, &[]);
    assert_eq!(run.code, 1);
    assert!(v["report"].is_object(), "no report: {v:#}");
    let codes: Vec<String> = exp.langs.iter().map(|(c, _)| c.clone()).collect();
    assert_eq!(report_langs(&v), codes);
    let total = ftl_keys(root, "en").len();
    assert_eq!(count(&lang(&v, "sv")["ui"]["translated"]), total);
    assert_eq!(count(&lang(&v, "nl")["content"]["translated"]), exp.translated("nl").len());
    let txt = i18n(root, &[]);
    assert_eq!(summary_rows(&txt.stdout).len(), codes.len(), "{}", txt.output());
}

// ---------------------------------------------------------------- missing content

#[test]
fn new_english_entry_is_missing_everywhere_and_shown_through_fallback_where_declared() {
    let site = example_site();
    let root = site.path();
    let sources_before = Expected::of(root).sources().len();
    let new_file = "content/en/news/i18n-test-new-entry.md";
    let new_key = "news/i18n-test-new-entry";
    support::write(
        root,
        new_file,
        "---\ntitle: A brand-new entry nobody has translated yet\ndate: 2024-02-01\ntags: [etwinning]\n---\n\nFresh news from the editors.\n",
    );
    // Not published: never missing.
    support::write(
        root,
        "content/en/news/i18n-test-draft.md",
        "---\ntitle: Draft\ndate: 2024-02-02\ndraft: true\n---\n\nSoon.\n",
    );
    support::write(
        root,
        "content/en/news/i18n-test-scheduled.md",
        "---\ntitle: Scheduled\ndate: 2099-01-01\n---\n\nLater.\n",
    );
    let exp = Expected::of(root);
    assert_eq!(exp.sources().len(), sources_before + 1);

    let (run, v) = i18n_json(root, &[]);
    assert_exit_matches_errors(&run, &v);
    assert!(unexpected_problems(&v).is_empty(), "{v:#}");
    for (code, chain) in &exp.langs {
        let c = &lang(&v, code)["content"];
        assert_eq!(count(&c["source_entries"]), sources_before + 1, "{code}");
        let missing = pairs(&c["missing"], "translation_key", "source_file");
        assert_eq!(missing.get(new_key).map(String::as_str), Some(new_file), "{code}");
        assert!(!missing.keys().any(|k| k.contains("i18n-test-draft") || k.contains("i18n-test-scheduled")), "{code}");
        let fb = pairs(&c["via_fallback"], "translation_key", "shown_from_lang");
        let want = chain.iter().any(|l| l == "en").then_some("en");
        assert_eq!(fb.get(new_key).map(String::as_str), want, "{code}: fallback {chain:?}");
        assert_eq!(fb, exp.via_fallback(code), "{code}");
    }
    // As site.yaml declares: nl and tr fall back to en, sv has no fallback.
    let shown = |code: &str| pairs(&lang(&v, code)["content"]["via_fallback"], "translation_key", "shown_from_lang");
    assert_eq!(shown("nl").get(new_key).map(String::as_str), Some("en"));
    assert_eq!(shown("tr").get(new_key).map(String::as_str), Some("en"));
    assert_eq!(shown("sv").get(new_key), None);
    let txt = i18n(root, &["--lang", "nl"]);
    let line = txt.stdout.lines().find(|l| l.contains(new_key)).unwrap_or_else(|| panic!("{}", txt.output()));
    assert!(line.contains(new_file) && line.contains("shown in en"), "{line}");

    // What the report says is what the site shows.
    let out = build_ok(root, &[]);
    let in_listing = |code: &str| {
        listing(&out, &format!("/{code}/news/"))
            .into_iter()
            .flat_map(|(_, c)| c)
            .find(|c| c.href.trim_end_matches('/').ends_with("/en/news/i18n-test-new-entry"))
    };
    for code in ["nl", "tr"] {
        let card = in_listing(code).unwrap_or_else(|| panic!("/{code}/news/ does not show the English entry"));
        assert_eq!(card.lang.as_deref(), Some("en"), "{code}");
    }
    assert!(in_listing("sv").is_none(), "sv has no fallback");
}

// ---------------------------------------------------------------- --lang

#[test]
fn lang_option_selects_one_language_and_rejects_undeclared_ones() {
    let site = example_site();
    let root = site.path();
    for extra in [&["--lang", "xx"][..], &["--lang", "xx", "--format", "json"]] {
        let run = i18n(root, extra);
        assert_eq!(run.code, 2, "{extra:?}: {}", run.output());
        assert!(run.stderr.contains("xx"), "{}", run.output());
        assert!(run.stdout.trim().is_empty(), "no report for an undeclared language: {}", run.output());
    }

    let (_, full) = i18n_json(root, &[]);
    let (run, v) = i18n_json(root, &["--lang", "nl"]);
    assert_exit_matches_errors(&run, &v);
    assert_eq!(v["report"]["default_language"], "en");
    assert_eq!(report_langs(&v), vec!["nl"]);
    assert_eq!(lang(&v, "nl"), lang(&full, "nl"), "the same numbers as in the full report");

    let txt = i18n(root, &["--lang", "nl"]);
    assert_eq!(summary_rows(&txt.stdout).into_keys().collect::<Vec<_>>(), vec!["nl"], "{}", txt.stdout);
    assert!(!txt.stdout.contains("[sv]") && !txt.stdout.contains("[tr]"), "{}", txt.stdout);
}

// ---------------------------------------------------------------- optional messages, --fail-on

#[test]
fn optional_theme_messages_the_site_lacks_are_no_error_and_the_report_exits_0() {
    // The minimal fixture defines neither `site-tagline` nor `footer-funded`,
    // which the theme asks for with `default=`: the build accepts it ...
    let site = support::fixture("minimal");
    let root = site.path();
    let en = ftl_keys(root, "en");
    assert!(!en.contains("site-tagline") && !en.contains("footer-funded"), "{en:?}");
    build_ok(root, &[]);
    // ... and so does the report, whatever is left to translate.
    let (run, v) = i18n_json(root, &[]);
    assert_exit_matches_errors(&run, &v);
    assert_eq!(run.code, 0, "{}", run.output());
    assert_eq!(v["problems"], Value::Array(vec![]), "{v:#}");
    assert!(!lang(&v, "nl")["content"]["missing"].as_array().unwrap().is_empty(), "work is left: {v:#}");
    let txt = i18n(root, &[]);
    assert_eq!(txt.code, 0, "{}", txt.output());
    assert!(!txt.stdout.contains("site-tagline") && !txt.stdout.contains("error["), "{}", txt.output());
}

/// Line and column (1-based, in characters) of byte offset `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1;
    (line, col)
}

#[test]
fn a_required_message_no_language_defines_is_an_error_at_its_template_call() {
    let site = support::fixture("minimal");
    let root = site.path();
    let tpl = "<p>{{ t(key=\"agora-test-required\") }}</p>\n<p>{{ t(key=\"agora-test-optional\", n=2, default=\"\") }}</p>\n<p>{{ t(key=\"agora-test-optional-2\", default = \"x\") }}</p>\n";
    support::write(root, "templates/partials/extra.html", tpl);
    let (run, v) = i18n_json(root, &[]);
    assert_eq!(run.code, 1, "{}", run.output());
    assert_exit_matches_errors(&run, &v);
    let problems = unexpected_problems(&v);
    assert_eq!(problems.len(), 1, "only the required key is a problem: {problems:#?}");
    let p = problems[0];
    let (line, col) = line_col(tpl, tpl.find("agora-test-required").unwrap());
    assert_eq!(
        (&p["severity"], &p["kind"], &p["file"], &p["line"], &p["column"]),
        (&"error".into(), &"fluent-missing".into(), &"templates/partials/extra.html".into(), &line.into(), &col.into())
    );
    assert!(p["message"].as_str().unwrap().contains("agora-test-required"), "{p:#}");
}

#[test]
fn fail_on_makes_the_report_fail_for_ci_on_what_is_asked_only() {
    let site = support::fixture("minimal");
    let root = site.path();
    let exp = Expected::of(root);
    let missing_nl = exp.missing("nl").len();
    assert!(missing_nl > 0);

    // Missing content: fails, and says what and where.
    let (run, v) = i18n_json(root, &["--fail-on", "missing-content"]);
    assert_eq!(run.code, 1, "{}", run.output());
    assert_eq!(v["errors"], 0, "not an error, a failure asked for: {v:#}");
    let fails = v["fail_on"].as_array().unwrap();
    let nl = fails.iter().find(|f| f["lang"] == "nl").unwrap_or_else(|| panic!("{v:#}"));
    assert_eq!((&nl["what"], count(&nl["count"])), (&"missing-content".into(), missing_nl));
    let txt = i18n(root, &["--fail-on", "missing-content"]);
    assert_eq!(txt.code, 1);
    assert!(txt.stdout.contains(&format!("fail-on[missing-content]: nl: {missing_nl} ")), "{}", txt.output());

    // Nothing stale: --fail-on stale passes; so does a language without what is asked.
    let (run, v) = i18n_json(root, &["--fail-on", "stale"]);
    assert_eq!(run.code, 0, "{}", run.output());
    assert_eq!(v["fail_on"], Value::Array(vec![]));
    // `missing` = missing UI strings and content; comma-separated lists.
    let (run, v) = i18n_json(root, &["--fail-on", "stale,missing", "--lang", "ar"]);
    assert_eq!(run.code, 1, "{}", run.output());
    let whats: BTreeSet<String> = v["fail_on"].as_array().unwrap().iter().map(|f| f["what"].to_string()).collect();
    assert!(whats.contains("\"missing-content\""), "{v:#}");
    assert!(v["fail_on"].as_array().unwrap().iter().all(|f| f["lang"] == "ar"));

    // A stale translation fails `--fail-on stale`.
    edit(root, "content/en/news/third.md", |t| format!("{t}\nOne more sentence.\n"));
    edit(root, "content/nl/news/third.md", |t| t.replacen("slug: derde", "slug: derde\nsource_hash: 0123456789ab", 1));
    let (run, v) = i18n_json(root, &["--fail-on", "stale"]);
    assert_eq!(run.code, 1, "{}", run.output());
    assert_eq!(v["fail_on"], serde_json::json!([{ "lang": "nl", "what": "stale", "count": 1 }]));
    // Without the flag, the same site exits 0.
    let (run, _) = i18n_json(root, &[]);
    assert_eq!(run.code, 0, "{}", run.output());
    // An unknown value is a usage error.
    assert_eq!(i18n(root, &["--fail-on", "everything"]).code, 2);
}

// ---------------------------------------------------------------- --diff (git)

/// `git <args>` in `dir` with a fixed identity; panics on failure; stdout.
fn git(dir: &Path, args: &[&str]) -> String {
    let o = std::process::Command::new("git")
        .args(["-c", "user.name=Agora Test", "-c", "user.email=test@agora.invalid", "-c", "init.defaultBranch=main"])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git is installed");
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

const GARDEN_EN: &str = "content/en/news/school-garden.md";
const GARDEN_NL: &str = "content/nl/news/school-garden.md";

fn diff_json(root: &Path, extra: &[&str]) -> (Run, Vec<Value>) {
    let mut args = vec!["--diff"];
    args.extend_from_slice(extra);
    let (run, v) = i18n_json(root, &args);
    (run, v["diffs"].as_array().unwrap_or_else(|| panic!("no diffs: {v:#}")).clone())
}

#[test]
fn diff_shows_exactly_the_paragraph_changed_since_the_translated_version_in_git() {
    let site = support::fixture("i18n-exchange");
    let root = site.path();
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    // The subject of the translated version carries a terminal escape: it must not reach the terminal.
    git(root, &["commit", "-q", "-m", "Sources \u{1b}[2J"]);
    let translated_from = git(root, &["rev-parse", "HEAD"]);
    // The nl translator reviews theirs; an ar translator starts one with `agora new`.
    i18n(root, &["--mark-current", GARDEN_NL]).assert_ok();
    let new = agora(&["new", "--root", s(root), "--lang", "ar", "--translate-from", GARDEN_EN]);
    new.assert_ok();
    let ar = new.stdout.trim().to_string();
    let ar_rel = Path::new(&ar).strip_prefix(root).map(|p| p.to_string_lossy().into_owned()).unwrap_or(ar.clone());
    edit(root, &ar_rel, |t| t.replace("draft: true\n", "").replace("[TRANSLATE] A school garden", "حديقة مدرسية"));
    assert_eq!(recorded_hash(root, &ar_rel), Some(expected_hash(root, GARDEN_EN)));
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "Translations"]);
    let (_, v) = i18n_json(root, &["--fail-on", "stale"]);
    assert_eq!(v["fail_on"], Value::Array(vec![]), "all current: {v:#}");

    // An editor changes one word of the second paragraph, and commits.
    let old_para = "The harvest goes to the school kitchen, which cooks a **weekly** soup.";
    let new_para = "The harvest goes to the school kitchen, which cooks a **daily** soup.";
    edit(root, GARDEN_EN, |t| {
        assert!(t.contains(old_para));
        t.replace(old_para, new_para)
    });
    git(root, &["commit", "-q", "-am", "Soup every day"]);
    let new_hash = expected_hash(root, GARDEN_EN);

    let (run, diffs) = diff_json(root, &["--lang", "nl"]);
    assert_eq!(run.code, 0, "{}", run.output());
    assert_eq!(diffs.len(), 1, "{diffs:#?}");
    let d = &diffs[0];
    assert_eq!(d["file"], GARDEN_NL);
    assert_eq!(d["lang"], "nl");
    assert_eq!(d["source_file"], GARDEN_EN);
    assert_eq!(d["status"], "changed", "{d:#}");
    assert_eq!(d["current_hash"], new_hash.as_str());
    assert_eq!(d["recorded_hash"], recorded_hash(root, GARDEN_NL).unwrap().as_str());
    assert_eq!(d["base"]["commit"], translated_from.as_str(), "the newest commit with the recorded hash");
    assert_eq!(d["base"]["path"], GARDEN_EN);
    assert_eq!(d["title"], Value::Null, "the title did not change");
    assert_eq!(
        d["blocks"],
        serde_json::json!([{
            "change": "changed",
            "old_index": 2,
            "new_index": 2,
            "old": old_para,
            "new": new_para,
            "words": [
                { "op": "equal", "text": "The harvest goes to the school kitchen, which cooks a " },
                { "op": "delete", "text": "**weekly**" },
                { "op": "insert", "text": "**daily**" },
                { "op": "equal", "text": " soup." },
            ],
        }]),
        "exactly that paragraph"
    );

    // Without --lang: the ar translation too, with the same change.
    let (_, all) = diff_json(root, &[]);
    let files: BTreeSet<&str> = all.iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(files, BTreeSet::from([GARDEN_NL, ar_rel.as_str()]));
    assert!(all.iter().all(|d| d["blocks"] == diffs[0]["blocks"]), "{all:#?}");

    // The text output marks the changed words and shows nothing else of the body.
    let txt = i18n(root, &["--diff", GARDEN_NL]);
    assert_eq!(txt.code, 0, "{}", txt.output());
    let marked = "The harvest goes to the school kitchen, which cooks a [-**weekly**-]{+**daily**+} soup.";
    assert_eq!(txt.stdout.lines().filter(|l| l.trim() == marked).count(), 1, "{}", txt.stdout);
    assert!(!txt.stdout.contains("Pupils in Ghent") && !txt.stdout.contains("project page"), "{}", txt.stdout);
    assert!(!txt.stdout.contains("title:"), "{}", txt.stdout);
    assert!(txt.stdout.contains(&translated_from[..12]), "names the commit: {}", txt.stdout);
    assert!(!txt.stdout.contains('\u{1b}'), "a raw escape reached the terminal: {:?}", txt.stdout);
    assert!(txt.stdout.contains("\\u{1b}[2J"), "{}", txt.stdout);

    // The source moves (renamed in git, same translation key): the history is followed.
    std::fs::create_dir_all(root.join("content/en/news/garden")).unwrap();
    git(root, &["mv", GARDEN_EN, "content/en/news/garden/index.md"]);
    edit(root, "content/en/news/garden/index.md", |t| {
        t.replacen("tags: [sustainability]\n", "tags: [sustainability]\ntranslation_key: news/school-garden\n", 1)
    });
    git(root, &["commit", "-q", "-am", "Garden becomes a bundle"]);
    let (_, diffs) = diff_json(root, &["--lang", "nl"]);
    assert_eq!(diffs.len(), 1, "{diffs:#?}");
    assert_eq!(diffs[0]["source_file"], "content/en/news/garden/index.md");
    assert_eq!(diffs[0]["base"]["commit"], translated_from.as_str());
    assert_eq!(diffs[0]["base"]["path"], GARDEN_EN, "found under its old name");
    assert_eq!(diffs[0]["blocks"], d["blocks"]);
}

#[test]
fn diff_outside_git_or_without_a_matching_commit_says_so_per_file_and_exits_0() {
    let site = support::fixture("i18n-exchange");
    let root = site.path();
    // The nl translation records a hash no version of the source ever had.
    assert_eq!(recorded_hash(root, GARDEN_NL).as_deref(), Some("000000000000"));

    let (run, diffs) = diff_json(root, &[]);
    assert_eq!(run.code, 0, "{}", run.output());
    assert_eq!(diffs.len(), 1, "{diffs:#?}");
    assert_eq!((diffs[0]["file"].as_str(), diffs[0]["status"].as_str()), (Some(GARDEN_NL), Some("not-in-git")));
    assert_eq!(diffs[0]["blocks"], Value::Array(vec![]));
    let txt = i18n(root, &["--diff"]);
    assert_eq!(txt.code, 0, "{}", txt.output());
    let line = txt.stdout.lines().skip_while(|l| !l.starts_with(GARDEN_NL)).nth(1).unwrap_or_default().to_string();
    assert!(line.contains("not in a git repository"), "{}", txt.stdout);

    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "All"]);
    let (run, diffs) = diff_json(root, &[]);
    assert_eq!(run.code, 0, "{}", run.output());
    assert_eq!(diffs[0]["status"], "no-matching-commit", "{diffs:#?}");
    let txt = i18n(root, &["--diff"]);
    assert!(
        txt.stdout.contains("no commit of content/en/news/school-garden.md has source_hash 000000000000"),
        "{}",
        txt.stdout
    );

    // A current translation named on the command line: nothing to show; an unknown file is an error.
    i18n(root, &["--mark-current", GARDEN_NL]).assert_ok();
    let (run, diffs) = diff_json(root, &[GARDEN_NL]);
    assert_eq!(run.code, 0, "{}", run.output());
    assert_eq!(diffs[0]["status"], "current");
    let (_, diffs) = diff_json(root, &[]);
    assert_eq!(diffs, Vec::<Value>::new());
    assert!(i18n(root, &["--diff"]).stdout.contains("No stale translations."));
    let run = i18n(root, &["--diff", "content/nl/news/nope.md"]);
    assert_eq!(run.code, 1, "{}", run.output());
    assert!(run.stderr.contains("content/nl/news/nope.md"), "{}", run.output());
}

// ---------------------------------------------------------------- XLIFF export / import

/// translate-toolkit (PyPI), a real XLIFF reader: scripts/test.sh installs it.
fn python_toolkit() {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import translate.storage.xliff"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "translate-toolkit is missing: run scripts/test.sh, or `python3 -m pip install translate-toolkit`");
}

/// Reads an XLIFF file with translate-toolkit and prints what it saw as JSON;
/// with a mapping, fills every target with the source, each text piece
/// replaced by its entry in the mapping (inline <g>/<x> elements kept), and saves.
const TOOLKIT: &str = r#"
import sys, json, copy
from translate.storage import xliff
from translate.storage.placeables import StringElem
src = sys.argv[1]
store = xliff.xlifffile.parsefile(src)
def state(u):
    t = u.getlanguageNode(lang=None, index=1)
    return None if t is None else t.get("state")
def tr(e, mapping):
    for i, s in enumerate(e.sub):
        if isinstance(s, str):
            e.sub[i] = mapping.get(s, s)
        else:
            tr(s, mapping)
    return e
if len(sys.argv) > 3:
    mapping = json.loads(sys.argv[3])
    for u in store.getunits():
        if not u.isheader():
            u.rich_target = [tr(copy.deepcopy(r), mapping) for r in u.rich_source]
    store.savefile(sys.argv[2])
    store = xliff.xlifffile.parsefile(sys.argv[2])
units = []
for u in store.getunits():
    if u.isheader():
        continue
    f, _, i = u.getid().partition(xliff.ID_SEPARATOR)
    units.append({"file": f, "id": i, "source": u.source, "target": u.target, "state": state(u)})
print(json.dumps({"source_language": store.getsourcelanguage(), "target_language": store.gettargetlanguage(),
                  "files": store.getfilenames(), "units": units}))
"#;

fn toolkit(xlf: &Path, out_and_mapping: Option<(&Path, &serde_json::Map<String, Value>)>) -> Value {
    python_toolkit();
    let mut c = std::process::Command::new("python3");
    c.args(["-c", TOOLKIT, s(xlf)]);
    if let Some((out, m)) = out_and_mapping {
        c.arg(s(out)).arg(Value::Object(m.clone()).to_string());
    }
    let o = c.output().unwrap();
    assert!(o.status.success(), "translate-toolkit: {}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn units_of<'a>(v: &'a Value, file: &str) -> BTreeMap<String, &'a Value> {
    v["units"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["file"] == file)
        .map(|u| (u["id"].as_str().unwrap().to_string(), u))
        .collect()
}

const TRICKY_EN: &str = "content/en/news/tricky.md";
const TRICKY_NL: &str = "content/nl/news/tricky.md";

fn export(root: &Path, lang: &str) -> (Run, std::path::PathBuf) {
    let out = root.join(format!("{lang}.xlf"));
    let run = i18n_sub(root, &["export", "--lang", lang, "--out", s(&out)]);
    (run, out)
}

/// `agora i18n <sub> --root <root> <args…>`.
fn i18n_sub(root: &Path, args: &[&str]) -> Run {
    let mut a = vec!["i18n"];
    a.extend_from_slice(&args[..1]);
    a.extend_from_slice(&["--root", s(root)]);
    a.extend_from_slice(&args[1..]);
    agora(&a)
}

fn import(root: &Path, xlf: &Path, extra: &[&str]) -> Run {
    let mut a = vec!["import", s(xlf)];
    a.extend_from_slice(extra);
    i18n_sub(root, &a)
}

/// The nl translations the tests give translate-toolkit: each text piece of
/// the sources (outside and inside inline elements) → Dutch.
fn dutch() -> serde_json::Map<String, Value> {
    let pairs = [
        ("A school garden for every pupil", "Een schooltuin voor elke leerling"),
        ("Pupils grow their own vegetables.", "Leerlingen kweken hun eigen groenten."),
        (
            "Pupils in Ghent grow vegetables in the schoolyard. Each class looks after one bed.",
            "Leerlingen in Gent kweken groenten op de speelplaats. Elke klas zorgt voor één bed.",
        ),
        ("The harvest goes to the school kitchen, which cooks a ", "De oogst gaat naar de schoolkeuken, die "),
        ("weekly", "elke week"),
        (" soup.", " soep kookt."),
        ("Read more on the ", "Lees meer op de "),
        ("project page", "projectpagina"),
        (
            "Tricky \"quotes\" & <b>tags</b> ]]> in a title",
            "Lastige \"aanhalingstekens\" & <b>tags</b> ]]> in een titel",
        ),
    ];
    pairs.iter().map(|(a, b)| (a.to_string(), Value::String(b.to_string()))).collect()
}

fn normalized_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn api_doc(out: &Path, lang: &str, slug: &str) -> Value {
    serde_json::from_str(&read(&out.join(format!("api/v1/{lang}/news/{slug}.json")))).unwrap()
}

#[test]
fn xliff_export_is_read_by_translate_toolkit_and_import_round_trips_a_page() {
    let site = support::fixture("i18n-exchange");
    let root = site.path();
    let garden_nl_before = read(&root.join(GARDEN_NL));
    let (run, xlf) = export(root, "nl");
    run.assert_ok();
    assert!(run.stderr.contains("1 missing, 1 stale"), "{}", run.output());

    // What a real XLIFF reader sees.
    let v = toolkit(&xlf, None);
    assert_eq!((v["source_language"].as_str(), v["target_language"].as_str()), (Some("en"), Some("nl")));
    assert_eq!(strings(&v["files"]), vec![GARDEN_EN, TRICKY_EN], "one <file> per source document");
    let tricky = units_of(&v, TRICKY_EN);
    let (fm, body) = front_matter(&root.join(TRICKY_EN));
    assert_eq!(tricky["title"]["source"], fm_str(&fm, "title").unwrap().as_str(), "escaped and read back exactly");
    assert_eq!(tricky["summary"]["source"], fm_str(&fm, "summary").unwrap().as_str());
    let ids: Vec<&String> = tricky.keys().filter(|k| k.starts_with('b')).collect();
    assert_eq!(ids.len(), 15, "one unit per block with text: {ids:?}");
    let all_sources: String = tricky.values().map(|u| format!("{}\n", u["source"].as_str().unwrap())).collect();
    for protected in
        ["code is not exported", "example.org", "/images/pic.svg", "Raw HTML block", "`code`", "[^1]", "**"]
    {
        assert!(body.contains(protected), "{protected}");
        assert!(!all_sources.contains(protected), "{protected:?} reached the translatable text:\n{all_sources}");
    }
    for text in [
        "Heading with attributes",
        "item two",
        "nested item",
        "Col A",
        "cell 2 | pipe",
        "The footnote text.",
        "Quoted line one quoted line two",
    ] {
        assert!(all_sources.contains(text), "{text:?} is not translatable:\n{all_sources}");
    }
    assert!(tricky.values().all(|u| u["target"].is_null()), "missing: nothing to review");
    // The stale translation comes with its previous version, to review.
    let garden = units_of(&v, GARDEN_EN);
    assert_eq!(garden.keys().cloned().collect::<Vec<_>>(), vec!["b1", "b2", "b3", "summary", "title"]);
    assert_eq!(garden["title"]["target"], "Een schooltuin voor elke leerling");
    assert_eq!(garden["b2"]["target"], "De oogst gaat naar de schoolkeuken, die elke week soep kookt.");
    assert!(garden.values().all(|u| u["state"] == "needs-review-translation"), "{garden:#?}");

    // The hashes the import relies on are in the file.
    let x = support::parse_xml(&read(&xlf));
    const XLIFF: &str = "urn:oasis:names:tc:xliff:document:1.2";
    const AGORA: &str = "urn:x-agora:xliff:1";
    assert_eq!(x.attr("version"), Some("1.2"));
    let files: Vec<&support::XmlElem> = x.kids(XLIFF, "file").collect();
    let g = files.iter().find(|f| f.attr("original") == Some(GARDEN_EN)).unwrap();
    assert_eq!(g.attr_ns(AGORA, "source-hash"), Some(expected_hash(root, GARDEN_EN).as_str()));
    let sha: String = Sha256::digest(garden_nl_before.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(g.attr_ns(AGORA, "target-sha256"), Some(sha.as_str()));
    assert_eq!(g.attr_ns(AGORA, "target-path"), Some(GARDEN_NL));
    let t = files.iter().find(|f| f.attr("original") == Some(TRICKY_EN)).unwrap();
    assert_eq!((t.attr_ns(AGORA, "target-path"), t.attr_ns(AGORA, "target-sha256")), (Some(TRICKY_NL), Some("")));

    // translate-toolkit fills in the targets (Dutch where given, else the
    // source as it is: the tricky page round-trips unchanged) and saves.
    let filled = root.join("nl-filled.xlf");
    let v = toolkit(&xlf, Some((&filled, &dutch())));
    let garden = units_of(&v, GARDEN_EN);
    assert_eq!(garden["b2"]["target"], "De oogst gaat naar de schoolkeuken, die elke week soep kookt.");
    let run = import(root, &filled, &[]);
    run.assert_ok();
    assert_eq!(
        run.stdout.lines().collect::<BTreeSet<_>>(),
        BTreeSet::from([format!("updated {GARDEN_NL}").as_str(), format!("created {TRICKY_NL}").as_str()]),
        "{}",
        run.output()
    );

    // The translations are current, with the translated front matter.
    let (fm, body) = front_matter(&root.join(GARDEN_NL));
    assert_eq!(fm_str(&fm, "source_hash"), Some(expected_hash(root, GARDEN_EN)));
    assert_eq!(fm_str(&fm, "translation_key").as_deref(), Some("news/school-garden"));
    assert_eq!(fm_str(&fm, "summary").as_deref(), Some("Leerlingen kweken hun eigen groenten."));
    assert!(body.contains("De oogst gaat naar de schoolkeuken, die **elke week** soep kookt."), "{body}");
    assert!(body.contains("[projectpagina](https://example.org/garden)"), "{body}");
    let (fm, _) = front_matter(&root.join(TRICKY_NL));
    assert_eq!(fm_str(&fm, "title").as_deref(), Some("Lastige \"aanhalingstekens\" & <b>tags</b> ]]> in een titel"));
    assert_eq!(fm_str(&fm, "source_hash"), Some(expected_hash(root, TRICKY_EN)));
    assert_eq!(fm_str(&fm, "translation_key").as_deref(), Some("news/tricky"));
    assert_eq!(fm.get("date").and_then(|d| d.as_str()), Some("2024-02-01"), "the source's date is kept");
    assert!(fm.get("slug").is_none() && fm.get("aliases").is_none(), "URLs belong to the source language: {fm:?}");
    let (_, v) = i18n_json(root, &["--lang", "nl", "--fail-on", "missing-content,stale"]);
    assert_eq!(v["fail_on"], Value::Array(vec![]), "{v:#}");

    // The site builds; the pages show the translations.
    let out = build_ok(root, &[]);
    let doc = page(&out, "/nl/news/school-garden/");
    assert_eq!(text(one(&doc, "h1")), "Een schooltuin voor elke leerling");
    let html = doc.root_element().html();
    assert!(html.contains("<strong>elke week</strong>"), "{html}");
    // The page translated by the identity round-trips: the same HTML as the source, up to line breaks.
    let en = api_doc(&out, "en", "tricky-one");
    let nl = api_doc(&out, "nl", "tricky");
    assert_eq!(nl["title"], "Lastige \"aanhalingstekens\" & <b>tags</b> ]]> in een titel");
    assert_eq!(
        normalized_ws(nl["content_html"].as_str().unwrap()),
        normalized_ws(en["content_html"].as_str().unwrap()),
        "markup, code, URLs and escapes survived the round trip"
    );
}

#[test]
fn import_never_overwrites_a_translation_changed_since_the_export_unless_forced() {
    let site = support::fixture("i18n-exchange");
    let root = site.path();
    let (run, xlf) = export(root, "nl");
    run.assert_ok();
    let filled = root.join("nl-filled.xlf");
    toolkit(&xlf, Some((&filled, &dutch())));
    // Meanwhile a translator edits the nl file in the repository.
    edit(root, GARDEN_NL, |t| format!("{t}\nEen alinea die de vertaler na de export schreef.\n"));
    let before = support::tree(&root.join("content"));

    let run = import(root, &filled, &[]);
    assert_eq!(run.code, 1, "{}", run.output());
    let errs = run.errors();
    assert_eq!(errs.len(), 1, "{}", run.output());
    let filled_text = read(&filled);
    let at = filled_text.find(&format!("original=\"{GARDEN_EN}\"")).unwrap();
    let at = filled_text[..at].rfind("<file").unwrap();
    let (line, col) = line_col(&filled_text, at);
    assert_eq!((errs[0].file.as_str(), errs[0].line, errs[0].col), (s(&filled), line, col), "{}", run.output());
    assert!(errs[0].message.contains(GARDEN_NL) && errs[0].message.contains("--force"), "{}", run.output());
    assert!(support::tree(&root.join("content")) == before, "nothing is written, not even the other file");

    let run = import(root, &filled, &["--force"]);
    run.assert_ok();
    assert!(read(&root.join(GARDEN_NL)).contains("die **elke week** soep kookt"));
    assert!(root.join(TRICKY_NL).is_file());
    // A second import of the same file: the files are no longer the ones exported.
    let run = import(root, &filled, &[]);
    assert_eq!(run.code, 1, "{}", run.output());
    assert_eq!(run.errors().len(), 2, "{}", run.output());
}

#[test]
fn bad_xliff_is_a_located_error_and_nothing_is_written() {
    let site = support::fixture("i18n-exchange");
    let root = site.path();
    let (run, xlf) = export(root, "nl");
    run.assert_ok();
    let filled = root.join("nl-filled.xlf");
    toolkit(&xlf, Some((&filled, &dutch())));
    let good = read(&filled);
    let before = support::tree(&root.join("content"));

    // (what is broken, the text, the byte offset of the error, words of the message)
    let pos = |hay: &str, needle: &str| hay.find(needle).unwrap_or_else(|| panic!("{needle} not in the file"));
    let mut cases: Vec<(&str, String, usize, &str)> = Vec::new();
    // Not well-formed: a target is not closed (its end tag is missing).
    let t = good.replacen("</target>", "", 1);
    let at = pos(&good, "</target>");
    let bad_end = at + t[at..].find("</").unwrap();
    cases.push(("not well-formed", t, bad_end, "well-formed"));
    // Another XLIFF version.
    let t = good.replacen("version=\"1.2\"", "version=\"2.0\"", 1);
    cases.push(("version 2.0", t.clone(), pos(&t, "<xliff"), "2.0"));
    // A unit id the source does not have.
    let t = good.replacen("id=\"b2\"", "id=\"b99\"", 1);
    cases.push(("unknown unit", t.clone(), t[..pos(&t, "id=\"b99\"")].rfind('<').unwrap(), "b99"));
    // A unit without a target.
    let unit = pos(&good, "<trans-unit id=\"b1\"");
    let t_start = unit + pos(&good[unit..], "<target");
    let t_end = t_start + pos(&good[t_start..], "</target>") + "</target>".len();
    let t = format!("{}{}", &good[..t_start], &good[t_end..]);
    cases.push(("missing target", t, unit, "no <target>"));
    // An inline id that is not the source's.
    let mut from = 0;
    let at = loop {
        let ts = from + pos(&good[from..], "<target");
        let te = ts + pos(&good[ts..], "</target>");
        if let Some(g) = good[ts..te].find("<g id=\"1\"") {
            break ts + g;
        }
        from = te;
    };
    let t = format!("{}<g id=\"7\"{}", &good[..at], &good[at + "<g id=\"1\"".len()..]);
    cases.push(("unknown inline id", t, at, "id=\"7\""));

    for (what, text, at, needle) in cases {
        let f = root.join("bad.xlf");
        std::fs::write(&f, &text).unwrap();
        let run = import(root, &f, &[]);
        assert_eq!(run.code, 1, "{what}: {}", run.output());
        let errs = run.errors();
        assert!(errs.iter().all(|e| e.kind == "xliff" && e.file == s(&f)), "{what}: {}", run.output());
        let (line, col) = line_col(&text, at);
        let e = errs.iter().find(|e| e.message.contains(needle)).unwrap_or_else(|| panic!("{what}: {}", run.output()));
        assert_eq!((e.line, e.col), (line, col), "{what}: {}", run.output());
        assert!(run.stderr.contains("nothing was written"), "{what}: {}", run.output());
        assert!(support::tree(&root.join("content")) == before, "{what}: a bad import wrote files");
    }
    // The good file still imports.
    import(root, &filled, &[]).assert_ok();
}
