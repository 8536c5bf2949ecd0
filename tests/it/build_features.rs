//! Features of the build on small fixture sites (tests/fixtures/*), run
//! through the real binary; outputs checked by parsing them.

use std::collections::{BTreeMap, BTreeSet};

use crate::support::{self, *};

fn card_urls(out: &std::path::Path, url: &str) -> Vec<String> {
    listing(out, url).into_iter().flat_map(|(_, c)| c).map(|c| decode(&c.href)).collect()
}

#[test]
fn pagination_splits_a_listing_newest_first() {
    let b = Built::new(fixture("minimal"), &[]);
    assert_eq!(b.paginate_by("news"), 2);
    let en: Vec<&Src> = b.listing_items("en", "news");
    assert_eq!(en.len(), 6, "minimal has six published English news items");
    let pages = listing(&b.out, "/en/news/");
    let urls: Vec<String> = pages.iter().map(|(u, _)| decode(u)).collect();
    assert_eq!(urls, ["/en/news/", "/en/news/page/2/", "/en/news/page/3/"]);
    assert!(pages.iter().all(|(_, c)| c.len() == 2));
    assert!(!b.out.join("en/news/page/1").exists() && !b.out.join("en/news/page/4").exists());
    // newest first, across pages
    let mut by_date = en.clone();
    by_date.sort_by_key(|s| std::cmp::Reverse(s.date));
    let expected: Vec<String> = by_date.iter().map(|s| s.url.clone()).collect();
    assert_eq!(card_urls(&b.out, "/en/news/"), expected);
    // every page links every other page number
    let doc = page(&b.out, "/en/news/page/2/");
    let nav: BTreeSet<String> = attr_of(&doc, "nav.pagination a", "href").into_iter().collect();
    for u in &urls {
        assert!(nav.contains(u), "page 2 does not link {u}: {nav:?}");
    }
    assert_eq!(attr_of(&doc, r#"link[rel="prev"]"#, "href"), ["/en/news/"]);
    assert_eq!(attr_of(&doc, r#"link[rel="next"]"#, "href"), ["/en/news/page/3/"]);
}

#[test]
fn fallback_items_keep_their_language_and_are_not_copied() {
    let b = Built::new(fixture("minimal"), &[]);
    let cards: Vec<Card> = listing(&b.out, "/nl/news/").into_iter().flat_map(|(_, c)| c).collect();
    assert_eq!(cards.len(), 6);
    for c in &cards {
        let u = decode(&c.href);
        if u == "/nl/news/derde/" {
            assert_ne!(c.lang.as_deref(), Some("en"));
        } else {
            assert!(u.starts_with("/en/news/"), "{u}");
            assert_eq!(c.lang.as_deref(), Some("en"), "{u}");
        }
    }
    let nl_pages: BTreeSet<String> =
        html_files(&b.out.join("nl/news")).into_iter().filter(|f| !f.starts_with("page/")).collect();
    assert_eq!(nl_pages, BTreeSet::from(["index.html".to_string(), "derde/index.html".to_string()]));
    // ar falls back to English too, and its pages are right-to-left
    let doc = page(&b.out, "/ar/news/");
    assert_eq!(lang_dir(&doc), ("ar".into(), "rtl".into()));
    for c in support::cards(&doc) {
        assert_eq!(c.lang.as_deref(), Some("en"));
        assert!(decode(&c.href).starts_with("/en/"));
    }
}

#[test]
fn drafts_and_future_are_built_only_when_asked() {
    for (flags, draft, future) in [
        (&[][..], false, false),
        (&["--drafts"][..], true, false),
        (&["--future"][..], false, true),
        (&["--drafts", "--future"][..], true, true),
    ] {
        let b = Built::new(fixture("minimal"), flags);
        let listed = card_urls(&b.out, "/en/news/");
        let sm: BTreeSet<String> = sitemap(&b.out).into_keys().collect();
        let feed = parse_xml(&read(&b.out.join("en/news/feed.xml")));
        let feed_links: BTreeSet<String> = feed
            .kids(ATOM, "entry")
            .map(|e| e.kids(ATOM, "link").next().unwrap().attr("href").unwrap().to_string())
            .collect();
        for (url, want) in [("/en/news/draft/", draft), ("/en/news/scheduled/", future)] {
            assert_eq!(url_file(&b.out, url).is_file(), want, "{url} with {flags:?}");
            assert_eq!(listed.contains(&url.to_string()), want, "{url} in listing with {flags:?}");
            assert_eq!(sm.contains(&b.abs(url)), want, "{url} in sitemap with {flags:?}");
            assert_eq!(feed_links.contains(&b.abs(url)), want, "{url} in feed with {flags:?}");
        }
    }
}

#[test]
fn base_url_flag_changes_every_absolute_url() {
    let b = Built::new(fixture("minimal"), &["--base-url", "https://preview.example.net/"]);
    let old = b.base();
    let new = "https://preview.example.net";
    for (rel, bytes) in tree(&b.out) {
        if rel.ends_with(".html") || rel.ends_with(".xml") || rel.ends_with(".txt") || rel.ends_with(".json") {
            let t = String::from_utf8(bytes).unwrap();
            assert!(!t.contains(&old), "{rel} still mentions {old}");
        }
    }
    assert_eq!(canonical(&page(&b.out, "/en/news/third/")).unwrap(), format!("{new}/en/news/third/"));
    assert_eq!(alternates(&page(&b.out, "/en/news/third/"))["nl"], format!("{new}/nl/news/derde/"));
    assert!(sitemap(&b.out).keys().all(|l| l.starts_with(&format!("{new}/"))));
    let feed = parse_xml(&read(&b.out.join("en/feed.xml")));
    assert!(feed.kid_text(ATOM, "id").starts_with(new));
    assert!(read(&b.out.join("robots.txt")).contains(&format!("Sitemap: {new}/sitemap.xml")));
}

#[test]
fn crlf_line_endings_and_bom_are_accepted() {
    let site = fixture("minimal");
    let root = site.path();
    // site.yaml and a content file with a UTF-8 BOM and CRLF line endings
    let yaml = read(&root.join("site.yaml")).replace('\n', "\r\n");
    write(root, "site.yaml", format!("\u{feff}{yaml}"));
    write(
        root,
        "content/en/news/windows.md",
        "\u{feff}---\r\ntitle: Written on Windows\r\ndate: 2024-07-01\r\ntags: [CRLF]\r\n---\r\n\r\nA **bold** claim.\r\nSecond line.\r\n",
    );
    let out = build_ok(root, &[]);
    let html = read(&url_file(&out, "/en/news/windows/"));
    assert!(!html.contains('\r') && !html.contains('\u{feff}'));
    let doc = scraper::Html::parse_document(&html);
    assert_eq!(text(one(&doc, "main h1")), "Written on Windows");
    assert_eq!(text(one(&doc, ".prose strong")), "bold");
    // the date was understood: newest item, first in the listing; the tag made a term page
    assert_eq!(card_urls(&out, "/en/news/")[0], "/en/news/windows/");
    assert!(url_file(&out, "/en/tags/crlf/").is_file());
}

#[test]
fn markup_in_titles_and_fields_is_escaped() {
    let b = Built::new(fixture("escaping"), &[]);
    let title = r#"<script>alert("title")</script> & "Friends" <b>bold</b>"#;
    let alt = r#"An "alt" with <tags> & ampersands"#;
    let author = "<em>Ana</em> & Bo";
    let summary = "A summary with <img src=x onerror=alert(1)> & more";
    let url = "/en/news/markup-title/";
    for u in [url, "/en/news/", "/en/tags/i-tag-i-co/"] {
        let doc = page(&b.out, u);
        // no element came out of the front matter
        assert!(all(&doc, "script, b, em, i, main img[onerror]").is_empty(), "{u}: markup leaked");
        assert!(doc.root_element().text().any(|t| t.contains(title)), "{u}: title text not shown as is");
    }
    let doc = page(&b.out, url);
    assert_eq!(text(one(&doc, "main h1")), title);
    assert!(text(one(&doc, "head title")).starts_with(title));
    assert_eq!(attr_of(&doc, r#"meta[name="description"]"#, "content"), [summary]);
    assert!(attr_of(&doc, "main img", "alt").contains(&alt.to_string()));
    assert!(doc.root_element().text().any(|t| t.contains(author)));
    // site title with markup too
    assert!(text(one(&doc, "head title")).ends_with("Escaping & <Friends>"));

    let feed = parse_xml(&read(&b.out.join("en/news/feed.xml")));
    assert!(feed.kid_text(ATOM, "title").starts_with("Escaping & <Friends>"));
    let e = feed.kid(ATOM, "entry");
    assert_eq!(e.kid_text(ATOM, "title"), title);
    assert_eq!(e.kid_text(ATOM, "summary"), summary);
    assert_eq!(e.kid(ATOM, "author").kid_text(ATOM, "name"), author);
    assert_eq!(e.kid(ATOM, "category").attr("term"), Some("<i>tag</i> & co"));
    sitemap(&b.out);
}

fn prose(out: &std::path::Path, url: &str) -> (scraper::Html, String) {
    let doc = page(out, url);
    let html = one(&doc, "main .prose").inner_html();
    (doc, html)
}

#[test]
fn raw_html_is_sanitized_by_default() {
    let b = Built::new(fixture("raw-html"), &[]);
    let (doc, _) = prose(&b.out, "/en/raw/");
    let body = scraper::Html::parse_fragment(&one(&doc, "main .prose").inner_html());
    assert!(all(&body, "script, iframe").is_empty());
    for e in body.root_element().descendent_elements() {
        for (name, value) in e.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name} kept on <{}>", e.value().name());
            assert!(!value.trim().to_lowercase().starts_with("javascript:"), "{name}={value} kept");
        }
    }
    // harmless content stays
    assert!(all(&body, "div.box p").len() == 1);
    assert_eq!(attr_of(&body, "a", "href").iter().filter(|h| *h == "https://example.org/ok").count(), 1);
    assert_eq!(attr_of(&body, "img", "alt"), ["pic"]);
    // no script anywhere on the page either
    assert!(all(&doc, "script").is_empty());
}

#[test]
fn trusted_html_keeps_raw_html() {
    let site = fixture("raw-html");
    let yaml = read(&site.path().join("site.yaml")).replace("trusted_html: false", "trusted_html: true");
    write(site.path(), "site.yaml", yaml);
    let out = build_ok(site.path(), &[]);
    let (_, html) = prose(&out, "/en/raw/");
    let body = scraper::Html::parse_fragment(&html);
    let scripts: Vec<String> = all(&body, "script").into_iter().map(text).collect();
    assert!(scripts.iter().any(|s| s.contains("alert(\"block\")")), "{html}");
    assert_eq!(attr_of(&body, "div.box", "onmouseover"), ["steal()"]);
    assert_eq!(all(&body, "iframe").len(), 1);
}

#[test]
fn site_templates_override_theme_templates() {
    let b = Built::new(fixture("theme-override"), &[]);
    let doc = page(&b.out, "/en/about/");
    let art = one(&doc, "#site-override");
    assert_eq!(art.attr("data-title"), Some("About the override"));
    // the rest still comes from the built-in theme: its base.html wraps it, the home is untouched
    assert_eq!(lang_dir(&doc), ("en".into(), "ltr".into()));
    assert_eq!(all(&doc, "main > #site-override").len(), 1);
    assert_eq!(canonical(&doc).unwrap(), "https://override.example.org/en/about/");
    assert!(all(&page(&b.out, "/en/"), "#site-override").is_empty());
}

#[test]
fn site_theme_folder_is_used_instead_of_the_built_in_one() {
    let b = Built::new(fixture("site-theme"), &[]);
    let doc = page(&b.out, "/en/about/");
    assert_eq!(doc.root_element().attr("data-theme"), Some("site-esep"));
    assert_eq!(text(one(&doc, "h1.own-page")), "About the own theme");
    assert_eq!(text(one(&page(&b.out, "/en/"), "h1.own-home")), "Home of the own theme");
    // its static files are published under /theme/, the built-in ones are not
    assert_eq!(read(&b.out.join("theme/site-theme.css")), read(&b.root.join("themes/esep/static/site-theme.css")));
    assert!(!b.out.join("theme/css/agora.css").exists());
}

#[test]
fn without_themes_folder_the_built_in_theme_is_used() {
    let b = Built::new(fixture("minimal"), &[]);
    assert!(!b.root.join("themes").exists());
    let doc = page(&b.out, "/en/about/");
    let css = attr_of(&doc, r#"link[rel="stylesheet"]"#, "href");
    assert!(!css.is_empty());
    for c in css {
        assert!(url_file(&b.out, &c).is_file(), "{c}");
    }
}

#[test]
fn bundle_assets_and_static_files_are_copied() {
    let b = Built::new(fixture("minimal"), &[]);
    let src = std::fs::read(b.root.join("content/en/news/bundle/square.svg")).unwrap();
    assert_eq!(std::fs::read(b.out.join("en/news/bundle/square.svg")).unwrap(), src);
    assert_eq!(attr_of(&page(&b.out, "/en/news/bundle/"), "main img", "src"), ["/en/news/bundle/square.svg"]);
    assert_eq!(std::fs::read(b.out.join("logo.svg")).unwrap(), std::fs::read(b.root.join("static/logo.svg")).unwrap());
}

#[test]
fn alias_and_switcher_on_a_small_site() {
    let b = Built::new(fixture("minimal"), &[]);
    let doc = page(&b.out, "/en/old-fifth/");
    let refresh = attr_of(&doc, r#"meta[http-equiv="refresh"]"#, "content");
    assert!(refresh[0].ends_with("url=/en/news/fifth/"), "{refresh:?}");
    // third is translated into nl only: ar gets its home
    let sw: BTreeMap<String, String> = switcher(&page(&b.out, "/en/news/third/"));
    let want: BTreeMap<String, String> = [("en", "/en/news/third/"), ("nl", "/nl/news/derde/"), ("ar", "/ar/")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(sw, want);
    // the Arabic about page has a percent-encoded URL and says rtl
    let ar = page(&b.out, "/ar/من-نحن/");
    assert_eq!(lang_dir(&ar), ("ar".into(), "rtl".into()));
    assert_eq!(alternates(&page(&b.out, "/en/about/"))["ar"], b.abs("/ar/%D9%85%D9%86-%D9%86%D8%AD%D9%86/"));
}

#[test]
fn check_writes_nothing() {
    for site in [fixture("minimal"), example_site()] {
        let before = tree(site.path());
        let r = agora(&["check", "--root", site.path().to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.output());
        assert!(r.errors().is_empty(), "{}", r.output());
        assert_eq!(tree(site.path()), before, "check changed the site folder");
        let entries: Vec<_> = std::fs::read_dir(site.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert!(!entries.iter().any(|n| n.to_string_lossy().contains("public")), "{entries:?}");
    }
}

#[test]
fn exit_codes() {
    let site = fixture("minimal");
    let root = site.path().to_str().unwrap();
    assert_eq!(build(site.path(), &[]).code, 0);
    for args in [
        &["build", "--root", root, "--no-such-flag"][..],
        &["no-such-command"][..],
        &["build", "--root"][..],
        &["check", "--root", root, "--format", "yaml"][..],
    ] {
        let r = agora(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.output());
        assert!(!r.stderr.is_empty());
    }
    assert_eq!(agora(&["--help"]).code, 0);
    write(site.path(), "content/en/news/broken.md", "---\ntitle: Broken\n---\nno date\n");
    assert_eq!(build(site.path(), &[]).code, 1);
    assert_eq!(agora(&["check", "--root", root]).code, 1);
}

// ---------------------------------------------------------------- the reader's site

/// A minimal site with courses before and after any build date, a bundle
/// with a relative raster image, a term page and `fallback_entries` per language.
fn reader_fixture(mix: &str) -> tempfile::TempDir {
    let dir = fixture("minimal");
    let root = dir.path();
    let yaml = read(&root.join("site.yaml"))
        .replace("fallback: [en] }", &format!("fallback: [en], fallback_entries: {mix} }}"))
        .replace("sections:\n", "sections:\n  courses: { sort_by: starts, paginate_by: 12 }\n");
    write(root, "site.yaml", yaml);
    let course = |title: &str, starts: &str, ends: &str, format: &str| {
        format!(
            "---\ntitle: {title}\ncourse:\n  starts: {starts}\n  ends: {ends}\n  format: {format}\n  registration_url: https://example.org/register/{}\n---\n\nAbout {title}.\n",
            title.to_lowercase().replace(' ', "-")
        )
    };
    write(root, "content/en/courses/old-webinar.md", course("Old webinar", "2001-03-01", "2001-03-01", "webinar"));
    write(root, "content/en/courses/older-mooc.md", course("Older mooc", "2000-01-10", "2000-02-20", "mooc"));
    write(root, "content/en/courses/far-mooc.md", course("Far mooc", "2199-05-01", "2199-06-01", "mooc"));
    write(root, "content/en/courses/near-mooc.md", course("Near mooc", "2198-01-01", "2198-02-01", "mooc"));
    write(
        root,
        "content/en/courses/long-self-paced.md",
        course("Long self paced", "2000-01-01", "2199-12-31", "self-paced"),
    );
    write(root, "content/en/courses/long-webinar.md", course("Long webinar", "2000-01-01", "2199-12-31", "webinar"));
    write(root, "content/nl/courses/far-mooc.md", course("Verre mooc", "2199-05-01", "2199-06-01", "mooc"));
    // a relative image next to the entry, shown on listings and homes too
    let mut png = Vec::new();
    let img = image::RgbImage::from_fn(1000, 600, |x, y| image::Rgb([(x / 4) as u8, (y / 3) as u8, 128]));
    image::DynamicImage::ImageRgb8(img).write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
    write(root, "content/en/news/with-cover/cover.png", &png);
    write(
        root,
        "content/en/news/with-cover/index.md",
        "---\ntitle: With a cover\ndate: 2024-07-01\nfeatured: true\nsummary: Schools across Europe use eTwinning to connect their pupils with classrooms abroad, and many of them say the projects changed how they teach.\nimage: { src: cover.png, alt: A gradient }\ntags: [Teachers]\n---\n\n![A gradient](cover.png)\n",
    );
    write(root, "content/en/tags/teachers.md", "---\ntitle: Teaching staff\n---\n\nEverything for **teachers**.\n");
    write(root, "content/nl/tags/teachers.md", "---\ntitle: Leraren\n---\n\nAlles voor leraren.\n");
    dir
}

#[test]
fn fallback_entries_come_after_the_languages_own_mixed_or_not_at_all() {
    for mix in ["after", "mixed", "none"] {
        let dir = reader_fixture(mix);
        let out = build_ok(dir.path(), &[]);
        let cards: Vec<Card> = listing(&out, "/nl/news/").into_iter().flat_map(|(_, c)| c).collect();
        let own: Vec<usize> = (0..cards.len()).filter(|&i| cards[i].lang.is_none()).collect();
        assert_eq!(own.len(), 1, "{mix}: nl has one news item of its own");
        match mix {
            "after" => assert_eq!(own, [0], "after: own entries first"),
            "mixed" => assert!(own[0] > 0, "mixed: /nl/news/derde/ (2024-01-03?) sits among the English by date"),
            _ => assert_eq!(cards.len(), 1, "none: no fallback entries"),
        }
        if mix != "none" {
            assert!(cards.iter().any(|c| c.lang.as_deref() == Some("en")));
        }
    }
}

#[test]
fn courses_upcoming_first_past_under_their_own_heading_and_registration_only_while_it_makes_sense() {
    let dir = reader_fixture("after");
    let out = build_ok(dir.path(), &[]);
    let doc = page(&out, "/en/courses/");
    let titles = |sel_: &str| -> Vec<String> { all(&doc, sel_).into_iter().map(text).collect() };
    // not ended: soonest start first; ended: latest end first
    assert_eq!(
        titles("main ul.cards:not(.cards--past) .card__title"),
        ["Long self paced", "Long webinar", "Near mooc", "Far mooc"]
    );
    assert_eq!(titles("main ul.cards--past .card__title"), ["Old webinar", "Older mooc"]);
    let groups = titles("main h2.listing__group");
    assert_eq!(groups, ["Upcoming courses", "Past courses"]);
    let register = |url: &str| -> usize {
        all(&page(&out, url), "main a.button").iter().filter(|a| a.attr("href").unwrap().contains("/register/")).count()
    };
    assert_eq!(register("/en/courses/old-webinar/"), 0, "an ended course offers no registration");
    assert!(text(one(&page(&out, "/en/courses/old-webinar/"), ".course-box")).contains("This course has ended."));
    assert!(register("/en/courses/far-mooc/") > 0, "upcoming: register");
    assert!(register("/en/courses/long-self-paced/") > 0, "running self-paced: can still join");
    assert_eq!(register("/en/courses/long-webinar/"), 0, "running webinar: too late");
    // the home lists courses that have not ended, soonest first
    let home = page(&out, "/en/");
    let agenda: Vec<String> = all(&home, ".agenda__title").into_iter().map(text).collect();
    assert!(!agenda.iter().any(|t| t.starts_with("Old")), "{agenda:?}");
    assert_eq!(agenda.first().map(String::as_str), Some("Long self paced"));
}

#[test]
fn term_pages_name_terms_in_each_language_and_introduce_their_listing() {
    let dir = reader_fixture("after");
    let out = build_ok(dir.path(), &[]);
    let chips = |url: &str| -> Vec<String> { all(&page(&out, url), ".entry__terms a").into_iter().map(text).collect() };
    assert!(chips("/en/news/first/").contains(&"Teaching staff".to_string()), "{:?}", chips("/en/news/first/"));
    let term = page(&out, "/en/tags/teachers/");
    assert!(text(one(&term, "main h1")).contains("Teaching staff"));
    assert_eq!(text(one(&term, ".listing__intro strong")), "teachers");
    let tags = page(&out, "/nl/tags/");
    assert!(all(&tags, ".term-list__name").into_iter().map(text).all(|t| t != "teachers"), "slug shown");
    // a term page is no page of its own, and no section
    assert!(!out.join("en/tags/teachers.html").exists());
    let listed: Vec<String> = support::cards(&term).into_iter().map(|c| decode(&c.href)).collect();
    assert!(listed.contains(&"/en/news/with-cover/".to_string()), "{listed:?}");
}

#[test]
fn relative_bundle_image_works_wherever_the_entry_is_shown_with_size_and_webp_copies() {
    let dir = reader_fixture("after");
    let out = build_ok(dir.path(), &[]);
    let cover = "/en/news/with-cover/cover.png";
    for url in ["/en/", "/en/news/", "/nl/news/", "/ar/", "/en/tags/teachers/", "/en/news/with-cover/"] {
        let doc = page(&out, url);
        let imgs: Vec<_> = all(&doc, "main img").into_iter().filter(|i| i.attr("alt") == Some("A gradient")).collect();
        assert!(!imgs.is_empty(), "{url}: no cover");
        for i in imgs {
            assert_eq!(i.attr("src"), Some(cover), "{url}");
            assert_eq!((i.attr("width"), i.attr("height")), (Some("1000"), Some("600")), "{url}");
        }
        let srcsets = attr_of(&doc, r#"main picture source[type="image/webp"]"#, "srcset");
        assert!(!srcsets.is_empty(), "{url}: no WebP source");
        for set in srcsets {
            for part in set.split(", ") {
                let (u, w) = part.split_once(' ').unwrap();
                assert!(w == "400w" || w == "800w", "{part}");
                let f = url_file(&out, u);
                let bytes = std::fs::read(&f).unwrap_or_else(|_| panic!("{url}: {u} missing"));
                assert_eq!(&bytes[8..12], b"WEBP", "{u}");
                let (iw, _) = image::image_dimensions(&f).unwrap();
                assert_eq!(format!("{iw}w"), w);
            }
        }
    }
    assert!(url_file(&out, cover).is_file());
    // Open Graph names the image by its absolute URL, with its size
    let doc = page(&out, "/en/news/with-cover/");
    assert_eq!(
        attr_of(&doc, r#"meta[property="og:image"]"#, "content"),
        [format!("https://minimal.example.org{cover}")]
    );
    assert_eq!(attr_of(&doc, r#"meta[property="og:image:width"]"#, "content"), ["1000"]);
}

#[test]
fn resized_images_are_cached_between_builds_outside_the_output() {
    let dir = reader_fixture("after");
    let root = dir.path();
    let run = || {
        let o = std::process::Command::new(BIN)
            .args(["build", "--root", root.to_str().unwrap(), "--out", public(root).to_str().unwrap()])
            .env("AGORA_TIMINGS", "1")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        err.lines().find(|l| l.starts_with("images:")).unwrap_or_else(|| panic!("no images line: {err}")).to_string()
    };
    let first = run();
    assert!(first.contains("(0 from the cache, 2 encoded"), "{first}");
    let cache = root.join(".agora-cache/images");
    let cached: Vec<_> = std::fs::read_dir(&cache).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(cached.len(), 2, "{cached:?}");
    let out1 = tree(&public(root).join("_img"));
    let second = run();
    assert!(second.contains("(2 from the cache, 0 encoded"), "{second}");
    assert_eq!(tree(&public(root).join("_img")), out1, "the same copies from the cache");
    assert!(!public(root).join(".agora-cache").exists());
}

#[test]
fn card_summaries_are_cut_between_words() {
    let dir = reader_fixture("after");
    let root = dir.path();
    let long = "Teachers across Europe ".repeat(20);
    write(root, "content/en/news/long.md", format!("---\ntitle: Long\ndate: 2024-08-01\nsummary: {long}\n---\n\nx\n"));
    write(
        root,
        "content/en/news/thai.md",
        format!(
            "---\ntitle: Thai\ndate: 2024-08-02\nsummary: {}\n---\n\nx\n",
            "ทุกสองสัปดาห์ครูจะพบกันเพื่อแลกเปลี่ยนความรู้".repeat(8)
        ),
    );
    let out = build_ok(root, &[]);
    let doc = page(&out, "/en/news/");
    let sums: Vec<String> = all(&doc, ".card__summary").into_iter().map(text).collect();
    let en = sums.iter().find(|s| s.starts_with("Teachers across")).unwrap();
    assert!(en.ends_with("…") && en.chars().count() <= 180, "{en}");
    let kept = en.trim_end_matches('…');
    assert!(long.starts_with(kept) && long[kept.len()..].starts_with(' '), "cut inside a word: {en}");
    let th = sums.iter().find(|s| s.starts_with("ทุก")).unwrap();
    assert!(th.ends_with('…'));
    // meta descriptions too
    let d = attr_of(&page(&out, "/en/news/long/"), r#"meta[name="description"]"#, "content");
    assert!(d[0].ends_with('…') && d[0].chars().count() <= 160, "{d:?}");
}

#[test]
fn unknown_fallback_entries_value_is_an_error_at_its_line() {
    let dir = fixture("minimal");
    let yaml = read(&dir.path().join("site.yaml"))
        .replace("fallback: [en] }", "fallback: [en], fallback_entries: sometimes }");
    write(dir.path(), "site.yaml", yaml);
    let run = build(dir.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.output());
    assert!(run.output().contains("fallback_entries must be `after`, `mixed` or `none`"), "{}", run.output());
}
