//! Markdown → HTML with pulldown-cmark, plus what later stages need from the
//! same pass: plain text (search, summaries), headings (ids, TOC), links and
//! images with their positions (for `agora check`).

use super::urls;
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// A link or image target found in the Markdown, with its place in the file.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct LinkRef {
    pub url: String,
    pub line: usize,
    pub column: usize,
    pub is_image: bool,
    /// Alt text of an image (empty for links).
    pub alt: String,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub plain_text: String,
    pub first_paragraph: String,
    pub toc: Vec<Heading>,
    pub links: Vec<LinkRef>,
    pub word_count: usize,
    /// Problems with the body itself: (line, column, message).
    pub errors: Vec<(usize, usize, String)>,
}

/// Deepest nesting of raw HTML elements accepted: HTML parsers (and so the
/// sanitizer) slow down quadratically with depth; real pages nest a dozen.
pub const MAX_HTML_DEPTH: usize = 256;

pub struct MarkdownOptions<'a> {
    /// Raw HTML passes through unsanitized.
    pub trusted_html: bool,
    /// Site-relative URL of the page (`/en/toolkit/x/`): relative links and
    /// images (co-located assets) are made site-relative against it, so the
    /// HTML also works in feeds and the content API.
    pub base_url_path: &'a str,
    /// Line of the body's first line in its file.
    pub body_line: usize,
}

/// The Markdown extensions agora renders (also used to split blocks for XLIFF).
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

