//! Slugs and URLs: lower-case, Unicode kept on disk, percent-encoded in links.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Characters left as they are in a URL path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub fn encode_segment(s: &str) -> String {
    utf8_percent_encode(s, SEGMENT).to_string()
}

/// `/en/news/öğretmen/` → `/en/news/%C3%B6%C4%9Fretmen/`.
pub fn encode_path(path: &str) -> String {
    path.split('/').map(encode_segment).collect::<Vec<_>>().join("/")
}

/// Lower-case a URL segment given by an editor; spaces become '-'. Unicode
/// letters stay (they are percent-encoded in links). Turkish `İ` lower-cases
/// to `i` without a combining dot.
pub fn normalize_slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        if c == '\u{307}' {
            continue;
        }
        if c.is_alphanumeric() || c == '_' || c == '.' {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// File-name slug for new entries: transliterated ASCII (`Öğretmenler için` → `ogretmenler-icin`).
pub fn ascii_slug(s: &str) -> String {
    normalize_slug(&deunicode::deunicode(s)).replace('.', "-")
}

/// Problems with a slug an editor wrote, if any.
pub fn check_slug(s: &str) -> Option<&'static str> {
    if s.is_empty() {
        Some("the slug is empty")
    } else if s.contains('/') || s.contains('\\') {
        Some("a slug is one URL segment: it cannot contain `/`")
    } else if s == "." || s == ".." || s.starts_with('.') {
        Some("a slug cannot start with `.`")
    } else {
        None
    }
}

/// Normalize an alias (`/en/news/old-url/`, `en/old.html`) into output-relative
/// path segments, refusing anything that would leave the output folder.
pub fn alias_segments(alias: &str) -> Result<Vec<String>, &'static str> {
    let a = alias.trim();
    if a.is_empty() {
        return Err("the alias is empty");
    }
    if a.contains("://") || a.starts_with("//") {
        return Err("an alias is a path on this site, not a full URL");
    }
    if a.contains('\\') || a.contains('\0') {
        return Err("an alias cannot contain `\\`");
    }
    let mut segs = Vec::new();
    for s in a.split('/') {
        match s {
            "" | "." => {}
            ".." => return Err("an alias cannot contain `..` (it would point outside the site)"),
            s => segs.push(percent_encoding::percent_decode_str(s).decode_utf8_lossy().to_lowercase()),
        }
    }
    if segs.iter().any(|s| s == ".." || s.contains('/')) {
        return Err("an alias cannot point outside the site");
    }
    if segs.is_empty() {
        return Err("an alias cannot be the site root");
    }
    Ok(segs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(normalize_slug("Öğretmen Günü!"), "öğretmen-günü");
        assert_eq!(normalize_slug("İSTANBUL"), "istanbul");
        assert_eq!(ascii_slug("Öğretmenler için"), "ogretmenler-icin");
        assert_eq!(encode_path("/tr/news/öğretmen/"), "/tr/news/%C3%B6%C4%9Fretmen/");
        assert!(check_slug("../x").is_some());
    }

    #[test]
    fn aliases_cannot_escape() {
        assert_eq!(alias_segments("/en/news/Old-URL/").unwrap(), vec!["en", "news", "old-url"]);
        assert!(alias_segments("/en/../../etc/passwd").is_err());
        assert!(alias_segments("%2e%2e/x").is_err());
        assert!(alias_segments("https://evil.example/").is_err());
    }
}
