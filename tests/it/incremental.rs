//! Incremental `agora build`: after each edit of a series, the build that
//! reuses its previous output (the manifest of route → input hash) must
//! produce the same bytes as a clean build of the same tree into a new
//! folder. Search indexes are compared by what they answer (tantivy names
//! its segment files at random).

use std::path::Path;

use crate::support::*;

/// Everything in `out` except the manifest and the search-index files.
fn files(out: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut t = tree(out);
    t.retain(|k, _| k != ".agora-manifest" && !k.starts_with("search-index/"));
    t
}

/// What each language's index answers to a few queries.
fn answers(out: &Path, words: &[&str]) -> Vec<String> {
    let index = out.join("search-index");
    let mut v = Vec::new();
    // the languages the edits touch
    for lang in ["en", "nl"] {
        for q in words {
            let r = agora(&[
                "search",
                "--index",
                index.to_str().unwrap(),
                "--lang",
                lang,
                "--limit",
                "50",
                "--format",
                "json",
                "--",
                q,
            ]);
            v.push(format!("{lang} {q}: {}", r.assert_ok().stdout));
        }
    }
    v
}

fn edit(root: &Path, rel: &str, f: impl FnOnce(String) -> String) {
    let p = root.join(rel);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let new = f(text.clone());
    assert_ne!(new, text, "the edit of {rel} changed nothing");
    std::fs::write(p, new).unwrap();
}

/// Adds `line` at the top of the front matter.
fn add_key(line: &'static str) -> impl FnOnce(String) -> String {
    move |s| s.replacen("---\n", &format!("---\n{line}\n"), 1)
}

/// The build's summary line says how many routes it kept.
fn kept(run: &Run) -> usize {
    let line = run.stderr.lines().find(|l| l.starts_with("Built ")).unwrap_or_else(|| panic!("{}", run.output()));
    line.split(", ")
        .find_map(|part| part.split(" unchanged").next().filter(|_| part.contains(" unchanged")))
        .map(|n| n.trim().parse().unwrap())
        .unwrap_or(0)
}

fn assert_same_as_clean(root: &Path, step: &str, words: &[&str]) {
    let clean = root.join(format!("clean-{}", step.replace(' ', "-")));
    agora(&["build", "--root", root.to_str().unwrap(), "--out", clean.to_str().unwrap(), "--clean"]).assert_ok();
    let (inc, full) = (files(&public(root)), files(&clean));
    let only_inc: Vec<&String> = inc.keys().filter(|k| !full.contains_key(*k)).collect();
    let only_full: Vec<&String> = full.keys().filter(|k| !inc.contains_key(*k)).collect();
    assert!(
        only_inc.is_empty() && only_full.is_empty(),
        "{step}: only incremental {only_inc:#?}; only clean {only_full:#?}"
    );
    let differ: Vec<&String> = inc.iter().filter(|(k, v)| full[*k] != **v).map(|(k, _)| k).collect();
    assert!(differ.is_empty(), "{step}: these files differ from a clean build: {differ:#?}");
    assert_eq!(answers(&public(root), words), answers(&clean, words), "{step}: search answers differ");
    std::fs::remove_dir_all(clean).unwrap();
}

#[test]
fn incremental_build_equals_a_clean_build_after_each_edit() {
    let site = example_site();
    let root = site.path();
    // toolkit sorted by title, so that a title edit reorders a listing
    edit(root, "site.yaml", |s| s.replace("toolkit:  { sort_by: weight", "toolkit:  { sort_by: title "));
    // Two builds: from the third on, the staging folder holds a build with a manifest.
    build(root, &[]).assert_ok();
    build(root, &[]).assert_ok();
    let steady = build(root, &[]);
    steady.assert_ok();
    assert!(kept(&steady) > 100, "nothing changed, so nearly every route should be kept:\n{}", steady.output());
    assert_same_as_clean(root, "no change", &["school"]);

    let news = "content/en/news/digital-skills-self-reflection.md";
    type Step<'a> = (&'a str, Box<dyn FnOnce(&Path)>, &'a [&'a str]);
    let steps: Vec<Step> = vec![
        (
            "title reorders the toolkit",
            Box::new(|r| {
                edit(r, "content/en/toolkit/early-warning-signs.md", |s| {
                    s.replacen("title: Recognising", "title: Zebra stripes and recognising", 1)
                })
            }),
            &["zebra", "warning"],
        ),
        (
            "date",
            Box::new(move |r| {
                edit(r, news, |s| s.replacen("date: 2023-11-08T14:00:00+01:00", "date: 2019-02-01T09:00:00+01:00", 1))
            }),
            &["reflection"],
        ),
        ("draft on", Box::new(move |r| edit(r, news, add_key("draft: true"))), &["reflection"]),
        ("draft off", Box::new(move |r| edit(r, news, |s| s.replacen("draft: true\n", "", 1))), &["reflection"]),
        (
            "translation added",
            Box::new(move |r| {
                let en = std::fs::read_to_string(r.join(news)).unwrap();
                write(
                    r,
                    "content/nl/news/digital-skills-self-reflection.md",
                    en.replacen("title: A free", "title: Een gratis hulpmiddel, a free", 1),
                );
            }),
            &["gratis", "reflection"],
        ),
        (
            "translation removed",
            Box::new(|r| std::fs::remove_file(r.join("content/nl/news/digital-skills-self-reflection.md")).unwrap()),
            &["gratis"],
        ),
        ("slug", Box::new(move |r| edit(r, news, add_key("slug: self-reflection-tool"))), &["reflection"]),
        ("alias", Box::new(move |r| edit(r, news, add_key("aliases: [/en/old/self-reflection/]"))), &["reflection"]),
        (
            "tag",
            Box::new(move |r| {
                edit(r, news, |s| {
                    s.replacen("tags: [digital-education,", "tags: [brand-new-tag, digital-education,", 1)
                })
            }),
            &["reflection"],
        ),
        ("entry deleted", Box::new(move |r| std::fs::remove_file(r.join(news)).unwrap()), &["reflection", "school"]),
    ];
    for (step, apply, words) in steps {
        apply(root);
        let run = build(root, &[]);
        run.assert_ok();
        let n = kept(&run);
        assert!(n > 0, "{step}: the build after the edit should keep unchanged routes:\n{}", run.output());
        assert_same_as_clean(root, step, words);
    }
}

