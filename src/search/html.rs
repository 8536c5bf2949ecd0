//! Rendered HTML → plain text for the search index.

/// Elements whose start or end separates words (block-level elements, `br`,
/// table cells, list items …). Inline elements (`em`, `a`, `span` …) do not,
/// so `w<em>or</em>d` stays one word. Sorted (binary search), none longer
/// than 10 bytes.
const BREAKING: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "img",
    "input",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements whose content is not text a reader sees.
const DROPPED: &[&str] = &["script", "style", "template"];

/// Marks a block boundary while the text is assembled (a private-use
/// character; becomes `\n` in the result).
const BLOCK: char = '\u{E000}';

/// Turns rendered HTML into plain text: tags removed, comments and the
/// contents of `<script>`, `<style>` and `<template>` dropped, character
/// references decoded, whitespace (including no-break spaces) collapsed to
/// single spaces and trimmed. Block-level elements and `<br>` separate words
/// with a line break (`\n`, one for any run of boundaries and spaces), so
/// that a heading does not run into the next sentence: snippets show the
/// boundary (see [`super::snippet`]). A `<` that does not start a tag,
/// comment or declaration is kept as text.
pub fn strip_html(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut text = String::with_capacity(html.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(rel) = html[i..].find('<') else {
            text.push_str(&html[i..]);
            break;
        };
        text.push_str(&html[i..i + rel]);
        i += rel;
        let rest = &html[i..];
        if let Some(after) = rest.strip_prefix("<!--") {
            i += 4 + after.find("-->").map_or(after.len(), |e| e + 3);
            continue;
        }
        let next = rest[1..].chars().next();
        match next {
            Some('!') | Some('?') => {
                // Doctype, CDATA, processing instruction: skip to `>`.
                i += rest.find('>').map_or(rest.len(), |e| e + 1);
            }
            Some(c) if c.is_ascii_alphabetic() || c == '/' => {
                let closing = c == '/';
                let name_start = if closing { 2 } else { 1 };
                let name_len =
                    rest[name_start..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len() - name_start);
                // lower-cased on the stack: no element of the lists is longer
                let mut buf = [0u8; 10];
                let name = match rest.as_bytes().get(name_start..name_start + name_len) {
                    Some(n) if n.len() <= buf.len() => {
                        buf[..n.len()].copy_from_slice(n);
                        buf[..n.len()].make_ascii_lowercase();
                        std::str::from_utf8(&buf[..n.len()]).unwrap_or("")
                    }
                    _ => "-",
                };
                if closing && name.is_empty() {
                    // `</ ` or `</>`: not a tag.
                    text.push('<');
                    i += 1;
                    continue;
                }
                let tag_len = tag_end(rest);
                i += tag_len;
                if BREAKING.binary_search(&name).is_ok() {
                    text.push(BLOCK);
                }
                let self_closing = rest[..tag_len].ends_with("/>");
                if !closing && !self_closing && DROPPED.contains(&name) {
                    i += skip_raw_text(&html[i..], name);
                    text.push(' ');
                }
            }
            _ => {
                text.push('<');
                i += 1;
            }
        }
    }
    let decoded = html_escape::decode_html_entities(&text);
    collapse_blocks(&decoded)
}

/// Collapses runs of whitespace and block marks: a run with a block mark
/// becomes `\n`, any other run one space; trimmed.
fn collapse_blocks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap: Option<char> = None;
    for c in s.chars() {
        if c == BLOCK {
            gap = Some('\n');
        } else if c.is_whitespace() {
            gap.get_or_insert(' ');
        } else {
            if let Some(g) = gap.take() {
                if !out.is_empty() {
                    out.push(g);
                }
            }
            out.push(c);
        }
    }
    out
}

/// Length of the tag at the start of `s` (which starts with `<`), up to and
/// including its `>`, skipping `>` inside quoted attribute values.
fn tag_end(s: &str) -> usize {
    let mut quote: Option<char> = None;
    for (pos, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return pos + 1,
            _ => {}
        }
    }
    s.len()
}

