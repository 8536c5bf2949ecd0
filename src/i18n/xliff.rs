//! `agora i18n export` / `agora i18n import`: content for translation tools
//! (CAT tools: Weblate, Crowdin, memoQ, OmegaT …) as XLIFF 1.2.
//!
//! # What an export holds
//!
//! One `<file>` per default-language source that is missing or stale in the
//! language (`original` = the source's path, `source-language` = the default
//! language, `target-language` = the language, `datatype="x-markdown"`).
//! Its units (`<trans-unit>`), in document order:
//!
//! - `title`, and `summary` when the front matter has one (plain text);
//! - `b1`, `b2` … one per block of the body that has text: paragraph,
//!   heading, list item, table cell, paragraph of a block quote or footnote.
//!   Code blocks, raw HTML blocks and blocks without text (a lone image
//!   without alt text) are not exported: they stay as they are.
//!
//! Inline Markdown is protected. Paired markup whose content is text becomes
//! `<g id ctype>` (`bold`, `italic`, `link`, `image` — the alt text —,
//! `x-strikethrough` …): the translator moves the tags with the words and
//! never sees the URL. Everything else (inline code, inline HTML, line
//! breaks, footnote references, autolinks and bare URLs) becomes `<x id
//! ctype equiv-text="the Markdown"/>`, which cannot be edited. Ids are
//! numbered per unit; a target may reorder or drop them, but every id it
//! uses must be one of its source's, as the same element (`g` or `x`).
//!
//! The `<header>` carries the source file itself as the skeleton
//! (`<skl><internal-file form="text/x-markdown">`): import rebuilds the
//! Markdown from it, so it needs neither the source as it is now nor git.
//! Attributes in agora's namespace ([`AGORA_NS`]) on `<file>` record the
//! source's `translation_key`, the `source_hash` exported, where the
//! translation goes (`agora:target-path`) and the SHA-256 of that file as it
//! was at export (`agora:target-sha256`, empty when there was none).
//!
//! For a stale translation, each unit whose block still lines up with the
//! old translation (same kinds of blocks in the same order) carries the
//! previous translation as `<target state="needs-review-translation">`.
//!
//! # Import
//!
//! Everything is checked before anything is written: the XML is
//! well-formed, it is XLIFF 1.2, each `<file>` is complete and targets a
//! declared language, its skeleton hashes to its `agora:source-hash`, its
//! unit ids are exactly those the skeleton gives, every unit has a non-empty
//! target whose inline ids are known, and the file at the target path is the
//! one exported (else `--force`). Each error names `FILE.xlf:line:col`. Then
//! each translation is written: the existing translation's front matter (or
//! the source's, without `slug`, `aliases`, `draft`, `source_hash`) with the
//! translated `title` / `summary`, `translation_key` and `source_hash` set
//! to the exported source's, and the source's body with each block replaced
//! by its translation (Markdown-escaped; protected markup put back as it
//! was). A new translation of a page bundle gets copies of the bundle's files.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use sha2::{Digest, Sha256};
use similar::{capture_diff_slices, Algorithm, DiffTag};

use super::report::{self, source_hash, ContentEntry};
use crate::config::Config;
use crate::content::{self, frontmatter, Page, PageKind, CONTENT_DIR};
use crate::diag::{line_col, Diagnostic, Diagnostics};
use crate::render::i18n::{LangSpec, Translator};
use crate::site::BuildOptions;

pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:1.2";
/// Namespace of agora's own attributes in an export.
pub const AGORA_NS: &str = "urn:x-agora:xliff:1";

// ---------------------------------------------------------------- segmenting Markdown

/// Inline content of a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    /// Paired markup around translatable content (`**…**`, `[…](url)` …).
    Group {
        id: u32,
        ctype: &'static str,
        open: String,
        close: String,
        children: Vec<Node>,
    },
    /// Protected markup, kept as it is (`` `code` ``, `<br>`, a line break …).
    Ph {
        id: u32,
        ctype: &'static str,
        raw: String,
    },
}

/// A translatable block of a Markdown body.
#[derive(Debug, Clone)]
pub struct BodyUnit {
    /// The block and its containers, e.g. `quote/p`, `ul/li`, `table/tr/td`.
    pub kind: String,
    /// Byte range of the block's inline content in the body.
    pub range: Range<usize>,
    pub nodes: Vec<Node>,
}

/// The Markdown options of the renderer: blocks are split as pages render.
fn md_options() -> Options {
    crate::content::markdown::options()
}

fn inline_ctype(tag: &Tag) -> Option<&'static str> {
    Some(match tag {
        Tag::Emphasis => "italic",
        Tag::Strong => "bold",
        Tag::Strikethrough => "x-strikethrough",
        Tag::Superscript => "x-superscript",
        Tag::Subscript => "x-subscript",
        Tag::Link { .. } => "link",
        Tag::Image { .. } => "image",
        _ => return None,
    })
}

