//! Escaping for XML text and attribute values (feeds, sitemap).

/// Escapes markup and drops the characters XML 1.0 does not allow. Works on
/// bytes and copies runs: every byte it acts on is ASCII, or the first of
/// U+FFFE / U+FFFF (EF BF BE / EF BF BF), so the cuts fall on char boundaries.
pub fn escape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let (rep, len) = match b[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&apos;", 1),
            b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            c if c < 0x20 => ("", 1),
            0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => ("", 3),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[start..i]);
        out.push_str(rep);
        i += len;
        start = i;
    }
    out.push_str(&s[start..]);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_control_chars() {
        assert_eq!(super::escape("<script>&\"'\u{1}"), "&lt;script&gt;&amp;&quot;&apos;");
        assert_eq!(super::escape("Ça\u{FFFE}\tné\u{FFFF}\u{FFFD}\r\n€<"), "Ça\tné\u{FFFD}\r\n€&lt;");
        assert_eq!(super::escape(""), "");
    }
}
