//! Bad input: every problem is reported (all of them in one run) with
//! `file:line:col`, the exit status is 1, and nothing is written — not in the
//! output folder, and never outside it.

use std::path::Path;

use crate::support::*;

/// Build, expect exit 1 and the "left as it was" promise, return the errors.
fn failing_build(root: &Path) -> Vec<Diag> {
    let r = build(root, &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    assert!(!public(root).exists(), "a failed first build created the output folder");
    let errors = r.errors();
    assert!(!errors.is_empty(), "{}", r.output());
    errors
}

/// Each expected error, `(file ending, line, col, kind, part of the message)`, exactly once,
/// and no other error.
fn assert_errors(errors: &[Diag], expected: &[(&str, usize, usize, &str, &str)]) {
    for (file, line, col, kind, needle) in expected {
        let hits: Vec<&Diag> =
            errors.iter().filter(|d| d.file.replace('\\', "/").ends_with(file) && d.message.contains(needle)).collect();
        assert_eq!(hits.len(), 1, "{file} {needle:?}: expected one error, got {hits:#?}\nall: {errors:#?}");
        let d = hits[0];
        assert_eq!((d.line, d.col, d.kind.as_str()), (*line, *col, *kind), "{file}: {d:?}");
    }
    assert_eq!(errors.len(), expected.len(), "unexpected extra errors: {errors:#?}");
}

#[test]
fn one_run_reports_every_broken_file_with_file_line_col() {
    let site = fixture("broken-many");
    // and a file that is not UTF-8: `é` in Latin-1 right after "title: Caf" (10 characters)
    write(
        site.path(),
        "content/en/news/latin1.md",
        b"---\ntitle: Caf\xe9 des langues\ndate: 2024-01-01\n---\n".as_slice(),
    );
    let errors = failing_build(site.path());
    assert_errors(
        &errors,
        &[
            // the `date` key's line; the value is not a calendar date
            ("content/en/news/bad-date.md", 3, 1, "front-matter", "2024-13-45"),
            // line 4 is indented under a scalar: YAML fails at its `:`
            ("content/en/news/bad-indent.md", 4, 7, "front-matter", "invalid YAML"),
            // `ends:` is on line 6, indented by two
            ("content/en/news/course-ends-early.md", 6, 3, "front-matter", "before it starts"),
            ("content/en/news/draft-not-bool.md", 4, 1, "front-matter", "`draft`"),
            ("content/en/news/image-without-alt.md", 4, 1, "front-matter", "alt"),
            // missing fields: the front matter's first line
            ("content/en/news/missing-date.md", 2, 1, "front-matter", "`date`"),
            ("content/en/news/missing-title.md", 2, 1, "front-matter", "`title`"),
            ("content/en/news/latin1.md", 2, 11, "encoding", "UTF-8"),
            ("content/en/no-front-matter.md", 1, 1, "front-matter", "---"),
            ("content/en/unclosed.md", 1, 1, "front-matter", "not closed"),
            // `broken = { $name` is 16 characters; the `}` is missing at 17
            ("i18n/en/site.ftl", 2, 17, "fluent-syntax", ""),
        ],
    );
}

#[test]
fn check_reports_the_same_errors_and_writes_nothing() {
    let site = fixture("broken-many");
    let before = tree(site.path());
    let r = agora(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.output());
    let build_errors = {
        let copy = fixture("broken-many");
        failing_build(copy.path()).into_iter().map(|d| d.loc()).collect::<Vec<_>>()
    };
    let check_errors: Vec<String> = r.errors().into_iter().map(|d| d.loc()).collect();
    let ends = |v: &[String]| -> Vec<String> {
        let mut v: Vec<String> =
            v.iter().map(|l| l.rsplit_once("broken-many").map_or(l.clone(), |x| x.1.to_string())).collect();
        v.sort();
        v
    };
    assert_eq!(ends(&check_errors), ends(&build_errors));
    assert_eq!(tree(site.path()), before);
    // and as JSON
    let r = agora(&["check", "--root", site.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    assert_eq!(v["errors"].as_u64().unwrap() as usize, build_errors.len(), "{v:#}");
}

#[test]
fn non_utf8_site_yaml_names_line_and_column() {
    let site = fixture("minimal");
    // line 1 is "title: Minimal School Site"; a Latin-1 `ü` starts line 2 after "base_url: https://"
    let yaml = read(&site.path().join("site.yaml"));
    let mut bytes = Vec::new();
    for (i, line) in yaml.lines().enumerate() {
        if i == 1 {
            bytes.extend_from_slice(b"base_url: https://m\xfcnchen.example.org");
        } else {
            bytes.extend_from_slice(line.as_bytes());
        }
        bytes.push(b'\n');
    }
    write(site.path(), "site.yaml", bytes);
    let errors = failing_build(site.path());
    assert_errors(&errors, &[("site.yaml", 2, 20, "encoding", "UTF-8")]);
}

#[test]
fn site_yaml_mistakes_are_all_reported_with_their_lines() {
    let errors = failing_build(fixture("bad-config").path());
    assert_errors(
        &errors,
        &[
            // `  nl: { name: Nederlands, fallbak: [en] }`: the key starts at column 27
            ("site.yaml", 6, 27, "config", "`fallbak`"),
            ("site.yaml", 9, 5, "config", "right-to-left"),
            ("site.yaml", 12, 1, "config", "`colour`"),
            ("site.yaml", 14, 3, "config", "`trusted_htm`"),
        ],
    );
    assert!(diag_for(&errors, "site.yaml", "`fallbak`").message.contains("fallback"), "a hint names the right key");
}

#[test]
fn site_yaml_syntax_error_has_its_line() {
    let site = fixture("minimal");
    // an unterminated flow mapping on line 5
    let yaml = read(&site.path().join("site.yaml")).replace("  en: { name: English }", "  en: { name: English");
    write(site.path(), "site.yaml", yaml);
    let errors = failing_build(site.path());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let d = &errors[0];
    assert_eq!(d.kind, "config");
    assert!(d.file.ends_with("site.yaml") && d.message.contains("YAML"), "{d:?}");
    // libyaml notices the missing `}` where the next key starts (line 6) at the latest
    assert!((5..=6).contains(&d.line) && d.col > 0, "{d:?}");
}

#[test]
fn duplicate_url_names_both_files() {
    let errors = failing_build(fixture("duplicate-url").path());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let d = &errors[0];
    assert_eq!(d.kind, "duplicate-url");
    // `slug: Teacher-Day` lower-cases onto the other file's URL; nl has its own /nl/news/teacher-day/
    assert!(d.message.contains("content/en/news/teacher-day.md"), "{d:?}");
    assert!(d.message.contains("content/en/news/world-teachers-day.md") || d.file.ends_with("world-teachers-day.md"));
    assert!(d.message.contains("/en/news/teacher-day/"), "{d:?}");
}

#[test]
fn undeclared_language_folder_is_an_error() {
    let errors = failing_build(fixture("undeclared-language").path());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].kind, "undeclared-language");
    assert!(errors[0].file.replace('\\', "/").ends_with("content/de"), "{:?}", errors[0]);
    assert!(errors[0].message.contains("`de`"));
}

#[test]
fn slugs_and_aliases_cannot_leave_the_output_folder() {
    // the site sits two levels down, so `../../..` from its output folder stays inside the temp dir
    let tmp = tempfile::TempDir::new().unwrap();
    let root = tmp.path().join("a/b/site");
    copy_dir(&repo().join("tests/fixtures/escape-attempt"), &root);
    let before = tree(tmp.path());
    let errors = failing_build(&root);
    assert_errors(
        &errors,
        &[
            ("content/en/news/absolute-slug.md", 4, 1, "slug", "/tmp/escaped-absolute"),
            ("content/en/news/dotdot-slug.md", 4, 1, "slug", "../../../escaped-slug"),
            // alias errors point at the `aliases:` key (line 4 in each file)
            ("content/en/news/dotdot-alias.md", 4, 1, "alias", "../../../escaped-alias/"),
            ("content/en/news/encoded-alias.md", 4, 1, "alias", "%2e%2e"),
            ("content/en/news/url-alias.md", 4, 1, "alias", "//evil.example"),
        ],
    );
    assert_eq!(tree(tmp.path()), before, "the failed build wrote files");
    for e in walk_names(tmp.path()) {
        assert!(!e.contains("escaped"), "{e} was created");
    }
    assert!(!Path::new("/tmp/escaped-absolute").exists());
}

fn walk_names(dir: &Path) -> Vec<String> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        v.push(e.path().display().to_string());
        if e.path().is_dir() {
            v.extend(walk_names(&e.path()));
        }
    }
    v
}

