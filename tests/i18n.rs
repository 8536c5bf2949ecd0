//! `agora i18n`, as a translator uses it, on a temporary copy of the example
//! site: the JSON and text reports (UI strings and content), stale detection
//! after an edit of an English source and `--mark-current`, missing and
//! obsolete UI strings (and what the built site shows instead), Fluent syntax
//! errors with file, line and column, missing content shown through a
//! fallback language, and `--lang`.
//!
//! Expectations are derived from the site's own files (content front matter,
//! `.ftl` files, site.yaml), never from an earlier run of the binary.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{agora, build, build_ok, content, example_site, listing, one, page, read, site_yaml, text};
use common::{Kind, Run};
use serde_json::Value;
use sha2::{Digest, Sha256};

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

/// `agora <args…>` run from `cwd`, as a translator does from the site folder.
fn agora_in(cwd: &Path, args: &[&str]) -> Run {
    let o = std::process::Command::new(common::BIN).args(args).current_dir(cwd).env("NO_COLOR", "1").output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    Run { code: o.status.code().unwrap_or(-1), stdout: text(&o.stdout), stderr: text(&o.stderr) }
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

/// The documented source hash (src/translation_report.rs): the first 12 hex
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
    for dir in [common::repo().join("themes/esep/i18n").join(l), site.join("i18n").join(l)] {
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
    let before = common::tree(&root.join("content"));
    for f in [ETWINNING_EN, orphan.as_str(), "content/nl/news/no-such-entry.md"] {
        let run = i18n(root, &["--mark-current", f]);
        assert_eq!(run.code, 1, "{f}: {}", run.output());
        assert!(run.stderr.contains(f), "{f}: the error names the file:\n{}", run.output());
    }
    assert!(common::tree(&root.join("content")) == before, "a refused --mark-current changed content/");
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
    assert_eq!(common::lang_dir(&doc).0, "sv");
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
    let diags: Vec<common::Diag> = run.errors().into_iter().filter(|d| d.kind == "fluent-syntax").collect();
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
    assert!(!common::public(root).exists(), "a failed build left public/");
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
    common::write(
        root,
        new_file,
        "---\ntitle: A brand-new entry nobody has translated yet\ndate: 2024-02-01\ntags: [etwinning]\n---\n\nFresh news from the editors.\n",
    );
    // Not published: never missing.
    common::write(
        root,
        "content/en/news/i18n-test-draft.md",
        "---\ntitle: Draft\ndate: 2024-02-02\ndraft: true\n---\n\nSoon.\n",
    );
    common::write(
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
