//! Security regression suite: each test guards one class of defect found by
//! attacking agora as a hostile editor or a careless user would (issue
//! "Hardening"). They run the real binary on small sites and parse what it
//! wrote; none is timed, but the inputs that once took minutes are here, so
//! a quadratic regression shows as a suite that does not finish.

use std::path::{Path, PathBuf};

use crate::support::*;

fn minimal() -> tempfile::TempDir {
    fixture("minimal")
}

/// The diagnostic for `file` containing `needle` (owned).
fn found(diags: Vec<Diag>, file: &str, needle: &str) -> Diag {
    diag_for(&diags, file, needle).clone()
}

fn check(root: &Path) -> Run {
    agora(&["check", "--root", root.to_str().unwrap()])
}

fn entry(title: &str, extra_fm: &str, body: &str) -> String {
    format!("---\ntitle: {title}\ndate: 2024-02-01\n{extra_fm}---\n\n{body}\n")
}

/// Every `on*` attribute and dangerous URL in an HTML document.
fn script_vectors(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut found = Vec::new();
    for el in doc.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        let name = el.value().name();
        if ["script", "iframe", "object", "embed"].contains(&name) {
            found.push(format!("<{name}>"));
        }
        for (a, v) in el.value().attrs() {
            let squeezed: String =
                v.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect::<String>().to_lowercase();
            if a.starts_with("on")
                || (["href", "src", "action", "formaction"].contains(&a)
                    && ["javascript:", "data:", "vbscript:"].iter().any(|s| squeezed.starts_with(s)))
            {
                found.push(format!("<{name} {a}={v:?}>"));
            }
        }
    }
    found
}

// ------------------------------------------------------------ 1. stored XSS

#[test]
fn heading_attributes_cannot_carry_event_handlers_into_pages_feeds_or_the_api() {
    let site = minimal();
    let body = "# Welcome {#hello .big onclick=alert(1) onmouseover=\"alert(2)\" style=\"x\"}\n\nNo raw HTML here, [a link](https://eu.example/).\n";
    write(site.path(), "content/en/news/xss.md", entry("Heading attributes", "", body));
    let out = build_ok(site.path(), &[]);
    let page = read(&out.join("en/news/xss/index.html"));
    assert_eq!(script_vectors(&page), Vec::<String>::new());
    let doc = scraper::Html::parse_document(&page);
    let h = one(&doc, "h1#hello");
    assert_eq!(h.value().attr("class"), Some("big"), "id and class are kept");
    assert!(h.value().attr("style").is_none());
    for feed in ["en/feed.xml", "en/news/feed.xml"] {
        let xml = read(&out.join(feed));
        assert!(!xml.contains("onclick") && !xml.contains("onmouseover"), "{feed}");
    }
    let api: serde_json::Value = serde_json::from_str(&read(&out.join("api/v1/en/news/xss.json"))).unwrap();
    let html = api["content_html"].as_str().unwrap();
    assert_eq!(script_vectors(html), Vec::<String>::new(), "{html}");
    assert!(html.contains("id=\"hello\""), "{html}");
}

// ------------------------------------------------------------ 2. front-matter URLs