#[test]
fn generated_urls_cannot_be_taken_by_pages_sections_or_aliases() {
    let site = fixture("minimal");
    let root = site.path();
    // a stand-alone page at the search page's URL
    write(root, "content/en/search.md", "---\ntitle: Our search\n---\n");
    // a stand-alone page at a taxonomy's URL (content/en/tags/<term>.md
    // is a term's own page, naming the term, not a section)
    write(root, "content/en/levels.md", "---\ntitle: Our levels\n---\n");
    // aliases over the news listing and over the sitemap
    write(
        root,
        "content/en/news/sixth.md",
        "---\ntitle: Sixth\ndate: 2024-01-02\naliases:\n  - /en/news/\n  - /sitemap.xml\n---\n",
    );
    let errors = failing_build(root);
    let search = diag_for(&errors, "content/en/search.md", "/en/search/");
    assert_eq!(search.kind, "duplicate-url");
    let levels = diag_for(&errors, "content/en/levels.md", "/en/levels/");
    assert_eq!(levels.kind, "duplicate-url");
    let listing = diag_for(&errors, "content/en/news/sixth.md", "`/en/news/`");
    assert_eq!((listing.line, listing.col, listing.kind.as_str()), (4, 1, "alias"));
    let sm = diag_for(&errors, "content/en/news/sixth.md", "`/sitemap.xml`");
    assert_eq!((sm.line, sm.col, sm.kind.as_str()), (4, 1, "alias"));
}