pub fn render(body: &str, opts: &MarkdownOptions) -> Rendered {
    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::new();
    let mut used_ids = UsedIds::default();
    let mut html_depth = 0usize;
    let mut lines = LineIndex::new(body);
    // Heading being collected: index of its Start event in `events`.
    let mut heading_start: Option<usize> = None;
    let mut heading_text = String::new();
    // First top-level paragraph, for the summary.
    let mut depth = 0usize;
    let mut in_first_para = false;
    let mut first_para_done = false;
    let mut image_alt: Option<(usize, String)> = None;
    let mut raw_html = false;

    for (ev, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match &ev {
            Event::Start(tag) => {
                if matches!(tag, Tag::Paragraph) && depth == 0 && !first_para_done {
                    in_first_para = true;
                }
                depth += 1;
                if let Tag::Heading { .. } = tag {
                    heading_start = Some(events.len());
                    heading_text.clear();
                }
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if matches!(end, TagEnd::Paragraph) && in_first_para && depth == 0 {
                    in_first_para = false;
                    first_para_done = true;
                }
                if matches!(end, TagEnd::Heading(_))
                    || matches!(
                        end,
                        TagEnd::Paragraph
                            | TagEnd::Item
                            | TagEnd::TableCell
                            | TagEnd::CodeBlock
                            | TagEnd::BlockQuote(_)
                    )
                {
                    out.plain_text.push('\n');
                }
            }
            Event::Text(t) | Event::Code(t) => {
                out.plain_text.push_str(t);
                if heading_start.is_some() {
                    heading_text.push_str(t);
                }
                if in_first_para {
                    out.first_paragraph.push_str(t);
                }
                if let Some((_, alt)) = image_alt.as_mut() {
                    alt.push_str(t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) if out.errors.is_empty() => {
                raw_html = true;
                let deepest;
                (html_depth, deepest) = raw_html_depth(html_depth, h);
                if deepest > MAX_HTML_DEPTH {
                    let (line, column) = lines.pos(range.start, opts.body_line);
                    out.errors.push((
                        line,
                        column,
                        format!("raw HTML is nested more than {MAX_HTML_DEPTH} elements deep here"),
                    ));
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                out.plain_text.push(' ');
                if in_first_para {
                    out.first_paragraph.push(' ');
                }
            }
            _ => {}
        }

        let ev = match ev {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let (line, column) = lines.pos(range.start, opts.body_line);
                out.links.push(LinkRef {
                    url: dest_url.to_string(),
                    line,
                    column,
                    is_image: false,
                    alt: String::new(),
                });
                let dest_url = rewrite_url(dest_url, opts, link_type);
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let (line, column) = lines.pos(range.start, opts.body_line);
                image_alt = Some((out.links.len(), String::new()));
                out.links.push(LinkRef { url: dest_url.to_string(), line, column, is_image: true, alt: String::new() });
                let dest_url = rewrite_url(dest_url, opts, link_type);
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            Event::End(TagEnd::Image) => {
                if let Some((i, alt)) = image_alt.take() {
                    out.links[i].alt = alt;
                }
                ev
            }
            // Heading attribute syntax (`# Title {#id .class key=value}`) may
            // set the id and classes only: arbitrary attributes would let an
            // editor write event handlers even where raw HTML is sanitized.
            Event::Start(Tag::Heading { level, id, classes, attrs: _ }) => {
                Event::Start(Tag::Heading { level, id, classes, attrs: Vec::new() })
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_start.take() {
                    if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
                        let chosen = match id {
                            Some(given) => used_ids.claim_given(given),
                            None => used_ids.unique(&slugify_anchor(&heading_text)),
                        };
                        *id = Some(CowStr::from(chosen.clone()));
                        out.toc.push(Heading {
                            level: heading_level(level),
                            id: chosen,
                            title: heading_text.trim().to_string(),
                        });
                    }
                }
                ev
            }
            other => other,
        };
        events.push(ev);
    }

    if !out.errors.is_empty() {
        // the page is refused: its HTML would only cost time (deep nesting
        // is what makes HTML parsers, and so the sanitizer, quadratic)
        return out;
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // Only raw HTML can bring markup the policy would change: everything else
    // pulldown-cmark writes is escaped, link and image URLs went through
    // rewrite_url's scheme check and heading attributes were cut to id and
    // class above (`sanitizer_keeps_markdown_without_raw_html_unchanged`
    // holds that). The sanitizer is a fifth of a page's load time, and most
    // bodies have no raw HTML.
    if raw_html && !opts.trusted_html {
        html = sanitize(&html);
    }
    out.html = html;
    out.first_paragraph = collapse_ws(&out.first_paragraph);
    out.word_count = out.plain_text.split_whitespace().count();
    out
}

/// Open-element depth after a raw HTML fragment (start tags minus end tags;
/// void and self-closed elements do not count), and the deepest it reached.
fn raw_html_depth(mut depth: usize, html: &str) -> (usize, usize) {
    let mut deepest = depth;
    const VOID: &[&str] =
        &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(name) = tag.strip_prefix('/') {
            if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                depth = depth.saturating_sub(1);
            }
        } else if tag.starts_with(|c: char| c.is_ascii_alphabetic()) && !tag.ends_with('/') {
            let name: String =
                tag.chars().take_while(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
            if !VOID.contains(&name.as_str()) {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
    }
    (depth, deepest)
}

/// Positions of many links in one body, without rescanning from the top for
/// each (50,000 links on one line were quadratic): line starts are found by
/// binary search, and columns are counted on from the previous position
/// when it is on the same line (offsets mostly come in order).
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// (byte offset, 1-based column) of the last position asked for.
    last: (usize, usize),
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text, starts, last: (0, 1) }
    }

    /// 1-based line (in the file) and column (in characters) of a byte offset.
    fn pos(&mut self, offset: usize, body_line: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let i = self.starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let start = self.starts[i];
        let (from, col) = if self.last.0 >= start && self.last.0 <= offset { self.last } else { (start, 1) };
        let col = col + self.text[from..offset].chars().count();
        self.last = (offset, col);
        (i + body_line, col)
    }
}

fn heading_level(l: HeadingLevel) -> u8 {
    l as u8
}

/// Drop dangerous schemes; make relative (co-located asset) URLs site-relative.
fn rewrite_url<'a>(url: CowStr<'a>, opts: &MarkdownOptions, link_type: LinkType) -> CowStr<'a> {
    if matches!(link_type, LinkType::Email) {
        return url;
    }
    let u = url.trim();
    match urls::scheme(u) {
        Some(s) if opts.trusted_html || urls::SAFE_SCHEMES.contains(&s.as_str()) => return url,
        Some(_) => return CowStr::from("#"),
        None => {}
    }
    if u.is_empty() || u.starts_with('/') || u.starts_with('#') || u.starts_with('?') || u.starts_with("//") {
        return url;
    }
    // relative: resolve against the page's URL
    CowStr::from(resolve_relative(opts.base_url_path, u))
}