#[test]
fn dangerous_front_matter_urls_are_errors_at_their_line_in_build_and_check() {
    let site = minimal();
    std::fs::write(
        site.path().join("site.yaml"),
        read(&site.path().join("site.yaml"))
            .replace("sections:\n", "sections:\n  courses: { sort_by: starts, paginate_by: 12 }\n"),
    )
    .unwrap();
    let course = "---\ntitle: A course\ncourse:\n  starts: 2024-03-01\n  ends: 2024-03-02\n  registration_url: \"JaVa\\tScRiPt:alert(document.cookie)\"\n---\n\nBody.\n";
    write(site.path(), "content/en/courses/c.md", course);
    let img = "---\ntitle: Image\ndate: 2024-02-01\nimage:\n  alt: A picture\n  src: \"data:text/html,<script>alert(1)</script>\"\n---\n\nBody.\n";
    write(site.path(), "content/en/news/img.md", img);
    let vb = "---\ntitle: Vb\ncourse:\n  starts: 2024-03-01\n  ends: 2024-03-02\n  registration_url: \" vbscript:msgbox(1)\"\n---\n";
    write(site.path(), "content/en/courses/vb.md", vb);
    let ok = "---\ntitle: Fine\ncourse:\n  starts: 2024-03-01\n  ends: 2024-03-02\n  registration_url: https://academy.example.eu/r?id=1\n---\n";
    write(site.path(), "content/en/courses/ok.md", ok);
    for run in [build(site.path(), &[]), check(site.path())] {
        assert_eq!(run.code, 1, "{}", run.output());
        let errors = run.errors();
        let c = diag_for(&errors, "courses/c.md", "javascript:");
        assert_eq!((c.line, c.col), (6, 3), "{c:?}");
        let i = diag_for(&errors, "news/img.md", "data:");
        assert_eq!((i.line, i.col), (6, 3), "{i:?}");
        diag_for(&errors, "courses/vb.md", "vbscript:");
        assert!(!errors.iter().any(|d| d.file.ends_with("ok.md")), "{errors:#?}");
    }
    assert!(!public(site.path()).exists());
}

// ------------------------------------------------------------ 3. data loss through --out

#[test]
fn out_folders_that_would_take_sources_or_user_files_are_refused() {
    let site = minimal();
    let root = site.path();
    let before = tree(root);
    let notes = root.join("docs");
    write(root, "docs/notes.txt", "my notes");
    for out in [root.to_path_buf(), root.join(".."), root.join("content"), root.join("content/en/news"), notes.clone()]
    {
        let r = agora(&["build", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()]);
        assert_eq!(r.code, 1, "--out {}: {}", out.display(), r.output());
        let e = &r.errors()[0];
        assert_eq!(e.kind, "output", "{e:?}");
        assert!(e.message.contains("choose") || e.message.contains("Choose"), "{e:?}");
    }
    let mut after = tree(root);
    after.remove("docs/notes.txt");
    assert_eq!(before, after, "a refused build changed the site");
    assert_eq!(read(&notes.join("notes.txt")), "my notes");
    // an empty folder may be used, and a folder agora made is reused
    let empty = root.join("site-out");
    std::fs::create_dir(&empty).unwrap();
    for _ in 0..2 {
        agora(&["build", "--root", root.to_str().unwrap(), "--out", empty.to_str().unwrap()]).assert_ok();
    }
    assert!(empty.join(".agora-output").is_file());
    assert!(empty.join("en/index.html").is_file());
}

// ------------------------------------------------------------ 4. aliases

#[test]
fn encoded_aliases_cannot_replace_homes_listings_or_entries() {
    for (alias, over) in [
        ("/en/%2e/", "home"),
        ("/en/news/%2E", "listing"),
        ("/en%2Fnews%2ffirst/", "entry"),
        ("/en/./news/./", "listing"),
    ] {
        let site = minimal();
        let fm = format!("aliases: [\"{alias}\"]\n");
        write(site.path(), "content/en/news/alias.md", entry("Alias", &fm, "Body."));
        for run in [build(site.path(), &[]), check(site.path())] {
            assert_eq!(run.code, 1, "{alias} ({over}): {}", run.output());
            let d = found(run.errors(), "news/alias.md", "alias");
            assert_eq!(d.line, 4, "{d:?}");
        }
        assert!(!public(site.path()).exists());
    }
}

#[test]
fn alias_with_nul_or_overlong_segment_is_a_located_error_in_check_and_build() {
    let site = minimal();
    write(site.path(), "content/en/news/a.md", entry("A", "aliases: [\"/en/old%00x/\"]\n", "Body."));
    let long = "x".repeat(300);
    write(site.path(), "content/en/news/b.md", entry("B", &format!("slug: {long}\n"), "Body."));
    write(site.path(), "content/en/news/c.md", entry("C", &format!("tags: [{long}]\n"), "Body."));
    for run in [build(site.path(), &[]), check(site.path())] {
        assert_eq!(run.code, 1, "{}", run.output());
        let errors = run.errors();
        assert_eq!(diag_for(&errors, "news/a.md", "control").line, 4);
        assert_eq!(diag_for(&errors, "news/b.md", "300 bytes").line, 4);
        assert_eq!(diag_for(&errors, "news/c.md", "300 bytes").line, 4);
        assert!(!errors.iter().any(|d| d.file.contains(".public.prev")), "{errors:#?}");
    }
}

