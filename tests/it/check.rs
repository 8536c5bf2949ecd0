//! `agora check`: broken links, anchors, images, alt texts, orphaned
//! translations and alias collisions, each reported with file, line and
//! column, in text and JSON; nothing written.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

use crate::support::{example_site, fixture, BIN};

fn check(root: &Path, extra: &[&str]) -> Output {
    Command::new(BIN).arg("check").arg("--root").arg(root).args(extra).output().unwrap()
}

fn check_json(root: &Path) -> (i32, Value) {
    let out = check(root, &["--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    });
    (out.status.code().unwrap(), v)
}

/// (severity, kind, file, line, column) of each finding.
fn findings(v: &Value) -> Vec<(String, String, String, u64, u64)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["kind"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().replace('\\', "/"),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn message<'a>(v: &'a Value, kind: &str, file: &str, line: u64) -> &'a str {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == kind && f["file"].as_str().unwrap().ends_with(file) && f["line"] == line)
        .and_then(|f| f["message"].as_str())
        .unwrap_or_else(|| panic!("no {kind} finding at {file}:{line}"))
}

#[test]
fn the_example_site_is_clean_and_nothing_is_written() {
    let site = example_site();
    let (code, v) = check_json(site.path());
    assert_eq!(findings(&v), vec![], "{v:#}");
    assert_eq!(code, 0);
    assert_eq!(v["errors"], 0);
    assert!(!site.path().join("public").exists(), "check wrote an output folder");
}

#[test]
fn every_kind_of_broken_reference_is_reported_where_it_is() {
    let site = fixture("check-broken");
    let (code, v) = check_json(site.path());
    assert_eq!(code, 1);
    let e = |kind: &str, file: &str, line: u64, col: u64| {
        ("error".to_string(), kind.to_string(), file.to_string(), line, col)
    };
    let first = "content/en/news/first.md";
    let bundle = "content/en/news/bundle/index.md";
    let expected = vec![
        e("broken-image", bundle, 4, 1),  // front-matter image next to the page, missing
        e("broken-image", bundle, 9, 33), // co-located image missing (the other one exists)
        e("broken-link", first, 20, 3),
        e("broken-anchor", first, 21, 3),
        e("broken-image", first, 22, 1),
        e("image-alt", first, 23, 1),
        e("broken-link", first, 24, 3),
        e("broken-link", first, 25, 3),
        e("broken-anchor", first, 26, 3),
        e("broken-link", first, 27, 3), // to the Markdown file instead of the page
        e("alias", "content/en/news/third.md", 4, 1),
        ("warning".into(), "translation-orphan".into(), "content/nl/news/orphan.md".into(), 4, 1),
    ];
    assert_eq!(findings(&v), expected, "{v:#}");
    assert_eq!(v["errors"], 11);
    assert_eq!(v["warnings"], 1);

    // messages say what is wrong and how to fix it
    assert!(message(&v, "broken-anchor", first, 21).contains("#part-one"));
    assert!(message(&v, "broken-link", first, 24).contains("/nl/news/tweede/"), "translation hint");
    assert!(message(&v, "broken-link", first, 25).contains("draft-news.md exists but is not published"));
    assert!(message(&v, "alias", "third.md", 4).contains("/en/news/"));
    assert!(message(&v, "broken-link", first, 27).contains("link to the page's URL, /en/news/second/"));
    assert!(!site.path().join("public").exists());

    // the same in text form: file:line:column
    let out = check(site.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("error[broken-link]: content/en/news/first.md:20:3: "), "{text}");
    assert!(text.contains("error[image-alt]: content/en/news/first.md:23:1: "), "{text}");
    assert!(text.contains("11 error(s), 1 warning(s)"), "{text}");
}

#[test]
fn alias_over_a_page_and_broken_links_are_reported_in_one_run() {
    let site = fixture("check-alias");
    let (code, v) = check_json(site.path());
    assert_eq!(code, 1);
    let kinds: Vec<(String, String, u64, u64)> = findings(&v).into_iter().map(|f| (f.1, f.2, f.3, f.4)).collect();
    assert_eq!(
        kinds,
        vec![
            ("broken-link".to_string(), "content/en/news/one.md".to_string(), 6, 30),
            ("alias".to_string(), "content/en/news/two.md".to_string(), 4, 1),
        ]
    );
}

#[test]
fn links_are_not_checked_against_content_that_failed_to_load() {
    let site = fixture("check-alias");
    // one.md breaks; two.md links to it: that is not a broken link, but the
    // missing alt text is still reported along with the front-matter error
    std::fs::write(site.path().join("content/en/news/one.md"), "---\ntitle: One\ndate: yesterday\n---\n\nText.\n")
        .unwrap();
    std::fs::write(
        site.path().join("content/en/news/two.md"),
        "---\ntitle: Two\ndate: 2025-01-02\n---\n\nSee [one](/en/news/one/).\n\n![](/nothing.png)\n",
    )
    .unwrap();
    let (code, v) = check_json(site.path());
    assert_eq!(code, 1);
    let kinds: Vec<(String, u64)> = findings(&v).into_iter().map(|f| (f.1, f.3)).collect();
    assert_eq!(kinds, vec![("front-matter".to_string(), 3), ("image-alt".to_string(), 8)], "{v:#}");
}

#[test]
fn drafts_and_future_options_change_what_links_may_point_to() {
    let site = fixture("check-broken");
    let (_, v) = check_json(site.path());
    assert!(findings(&v).iter().any(|f| f.1 == "broken-link" && f.3 == 25));
    let out = check(site.path(), &["--drafts", "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!findings(&v).iter().any(|f| f.1 == "broken-link" && f.3 == 25), "with --drafts the draft exists");
}