/// `/en/toolkit/x/` + `../y/` → `/en/toolkit/y/`.
pub fn resolve_relative(base: &str, rel: &str) -> String {
    let mut segs: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    let (path, suffix) = match rel.find(['?', '#']) {
        Some(i) => (&rel[..i], &rel[i..]),
        None => (rel, ""),
    };
    let parts: Vec<&str> = path.split('/').collect();
    for (i, p) in parts.iter().enumerate() {
        match *p {
            "" | "." => {}
            ".." => {
                segs.pop();
            }
            s => segs.push(s),
        }
        let _ = i;
    }
    let mut out = String::from("/");
    out.push_str(&segs.join("/"));
    if path.ends_with('/') && !out.ends_with('/') {
        out.push('/');
    }
    out.push_str(suffix);
    out
}

/// The one sanitizing policy for rendered bodies (pages, feeds, the API).
fn sanitize(html: &str) -> String {
    static POLICY: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(|| {
        let mut b = ammonia::Builder::default();
        b.add_generic_attributes(&["id", "class", "lang", "dir"])
            .add_tags(&["input", "sup", "section"])
            .add_tag_attributes("input", &["type", "checked", "disabled"])
            .add_tag_attributes("td", &["style"])
            .add_tag_attributes("th", &["style"])
            .attribute_filter(|_, attr, value| {
                // table cells keep the alignment Markdown gives them, nothing else
                if attr != "style" {
                    return Some(value.into());
                }
                let v = value.trim().trim_end_matches(';').replace(' ', "").to_ascii_lowercase();
                ["text-align:left", "text-align:center", "text-align:right"].contains(&v.as_str()).then(|| value.into())
            })
            .link_rel(None);
        b
    });
    POLICY.clean(html).to_string()
}

/// Heading anchor: lower-case words joined by '-', Unicode letters kept.
pub fn slugify_anchor(text: &str) -> String {
    let mut s = String::new();
    let mut dash = false;
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !s.is_empty() {
                s.push('-');
            }
            dash = false;
            s.push(c);
        } else if c != '\u{307}' {
            dash = true;
        }
    }
    if s.is_empty() {
        s.push_str("section");
    }
    s
}

/// Heading ids of one page, and the next suffix to try for each base, so
/// that n identical headings cost O(n), not O(n³).
#[derive(Default)]
struct UsedIds {
    used: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

impl UsedIds {
    fn claim_given(&mut self, id: &str) -> String {
        self.used.insert(id.to_string());
        id.to_string()
    }

    fn unique(&mut self, base: &str) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let n = self.next.entry(base.to_string()).or_insert(1);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(md: &str, trusted: bool) -> Rendered {
        render(md, &MarkdownOptions { trusted_html: trusted, base_url_path: "/en/toolkit/x/", body_line: 5 })
    }

    #[test]
    fn extensions_and_heading_ids() {
        let out = r("Intro *para*.\n\n## Öğretmen günü\n\n## Öğretmen günü\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ and a note[^1]\n\n[^1]: the note\n", false);
        assert!(out.html.contains("<h2 id=\"öğretmen-günü\">"), "{}", out.html);
        assert!(out.html.contains("<h2 id=\"öğretmen-günü-1\">"), "{}", out.html);
        assert!(out.html.contains("<table>") && out.html.contains("<del>old</del>"));
        assert!(out.html.contains("type=\"checkbox\""));
        assert!(out.html.contains("footnote"));
        assert_eq!(out.first_paragraph, "Intro para.");
        assert_eq!(out.toc.len(), 2);
    }

    #[test]
    fn raw_html_is_sanitized_unless_trusted() {
        let md = "Hi <script>alert(1)</script> <a href=\"javascript:alert(2)\" onclick=\"x()\">x</a>\n\n<div onmouseover=\"evil()\">d</div>\n\n[md](javascript:alert(3)) [ok](https://example.org)\n";
        let out = r(md, false);
        assert!(!out.html.contains("<script"), "{}", out.html);
        assert!(!out.html.contains("javascript:"), "{}", out.html);
        assert!(!out.html.contains("onclick") && !out.html.contains("onmouseover"), "{}", out.html);
        assert!(out.html.contains("href=\"https://example.org\""));
        let trusted = r(md, true);
        assert!(trusted.html.contains("<script>alert(1)</script>"));
    }