/// Length of the raw text of a `<script>`/`<style>`/`<template>` element up to
/// and including its end tag (the whole rest if it is never closed).
fn skip_raw_text(s: &str, name: &str) -> usize {
    // Compares only the bytes after each `</` (no lower-cased copy of the
    // rest of the document per element: that was quadratic in `<script>`s).
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(pos) = s[from..].find("</") {
        let at = from + pos;
        let name_end = at + 2 + name.len();
        // An ASCII match, so `name_end` is a char boundary.
        if bytes.get(at + 2..name_end).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes())) {
            let after = s[name_end..].chars().next();
            if matches!(after, None | Some('>') | Some('/')) || after.is_some_and(char::is_whitespace) {
                return at + tag_end(&s[at..]);
            }
        }
        from = at + 2;
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::strip_html;

    #[test]
    fn removes_tags_and_decodes_entities() {
        assert_eq!(
            strip_html("<p>Caf&eacute; &amp; <strong>school</strong>&nbsp;&#8211; &lt;ok&gt;</p>"),
            "Café & school – <ok>"
        );
        assert_eq!(strip_html("<a href=\"/x?a=1&amp;b=2\" title='a>b'>link</a> text"), "link text");
    }

    #[test]
    fn block_elements_separate_words_inline_do_not() {
        assert_eq!(strip_html("<h1>Title</h1><p>One</p><p>Two<br>Three</p>"), "Title\nOne\nTwo\nThree");
        assert_eq!(strip_html("w<em>or</em>d"), "word");
        assert_eq!(strip_html("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>"), "a\nb");
        assert_eq!(strip_html("<table><tr><td>1</td><td>2</td></tr></table>"), "1\n2");
        // A line break of the HTML source is a space, not a boundary.
        assert_eq!(strip_html("<p>one\ntwo</p>"), "one two");
    }

    #[test]
    fn drops_script_style_comments_and_declarations() {
        let html = "<!DOCTYPE html><html><head><style>p { color: red }</style>\
                    <script type=\"module\">if (a < b && c) { alert('</p>') }</script></head>\
                    <body><!-- hidden <b>comment</b> -->Visible<SCRIPT>x()</SCRIPT > text\
                    <template><p>tpl</p></template></body></html>";
        assert_eq!(strip_html(html), "Visible text");
        assert_eq!(strip_html("a<script>never closed"), "a");
        assert_eq!(strip_html("a<!-- never closed"), "a");
        // `</scripts>` and `</` before non-ASCII text do not end a script.
        assert_eq!(strip_html("<script>x = '</scripts></é'; y()</Script>ö"), "ö");
        // Many raw-text elements in one body (each one used to lower-case
        // the whole rest of the document).
        let many = "<p>w</p><script>s()</script>".repeat(2_000);
        assert_eq!(strip_html(&many), vec!["w"; 2_000].join("\n"));
    }

    #[test]
    fn collapses_whitespace_and_keeps_stray_brackets() {
        assert_eq!(strip_html("  a \n\t b\u{a0}\u{a0}c  "), "a b c");
        assert_eq!(strip_html("1 < 2 and 3 <= 4, </ x"), "1 < 2 and 3 <= 4, </ x");
        assert_eq!(strip_html(""), "");
        assert_eq!(strip_html("<p>   </p>"), "");
    }

    #[test]
    fn element_lists_are_sorted_and_short() {
        assert!(super::BREAKING.windows(2).all(|w| w[0] < w[1]));
        assert!(super::BREAKING.iter().chain(super::DROPPED).all(|n| n.len() <= 10));
        assert_eq!(strip_html("<P>a</P><BLOCKQUOTE>b</BLOCKQUOTE>c"), "a\nb\nc");
        // a longer name is no element of the lists, and not a boundary
        assert_eq!(strip_html("x<blockquotes>y</blockquotes>z"), "xyz");
    }

    #[test]
    fn keeps_non_ascii_text_intact() {
        assert_eq!(strip_html("<p>Öğretmenler <i>için</i> — 学校</p>"), "Öğretmenler için — 学校");
    }
}