/// A manifest that was tampered with, or one of another agora version, is
/// not trusted: the build renders everything (and still succeeds). Both
/// folders' manifests are spoiled: a build also copies what the newest
/// build (the output folder) made from the same inputs.
#[test]
fn a_corrupt_or_foreign_manifest_means_a_full_build() {
    let site = example_site();
    let root = site.path();
    for _ in 0..2 {
        build(root, &[]).assert_ok();
    }
    let staging = root.join(".public.prev").join(".agora-manifest");
    let good = std::fs::read_to_string(&staging).expect("the staging folder keeps its manifest");
    // one route's hash changed, the checksum left as it was
    let mut lines: Vec<String> = good.lines().map(String::from).collect();
    let first = if lines[2].starts_with('0') { "1" } else { "0" };
    lines[2].replace_range(0..1, first);
    let cases = [
        ("a changed hash", lines.join("\n") + "\n"),
        ("another version", good.replacen(env!("CARGO_PKG_VERSION"), "0.0.0-other", 1)),
        ("garbage", "\u{0}not a manifest\n".to_string()),
    ];
    for (what, text) in cases {
        // the folder that will be reused is the staging one
        let staging = root.join(".public.prev").join(".agora-manifest");
        std::fs::write(&staging, &text).unwrap();
        std::fs::write(root.join("public").join(".agora-manifest"), &text).unwrap();
        let run = build(root, &[]);
        run.assert_ok();
        assert_eq!(kept(&run), 0, "{what}: the manifest must be ignored:\n{}", run.output());
        assert_same_as_clean(root, what, &["school"]);
    }
    // `--clean` ignores even a sound manifest
    build(root, &[]).assert_ok();
    let run = build(root, &["--clean"]);
    run.assert_ok();
    assert_eq!(kept(&run), 0, "{}", run.output());
}

/// `agora serve` previews a saved page in the output folder before its
/// build. Edited and then put back, the page must not stay as previewed in
/// the folder the next builds reuse: after the edits, serve's output is a
/// clean build's.
#[test]
fn serve_previews_leave_the_output_of_a_clean_build() {
    let site = example_site();
    let root = site.path();
    let rel = "content/en/news/stem-in-the-schoolyard.md";
    let url = entry_url(root, rel);
    let original = std::fs::read_to_string(root.join(rel)).unwrap();
    let out = public(root);
    let s = Server::start(
        &["serve", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()],
        "/",
        std::time::Duration::from_secs(60),
    );
    let wait = std::time::Duration::from_secs(30);
    let edited = original.replacen("title:", "title: Previewed zebra crossing,", 1);
    assert_ne!(edited, original);
    // Edit, put back, edit again, put back: the second time round, the
    // reused folder holds the first edit's preview.
    for round in 1..=2 {
        std::fs::write(root.join(rel), &edited).unwrap();
        s.wait_for_build("the edit", wait, || s.get(&url).text().contains("Previewed zebra crossing"));
        std::fs::write(root.join(rel), &original).unwrap();
        s.wait_for_build("the page put back", wait, || !s.get(&url).text().contains("Previewed zebra crossing"));
        assert!(s.stderr().matches("Previewed ").count() >= 2 * round, "no preview:\n{}", s.stderr());
    }
    drop(s);
    assert_same_as_clean(root, "after previews", &["schoolyard", "zebra"]);
    // and a plain build over serve's folders agrees too
    build(root, &[]).assert_ok();
    assert_same_as_clean(root, "build after serve", &["schoolyard", "zebra"]);
}
