//! Slugs, aliases and links: `content::urls::{normalize_slug, check_slug,
//! alias_segments, encode_path}` and `content::markdown::resolve_relative`.
//!
//! Input: `base \n rest`; `rest` is used as slug, alias, path and relative
//! link (`base` only as the page URL for `resolve_relative`).
//!
//! Oracles:
//! * `alias_segments` Ok: at least one segment, and no segment is empty,
//!   `.`, `..`, or contains `/`, `\` or NUL (an alias becomes folders under
//!   the output folder: such a segment is a path traversal or a broken
//!   write on some system);
//! * a slug that `load_page` accepts (`check_slug` of the trimmed slug and
//!   of its normalization both None) obeys the same segment rules;
//! * `encode_path` is ASCII and decodes back to its input;
//! * `check_url` never allows what a browser reads as a `javascript:`,
//!   `vbscript:` or `data:` URL;
//! * `resolve_relative` gives a site-relative URL (`/…`, not `//…`), and,
//!   for a base without dot segments, a path without `.`/`..` segments.
//!   (`/\…`, which browsers also read as another host, is not asserted: an
//!   author may link off-site anyway.)
#![no_main]

use agora::content::markdown::resolve_relative;
use agora::content::urls::{alias_segments, check_slug, check_url, encode_path, normalize_slug};
use libfuzzer_sys::fuzz_target;

fn bad_segment(s: &str) -> Option<&'static str> {
    if s.is_empty() {
        Some("empty")
    } else if s == "." || s == ".." {
        Some("a dot segment")
    } else if s.contains('/') {
        Some("contains `/`")
    } else if s.contains('\\') {
        Some("contains `\\`")
    } else if s.contains('\0') {
        Some("contains NUL")
    } else {
        None
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let (base, rest) = input.split_once('\n').unwrap_or(("/en/toolkit/x/", input));

    // Slug, as `load_page` checks a front-matter `slug`.
    let n = normalize_slug(rest);
    if check_slug(rest.trim()).or_else(|| check_slug(&n)).is_none() {
        if let Some(why) = bad_segment(&n) {
            panic!("slug {rest:?} accepted as {n:?} ({why})");
        }
    }

    // Alias.
    if let Ok(segs) = alias_segments(rest) {
        assert!(!segs.is_empty(), "alias {rest:?}: Ok with no segment");
        for s in &segs {
            if let Some(why) = bad_segment(s) {
                panic!("alias {rest:?} accepted with segment {s:?} ({why}): {segs:?}");
            }
        }
    }

    // Link encoding.
    let enc = encode_path(rest);
    assert!(enc.is_ascii(), "encode_path({rest:?}) = {enc:?} is not ASCII");
    let dec = percent_decode(&enc);
    assert_eq!(dec.as_deref(), Some(rest), "encode_path({rest:?}) = {enc:?} does not decode back");

    // URL scheme check (front-matter URLs, Markdown links): a URL it lets
    // through is not a script URL as a browser reads it (WHATWG URL parsing:
    // leading/trailing C0 controls and spaces stripped, tabs and newlines
    // removed anywhere; the scheme is case-insensitive).
    if check_url(rest).is_ok() {
        let seen: String = rest
            .trim_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect::<String>()
            .to_ascii_lowercase();
        for s in ["javascript:", "vbscript:", "data:"] {
            assert!(!seen.starts_with(s), "check_url({rest:?}) allows a {s} URL");
        }
    }

    // Relative link against the page URL.
    let out = resolve_relative(base, rest);
    assert!(out.starts_with('/'), "resolve_relative({base:?}, {rest:?}) = {out:?}");
    assert!(!out.starts_with("//"), "resolve_relative({base:?}, {rest:?}) = {out:?} is protocol-relative");
    let base_clean = base.split('/').all(|s| s != "." && s != "..") && !base.contains(['?', '#']);
    if base_clean {
        let path = out.split(['?', '#']).next().unwrap_or("");
        assert!(
            path.split('/').all(|s| s != "." && s != ".."),
            "resolve_relative({base:?}, {rest:?}) = {out:?} keeps a dot segment"
        );
    }
});

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = std::str::from_utf8(&b[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(h, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