#[test]
fn failed_build_keeps_the_previous_site() {
    let site = fixture("minimal");
    let root = site.path();
    let out = build_ok(root, &[]);
    let good = tree(&out);
    assert!(good.contains_key("en/news/third/index.html"));
    // `.public.prev` is the documented staging folder (it holds the previous
    // site and is written over in place by the next build); nothing else may stay.
    let siblings = || -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(root)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n != ".public.prev")
            .collect();
        v.sort();
        v
    };
    let names = siblings();

    // 1. a content error: found before anything is written
    write(root, "content/en/news/third.md", "---\ntitle: Third, now broken\ndate: someday\n---\n");
    let r = build(root, &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    assert_eq!(tree(&out), good, "the previous site was changed");
    assert_eq!(siblings(), names, "temporary folders were left behind");

    // 2. an error while rendering (a site template with an unknown filter): the
    //    staging folder is half written when it fails
    std::fs::copy(
        repo().join("tests/fixtures/minimal/content/en/news/third.md"),
        root.join("content/en/news/third.md"),
    )
    .unwrap();
    write(
        root,
        "templates/page.html",
        "{% extends \"base.html\" %}{% block content %}{{ page.title | no_such_filter }}{% endblock content %}",
    );
    let r = build(root, &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    assert!(r.errors().iter().any(|d| d.kind == "template"), "{}", r.output());
    assert_eq!(tree(&out), good, "the previous site was changed");
    let mut names_now = names.clone();
    names_now.push("templates".into());
    names_now.sort();
    assert_eq!(siblings(), names_now, "temporary folders were left behind");

    // 3. and a good build replaces it
    std::fs::remove_dir_all(root.join("templates")).unwrap();
    write(root, "content/en/news/seventh.md", "---\ntitle: Seventh\ndate: 2024-08-01\n---\n");
    build_ok(root, &[]);
    assert!(url_file(&out, "/en/news/seventh/").is_file());
    assert_eq!(siblings(), names);
}

#[test]
fn upper_case_section_folder_gives_lower_case_urls() {
    let site = fixture("minimal");
    write(site.path(), "content/en/Events/open-day.md", "---\ntitle: Open day\ndate: 2024-01-01\n---\n");
    let out = build_ok(site.path(), &[]);
    assert!(url_file(&out, "/en/events/open-day/").is_file());
    let listing = page(&out, "/en/events/");
    assert_eq!(attr_of(&listing, "main article.card .card__title a", "href"), ["/en/events/open-day/"]);
    assert!(!out.join("en/Events").exists());
}

#[test]
fn fluent_syntax_error_in_site_strings() {
    let site = fixture("minimal");
    write(
        site.path(),
        "i18n/en/site.ftl",
        "site-motto = Learning together\n\nbad-message = { $count ->\n  [one] One\n",
    );
    let errors = failing_build(site.path());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let d = &errors[0];
    assert_eq!(d.kind, "fluent-syntax");
    assert!(d.file.ends_with("i18n/en/site.ftl"), "{d:?}");
    // the select expression starts on line 3 and is never closed
    assert!(d.line >= 3 && d.col > 0, "{d:?}");
}

#[test]

fn template_syntax_error_names_the_site_template() {
    let site = fixture("minimal");
    write(
        site.path(),
        "templates/news.html",
        "{% extends \"page.html\" %}\n{% block kicker %}{{ page.title }{% endblock kicker %}\n",
    );
    let errors = failing_build(site.path());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let d = &errors[0];
    assert_eq!(d.kind, "template");
    assert!(d.file.replace('\\', "/").ends_with("templates/news.html"), "{d:?}");
    assert_eq!((d.line, d.col), (2, 33), "{d:?}");
}

#[test]
fn far_future_date_does_not_crash_the_build() {
    let site = fixture("minimal");
    write(site.path(), "content/en/news/typo.md", "---\ntitle: Typo in the year\ndate: 3024-01-01\n---\n");
    let r = build(site.path(), &["--future"]);
    assert!(r.code == 0 || r.code == 1, "{}", r.output());
    assert!(!r.stderr.contains("panicked"), "{}", r.output());
}
