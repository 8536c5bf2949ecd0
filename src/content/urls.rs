//! Slugs and URLs: lower-case, Unicode kept on disk, percent-encoded in links.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Characters left as they are in a URL path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub fn encode_segment(s: &str) -> String {
    utf8_percent_encode(s, SEGMENT).to_string()
}

// The URLs of generated pages, worked out here only.

/// `/<lang>/`
pub fn home_url(lang: &str) -> String {
    format!("/{}/", encode_segment(lang))
}

/// `/<lang>/<section>/`: a section's listing.
pub fn section_url(lang: &str, section: &str) -> String {
    format!("/{}/{}/", encode_segment(lang), encode_segment(section))
}

/// `/<lang>/<taxonomy>/`: all terms of a taxonomy.
pub fn taxonomy_url(lang: &str, taxonomy: &str) -> String {
    format!("/{}/{}/", encode_segment(lang), encode_segment(taxonomy))
}

/// `/<lang>/<taxonomy>/<term slug>/`: a term's listing.
pub fn term_url(lang: &str, taxonomy: &str, slug: &str) -> String {
    format!("/{}/{}/{}/", encode_segment(lang), encode_segment(taxonomy), encode_segment(slug))
}

/// `base` for page 1, `base` + `page/n/` after.
pub fn paged_url(base: &str, n: usize) -> String {
    if n <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{n}/")
    }
}

pub fn search_url(lang: &str) -> String {
    format!("/{}/search/", encode_segment(lang))
}

pub fn not_found_url(lang: Option<&str>) -> String {
    match lang {
        Some(l) => format!("/{}/404.html", encode_segment(l)),
        None => "/404.html".to_string(),
    }
}

/// Site-relative URL of a language's feed.
pub fn feed_url(lang: &str) -> String {
    format!("/{}/feed.xml", encode_segment(lang))
}

/// Site-relative URL of a section's feed, from the section's URL.
pub fn section_feed_url(section_url: &str) -> String {
    format!("{section_url}feed.xml")
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

/// Longest URL segment agora writes, in bytes: a segment is a folder name,
/// and file systems allow 255 bytes (percent-encoding never reaches disk).
pub const MAX_SEGMENT_BYTES: usize = 200;

/// Problems with a slug an editor wrote, if any.
pub fn check_slug(s: &str) -> Option<String> {
    if s.is_empty() {
        Some("the slug is empty".into())
    } else if s.contains('/') || s.contains('\\') {
        Some("a slug is one URL segment: it cannot contain `/`".into())
    } else if s == "." || s == ".." || s.starts_with('.') {
        Some("a slug cannot start with `.`".into())
    } else if s.chars().any(char::is_control) {
        Some("a slug cannot contain control characters".into())
    } else {
        check_segment_length(s)
    }
}

/// A URL segment too long to be a folder name, if it is.
pub fn check_segment_length(s: &str) -> Option<String> {
    (s.len() > MAX_SEGMENT_BYTES)
        .then(|| format!("it is {} bytes long; a URL segment can be at most {MAX_SEGMENT_BYTES}", s.len()))
}

/// Normalize an alias (`/en/news/old-url/`, `en/old.html`, `/en/%2e/x`) into
/// output-relative path segments, refusing anything that would leave the
/// output folder. Percent-escapes are decoded first and dot segments resolved
/// after, so `%2e`, `%2f` and `.` cannot hide which path is meant: the result
/// is the folder the redirect is written to, and every check compares it.
pub fn alias_segments(alias: &str) -> Result<Vec<String>, String> {
    let a = alias.trim();
    if a.is_empty() {
        return Err("the alias is empty".into());
    }
    let decoded = percent_encoding::percent_decode_str(a)
        .decode_utf8()
        .map_err(|_| "the alias's percent-escapes are not UTF-8".to_string())?;
    if decoded.contains("://") || decoded.starts_with("//") || decoded.contains(':') {
        return Err("an alias is a path on this site, not a full URL".into());
    }
    if decoded.contains('\\') {
        return Err("an alias cannot contain `\\`".into());
    }
    if decoded.chars().any(char::is_control) {
        return Err("an alias cannot contain control characters (such as `%00`)".into());
    }
    let path = decoded.split(['?', '#']).next().unwrap_or_default();
    let mut segs: Vec<String> = Vec::new();
    for s in path.split('/') {
        match s {
            "" | "." => {}
            ".." => return Err("an alias cannot contain `..` (it would point outside the site)".into()),
            s => {
                let s = s.to_lowercase();
                if let Some(why) = check_segment_length(&s) {
                    return Err(format!("a segment of the alias is too long: {why}"));
                }
                segs.push(s)
            }
        }
    }
    if segs.is_empty() {
        return Err("an alias cannot be the site root".into());
    }
    Ok(segs)
}

/// Schemes a URL from front matter or Markdown may have; anything else
/// (`javascript:`, `data:`, `vbscript:` …) could run code when followed.
pub const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Is `url` safe to put in `href`/`src`: http(s), mailto, tel or relative?
/// Browsers drop tabs and newlines inside a URL and control characters and
/// spaces around it, so `java\tscript:` is `javascript:`: the scheme is read
/// the way a browser reads it.
pub fn check_url(url: &str) -> Result<(), String> {
    match scheme(url) {
        Some(s) if !SAFE_SCHEMES.contains(&s.as_str()) => {
            Err(format!("`{s}:` URLs are not allowed (only http, https, mailto, tel and relative URLs)"))
        }
        _ => Ok(()),
    }
}

/// The scheme of `url`, lower-cased, as a browser reads it; `None` for a
/// relative URL (`/a:b` or `?x=1:2` have a colon but no scheme).
pub fn scheme(url: &str) -> Option<String> {
    let seen: String = url.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect();
    let scheme = &seen[..seen.find(':')?];
    let is_scheme = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    is_scheme.then(|| scheme.to_ascii_lowercase())
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
        // encoded dots and slashes cannot hide the real target
        assert_eq!(alias_segments("/en/news/%2e/").unwrap(), vec!["en", "news"]);
        assert_eq!(alias_segments("/en%2fnews%2F/").unwrap(), vec!["en", "news"]);
        assert!(alias_segments("/en/%2E%2E/%2e%2e/x").is_err());
        assert!(alias_segments("/en/a%00b/").is_err());
        assert!(alias_segments(&format!("/en/{}/", "a".repeat(300))).is_err());
    }

    #[test]
    fn unsafe_url_schemes_are_refused_however_written() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:x",
            " java\tscript:x",
            "java\nscript:x",
            "\u{1}javascript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(check_url(bad).is_err(), "{bad:?}");
        }
        for good in [
            "https://eu.example/r",
            "HTTP://x",
            "mailto:a@b.eu",
            "tel:+32",
            "/en/x/",
            "diagram.svg",
            "../y?a=b:c",
            "#top",
            "",
        ] {
            assert!(check_url(good).is_ok(), "{good:?}");
        }
    }
}