fn is_inline_end(t: &TagEnd) -> bool {
    matches!(
        t,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

fn block_label(tag: &Tag, stack: &[&'static str]) -> &'static str {
    match tag {
        Tag::Paragraph => "p",
        Tag::Heading { level, .. } => match *level as u8 {
            1 => "h1",
            2 => "h2",
            3 => "h3",
            4 => "h4",
            5 => "h5",
            _ => "h6",
        },
        Tag::BlockQuote(_) => "quote",
        Tag::CodeBlock(_) => "code",
        Tag::HtmlBlock => "html",
        Tag::List(Some(_)) => "ol",
        Tag::List(None) => "ul",
        Tag::Item => "li",
        Tag::FootnoteDefinition(_) => "footnote",
        Tag::Table(_) => "table",
        Tag::TableHead => "thead",
        Tag::TableRow => "tr",
        Tag::TableCell if stack.last() == Some(&"thead") => "th",
        Tag::TableCell => "td",
        _ => "block",
    }
}

enum AKind {
    Text(String),
    Soft,
    Hard,
    Group(&'static str),
    Atom(&'static str),
}

struct ANode {
    kind: AKind,
    range: Range<usize>,
    children: Vec<usize>,
}

/// The inline events of one block, as a tree in an arena.
#[derive(Default)]
struct Run {
    arena: Vec<ANode>,
    roots: Vec<usize>,
    stack: Vec<usize>,
    /// A line break whose markup reaches to the next inline element (it
    /// includes the next line's container prefix, such as `> `).
    pending_break: Option<usize>,
    /// Inside an element kept whole (an autolink): its events are skipped.
    atom_depth: usize,
}

impl Run {
    fn add(&mut self, kind: AKind, range: Range<usize>) -> usize {
        if let Some(h) = self.pending_break.take() {
            self.arena[h].range.end = range.start.max(self.arena[h].range.end);
        }
        let i = self.arena.len();
        // a line break's and a task marker's markup reach to the next element
        let hard = matches!(kind, AKind::Hard | AKind::Atom("x-task"));
        self.arena.push(ANode { kind, range, children: Vec::new() });
        match self.stack.last() {
            Some(&p) => self.arena[p].children.push(i),
            None => self.roots.push(i),
        }
        if hard {
            self.pending_break = Some(i);
        }
        i
    }
}

fn push_text(out: &mut Vec<Node>, t: &str) {
    if let Some(Node::Text(prev)) = out.last_mut() {
        prev.push_str(t);
    } else if !t.is_empty() {
        out.push(Node::Text(t.to_string()));
    }
}

fn convert(run: &Run, idxs: &[usize], body: &str) -> Vec<Node> {
    let mut out = Vec::new();
    for &i in idxs {
        let n = &run.arena[i];
        let raw = || body[n.range.clone()].to_string();
        match &n.kind {
            AKind::Text(t) => push_text(&mut out, t),
            AKind::Soft => push_text(&mut out, " "),
            AKind::Hard => out.push(Node::Ph { id: 0, ctype: "lb", raw: raw() }),
            AKind::Atom(c) => out.push(Node::Ph { id: 0, ctype: c, raw: raw() }),
            AKind::Group(c) if n.children.is_empty() => out.push(Node::Ph { id: 0, ctype: c, raw: raw() }),
            AKind::Group(c) => {
                let first = run.arena[n.children[0]].range.start;
                let last = run.arena[*n.children.last().unwrap_or(&n.children[0])].range.end;
                let (first, last) = (first.max(n.range.start), last.min(n.range.end).max(first));
                out.push(Node::Group {
                    id: 0,
                    ctype: c,
                    open: body[n.range.start..first].to_string(),
                    close: body[last..n.range.end].to_string(),
                    children: convert(run, &n.children, body),
                });
            }
        }
    }
    out
}

/// Bare `http(s)://` URLs in text become protected placeholders.
fn protect_urls(nodes: Vec<Node>) -> Vec<Node> {
    let mut out = Vec::new();
    for n in nodes {
        match n {
            Node::Text(t) => {
                let find = |s: &str| [s.find("http://"), s.find("https://")].into_iter().flatten().min();
                let mut rest = t.as_str();
                while let Some(i) = find(rest) {
                    let after = &rest[i..];
                    let scheme = if after.starts_with("https://") { 8 } else { 7 };
                    let mut end =
                        after.find(|c: char| c.is_whitespace() || c == '<' || c == '>').unwrap_or(after.len());
                    while end > scheme && after[..end].ends_with(['.', ',', ';', ':', '!', '?', ')', '\'', '"']) {
                        end -= 1;
                    }
                    if end <= scheme {
                        push_text(&mut out, &rest[..i + scheme]);
                        rest = &rest[i + scheme..];
                        continue;
                    }
                    push_text(&mut out, &rest[..i]);
                    out.push(Node::Ph { id: 0, ctype: "x-url", raw: after[..end].to_string() });
                    rest = &after[end..];
                }
                push_text(&mut out, rest);
            }
            Node::Group { id, ctype, open, close, children } => {
                out.push(Node::Group { id, ctype, open, close, children: protect_urls(children) })
            }
            ph => out.push(ph),
        }
    }
    out
}

fn number(nodes: &mut [Node], next: &mut u32) {
    for n in nodes {
        match n {
            Node::Text(_) => {}
            Node::Group { id, children, .. } => {
                *id = *next;
                *next += 1;
                number(children, next);
            }
            Node::Ph { id, .. } => {
                *id = *next;
                *next += 1;
            }
        }
    }
}

fn has_text(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| match n {
        Node::Text(t) => !t.trim().is_empty(),
        Node::Group { children, .. } => has_text(children),
        Node::Ph { .. } => false,
    })
}

/// The translatable blocks of a Markdown body, in document order.
pub fn segment(body: &str) -> Vec<BodyUnit> {
    let mut units = Vec::new();
    let mut blocks: Vec<&'static str> = Vec::new();
    let mut run: Option<Run> = None;
    let mut verbatim = 0usize;

    fn flush(run: &mut Option<Run>, blocks: &[&'static str], body: &str, units: &mut Vec<BodyUnit>) {
        let Some(r) = run.take() else { return };
        if r.roots.is_empty() {
            return;
        }
        let start = r.roots.iter().map(|&i| r.arena[i].range.start).min().unwrap_or(0);
        let end = r.roots.iter().map(|&i| r.arena[i].range.end).max().unwrap_or(start);
        let mut nodes = protect_urls(convert(&r, &r.roots, body));
        if !has_text(&nodes) {
            return;
        }
        number(&mut nodes, &mut 1);
        units.push(BodyUnit { kind: blocks.join("/"), range: start..end, nodes });
    }

    for (ev, r) in Parser::new_ext(body, md_options()).into_offset_iter() {
        match ev {
            Event::Start(tag) => {
                if let Some(ct) = inline_ctype(&tag) {
                    if verbatim > 0 {
                        continue;
                    }
                    let rb = run.get_or_insert_with(Run::default);
                    if rb.atom_depth > 0 {
                        rb.atom_depth += 1;
                        continue;
                    }
                    if matches!(tag, Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. }) {
                        rb.add(AKind::Atom("x-url"), r);
                        rb.atom_depth = 1;
                    } else {
                        let i = rb.add(AKind::Group(ct), r);
                        rb.stack.push(i);
                    }
                } else {
                    flush(&mut run, &blocks, body, &mut units);
                    if matches!(tag, Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) {
                        verbatim += 1;
                    }
                    let label = block_label(&tag, &blocks);
                    blocks.push(label);
                }
            }
            Event::End(end) => {
                if is_inline_end(&end) {
                    if verbatim > 0 {
                        continue;
                    }
                    if let Some(rb) = run.as_mut() {
                        if rb.atom_depth > 0 {
                            rb.atom_depth -= 1;
                        } else {
                            rb.stack.pop();
                        }
                    }
                } else {
                    flush(&mut run, &blocks, body, &mut units);
                    if matches!(end, TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) {
                        verbatim = verbatim.saturating_sub(1);
                    }
                    blocks.pop();
                }
            }
            _ if verbatim > 0 => {} // the text of code and HTML blocks stays as it is
            Event::Rule | Event::Html(_) => flush(&mut run, &blocks, body, &mut units),
            ev => {
                let kind = match ev {
                    Event::Text(t) => AKind::Text(t.to_string()),
                    Event::Code(_) => AKind::Atom("x-code"),
                    Event::InlineHtml(_) => AKind::Atom("x-html"),
                    Event::FootnoteReference(_) => AKind::Atom("x-footnote"),
                    Event::TaskListMarker(_) => AKind::Atom("x-task"),
                    Event::SoftBreak => AKind::Soft,
                    Event::HardBreak => AKind::Hard,
                    _ => AKind::Atom("x-math"),
                };
                let rb = run.get_or_insert_with(Run::default);
                if rb.atom_depth == 0 {
                    rb.add(kind, r);
                }
            }
        }
    }
    flush(&mut run, &blocks, body, &mut units);
    units
}

// ---------------------------------------------------------------- XML writing

/// Text for XML content: `&`, `<`, `>` escaped, CR kept as a reference,
/// characters XML 1.0 cannot carry replaced by U+FFFD.
fn esc_text(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\r' => o.push_str("&#13;"),
            '\t' | '\n' => o.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

/// Text for a double-quoted attribute: also `"`, and whitespace that
/// attribute-value normalization would turn into spaces.
fn esc_attr(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in esc_text(s).chars() {
        match c {
            '"' => o.push_str("&quot;"),
            '\n' => o.push_str("&#10;"),
            '\t' => o.push_str("&#9;"),
            c => o.push(c),
        }
    }
    o
}

fn write_nodes(out: &mut String, nodes: &[Node]) {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(&esc_text(t)),
            Node::Group { id, ctype, children, .. } => {
                out.push_str(&format!("<g id=\"{id}\" ctype=\"{ctype}\">"));
                write_nodes(out, children);
                out.push_str("</g>");
            }
            Node::Ph { id, ctype, raw } => {
                out.push_str(&format!("<x id=\"{id}\" ctype=\"{ctype}\" equiv-text=\"{}\"/>", esc_attr(raw)))
            }
        }
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

// ---------------------------------------------------------------- export

/// One document to translate.
struct ExportDoc {
    source_file: String,
    translation_key: String,
    hash: String,
    target_path: String,
    target_sha256: String,
    skeleton: String,
    stale: bool,
    units: Vec<ExportUnit>,
}

struct ExportUnit {
    id: String,
    restype: String,
    source: Vec<Node>,
    /// The previous translation, for review (stale entries).
    previous: Option<Vec<Node>>,
}

pub enum ExportError {
    /// Bad arguments (exit 2).
    Usage(String),
    /// The site cannot be read (exit 1).
    Invalid(Diagnostics),
}

/// What an export wrote.
pub struct Exported {
    pub xml: String,
    pub documents: usize,
    pub units: usize,
    pub missing: usize,
    pub stale: usize,
    /// Problems with content files met on the way (they are not exported).
    pub warnings: Diagnostics,
}

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Front matter (YAML text) and body of a content file's text.
fn split_text(text: &str) -> Option<(&str, &str)> {
    frontmatter::split(text).ok().map(|s| (s.yaml, s.body))
}

/// Ids of `source` in pre-order, by (element, ctype): what a previous
/// translation's inline elements are matched against.
fn inline_slots(nodes: &[Node], out: &mut Vec<(bool, &'static str, u32)>) {
    for n in nodes {
        match n {
            Node::Text(_) => {}
            Node::Group { id, ctype, children, .. } => {
                out.push((true, ctype, *id));
                inline_slots(children, out);
            }
            Node::Ph { id, ctype, .. } => out.push((false, ctype, *id)),
        }
    }
}

/// A previous translation's inline content renumbered to the source's ids:
/// the k-th `bold` of the translation is the source's k-th `bold`. What has
/// no counterpart becomes plain text (the translator reviews it anyway).
fn remap(
    nodes: &[Node],
    slots: &[(bool, &'static str, u32)],
    used: &mut HashMap<(bool, &'static str), usize>,
) -> Vec<Node> {
    let mut out = Vec::new();
    for n in nodes {
        match n {
            Node::Text(t) => push_text(&mut out, t),
            Node::Group { ctype, open, close, children, .. } => {
                let k = used.entry((true, ctype)).or_insert(0);
                let slot = slots.iter().filter(|s| s.0 && s.1 == *ctype).nth(*k);
                *k += 1;
                let kids = remap(children, slots, used);
                match slot {
                    Some(s) => out.push(Node::Group {
                        id: s.2,
                        ctype,
                        open: open.clone(),
                        close: close.clone(),
                        children: kids,
                    }),
                    None => {
                        for c in kids {
                            match c {
                                Node::Text(t) => push_text(&mut out, &t),
                                other => out.push(other),
                            }
                        }
                    }
                }
            }
            Node::Ph { ctype, raw, .. } => {
                let k = used.entry((false, ctype)).or_insert(0);
                let slot = slots.iter().filter(|s| !s.0 && s.1 == *ctype).nth(*k);
                *k += 1;
                match slot {
                    Some(s) => out.push(Node::Ph { id: s.2, ctype, raw: raw.clone() }),
                    None => push_text(&mut out, raw),
                }
            }
        }
    }
    out
}

fn restype(kind: &str) -> String {
    let leaf = kind.rsplit('/').next().unwrap_or(kind);
    let quoted = kind.split('/').any(|k| k == "quote");
    format!("x-{}{}", if quoted { "quote-" } else { "" }, leaf)
}

/// The XLIFF 1.2 of what language `lang` lacks: its missing and stale content.
pub fn export(root: &Path, lang: &str) -> Result<Exported, ExportError> {
    let config = Config::load(root).map_err(ExportError::Invalid)?;
    let Some(l) = config.language(lang) else {
        return Err(ExportError::Usage(format!("language `{lang}` is not declared in site.yaml")));
    };
    let lang = l.code.clone();
    let default = config.default_language.clone();
    if lang.eq_ignore_ascii_case(&default) {
        return Err(ExportError::Usage(format!(
            "`{lang}` is the default language, the source of translations: export another language"
        )));
    }
    let (pages, warnings) = content::load(&config);
    let options = BuildOptions::default();
    let docs_of = |p: &&Page| matches!(p.kind, PageKind::Entry | PageKind::Page);
    let entries: Vec<ContentEntry> =
        pages.iter().filter(docs_of).map(|p| ContentEntry::from_page(p, &options)).collect();
    let specs: Vec<LangSpec> =
        config.languages.iter().map(|l| LangSpec { code: l.code.clone(), fallback: l.fallback.clone() }).collect();
    let (tr, _) = Translator::new(&specs, &default, Vec::new());
    let rep = report::build_report(&tr, &specs, &default, &entries, Some(&lang));
    let Some(lr) = rep.languages.first() else {
        return Err(ExportError::Usage(format!("language `{lang}` is not declared in site.yaml")));
    };
    let page_at = |f: &Path| pages.iter().find(|p| p.file == f);

    // (source file, existing translation file, stale)
    let mut todo: Vec<(PathBuf, Option<PathBuf>, bool)> = Vec::new();
    for m in &lr.content.missing {
        let existing = pages
            .iter()
            .filter(docs_of)
            .find(|p| p.lang.eq_ignore_ascii_case(&lang) && p.translation_key == m.translation_key)
            .map(|p| p.file.clone());
        todo.push((m.source_file.clone(), existing, false));
    }
    for s in &lr.content.stale {
        todo.push((s.source_file.clone(), Some(s.file.clone()), true));
    }
    todo.sort();

    let mut docs = Vec::new();
    let mut problems = Diagnostics::new();
    for (src_file, existing, stale) in todo {
        let Some(src) = page_at(&src_file) else { continue };
        let skeleton = match content::read_text(&root.join(&src_file), &src_file) {
            Ok(t) => t,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let Some((_, body)) = split_text(&skeleton) else { continue };
        let hash = source_hash(&src.fm.title, body);
        let target_path = match &existing {
            Some(f) => slash(f),
            None => {
                let below = src_file.strip_prefix(Path::new(CONTENT_DIR).join(&src.lang)).unwrap_or(&src_file);
                slash(&Path::new(CONTENT_DIR).join(&lang).join(below))
            }
        };
        let target_sha256 = std::fs::read(root.join(&target_path)).map(|b| sha256_hex(&b)).unwrap_or_default();

        let mut units: Vec<ExportUnit> = Vec::new();
        let prev = if stale { existing.as_deref().and_then(page_at) } else { None };
        let text_node = |s: &str| vec![Node::Text(s.to_string())];
        let unit = |id: &str, restype: &str, source: Vec<Node>, previous: Option<Vec<Node>>| ExportUnit {
            id: id.to_string(),
            restype: restype.to_string(),
            source,
            previous,
        };
        units.push(unit("title", "x-title", text_node(&src.fm.title), prev.map(|p| text_node(&p.fm.title))));
        if let Some(s) = src.fm.summary.as_deref().filter(|s| !s.trim().is_empty()) {
            let prev_summary = prev.and_then(|p| p.fm.summary.as_deref()).map(text_node);
            units.push(unit("summary", "x-summary", text_node(s), prev_summary));
        }
        let body_units = segment(body);
        let mut prev_of: BTreeMap<usize, Vec<Node>> = BTreeMap::new();
        if let Some(p) = prev {
            let old = segment(&p.body);
            let ka: Vec<&str> = body_units.iter().map(|u| u.kind.as_str()).collect();
            let kb: Vec<&str> = old.iter().map(|u| u.kind.as_str()).collect();
            for op in capture_diff_slices(Algorithm::Patience, &ka, &kb) {
                let (tag, ra, rb) = op.as_tag_tuple();
                if tag == DiffTag::Equal || (tag == DiffTag::Replace && ra.len() == rb.len()) {
                    for (i, j) in ra.zip(rb) {
                        if ka[i] != kb[j] {
                            continue;
                        }
                        let mut slots = Vec::new();
                        inline_slots(&body_units[i].nodes, &mut slots);
                        prev_of.insert(i, remap(&old[j].nodes, &slots, &mut HashMap::new()));
                    }
                }
            }
        }
        for (i, u) in body_units.into_iter().enumerate() {
            units.push(unit(&format!("b{}", i + 1), &restype(&u.kind), u.nodes, prev_of.remove(&i)));
        }
        docs.push(ExportDoc {
            source_file: slash(&src_file),
            translation_key: src.translation_key.clone(),
            hash,
            target_path,
            target_sha256,
            skeleton,
            stale,
            units,
        });
    }
    if problems.has_errors() {
        return Err(ExportError::Invalid(problems));
    }

    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!("<xliff version=\"1.2\" xmlns=\"{XLIFF_NS}\" xmlns:agora=\"{AGORA_NS}\">\n"));
    let mut n_units = 0;
    for d in &docs {
        x.push_str(&format!(
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-markdown\" agora:translation-key=\"{}\" agora:source-hash=\"{}\" agora:target-path=\"{}\" agora:target-sha256=\"{}\" agora:status=\"{}\">\n",
            esc_attr(&d.source_file),
            esc_attr(&default),
            esc_attr(&lang),
            esc_attr(&d.translation_key),
            d.hash,
            esc_attr(&d.target_path),
            d.target_sha256,
            if d.stale { "stale" } else { "missing" },
        ));
        x.push_str("    <header>\n");
        x.push_str(&format!(
            "      <tool tool-id=\"agora\" tool-name=\"agora\" tool-version=\"{}\"/>\n",
            env!("CARGO_PKG_VERSION")
        ));
        x.push_str("      <skl><internal-file form=\"text/x-markdown\">");
        x.push_str(&esc_text(&d.skeleton));
        x.push_str("</internal-file></skl>\n");
        x.push_str("    </header>\n    <body>\n");
        for u in &d.units {
            n_units += 1;
            x.push_str(&format!(
                "      <trans-unit id=\"{}\" restype=\"{}\">\n        <source>",
                esc_attr(&u.id),
                esc_attr(&u.restype)
            ));
            write_nodes(&mut x, &u.source);
            x.push_str("</source>\n");
            if let Some(p) = &u.previous {
                x.push_str("        <target state=\"needs-review-translation\">");
                write_nodes(&mut x, p);
                x.push_str("</target>\n");
            }
            x.push_str("      </trans-unit>\n");
        }
        x.push_str("    </body>\n  </file>\n");
    }
    x.push_str("</xliff>\n");
    Ok(Exported {
        xml: x,
        documents: docs.len(),
        units: n_units,
        missing: docs.iter().filter(|d| !d.stale).count(),
        stale: docs.iter().filter(|d| d.stale).count(),
        warnings,
    })
}

// ---------------------------------------------------------------- reading XML

#[derive(Debug)]
enum XNode {
    El(El),
    Text(String),
}

#[derive(Debug, Default)]
struct El {
    ns: Option<String>,
    name: String,
    /// (namespace, local name, value)
    attrs: Vec<(Option<String>, String, String)>,
    children: Vec<XNode>,
    /// Byte offset of its `<`.
    pos: usize,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(ns, n, _)| ns.is_none() && n == name).map(|(_, _, v)| v.as_str())
    }
    fn agora(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(ns, n, _)| ns.as_deref() == Some(AGORA_NS) && n == name).map(|(_, _, v)| v.as_str())
    }
    fn is(&self, name: &str) -> bool {
        self.name == name && self.ns.as_deref().is_none_or(|n| n == XLIFF_NS)
    }
    fn kids<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a El> + 'a {
        self.children.iter().filter_map(move |c| match c {
            XNode::El(e) if e.is(name) => Some(e),
            _ => None,
        })
    }
    fn text(&self) -> String {
        let mut s = String::new();
        for c in &self.children {
            match c {
                XNode::Text(t) => s.push_str(t),
                XNode::El(e) => s.push_str(&e.text()),
            }
        }
        s
    }
}

/// Parses a whole document; an error is (byte offset, message).
fn parse_xml(src: &str) -> Result<El, (usize, String)> {
    use quick_xml::events::Event as X;
    use quick_xml::name::ResolveResult;
    use quick_xml::reader::NsReader;

    fn ns_of(r: ResolveResult) -> Result<Option<String>, String> {
        match r {
            ResolveResult::Bound(n) => Ok(Some(n.0.to_string())),
            ResolveResult::Unbound => Ok(None),
            ResolveResult::Unknown(p) => Err(format!("unbound namespace prefix `{p}`")),
        }
    }
    let mut r = NsReader::from_str(src);
    let mut stack: Vec<El> = Vec::new();
    let mut root: Option<El> = None;
    loop {
        let pos = r.buffer_position() as usize;
        let ev = r.read_event().map_err(|e| (r.error_position() as usize, format!("not well-formed XML: {e}")))?;
        let start = |r: &NsReader<&[u8]>, e: &quick_xml::events::BytesStart| -> Result<El, (usize, String)> {
            let (ns, local) = r.resolver().resolve_element(e.name());
            let mut el = El {
                ns: ns_of(ns).map_err(|m| (pos, m))?,
                name: local.as_ref().to_string(),
                pos,
                ..Default::default()
            };
            for a in e.attributes() {
                let a = a.map_err(|err| (pos, format!("bad attribute: {err}")))?;
                let key = a.key;
                if key.as_ref() == "xmlns" || key.as_ref().starts_with("xmlns:") {
                    continue;
                }
                let (ns, local) = r.resolver().resolve_attribute(key);
                let v = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|err| (pos, format!("bad attribute value: {err}")))?;
                el.attrs.push((ns_of(ns).map_err(|m| (pos, m))?, local.as_ref().to_string(), v.into_owned()));
            }
            Ok(el)
        };
        let text = |stack: &mut Vec<El>, t: String| -> Result<(), (usize, String)> {
            match stack.last_mut() {
                Some(p) => {
                    if let Some(XNode::Text(prev)) = p.children.last_mut() {
                        prev.push_str(&t);
                    } else {
                        p.children.push(XNode::Text(t));
                    }
                    Ok(())
                }
                None if t.trim().is_empty() => Ok(()),
                None => Err((pos, "text outside the root element".to_string())),
            }
        };
        let mut attach = |stack: &mut Vec<El>, el: El| -> Result<(), (usize, String)> {
            match stack.last_mut() {
                Some(p) => p.children.push(XNode::El(el)),
                None if root.is_none() => root = Some(el),
                None => return Err((el.pos, "a second root element".to_string())),
            }
            Ok(())
        };
        match ev {
            X::Start(e) => {
                let el = start(&r, &e)?;
                stack.push(el);
            }
            X::Empty(e) => {
                let el = start(&r, &e)?;
                attach(&mut stack, el)?;
            }
            X::End(_) => {
                let el = stack.pop().ok_or((pos, "an end tag without a start tag".to_string()))?;
                attach(&mut stack, el)?;
            }
            X::Text(t) => {
                let t = t.xml10_content();
                text(&mut stack, t.into_owned())?;
            }
            X::CData(t) => {
                let t = t.xml10_content();
                text(&mut stack, t.into_owned())?;
            }
            X::GeneralRef(g) => {
                let c = match g.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = g.borrow().into_inner().into_owned();
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(v) => v.to_string(),
                            None => return Err((pos, format!("unknown entity `&{name};`"))),
                        }
                    }
                    Err(e) => return Err((pos, format!("bad character reference: {e}"))),
                };
                text(&mut stack, c)?;
            }
            X::DocType(_) => return Err((pos, "a DOCTYPE is not accepted in XLIFF".to_string())),
            X::Eof => break,
            _ => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err((open.pos, format!("<{}> is not closed", open.name)));
    }
    root.ok_or((0, "no root element".to_string()))
}

// ---------------------------------------------------------------- import

/// Inline content of a `<target>`.
#[derive(Debug)]
enum TNode {
    Text(String),
    G { id: String, pos: usize, children: Vec<TNode> },
    X { id: String, pos: usize },
}

fn target_nodes(el: &El) -> Result<Vec<TNode>, (usize, String)> {
    let mut out = Vec::new();
    for c in &el.children {
        match c {
            XNode::Text(t) => out.push(TNode::Text(t.clone())),
            XNode::El(e) if e.is("g") => out.push(TNode::G {
                id: e.attr("id").ok_or((e.pos, "<g> without an id".to_string()))?.to_string(),
                pos: e.pos,
                children: target_nodes(e)?,
            }),
            XNode::El(e) if e.is("x") => out.push(TNode::X {
                id: e.attr("id").ok_or((e.pos, "<x> without an id".to_string()))?.to_string(),
                pos: e.pos,
            }),
            XNode::El(e) if e.is("mrk") => out.extend(target_nodes(e)?),
            XNode::El(e) => {
                return Err((
                    e.pos,
                    format!("unexpected <{}> in a target (agora's units use only <g> and <x> inline elements)", e.name),
                ))
            }
        }
    }
    Ok(out)
}

/// Whitespace runs with a line break or tab become one space (a block is
/// written on one line); runs of plain spaces are kept.
fn collapse_ws(t: &str) -> String {
    let mut o = String::with_capacity(t.len());
    let mut ws = String::new();
    for c in t.chars().chain(std::iter::once('\u{0}')) {
        if c.is_whitespace() {
            ws.push(c);
            continue;
        }
        if !ws.is_empty() {
            if ws.contains(['\n', '\r', '\t']) || !ws.chars().all(|c| c == ' ') {
                o.push(' ');
            } else {
                o.push_str(&ws);
            }
            ws.clear();
        }
        if c != '\u{0}' {
            o.push(c);
        }
    }
    o
}

/// Where a block's translation goes, for escaping.
#[derive(Clone, Copy)]
struct Place {
    heading: bool,
    table: bool,
}

/// Markdown for literal text: what Markdown would read as markup is escaped.
fn md_escape(t: &str, place: Place, line_start: &mut bool) -> String {
    let t = collapse_ws(t);
    let t = if *line_start { t.trim_start().to_string() } else { t };
    let mut o = String::with_capacity(t.len() + 8);
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let at_start = *line_start && i == 0;
        let esc = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' => true,
            '|' => place.table,
            '#' | '{' | '}' => place.heading || at_start,
            '>' | '-' | '+' | '=' => at_start,
            '&' => {
                let rest: String = chars[i + 1..].iter().take(33).collect();
                let name_len = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').count();
                name_len > 0 && rest[name_len..].starts_with(';')
            }
            '.' | ')' => {
                // `12. ` at the start of a line is an ordered list
                *line_start && i > 0 && i <= 9 && chars[..i].iter().all(|d| d.is_ascii_digit())
            }
            _ => false,
        };
        if esc {
            o.push('\\');
        }
        o.push(c);
    }
    if !t.is_empty() {
        *line_start = false;
    }
    o
}

/// A source unit's protected markup by inline id.
struct Markup<'a> {
    groups: HashMap<String, (&'a str, &'a str)>,
    phs: HashMap<String, (&'a str, &'static str)>,
}

