//! Result snippets: a fragment of the body (or summary) around the matches,
//! HTML-escaped, with the matched words wrapped in `<mark>`.
//!
//! Tantivy's `SnippetGenerator` picks the fragment; it works with one
//! analyzer's terms at a time, but a query matches through two analyzers (the
//! stemmed and the accent-folded fields). So fragments are chosen with each
//! term set and the one with more matches wins, and the highlighting is then
//! redone over that fragment with both analyzers, so `ogretmen` marks
//! `öğretmen` and `leraren` marks `leraar` in the same snippet. The HTML is
//! written here, not by `Snippet::to_html`: every piece of document text goes
//! through `html_escape::encode_safe`, and the only markup is `<mark>`/`</mark>`.
//!
//! Block boundaries of the page (a heading, a paragraph, a list item: `\n`
//! in the indexed text, see [`super::html::strip_html`]) are shown as
//! [`BLOCK_SEPARATOR`], so a heading does not run into the next sentence.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Score, Searcher, Term};

/// Longest snippet, in bytes of document text (tantivy counts bytes).
pub const SNIPPET_CHARS: usize = 200;

const ELLIPSIS: &str = "…";

/// What a block boundary looks like in a snippet.
pub const BLOCK_SEPARATOR: &str = " · ";

/// Escapes text for a snippet: HTML-escaped, block boundaries shown.
fn escape(text: &str) -> String {
    let escaped = html_escape::encode_safe(text);
    if escaped.contains('\n') {
        escaped.replace('\n', BLOCK_SEPARATOR)
    } else {
        escaped.into_owned()
    }
}

/// Builds snippets for the hits of one query.
pub struct Highlighter {
    stemmed: SnippetGenerator,
    folded: SnippetGenerator,
    stemmed_terms: BTreeSet<String>,
    folded_terms: BTreeSet<String>,
    stemmed_analyzer: TextAnalyzer,
    folded_analyzer: TextAnalyzer,
}

/// Which fields of the schema are analyzed how.
pub struct TermFields<'a> {
    pub stemmed: &'a [Field],
    pub folded: &'a [Field],
    /// Field whose document frequencies weight the terms (the body fields).
    pub stemmed_weight: Field,
    pub folded_weight: Field,
}

impl Highlighter {
    pub fn new(
        searcher: &Searcher,
        query: &dyn Query,
        fields: &TermFields<'_>,
        stemmed_analyzer: TextAnalyzer,
        folded_analyzer: TextAnalyzer,
    ) -> tantivy::Result<Highlighter> {
        let mut stemmed_terms = BTreeSet::new();
        let mut folded_terms = BTreeSet::new();
        query.query_terms(&mut |term: &Term, _| {
            let value = term.value();
            let Some(text) = value.as_str() else {
                return;
            };
            if fields.stemmed.contains(&term.field()) {
                stemmed_terms.insert(text.to_string());
            } else if fields.folded.contains(&term.field()) {
                folded_terms.insert(text.to_string());
            }
        });
        let weights = |terms: &BTreeSet<String>, field: Field| -> tantivy::Result<_> {
            let mut map: BTreeMap<String, Score> = BTreeMap::new();
            for t in terms {
                let df = searcher.doc_freq(&Term::from_field_text(field, t))?;
                map.insert(t.clone(), 1.0 / (1.0 + df as Score));
            }
            Ok(map)
        };
        let stemmed = SnippetGenerator::new(
            weights(&stemmed_terms, fields.stemmed_weight)?,
            stemmed_analyzer.clone(),
            fields.stemmed_weight,
            SNIPPET_CHARS,
        );
        let folded = SnippetGenerator::new(
            weights(&folded_terms, fields.folded_weight)?,
            folded_analyzer.clone(),
            fields.folded_weight,
            SNIPPET_CHARS,
        );
        Ok(Highlighter { stemmed, folded, stemmed_terms, folded_terms, stemmed_analyzer, folded_analyzer })
    }

    /// The snippet HTML for a document: the best fragment of `body`, else of
    /// `summary`, else the start of the summary (or body) without marks.
    pub fn snippet_html(&self, body: &str, summary: &str) -> String {
        // Tokenizing a whole long read for every hit dominated query time
        // (p99); the best fragment is nearly always near the start.
        let body = prefix(body, SNIPPET_SOURCE_BYTES);
        for text in [body, summary] {
            if let Some(html) = self.fragment_html(text) {
                return html;
            }
        }
        let text = if summary.trim().is_empty() { body } else { summary };
        plain_html(text.trim())
    }