// ------------------------------------------------------------ 5. symlinks in the staging folder

#[cfg(unix)]
#[test]
fn links_planted_in_the_staging_folder_are_replaced_never_followed() {
    let site = minimal();
    let root = site.path();
    build_ok(root, &[]);
    build_ok(root, &[]); // now .public.prev holds the previous site
    let staging = root.join(".public.prev");
    assert!(staging.is_dir());
    let elsewhere = tempfile::TempDir::new().unwrap();
    let victim = elsewhere.path().join("victim.html");
    std::fs::write(&victim, "precious").unwrap();
    let about = staging.join("en/about/index.html");
    std::fs::remove_file(&about).unwrap();
    std::os::unix::fs::symlink(&victim, &about).unwrap();
    std::fs::remove_dir_all(staging.join("nl")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), staging.join("nl")).unwrap();
    std::fs::remove_dir_all(staging.join("search-index")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), staging.join("search-index")).unwrap();

    let out = build_ok(root, &[]);
    assert_eq!(read(&victim), "precious");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 1, "files were written outside the output");
    for p in ["en/about/index.html", "nl/index.html", "nl/over-ons/index.html", "search-index/nl"] {
        let m = std::fs::symlink_metadata(out.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
        assert!(!m.is_symlink(), "{p} is a link");
    }
    assert!(read(&out.join("en/about/index.html")).contains("<html"));
}

/// A build copies what the newest build (the output folder) made from the
/// same inputs. A link planted there is not followed either: the copy is
/// rendered instead, and nothing from outside lands in the site.
#[cfg(unix)]
#[test]
fn links_planted_in_the_output_folder_are_not_copied_from() {
    let site = minimal();
    let root = site.path();
    build_ok(root, &[]);
    build_ok(root, &[]);
    // an edit the staging folder has not seen: the next build copies the
    // newest build's files where their inputs are the same
    write(root, "content/en/news/seventh.md", "---\ntitle: Seventh\ndate: 2024-08-01\n---\nNew.\n");
    build_ok(root, &[]);
    // public/en becomes a link to a folder of the same files, all secrets
    let public = root.join("public");
    let elsewhere = tempfile::TempDir::new().unwrap();
    for rel in tree(&public.join("en")).keys() {
        let f = elsewhere.path().join(rel);
        std::fs::create_dir_all(f.parent().unwrap()).unwrap();
        std::fs::write(f, "SECRET outside the site").unwrap();
    }
    std::fs::rename(public.join("en"), root.join("en-moved")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), public.join("en")).unwrap();
    let file = public.join("sitemap.xml");
    std::fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("index.html"), &file).unwrap();

    let out = build_ok(root, &[]);
    for (rel, bytes) in tree(&out) {
        assert!(!String::from_utf8_lossy(&bytes).contains("SECRET"), "{rel} came from outside the site");
    }
    assert!(read(&out.join("en/about/index.html")).contains("<html"));
}

// ------------------------------------------------------------ 6. recursion