fn markup_of<'a>(nodes: &'a [Node], m: &mut Markup<'a>) {
    for n in nodes {
        match n {
            Node::Text(_) => {}
            Node::Group { id, open, close, children, .. } => {
                m.groups.insert(id.to_string(), (open, close));
                markup_of(children, m);
            }
            Node::Ph { id, ctype, raw } => {
                m.phs.insert(id.to_string(), (raw, ctype));
            }
        }
    }
}

fn render_target(
    nodes: &[TNode],
    m: &Markup,
    place: Place,
    line_start: &mut bool,
    out: &mut String,
) -> Result<(), (usize, String)> {
    for n in nodes {
        match n {
            TNode::Text(t) => out.push_str(&md_escape(t, place, line_start)),
            TNode::G { id, pos, children } => {
                let (open, close) = m.groups.get(id).ok_or_else(|| {
                    (
                        *pos,
                        format!("<g id=\"{id}\"> is not in the source of this unit (its <g> ids: {})", ids(&m.groups)),
                    )
                })?;
                let mut inner = String::new();
                let mut ls = false;
                render_target(children, m, place, &mut ls, &mut inner)?;
                // Markdown emphasis must hug its text: spaces go outside the markup.
                let lead = &inner[..inner.len() - inner.trim_start().len()];
                let trail = &inner[inner.trim_end().len()..];
                if *line_start {
                    out.push_str(open);
                } else {
                    out.push_str(lead);
                    out.push_str(open);
                }
                out.push_str(inner.trim());
                out.push_str(close);
                out.push_str(trail);
                *line_start = false;
            }
            TNode::X { id, pos } => {
                let (raw, ctype) = m.phs.get(id).ok_or_else(|| {
                    (*pos, format!("<x id=\"{id}\"/> is not in the source of this unit (its <x> ids: {})", ids(&m.phs)))
                })?;
                out.push_str(raw);
                *line_start = *ctype == "lb";
            }
        }
    }
    Ok(())
}

