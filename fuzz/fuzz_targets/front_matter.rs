//! A content file through the same calls the loader makes
//! (`agora::content::load_page`): `frontmatter::split`, then
//! `frontmatter::parse` (which uses `yamlpos::KeyLocator` for every
//! diagnostic), then the slug checks on `slug`. Afterwards the YAML goes
//! through `yamlpos::parse` (size and depth limits, positioned errors) and
//! `KeyLocator::find` is asked for every key path, as config and
//! front-matter checks do.
//!
//! Oracle: no panic, no hang, no unbounded memory; `split` keeps its
//! contract (yaml + body are slices of the input, body_line is right).
#![no_main]

use std::path::Path;

use agora::content::frontmatter;
use agora::content::urls;
use agora::yamlpos::KeyLocator;
use libfuzzer_sys::fuzz_target;
use serde_yaml::Value;

/// Sections may require these (site.yaml `required`); the first input byte
/// picks a subset.
const REQUIRABLE: &[&str] = &["date", "authors", "course", "summary", "image", "tags", "levels", "weight"];

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    // What `content::read_text` hands over: UTF-8, BOM dropped, CRLF → LF.
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n");

    let required: Vec<String> =
        REQUIRABLE.iter().enumerate().filter(|(i, _)| flags & (1 << i) != 0).map(|(_, r)| r.to_string()).collect();

    let split = match frontmatter::split(&text) {
        Ok(s) => s,
        Err((line, _)) => {
            assert!(line >= 1);
            return;
        }
    };
    // The split contract: `---\n` + yaml + closing line + body == text.
    assert!(text.starts_with("---\n"));
    assert!(text[4..].starts_with(split.yaml));
    assert!(text.ends_with(split.body));
    assert_eq!(split.body_line, 3 + split.yaml.matches('\n').count());

    if let Ok(fm) = frontmatter::parse(Path::new("content/en/news/x.md"), split.yaml, &required) {
        if let Some(s) = &fm.slug {
            let n = urls::normalize_slug(s);
            let _ = urls::check_slug(s.trim()).or_else(|| urls::check_slug(&n));
        }
        for a in &fm.aliases {
            let _ = urls::alias_segments(a);
        }
    }

    // yamlpos: the bounded YAML parse agora uses, then every key path of the
    // document, as the checkers look them up.
    if let Ok(value) = agora::yamlpos::parse(split.yaml, 2) {
        let loc = KeyLocator::new(split.yaml, 2);
        let mut paths = Vec::new();
        key_paths(&value, &mut Vec::new(), &mut paths);
        for p in &paths {
            let p: Vec<&str> = p.iter().map(String::as_str).collect();
            let (line, col) = loc.find(&p);
            assert!(line >= 2 && col >= 1);
        }
    }
});

/// Key paths of nested mappings (at most 64 paths, 4 deep); non-string keys
/// are named as `Checker::unknown_keys` names them (`{k:?}`).
fn key_paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    if at.len() >= 4 || out.len() >= 64 {
        return;
    }
    match v {
        Value::Mapping(m) => {
            for (k, v) in m {
                let name = k.as_str().map(str::to_string).unwrap_or_else(|| format!("{k:?}"));
                at.push(name);
                out.push(at.clone());
                key_paths(v, at, out);
                at.pop();
            }
        }
        Value::Sequence(items) => {
            for it in items.iter().take(8) {
                key_paths(it, at, out);
            }
        }
        Value::Tagged(t) => key_paths(&t.value, at, out),
        _ => {}
    }
}
