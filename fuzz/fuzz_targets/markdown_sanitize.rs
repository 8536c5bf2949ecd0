//! Untrusted Markdown (`trusted_html: false`) through
//! `agora::content::markdown::render`, the function the build uses.
//!
//! Oracle: the HTML, parsed as a browser would (html5ever via `scraper`), has
//! * no <script>, <iframe>, <object>, <embed>, <style> element (any namespace);
//! * no attribute whose name starts with `on` (event handlers);
//! * no href / src / action / formaction / xlink:href whose value, with ASCII
//!   whitespace and control characters removed and lower-cased, starts with
//!   `javascript:`, `vbscript:` or `data:`.
#![no_main]

use agora::content::markdown::{render, MarkdownOptions};
use libfuzzer_sys::fuzz_target;
use scraper::{Html, Node};

const FORBIDDEN_ELEMENTS: &[&str] = &["script", "iframe", "object", "embed", "style"];
const URL_ATTRIBUTES: &[&str] = &["href", "src", "action", "formaction", "xlink:href"];
const FORBIDDEN_SCHEMES: &[&str] = &["javascript:", "vbscript:", "data:"];

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else { return };
    let opts = MarkdownOptions { trusted_html: false, base_url_path: "/en/toolkit/x/", body_line: 5 };
    let out = render(body, &opts);
    if let Some(problem) = unsafe_html(&out.html) {
        panic!("unsafe HTML from untrusted Markdown: {problem}\n--- markdown ---\n{body:?}\n--- html ---\n{}", out.html);
    }
});

/// The first unsafe thing in `html`, if any.
fn unsafe_html(html: &str) -> Option<String> {
    // Parsed as the page body, the way it is embedded in a template.
    let doc = Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else { continue };
        let name = el.name.local.as_ref().to_ascii_lowercase();
        if FORBIDDEN_ELEMENTS.contains(&name.as_str()) {
            return Some(format!("<{name}> element"));
        }
        for (qual, value) in el.attrs.iter() {
            let local = qual.local.as_ref().to_ascii_lowercase();
            let full = match &qual.prefix {
                Some(p) => format!("{}:{local}", p.as_ref().to_ascii_lowercase()),
                None => local.clone(),
            };
            if local.starts_with("on") || full.starts_with("on") {
                return Some(format!("event-handler attribute `{full}` on <{name}>"));
            }
            if URL_ATTRIBUTES.contains(&local.as_str()) || URL_ATTRIBUTES.contains(&full.as_str()) {
                let v: String =
                    value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect();
                let v = v.to_ascii_lowercase();
                if let Some(s) = FORBIDDEN_SCHEMES.iter().find(|s| v.starts_with(**s)) {
                    return Some(format!("`{full}` with a {s} URL on <{name}>: {:?}", &**value));
                }
            }
        }
    }
    None
}