fn ids<V>(m: &HashMap<String, V>) -> String {
    let mut v: Vec<&String> = m.keys().collect();
    v.sort_by_key(|k| (k.len(), k.to_string()));
    if v.is_empty() {
        "none".to_string()
    } else {
        v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// Plain text of a target (title, summary): no inline elements allowed.
fn plain_target(nodes: &[TNode]) -> Result<String, (usize, String)> {
    let mut s = String::new();
    for n in nodes {
        match n {
            TNode::Text(t) => s.push_str(t),
            TNode::G { pos, .. } | TNode::X { pos, .. } => {
                return Err((*pos, "inline elements are not allowed here: its source is plain text".to_string()))
            }
        }
    }
    Ok(collapse_ws(&s).trim().chars().map(|c| if c.is_control() { ' ' } else { c }).collect())
}

/// `yaml` with the keys of `set` replaced in place (or added at the end) and
/// the keys of `remove` dropped; every other line kept as it was.
fn edit_front_matter(yaml: &str, set: &[(&str, String)], remove: &[&str]) -> String {
    let mut out = String::new();
    let mut done: BTreeSet<&str> = BTreeSet::new();
    for (k, block) in crate::yamlpos::yaml_blocks(yaml) {
        match k.as_deref() {
            Some(k) if remove.contains(&k) => {}
            Some(k) => match set.iter().find(|(s, _)| *s == k) {
                Some((s, v)) if !done.contains(s) => {
                    out.push_str(&format!("{s}: {v}\n"));
                    done.insert(s);
                }
                Some(_) => {}
                None => out.push_str(&block),
            },
            None => out.push_str(&block),
        }
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    for (s, v) in set {
        if !done.contains(s) {
            out.push_str(&format!("{s}: {v}\n"));
        }
    }
    out
}

/// A YAML scalar for any string (a JSON string is a YAML double-quoted scalar).
fn yaml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// A file an import writes.
pub struct Planned {
    /// Relative to the site root.
    pub path: PathBuf,
    pub created: bool,
    text: String,
    /// Files of a page bundle to copy along: (from, to), absolute.
    copies: Vec<(PathBuf, PathBuf)>,
}

/// What an import did.
pub struct Imported {
    pub written: Vec<(PathBuf, bool)>,
    pub copied: Vec<PathBuf>,
    pub warnings: Diagnostics,
    /// Writes that failed after validation (I/O): the files before them were written.
    pub errors: Diagnostics,
}

/// A relative path of plain components.
fn safe_rel(p: &str) -> Option<PathBuf> {
    let path = Path::new(p);
    if p.is_empty() || p.contains('\\') || p.contains('\0') {
        return None;
    }
    path.components().all(|c| matches!(c, Component::Normal(_))).then(|| path.to_path_buf())
}

/// Validates an XLIFF file against the site and plans every write, or says
/// everything that is wrong (`FILE:line:col`). Nothing is written here.
pub fn plan_import(root: &Path, xlf: &Path, force: bool) -> Result<(Vec<Planned>, Diagnostics), Diagnostics> {
    let shown = xlf.to_path_buf();
    let one = |line: usize, col: usize, m: String| Diagnostics(vec![Diagnostic::error("xliff", &shown, line, col, m)]);
    let bytes = std::fs::read(xlf).map_err(|e| one(0, 0, format!("cannot read: {e}")))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
            let (l, c) = line_col(&valid, good);
            return Err(one(l, c, "not UTF-8 (agora reads XLIFF in UTF-8)".to_string()));
        }
    };
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    let err_at = |pos: usize, m: String| {
        let (l, c) = line_col(&text, pos);
        Diagnostic::error("xliff", &shown, l, c, m)
    };
    let doc = parse_xml(&text).map_err(|(pos, m)| Diagnostics(vec![err_at(pos, m)]))?;
    if !doc.is("xliff") {
        return Err(Diagnostics(vec![err_at(doc.pos, format!("the root element is <{}>, not <xliff>", doc.name))]));
    }
    match doc.attr("version") {
        Some("1.2") => {}
        Some(v) => {
            return Err(Diagnostics(vec![err_at(
                doc.pos,
                format!("XLIFF version {v} is not supported: agora reads and writes XLIFF 1.2"),
            )]))
        }
        None => {
            return Err(Diagnostics(vec![err_at(doc.pos, "<xliff> has no version (agora reads XLIFF 1.2)".into())]))
        }
    }

    let config = Config::load(root)?;
    let (pages, _) = content::load(&config);
    let mut errs = Diagnostics::new();
    let mut warnings = Diagnostics::new();
    let mut plans: Vec<Planned> = Vec::new();
    let files: Vec<&El> = doc.kids("file").collect();
    if files.is_empty() {
        errs.push(err_at(doc.pos, "no <file> in this XLIFF".into()));
    }
    let mut targets_seen: BTreeSet<PathBuf> = BTreeSet::new();
    for f in files {
        let before = errs.0.len();
        let mut need = |name: &str, v: Option<&str>| -> String {
            match v {
                Some(v) => v.to_string(),
                None => {
                    errs.push(err_at(
                        f.pos,
                        format!("<file> lacks `{name}` (was it exported by `agora i18n export`?)"),
                    ));
                    String::new()
                }
            }
        };
        let original = need("original", f.attr("original"));
        let src_lang = need("source-language", f.attr("source-language"));
        let tgt_lang = need("target-language", f.attr("target-language"));
        let key = need("agora:translation-key", f.agora("translation-key"));
        let hash = need("agora:source-hash", f.agora("source-hash"));
        let tpath = need("agora:target-path", f.agora("target-path"));
        let tsha = need("agora:target-sha256", f.agora("target-sha256"));
        if errs.0.len() > before {
            continue;
        }
        if !src_lang.eq_ignore_ascii_case(&config.default_language) {
            errs.push(err_at(
                f.pos,
                format!("source-language `{src_lang}` is not the default language `{}`", config.default_language),
            ));
            continue;
        }
        let Some(lang) = config.language(&tgt_lang).map(|l| l.code.clone()) else {
            errs.push(err_at(f.pos, format!("target-language `{tgt_lang}` is not declared in site.yaml")));
            continue;
        };
        if lang.eq_ignore_ascii_case(&config.default_language) {
            errs.push(err_at(f.pos, format!("target-language `{lang}` is the default language")));
            continue;
        }
        let lang_dir = Path::new(CONTENT_DIR).join(&lang);
        let Some(rel) =
            safe_rel(&tpath).filter(|p| p.starts_with(&lang_dir) && p.extension().is_some_and(|x| x == "md"))
        else {
            errs.push(err_at(
                f.pos,
                format!("agora:target-path `{tpath}` is not a Markdown file below {}/", slash(&lang_dir)),
            ));
            continue;
        };
        if !targets_seen.insert(rel.clone()) {
            errs.push(err_at(f.pos, format!("a second <file> for {}", slash(&rel))));
            continue;
        }
        // No folder on the way is a symbolic link (a write must stay in content/).
        let mut walked = root.to_path_buf();
        let linked = rel.components().any(|c| {
            walked.push(c);
            std::fs::symlink_metadata(&walked).is_ok_and(|m| m.file_type().is_symlink())
        });
        if linked {
            errs.push(err_at(f.pos, format!("{} goes through a symbolic link: not writing there", slash(&rel))));
            continue;
        }
        let src_dir = Path::new(CONTENT_DIR).join(&config.default_language);
        if safe_rel(&original).is_none_or(|p| !p.starts_with(&src_dir) || p.extension().is_none_or(|x| x != "md")) {
            errs.push(err_at(
                f.pos,
                format!("original `{original}` is not a Markdown file below {}/", slash(&src_dir)),
            ));
            continue;
        }

        // The skeleton: the source as exported.
        let skl =
            f.kids("header").flat_map(|h| h.kids("skl")).flat_map(|s| s.kids("internal-file")).next().map(|e| e.text());
        let Some(skeleton) = skl else {
            errs.push(err_at(f.pos, "<file> has no <header><skl><internal-file> (the exported source)".into()));
            continue;
        };
        let Ok(split) = frontmatter::split(&skeleton) else {
            errs.push(err_at(f.pos, "the skeleton is not a content file (no front matter)".into()));
            continue;
        };
        let src_fm = match frontmatter::parse(Path::new(&original), split.yaml, &[]) {
            Ok(fm) => fm,
            Err(d) => {
                let m = d.iter().next().map(|x| x.message.clone()).unwrap_or_default();
                errs.push(err_at(f.pos, format!("the skeleton's front matter is not valid: {m}")));
                continue;
            }
        };
        if source_hash(&src_fm.title, split.body) != hash {
            errs.push(err_at(
                f.pos,
                format!("the skeleton does not hash to agora:source-hash {hash}: the exported source was edited"),
            ));
            continue;
        }

        // Units: exactly those of the skeleton.
        let body_units = segment(split.body);
        let mut expected: Vec<String> = vec!["title".to_string()];
        if src_fm.summary.as_deref().is_some_and(|s| !s.trim().is_empty()) {
            expected.push("summary".to_string());
        }
        expected.extend((1..=body_units.len()).map(|i| format!("b{i}")));
        let body_el = f.kids("body").next();
        let Some(body_el) = body_el else {
            errs.push(err_at(f.pos, "<file> has no <body>".into()));
            continue;
        };
        let mut units: Vec<&El> = Vec::new();
        fn collect<'a>(e: &'a El, out: &mut Vec<&'a El>) {
            for c in &e.children {
                if let XNode::El(k) = c {
                    if k.is("trans-unit") {
                        out.push(k);
                    } else if k.is("group") {
                        collect(k, out);
                    }
                }
            }
        }
        collect(body_el, &mut units);
        let mut targets: HashMap<String, (usize, Vec<TNode>)> = HashMap::new();
        for u in &units {
            let Some(id) = u.attr("id") else {
                errs.push(err_at(u.pos, "<trans-unit> without an id".into()));
                continue;
            };
            if !expected.iter().any(|e| e == id) {
                errs.push(err_at(
                    u.pos,
                    format!("unknown unit id `{id}`: {} has units {}", original, expected.join(", ")),
                ));
                continue;
            }
            if targets.contains_key(id) {
                errs.push(err_at(u.pos, format!("unit `{id}` appears twice")));
                continue;
            }
            let Some(t) = u.kids("target").next() else {
                errs.push(err_at(u.pos, format!("unit `{id}` has no <target>: translate it")));
                continue;
            };
            match target_nodes(t) {
                Ok(nodes) => {
                    targets.insert(id.to_string(), (t.pos, nodes));
                }
                Err((pos, m)) => errs.push(err_at(pos, m)),
            }
        }
        for e in &expected {
            if !targets.contains_key(e) && !units.iter().any(|u| u.attr("id") == Some(e.as_str())) {
                errs.push(err_at(body_el.pos, format!("unit `{e}` of {original} is missing")));
            }
        }
        if errs.0.len() > before {
            continue;
        }

        // Title, summary, body.
        let mut plain = |id: &str| -> Option<String> {
            let (pos, nodes) = targets.get(id)?;
            match plain_target(nodes) {
                Ok(s) if s.is_empty() => {
                    errs.push(err_at(*pos, format!("the target of `{id}` is empty")));
                    None
                }
                Ok(s) => Some(s),
                Err((p, m)) => {
                    errs.push(err_at(p, m));
                    None
                }
            }
        };
        let title = plain("title");
        let summary = if expected.iter().any(|e| e == "summary") { plain("summary") } else { None };
        let mut body = split.body.to_string();
        for (i, u) in body_units.iter().enumerate().rev() {
            let id = format!("b{}", i + 1);
            let (pos, nodes) = &targets[&id];
            let mut m = Markup { groups: HashMap::new(), phs: HashMap::new() };
            markup_of(&u.nodes, &mut m);
            let leaf = u.kind.rsplit('/').next().unwrap_or("");
            let place =
                Place { heading: leaf.starts_with('h') && leaf.len() == 2, table: leaf == "td" || leaf == "th" };
            let mut md = String::new();
            let mut line_start = true;
            match render_target(nodes, &m, place, &mut line_start, &mut md) {
                Ok(()) if md.trim().is_empty() => errs.push(err_at(*pos, format!("the target of `{id}` is empty"))),
                Ok(()) => body.replace_range(u.range.clone(), md.trim_end()),
                Err((p, msg)) => errs.push(err_at(p, msg)),
            }
        }
        let Some(title) = title else { continue };
        if errs.0.len() > before {
            continue;
        }

        // The file there now, and whether it is the one exported.
        let abs = root.join(&rel);
        let now = match std::fs::symlink_metadata(&abs) {
            Ok(_) => match std::fs::read(&abs) {
                Ok(b) => Some(b),
                Err(e) => {
                    errs.push(err_at(f.pos, format!("cannot read {}: {e}", slash(&rel))));
                    continue;
                }
            },
            Err(_) => None,
        };
        let changed = match &now {
            Some(b) => sha256_hex(b) != tsha,
            None => !tsha.is_empty(),
        };
        if changed && now.is_some() && !force {
            let why = if tsha.is_empty() { "was created after the export" } else { "changed since the export" };
            errs.push(err_at(
                f.pos,
                format!("{} {why}: not overwriting it (review it, or import with --force)", slash(&rel)),
            ));
            continue;
        }
        if let Some(other) = pages.iter().find(|p| {
            p.lang.eq_ignore_ascii_case(&lang)
                && p.translation_key == key
                && matches!(p.kind, PageKind::Entry | PageKind::Page)
                && p.file != rel
        }) {
            errs.push(err_at(
                f.pos,
                format!(
                    "{} already translates `{key}` into {lang}: not writing a second translation",
                    slash(&other.file)
                ),
            ));
            continue;
        }

        // Front matter: the translation's own, or the source's.
        let mut set: Vec<(&str, String)> = vec![("title", yaml_str(&title))];
        if let Some(s) = &summary {
            set.push(("summary", yaml_str(s)));
        }
        set.push(("translation_key", yaml_str(&key)));
        set.push(("source_hash", hash.clone()));
        let (yaml, created) = match now.as_ref().and_then(|b| std::str::from_utf8(b).ok()) {
            Some(existing) => {
                let existing = existing.strip_prefix('\u{feff}').unwrap_or(existing).replace("\r\n", "\n");
                match frontmatter::split(&existing) {
                    Ok(s) => (edit_front_matter(s.yaml, &set, &[]), false),
                    Err(_) => (edit_front_matter(split.yaml, &set, &["slug", "aliases", "draft"]), false),
                }
            }
            None => (edit_front_matter(split.yaml, &set, &["slug", "aliases", "draft"]), true),
        };
        let required = {
            let comps: Vec<String> =
                rel.components().skip(2).map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            if comps.len() >= 2 {
                config.section(&comps[0].to_lowercase()).required
            } else {
                Vec::new()
            }
        };
        if let Err(d) = frontmatter::parse(&rel, &yaml, &required) {
            for x in d.iter() {
                errs.push(err_at(f.pos, format!("the translation's front matter would not be valid: {}", x.message)));
            }
            continue;
        }
        if now.as_ref().is_some_and(|b| std::str::from_utf8(b).is_ok_and(|s| s.contains("draft: true"))) {
            warnings.push(Diagnostic::warning(
                "xliff",
                &rel,
                0,
                0,
                "still `draft: true`: remove it to publish the translation",
            ));
        }
        let text = format!("---\n{yaml}---\n{body}");

        // A new translation of a page bundle gets the bundle's other files.
        let mut copies = Vec::new();
        if created && rel.file_name().is_some_and(|n| n == "index.md") {
            if let (Some(src_dir), Some(dst_dir)) = (root.join(&original).parent(), abs.parent()) {
                if src_dir.is_dir() && safe_rel(&original).is_some() {
                    for e in walkdir::WalkDir::new(src_dir).min_depth(1).sort_by_file_name().into_iter().flatten() {
                        if e.file_type().is_file() && e.path().extension().is_none_or(|x| x != "md") {
                            if let Ok(r) = e.path().strip_prefix(src_dir) {
                                if !dst_dir.join(r).exists() {
                                    copies.push((e.path().to_path_buf(), dst_dir.join(r)));
                                }
                            }
                        }
                    }
                }
            }
        }
        plans.push(Planned { path: rel, created, text, copies });
    }
    if errs.has_errors() {
        errs.sort();
        return Err(errs);
    }
    Ok((plans, warnings))
}

