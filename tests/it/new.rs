//! `agora new`: scaffolds that pass `agora check` as they are, never
//! overwrite, and translation skeletons that record their source.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::support::{example_site, BIN};

fn agora(root: &Path, args: &[&str]) -> Output {
    Command::new(BIN).args(args).arg("--root").arg(root).output().unwrap()
}

/// Run `agora new …`, expect success, return the file written.
fn new_ok(root: &Path, args: &[&str]) -> PathBuf {
    let mut all = vec!["new"];
    all.extend_from_slice(args);
    let out = agora(root, &all);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let printed = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let path = PathBuf::from(&printed);
    assert!(path.is_file(), "printed path {printed} is not a file");
    path
}

fn new_code(root: &Path, args: &[&str]) -> (i32, String) {
    let mut all = vec!["new"];
    all.extend_from_slice(args);
    let out = agora(root, &all);
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// `agora check --format json` (plus options): (exit code, findings).
fn check(root: &Path, extra: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(extra);
    let out = agora(root, &all);
    (out.status.code().unwrap(), serde_json::from_slice(&out.stdout).unwrap())
}

fn assert_clean(root: &Path, extra: &[&str]) {
    let (code, v) = check(root, extra);
    assert_eq!(v["findings"].as_array().unwrap().len(), 0, "check {extra:?} is not clean: {v:#}");
    assert_eq!(code, 0);
}

#[test]
fn new_entries_in_every_section_round_trip_through_check_and_build_right_away() {
    let site = example_site();
    let root = site.path();
    let news = new_ok(root, &["news", "--lang", "en", "--title", "Schools meet in Brussels", "--tag", "etwinning"]);
    assert!(news.ends_with("content/en/news/schools-meet-in-brussels.md"), "{}", news.display());
    let opinion = new_ok(root, &["opinions", "--lang", "tr", "--title", "Öğretmenler için", "--author", "Ayşe Yılmaz"]);
    assert!(opinion.ends_with("content/tr/opinions/ogretmenler-icin.md"), "{}", opinion.display());
    let tool = new_ok(root, &["toolkit", "--lang", "nl", "--title", "Een nieuw hulpmiddel"]);
    let course = new_ok(root, &["courses", "--lang", "sv", "--title", "Kurs för lärare", "--summary", "En kort kurs."]);
    assert!(course.ends_with("content/sv/courses/kurs-for-larare.md"));

    let text = std::fs::read_to_string(&opinion).unwrap();
    assert!(text.starts_with("---\ntitle: \"Öğretmenler için\"\ndate: "), "{text}");
    assert!(text.contains("authors:\n  - name: \"Ayşe Yılmaz\"\n"), "{text}");
    let text = std::fs::read_to_string(&course).unwrap();
    assert!(text.contains("course:\n  starts: ") && text.contains("  format: webinar"), "{text}");
    assert!(!std::fs::read_to_string(&tool).unwrap().contains("date:"), "toolkit is not a dated section");

    assert_clean(root, &[]);
    let out = agora(root, &["build"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let public = root.join("public");
    // dated now: published at once, not scheduled
    for dir in [
        "en/news/schools-meet-in-brussels",
        "tr/opinions/ogretmenler-icin",
        "nl/toolkit/een-nieuw-hulpmiddel",
        "sv/courses/kurs-for-larare",
    ] {
        assert!(public.join(dir).join("index.html").is_file(), "{dir} was not built");
        assert!(public.join(format!("api/v1/{dir}.json")).is_file(), "{dir} is not in the API");
    }
}

#[test]
fn never_overwrites_and_rejects_bad_usage() {
    let site = example_site();
    let root = site.path();
    let path = new_ok(root, &["news", "--lang", "en", "--title", "Once only"]);
    std::fs::write(&path, "---\ntitle: Edited by hand\ndate: 2025-01-01\n---\n\nKeep me.\n").unwrap();
    let (code, err) = new_code(root, &["news", "--lang", "en", "--title", "Once only"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("already exists"), "{err}");
    assert!(std::fs::read_to_string(&path).unwrap().contains("Keep me."));
    // an existing file of the example site
    let (code, _) = new_code(root, &["news", "--lang", "en", "--title", "Teacher wellbeing survey results"]);
    assert_eq!(code, 1);

    let (code, err) = new_code(root, &["opinions", "--lang", "en", "--title", "No author"]);
    assert_eq!(code, 2, "opinions need --author");
    assert!(err.contains("--author"), "{err}");
    assert!(!root.join("content/en/opinions/no-author.md").exists());
    assert_eq!(new_code(root, &["news", "--lang", "xx", "--title", "X"]).0, 2);
    assert_eq!(new_code(root, &["newz", "--lang", "en", "--title", "X"]).0, 2);
    assert_eq!(new_code(root, &["news", "--lang", "en"]).0, 2);
    assert_eq!(new_code(root, &["news", "--lang", "en", "--title", "!!!"]).0, 2);
    assert_eq!(new_code(root, &["--lang", "en", "--translate-from", "content/en/about.md"]).0, 2, "same language");
    assert_eq!(new_code(root, &["--lang", "nl", "--translate-from", "content/en/nope.md"]).0, 2);
    assert_eq!(new_code(root, &["--lang", "nl", "--translate-from", "content/en/about.md"]).0, 1, "nl/about.md exists");
    assert_clean(root, &[]);
}

#[test]
fn translation_skeletons_record_their_source_and_stay_unpublished() {
    let site = example_site();
    let root = site.path();
    let src_rel = "content/en/news/teacher-wellbeing-survey-results.md";
    let path = new_ok(root, &["--lang", "ar", "--translate-from", src_rel]);
    assert!(path.ends_with("content/ar/news/teacher-wellbeing-survey-results.md"), "{}", path.display());

    let src = std::fs::read_to_string(root.join(src_rel)).unwrap();
    let split = agora::content::frontmatter::split(&src).unwrap();
    let fm = agora::content::frontmatter::parse(Path::new("x.md"), split.yaml, &[]).unwrap();
    let hash = agora::i18n::report::source_hash(&fm.title, split.body);

    let text = std::fs::read_to_string(&path).unwrap();
    let tsplit = agora::content::frontmatter::split(&text).unwrap();
    let tfm = agora::content::frontmatter::parse(Path::new("y.md"), tsplit.yaml, &["date".into()]).unwrap();
    assert_eq!(tfm.title, format!("[TRANSLATE] {}", fm.title));
    assert_eq!(tfm.source_hash.as_deref(), Some(hash.as_str()));
    assert!(tfm.draft, "the untranslated skeleton is not published");
    assert_eq!(tfm.translation_key, None, "the default key (same path) links it already");
    assert_eq!(tfm.date, fm.date);
    assert_eq!(tfm.tags, fm.tags);
    assert_eq!(tsplit.body, split.body);

    // A bundle: co-located files come along. From a non-default language: the hash is the default source's.
    let bundle =
        new_ok(root, &["--lang", "sv", "--translate-from", "content/nl/toolkit/whole-school-approach/index.md"]);
    assert!(bundle.parent().unwrap().join("diagram.svg").is_file());
    let btext = std::fs::read_to_string(&bundle).unwrap();
    let en = std::fs::read_to_string(root.join("content/en/toolkit/whole-school-approach/index.md")).unwrap();
    let esplit = agora::content::frontmatter::split(&en).unwrap();
    let efm = agora::content::frontmatter::parse(Path::new("e.md"), esplit.yaml, &[]).unwrap();
    let ehash = agora::i18n::report::source_hash(&efm.title, esplit.body);
    assert!(btext.contains(&format!("source_hash: {ehash}\n")), "{btext}");
    assert!(!btext.contains("slug:"), "the source language's slug is not copied: {btext}");

    // An explicit translation_key is kept explicit.
    std::fs::write(
        root.join("content/en/news/keyed.md"),
        "---\ntitle: Keyed\ndate: 2025-01-01\ntranslation_key: shared/keyed\naliases: [/en/old-keyed/]\n---\n\nBody.\n",
    )
    .unwrap();
    let keyed =
        new_ok(root, &["news", "--lang", "tr", "--translate-from", "content/en/news/keyed.md", "--title", "Anahtarlı"]);
    let ktext = std::fs::read_to_string(&keyed).unwrap();
    assert!(ktext.contains("translation_key: shared/keyed\n"), "{ktext}");
    assert!(ktext.contains("title: \"Anahtarlı\"\n"), "a given --title is used as is: {ktext}");
    assert!(!ktext.contains("aliases"), "aliases are the source's URLs: {ktext}");

    assert_clean(root, &[]);
    assert_clean(root, &["--drafts"]);
    // with --drafts the skeleton is a translation of its source
    let out = agora(root, &["build", "--drafts"]);
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(
        &std::fs::read(root.join("public/api/v1/ar/news/teacher-wellbeing-survey-results.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        doc["translations"]["en"],
        "https://school-education.example.eu/en/news/teacher-wellbeing-survey-results/"
    );
}