    fn fragment_html(&self, text: &str) -> Option<String> {
        if text.is_empty() {
            return None;
        }
        let a = self.stemmed.snippet(text);
        let b = self.folded.snippet(text);
        let best: Snippet = if b.highlighted().len() > a.highlighted().len() { b } else { a };
        if best.is_empty() {
            return None;
        }
        let range = best.fragment_range();
        let fragment = best.fragment();
        let mut marks = self.matches(&self.stemmed_analyzer, &self.stemmed_terms, fragment);
        marks.extend(self.matches(&self.folded_analyzer, &self.folded_terms, fragment));
        let mut html = String::with_capacity(fragment.len() + 32);
        // The fragment runs from the first to the last token it holds: say
        // "…" where words were cut off, keep trailing punctuation otherwise.
        let head = &text[..range.start];
        if head.chars().any(char::is_alphanumeric) {
            html.push_str(ELLIPSIS);
        }
        html.push_str(&render(fragment, marks));
        let tail = &text[range.end..];
        if tail.chars().any(char::is_alphanumeric) {
            html.push_str(ELLIPSIS);
        } else {
            html.push_str(&escape(tail.trim_end()));
        }
        Some(html)
    }

    fn matches(&self, analyzer: &TextAnalyzer, terms: &BTreeSet<String>, text: &str) -> Vec<Range<usize>> {
        if terms.is_empty() {
            return Vec::new();
        }
        let mut analyzer = analyzer.clone();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let token = stream.token();
            if terms.contains(&token.text) {
                out.push(token.offset_from..token.offset_to);
            }
        }
        out
    }
}

/// Escapes `text` and wraps the byte ranges `marks` (possibly overlapping,
/// unsorted) in `<mark>`.
fn render(text: &str, mut marks: Vec<Range<usize>>) -> String {
    marks.retain(|r| {
        r.start < r.end && r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
    });
    marks.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in marks {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let mut html = String::with_capacity(text.len() + merged.len() * 13);
    let mut at = 0;
    for r in merged {
        html.push_str(&escape(&text[at..r.start]));
        html.push_str("<mark>");
        html.push_str(&escape(&text[r.clone()]));
        html.push_str("</mark>");
        at = r.end;
    }
    html.push_str(&escape(&text[at..]));
    html
}

/// The start of `text`, cut at a word boundary near [`SNIPPET_CHARS`] bytes,
/// escaped, without marks.
fn plain_html(text: &str) -> String {
    if text.len() <= SNIPPET_CHARS {
        return escape(text);
    }
    let mut cut = SNIPPET_CHARS;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    if let Some(space) = text[..cut].rfind(char::is_whitespace) {
        if space > SNIPPET_CHARS / 2 {
            cut = space;
        }
    }
    format!("{}{ELLIPSIS}", escape(text[..cut].trim_end()))
}

/// How much of a page's body snippets are taken from.
const SNIPPET_SOURCE_BYTES: usize = 6_000;

/// The first `max` bytes of `s`, cut at a character boundary.
pub(crate) fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::{plain_html, render};

    #[test]
    fn render_escapes_and_merges_marks() {
        assert_eq!(
            render("a <b> & \"c\" d", vec![12..13, 0..1, 0..1]),
            "<mark>a</mark> &lt;b&gt; &amp; &quot;c&quot; <mark>d</mark>"
        );
        assert_eq!(render("abcdef", vec![0..3, 2..5]), "<mark>abcde</mark>f");
        // Out-of-range or non-boundary ranges are ignored.
        assert_eq!(render("é", vec![0..1, 0..9]), "é");
    }

    #[test]
    fn plain_html_cuts_at_a_word() {
        let text = "word ".repeat(100);
        let html = plain_html(text.trim());
        assert!(html.ends_with("word…"));
        assert!(html.len() <= 200 + "…".len());
        assert_eq!(plain_html("<x>"), "&lt;x&gt;");
        assert_eq!(plain_html("Title\nFirst sentence."), "Title · First sentence.");
    }
}
