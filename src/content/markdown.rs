//! Markdown → HTML with pulldown-cmark, plus what later stages need from the
//! same pass: plain text (search, summaries), headings (ids, TOC), links and
//! images with their positions (for `agora check`).

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::diag::line_col;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// A link or image target found in the Markdown, with its place in the file.
#[derive(Debug, Clone)]
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
}

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

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

pub fn render(body: &str, opts: &MarkdownOptions) -> Rendered {
    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::new();
    let mut has_raw_html = false;
    let mut used_ids: Vec<String> = Vec::new();
    // Heading being collected: index of its Start event in `events`.
    let mut heading_start: Option<usize> = None;
    let mut heading_text = String::new();
    // First top-level paragraph, for the summary.
    let mut depth = 0usize;
    let mut in_first_para = false;
    let mut first_para_done = false;
    let mut image_alt: Option<(usize, String)> = None;

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
            Event::SoftBreak | Event::HardBreak => {
                out.plain_text.push(' ');
                if in_first_para {
                    out.first_paragraph.push(' ');
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => has_raw_html = true,
            _ => {}
        }

        let ev = match ev {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let (line, column) = pos(body, range.start, opts.body_line);
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
                let (line, column) = pos(body, range.start, opts.body_line);
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
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_start.take() {
                    if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
                        let chosen = match id {
                            Some(given) => given.to_string(),
                            None => unique_id(&slugify_anchor(&heading_text), &used_ids),
                        };
                        used_ids.push(chosen.clone());
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

    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if has_raw_html && !opts.trusted_html {
        html = sanitize(&html);
    }
    out.html = html;
    out.first_paragraph = collapse_ws(&out.first_paragraph);
    out.word_count = out.plain_text.split_whitespace().count();
    out
}

fn pos(body: &str, offset: usize, body_line: usize) -> (usize, usize) {
    let (l, c) = line_col(body, offset);
    (l + body_line - 1, c)
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
    let lower = u.to_ascii_lowercase();
    if let Some(colon) = lower.find(':') {
        let scheme = &lower[..colon];
        let is_scheme = !scheme.is_empty()
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && !lower[..colon].contains('/');
        if is_scheme {
            if opts.trusted_html || ["http", "https", "mailto", "tel", "ftp"].contains(&scheme) {
                return url;
            }
            return CowStr::from("#");
        }
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

fn sanitize(html: &str) -> String {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(&["id", "class", "lang", "dir"])
        .add_tags(&["input", "sup", "section"])
        .add_tag_attributes("input", &["type", "checked", "disabled"])
        .add_tag_attributes("td", &["style"])
        .add_tag_attributes("th", &["style"])
        .link_rel(None);
    b.clean(html).to_string()
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

fn unique_id(base: &str, used: &[String]) -> String {
    if !used.iter().any(|u| u == base) {
        return base.to_string();
    }
    (1..).map(|n| format!("{base}-{n}")).find(|c| !used.iter().any(|u| u == c)).unwrap()
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
