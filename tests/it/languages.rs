//! Every language of the platform: a site that declares the 24 official EU
//! languages plus is, mk, no, sq, sr, tr and uk (and Arabic, right to left)
//! builds with the theme's own strings in each, dates in each language's
//! words, and `agora i18n` finds no theme string missing.

use std::collections::BTreeSet;

use crate::support::*;

/// The platform's languages: (code, its name in itself).
const PLATFORM: &[(&str, &str)] = &[
    ("en", "English"),
    ("bg", "български"),
    ("cs", "čeština"),
    ("da", "dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("es", "español"),
    ("et", "eesti"),
    ("fi", "suomi"),
    ("fr", "français"),
    ("ga", "Gaeilge"),
    ("hr", "hrvatski"),
    ("hu", "magyar"),
    ("it", "italiano"),
    ("lt", "lietuvių"),
    ("lv", "latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "polski"),
    ("pt", "português"),
    ("ro", "română"),
    ("sk", "slovenčina"),
    ("sl", "slovenščina"),
    ("sv", "svenska"),
    ("is", "íslenska"),
    ("mk", "македонски"),
    ("no", "norsk"),
    ("sq", "shqip"),
    ("sr", "српски"),
    ("tr", "Türkçe"),
    ("uk", "українська"),
];

fn platform_site() -> tempfile::TempDir {
    let site = tempfile::TempDir::new().unwrap();
    let mut yaml = String::from(
        "title: European School Education Platform\nbase_url: https://school-education.example.eu\ndefault_language: en\nlanguages:\n",
    );
    for (code, name) in PLATFORM {
        let fallback = if *code == "en" { String::new() } else { ", fallback: [en]".to_string() };
        yaml.push_str(&format!("  {code}: {{ name: \"{name}\"{fallback} }}\n"));
    }
    yaml.push_str("  ar: { name: \"العربية\", dir: rtl, fallback: [en] }\n");
    yaml.push_str("sections:\n  news: { sort_by: date, paginate_by: 12, feed: true }\ntaxonomies: [tags, levels]\n");
    write(site.path(), "site.yaml", yaml);
    write(site.path(), "content/en/_index.md", "---\ntitle: Welcome\n---\n\nSchools working together.\n");
    write(
        site.path(),
        "content/en/news/etwinning-week.md",
        "---\ntitle: eTwinning Week\ndate: 2026-03-17\ntags: [etwinning]\nlevels: [primary]\n---\n\nSchools across Europe meet online.\n",
    );
    site
}

#[test]
fn a_site_in_every_platform_language_builds_in_each_languages_own_words() {
    let site = platform_site();
    let out = build_ok(site.path(), &[]);
    let mut dates = Vec::new();
    let mut english_date = None;
    let mut skip_links = BTreeSet::new();
    for (code, _) in PLATFORM.iter().chain([("ar", "")].iter()) {
        let html = read(&out.join(code).join("news/index.html"));
        assert!(!html.contains("{ $") && !html.contains("{$"), "{code}: a raw Fluent placeable reached the page");
        let doc = scraper::Html::parse_document(&html);
        let (lang, dir) = lang_dir(&doc);
        assert_eq!(lang, *code);
        assert_eq!(dir, if *code == "ar" { "rtl" } else { "ltr" }, "{code}");
        // the English entry is shown through fallback, its date in the reader's words
        let time = one(&doc, if *code == "en" { ".card time" } else { ".card--fallback time" });
        assert_eq!(time.value().attr("datetime").map(|d| &d[..10]), Some("2026-03-17"), "{code}");
        if *code == "en" {
            english_date = Some(text(time));
        }
        dates.push(text(time));
        skip_links.insert(text(one(&doc, "a[href='#main']")));
    }
    // 32 languages: dates in each language's own form, the English one only in English
    let distinct: BTreeSet<&String> = dates.iter().collect();
    assert!(distinct.len() >= 20, "dates are not localized: {distinct:?}");
    assert!(skip_links.len() >= 28, "the theme's strings are not translated: {skip_links:?}");
    let english = english_date.expect("the English listing has a date");
    assert_eq!(dates.iter().filter(|d| **d == english).count(), 1);
}

#[test]
fn agora_i18n_finds_no_theme_string_missing_in_any_platform_language() {
    let site = platform_site();
    let r = agora(&["i18n", "--root", site.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.output());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let langs = v["report"]["languages"].as_array().unwrap();
    // every language but the default one (the source), Arabic included
    assert_eq!(langs.len(), PLATFORM.len());
    for l in langs {
        let ui = &l["ui"];
        assert_eq!(ui["missing"], serde_json::json!([]), "{}: {}", l["lang"], ui);
        assert_eq!(ui["percent"], 100.0, "{}", l["lang"]);
    }
}