#[test]
fn self_including_templates_and_recursive_macros_are_errors_not_crashes() {
    let site = minimal();
    write(site.path(), "templates/partial.html", "<p>\n{% include \"partial.html\" %}</p>\n");
    write(
        site.path(),
        "templates/page.html",
        "{% extends \"base.html\" %}{% block content %}{% include \"partial.html\" %}{% endblock %}\n",
    );
    let r = build(site.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    let d = found(r.errors(), "templates/partial.html", "loop");
    assert_eq!((d.line, d.col), (2, 1));

    let site = minimal();
    write(site.path(), "templates/macros.html", "{% macro tree(n) %}\n  {{ self::tree(n=n) }}\n{% endmacro tree %}\n");
    write(site.path(), "templates/page.html", "{% import \"macros.html\" as m %}{% extends \"base.html\" %}{% block content %}{{ m::tree(n=1) }}{% endblock %}\n");
    let r = build(site.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    let d = found(r.errors(), "templates/macros.html", "recursive macro");
    assert_eq!(d.line, 2);
}

#[test]
fn deeply_nested_fluent_placeables_are_a_located_error() {
    let site = minimal();
    let deep = format!("deep = {}x{}\n", "{ ".repeat(5000), " }".repeat(5000));
    write(site.path(), "i18n/en/deep.ftl", format!("ok = fine\n{deep}"));
    for run in [build(site.path(), &[]), check(site.path()), agora(&["i18n", "--root", site.path().to_str().unwrap()])]
    {
        assert_eq!(run.code, 1, "{}", run.output());
        let d = found(run.errors(), "i18n/en/deep.ftl", "nested");
        assert_eq!(d.line, 2, "{d:?}");
    }
}

// ------------------------------------------------------------ 7. inputs that hung the build

#[test]
fn pathological_but_small_files_build_and_limits_are_located() {
    let site = minimal();
    let root = site.path();
    // 4,000 identical headings, 50,000 links on one line, 200 nested divs
    write(root, "content/en/news/headings.md", entry("Headings", "", &"## Same\n\n".repeat(4000)));
    write(root, "content/en/news/links.md", entry("Links", "", &"[a](/en/) ".repeat(50_000)));
    write(
        root,
        "content/en/news/divs.md",
        entry("Divs", "", &format!("{}x{}", "<div>".repeat(200), "</div>".repeat(200))),
    );
    let out = build_ok(root, &[]);
    let doc = page(&out, "/en/news/headings/");
    let ids: std::collections::BTreeSet<String> = all(&doc, "h2")
        .iter()
        .filter_map(|h| h.value().attr("id").filter(|id| id.starts_with("same")).map(str::to_string))
        .collect();
    assert_eq!(ids.len(), 4000, "heading ids are unique");
    assert!(ids.contains("same") && ids.contains("same-3999"));

    // tens of thousands of keys; nesting 50,000 deep in YAML and in raw HTML
    let site = minimal();
    let root = site.path();
    write(
        root,
        "content/en/news/divs.md",
        entry("Divs", "", &format!("{}x{}", "<div>".repeat(50_000), "</div>".repeat(50_000))),
    );
    let keys: String = (0..30_000).map(|i| format!("k{i}: {i}\n")).collect();
    write(root, "content/en/news/keys.md", format!("---\ntitle: Keys\ndate: 2024-01-01\n{keys}---\n"));
    write(
        root,
        "content/en/news/deep.md",
        format!("---\ntitle: Deep\nx: {}{}\n---\n", "[".repeat(50_000), "]".repeat(50_000)),
    );
    let r = build(root, &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    let errors = r.errors();
    let keys = diag_for(&errors, "news/keys.md", "KiB");
    assert_eq!(keys.line, 2);
    let deep = diag_for(&errors, "news/deep.md", "nested");
    assert_eq!((deep.line, deep.col), (3, 4 + 63), "{deep:?}");
    let divs = diag_for(&errors, "news/divs.md", "nested");
    assert_eq!((divs.line, divs.col), (6, 1), "{divs:?}");
}

#[test]
fn yaml_bombs_and_duplicate_keys_are_reported_where_they_are() {
    let site = minimal();
    let bomb = "---\ntitle: Bomb\ndate: 2024-01-01\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n---\n";
    write(site.path(), "content/en/news/bomb.md", bomb);
    write(site.path(), "content/en/news/dup.md", "---\ntitle: One\ndate: 2024-01-01\ntitle: Two\n---\n");
    let r = build(site.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    let errors = r.errors();
    let b = diag_for(&errors, "news/bomb.md", "YAML");
    assert!(b.line >= 5, "a bomb is reported at its first alias, not 1:1: {b:?}");
    let d = diag_for(&errors, "news/dup.md", "duplicate");
    assert_eq!((d.line, d.col), (4, 1), "{d:?}");
}

// ------------------------------------------------------------ 8. Fluent errors

#[test]
fn fluent_reference_errors_fail_in_the_default_language_and_fall_back_elsewhere() {
    let site = minimal();
    write(site.path(), "i18n/en/loop.ftl", "\nping = { pong }\npong = { ping }\n");
    let r = build(site.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    let d = found(r.errors(), "i18n/en/loop.ftl", "ping");
    assert_eq!(d.line, 2);
    assert_eq!(check(site.path()).code, 1);

    // in another language: a warning, and the fallback's text is shown
    let site = minimal();
    let en = read(&site.path().join("i18n/en/site.ftl"));
    let key = en.lines().find_map(|l| l.split_once(" = ").map(|x| x.0.trim().to_string())).unwrap();
    write(site.path(), "i18n/nl/broken.ftl", format!("{key} = {{ -missing-term }}\n"));
    let r = build(site.path(), &[]);
    r.assert_ok();
    let w = found(r.diags(), "i18n/nl/broken.ftl", &key);
    assert_eq!((w.severity.as_str(), w.line), ("warning", 1));
    let nl_html = read(&public(site.path()).join("nl/index.html"));
    assert!(!nl_html.contains("-missing-term"), "raw Fluent reference reached the page");
}

// ------------------------------------------------------------ 9. concurrent builds

#[test]
fn a_second_build_is_told_another_is_running_and_a_half_swap_is_repaired() {
    let site = minimal();
    let root = site.path();
    build_ok(root, &[]);
    let lock = std::fs::OpenOptions::new().write(true).open(root.join(".public.lock")).unwrap();
    lock.lock().unwrap();
    let r = build(root, &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    assert!(r.errors()[0].message.contains("another agora build"), "{}", r.output());
    lock.unlock().unwrap();
    drop(lock);

    // a build killed between its two renames: no public/, the previous site in a swap folder
    let swap = root.join(".public.swap-99999");
    std::fs::rename(public(root), &swap).unwrap();
    let stray = root.join(".public.swap-99998");
    std::fs::create_dir(&stray).unwrap();
    std::fs::write(stray.join(".agora-output"), "").unwrap();
    build_ok(root, &[]);
    assert!(public(root).join("en/index.html").is_file());
    let left: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(".swap-"))
        .collect();
    assert_eq!(left, Vec::<PathBuf>::new());
}

// ------------------------------------------------------------ 11. smaller defects

#[test]
fn control_characters_in_titles_are_errors_at_their_line() {
    let site = minimal();
    write(
        site.path(),
        "content/en/news/bel.md",
        "---\ntitle: \"Ring\x07 \x1b[2Jthe bell\"\ndate: 2024-01-01\n---\nText\x00.\n",
    );
    let r = build(site.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    assert!(!r.stderr.contains('\x1b') && !r.stderr.contains('\x07'), "control characters reached the terminal");
    let errors = r.errors();
    let t = diag_for(&errors, "news/bel.md", "U+0007");
    assert_eq!((t.line, t.col), (2, 13));
    assert_eq!(diag_for(&errors, "news/bel.md", "U+0000").line, 5);
}

#[cfg(unix)]
#[test]
fn symlinked_content_and_static_files_are_warned_about() {
    let site = minimal();
    let elsewhere = tempfile::TempDir::new().unwrap();
    std::fs::write(elsewhere.path().join("secret.md"), "---\ntitle: Secret\ndate: 2024-01-01\n---\n").unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("secret.md"), site.path().join("content/en/news/secret.md"))
        .unwrap();
    std::os::unix::fs::symlink("/etc/hostname", site.path().join("static/host.txt")).unwrap();
    let r = build(site.path(), &[]);
    r.assert_ok();
    let diags = r.diags();
    assert_eq!(diag_for(&diags, "news/secret.md", "symbolic link").severity, "warning");
    assert_eq!(diag_for(&diags, "static/host.txt", "symbolic link").severity, "warning");
    assert!(!public(site.path()).join("en/news/secret").exists());
    assert!(!public(site.path()).join("host.txt").exists());
}

#[test]
fn a_config_without_languages_is_a_located_error_not_a_panic() {
    let site = tempfile::TempDir::new().unwrap();
    write(site.path(), "site.yaml", "title: T\nbase_url: https://x.example\ndefault_language: en\nlanguages: {}\n");
    std::fs::create_dir(site.path().join("content")).unwrap();
    let r = build(site.path(), &[]);
    assert_eq!(r.code, 1, "{}", r.output());
    let d = found(r.errors(), "site.yaml", "language");
    assert_eq!(d.line, 4);
}