/// Imports an XLIFF file: validates everything, then writes. On a
/// validation error (`Err`) nothing is written.
pub fn import(root: &Path, xlf: &Path, force: bool) -> Result<Imported, Diagnostics> {
    let (plans, warnings) = plan_import(root, xlf, force)?;
    let mut out = Imported { written: Vec::new(), copied: Vec::new(), warnings, errors: Diagnostics::new() };
    let errs = &mut out.errors;
    for p in plans {
        let abs = root.join(&p.path);
        if let Some(parent) = abs.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                errs.push(Diagnostic::error("io", &p.path, 0, 0, format!("cannot create its folder: {e}")));
                continue;
            }
        }
        if let Err(e) = std::fs::write(&abs, &p.text) {
            errs.push(Diagnostic::error("io", &p.path, 0, 0, format!("cannot write: {e}")));
            continue;
        }
        out.written.push((p.path.clone(), p.created));
        for (from, to) in p.copies {
            if let Some(parent) = to.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            match std::fs::copy(&from, &to) {
                Ok(_) => out.copied.push(content::rel(root, &to)),
                Err(e) => {
                    errs.push(Diagnostic::error("io", content::rel(root, &to), 0, 0, format!("cannot copy: {e}")))
                }
            }
        }
    }
    Ok(out)
}