    /// The sanitizer is skipped for bodies without raw HTML: for those it must
    /// not change anything a browser would see (same DOM once parsed).
    #[test]
    fn sanitizer_keeps_markdown_without_raw_html_unchanged() {
        let hostile = [
            "[a](javascript:alert(1)) [b](java\tscript:x) [c](JAVASCRIPT:x) [d](data:text/html,x) [e](vbscript:x)",
            "<javascript:alert(1)> <https://example.org/?a=1&b=\"2\"> <me@example.org> [f](javascript&colon;alert(1))",
            "![i\" onerror=\"x](https://example.org/a.png \"t\\\" onload=\\\"y\") ![j](rel/a b.png)",
            "[t](/x \"title with \\\"quotes\\\" & <tags>\") [r][ref]\n\n[ref]: /y 'single'",
            "# H {#a\"b .c\"d onclick=x}\n\n## Öğretmen & <kids> \"ok\"",
            "```js\" onclick=\"x\n<script>alert(1)</script>\n```\n\n`<b>` &amp; &lt;i&gt; &#x3C;script&#x3E;",
            "| a | b | c |\n|:--|:-:|--:|\n| <1 | & | \"3\" |\n\n- [x] done\n- [ ] todo\n\n3. three\n4. four",
            "note[^n\"x] ~~old~~\n\n[^n\"x]: the <note> \"here\"\n\n> quote\n>\n> > nested\n\n***\n\nline  \nbreak",
        ];
        let dom = |html: &str| scraper::Html::parse_fragment(html).root_element().html();
        for md in hostile {
            let out = r(md, false);
            assert!(!out.html.is_empty(), "{md}");
            assert_eq!(dom(&out.html), dom(&sanitize(&out.html)), "{md}");
        }
        // and a body with raw HTML still goes through it
        assert!(!r("[a](/x) <b onclick=\"x()\">b</b>", false).html.contains("onclick"));
    }

    #[test]
    fn deep_raw_html_is_an_error_at_its_line() {
        let ok = r(&format!("{}x{}", "<div>".repeat(200), "</div>".repeat(200)), false);
        assert!(ok.errors.is_empty());
        let deep = r(&format!("Text\n\n{}x{}", "<div>".repeat(300), "</div>".repeat(300)), false);
        assert_eq!(deep.errors.len(), 1);
        assert_eq!((deep.errors[0].0, deep.errors[0].1), (7, 1));
    }

    #[test]
    fn heading_attributes_keep_id_and_class_only_even_when_trusted() {
        for trusted in [false, true] {
            let out = r("# Hi {#x .c onclick=alert(1) data-y=z}\n", trusted);
            assert!(out.html.contains("<h1 id=\"x\" class=\"c\">"), "{}", out.html);
            assert!(!out.html.contains("onclick") && !out.html.contains("data-y"), "{}", out.html);
        }
    }

    #[test]
    fn many_identical_headings_get_unique_ids() {
        let out = r(&"## A\n\n## A-1\n\n".repeat(3), false);
        let ids: Vec<&str> = out.toc.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-1", "a-2", "a-1-1", "a-3", "a-1-2"]);
    }

    #[test]
    fn relative_assets_become_site_relative_and_links_have_positions() {
        let out = r("Text\n\n![A diagram](diagram.svg) and [up](../y/#part) [abs](/nl/)\n", false);
        assert!(out.html.contains("src=\"/en/toolkit/x/diagram.svg\""), "{}", out.html);
        assert!(out.html.contains("href=\"/en/toolkit/y/#part\""), "{}", out.html);
        assert_eq!(out.links[0].line, 7);
        assert_eq!(out.links[0].column, 1);
        assert_eq!(out.links[0].alt, "A diagram");
        assert!(out.links[0].is_image);
        assert_eq!(out.links[1].url, "../y/#part");
    }
}
