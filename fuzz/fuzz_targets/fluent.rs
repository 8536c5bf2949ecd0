//! An `.ftl` file through agora's i18n: `Translator::new` (fluent-syntax
//! parsing, error positions, duplicate detection, bundle building, as the
//! build does it), then `Translator::format` of every message and every
//! attribute the resource defines (fluent-bundle formatting, fallback chain).
//! The target parses the file itself (fluent-syntax) only to list attributes,
//! and only when agora accepted the file.
//!
//! Oracle: no panic, no stack overflow, no hang, no unbounded memory.
#![no_main]

use std::path::PathBuf;

use agora::render::i18n::{FtlSource, LangSpec, Origin, Translator};
use fluent_syntax::ast;
use libfuzzer_sys::fuzz_target;

/// The site's languages (site.yaml), `nl` falling back to `en`.
const LANGS: &[&str] = &["en", "nl", "sv", "tr", "ar"];

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let lang = LANGS[(flags & 0x7) as usize % LANGS.len()];
    let specs: Vec<LangSpec> = LANGS
        .iter()
        .map(|c| LangSpec { code: c.to_string(), fallback: if *c == "nl" { vec!["en".into()] } else { vec![] } })
        .collect();
    let source = |origin| FtlSource {
        lang: lang.to_string(),
        path: PathBuf::from(format!("i18n/{lang}/site.ftl")),
        text: text.to_string(),
        origin,
    };
    let mut sources = vec![source(Origin::Site)];
    if flags & 0x8 != 0 {
        // The same file from the theme as well: site-overrides-theme path.
        sources.push(source(Origin::Theme));
    }
    let (tr, diags) = Translator::new(&specs, "en", sources);
    // A file agora refuses (placeables nested too deep) is not parsed here either.
    let refused = diags.iter().any(|d| d.message.contains("the file is not used"));

    let args: serde_json::Map<String, serde_json::Value> = serde_json::json!({
        "count": 3, "n": 1.5, "big": -12345678901i64, "name": "Ana", "flag": true, "none": null
    })
    .as_object()
    .cloned()
    .unwrap();

    // Every message agora lists, and every attribute the file defines, as
    // `t(key=…)` would ask for them.
    for key in tr.keys(lang).iter().take(256) {
        let _ = tr.format(lang, key, &args);
        let _ = tr.format("nl", key, &args);
    }
    if !refused {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut asked = 0;
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else { continue };
            let _ = tr.format(lang, m.id.name, &args);
            for a in &m.attributes {
                let _ = tr.format(lang, &format!("{}.{}", m.id.name, a.id.name), &args);
            }
            asked += 1;
            if asked >= 256 {
                break;
            }
        }
    }
    for key in tr.keys(lang) {
        assert!(tr.has(lang, &key), "`{key}` listed by keys() but has() says no");
    }
});
