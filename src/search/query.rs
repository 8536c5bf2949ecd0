//! User query text → tantivy query-parser syntax.
//!
//! The search box accepts a small, forgiving syntax:
//! * words — all of them must match (see `SearchService::search`);
//! * `"a phrase"` — the words in this order;
//! * `-word`, `-"phrase"` — exclude; `+word` — require;
//! * `AND`, `OR`, `NOT` (upper case) and parentheses for grouping;
//! * `&&` / `||` as tantivy reads them.
//!
//! Everything else in tantivy's grammar is escaped, so ordinary text never
//! trips it: apostrophes (`auto's`, `l'école`), colons (`Vraag: wanneer`,
//! URLs — field restrictions are not offered), `^`, `~` outside phrases,
//! backquotes, brackets and braces, `*`, backslashes, and slashes (`/…/` is
//! a regular expression to tantivy; in a search box, `1/2` or `and/or`). A `+`/`-` that stands
//! alone is dropped, and so are `<`, `>` and parentheses glued to a word
//! (`a < b`, `alert(1)`).
//!
//! What remains malformed — and is answered `400` — is an empty query, one
//! longer than [`MAX_QUERY_CHARS`] characters, one without any letter or
//! digit (`* !`, `😀`), an unbalanced `"`, unbalanced
//! parentheses, dangling operators (`schools AND`), or a query that only
//! excludes (`-word`).

use tantivy::query::{BooleanQuery, EnableScoring, Explanation, Occur, Query, Scorer, TermQuery, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader};

/// Longest accepted query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// Characters that tantivy's grammar gives a meaning inside a word or at its
/// start and that we pass on as plain text (escaped with a backslash).
const ESCAPED: &[char] = &['\'', '^', '`', ':', '{', '}', '[', ']', '\\', '*', '!', '~', '/'];

/// Validates and rewrites a user query; `Err` carries the message for a 400.
pub fn prepare(q: &str) -> Result<String, String> {
    let q = q.trim();
    if q.is_empty() {
        return Err("the query is empty".into());
    }
    let n = q.chars().count();
    if n > MAX_QUERY_CHARS {
        return Err(format!("the query is too long ({n} characters, {MAX_QUERY_CHARS} at most)"));
    }
    if !q.chars().any(char::is_alphanumeric) {
        return Err("the query has no letters or digits to search for".into());
    }
    if q.chars().filter(|&c| c == '"').count() % 2 == 1 {
        return Err("the query has an unbalanced quote (\")".into());
    }
    let mut out = String::with_capacity(q.len() + 8);
    let mut in_phrase = false;
    let mut chars = q.chars().peekable();
    let mut prev: Option<char> = None;
    // `(` glued to a word (`alert(1)`, `H2O(l)`) is text, and so is its `)`.
    let mut text_parens = 0usize;
    while let Some(c) = chars.next() {
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || p == '(');
        if in_phrase {
            match c {
                '"' => {
                    in_phrase = false;
                    out.push('"');
                }
                // Backslash escapes inside phrases are not worth supporting.
                '\\' => out.push(' '),
                c => out.push(c),
            }
        } else {
            match c {
                '"' => {
                    in_phrase = true;
                    out.push('"');
                }
                '+' | '-' if at_word_start => {
                    let next = chars.peek().copied();
                    if next.is_none_or(|n| n.is_whitespace() || n == ')' || n == '+' || n == '-') {
                        // A sign on its own (`Covid - 19`) means nothing.
                        out.push(' ');
                    } else {
                        out.push(c);
                    }
                }
                // Range syntax in tantivy; in a search box, comparison signs.
                '<' | '>' => out.push(' '),
                '(' if !at_word_start => {
                    text_parens += 1;
                    out.push(' ');
                }
                ')' if text_parens > 0 => {
                    text_parens -= 1;
                    out.push(' ');
                }
                '~' if prev == Some('"') => {
                    // `"a b"~2`: phrase slop — keep.
                    out.push('~');
                }
                c if ESCAPED.contains(&c) => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
        prev = Some(c);
    }
    // `IN` is a keyword of tantivy's set syntax; in a search box it is a word.
    let out = out.split(' ').map(|w| if w == "IN" { "in" } else { w }).collect::<Vec<_>>().join(" ");
    Ok(out)
}

/// A message for a query-parser error, for the user: never tantivy's own
/// text, which names its internals (fields, regex engine) and is sent to any
/// client of the HTTP API.
pub fn describe_parse_error(err: &tantivy::query::QueryParserError) -> String {
    use tantivy::query::QueryParserError as E;
    match err {
        E::AllButQueryForbidden => "the query only excludes words: add at least one word to search for".into(),
        _ => "the query is malformed: check quotes, parentheses and AND/OR/NOT".into(),
    }
}

/// Wraps every excluded (`NOT`, `-`) clause of a parsed query, at any depth,
/// in [`SafeSeek`].
///
/// Why: tantivy 0.27's `Exclude` calls `seek_danger` on the excluded
/// scorer, and `PhraseScorer::seek_danger` asserts that the target is not
/// below its current doc. Once an excluded phrase is exhausted its doc is
/// `TERMINATED`, so the next candidate trips the `debug_assert!` (a panic in
/// debug builds; fuzz defect 7). `SafeSeek` keeps the trait's default
/// `seek_danger`, which only seeks forward. Plain term exclusions keep
/// tantivy's fast path.
pub fn guard_exclusions(q: Box<dyn Query>) -> Box<dyn Query> {
    let Some(b) = q.downcast_ref::<BooleanQuery>() else { return q };
    let clauses = b
        .clauses()
        .iter()
        .map(|(occur, sub)| {
            let sub = guard_exclusions(sub.box_clone());
            let sub: Box<dyn Query> =
                if *occur == Occur::MustNot && !sub.is::<TermQuery>() { Box::new(SafeSeek(sub)) } else { sub };
            (*occur, sub)
        })
        .collect();
    let mut out = BooleanQuery::new(clauses);
    out.set_minimum_number_should_match(b.get_minimum_number_should_match());
    Box::new(out)
}

/// A query whose scorer seeks only forward (see [`guard_exclusions`]).
#[derive(Debug)]
pub struct SafeSeek(pub Box<dyn Query>);

impl Clone for SafeSeek {
    fn clone(&self) -> Self {
        SafeSeek(self.0.box_clone())
    }
}

impl Query for SafeSeek {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(SafeSeekWeight(self.0.weight(scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a tantivy::Term, bool)) {
        self.0.query_terms(visitor)
    }
}

struct SafeSeekWeight(Box<dyn Weight>);

impl Weight for SafeSeekWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(SafeSeekScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

struct SafeSeekScorer(Box<dyn Scorer>);

/// Every method but `seek_danger` is the inner scorer's; `seek_danger` is
/// the trait's default, built on `doc` and a forward-only `seek`.
impl DocSet for SafeSeekScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.0.seek(target)
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
}

impl Scorer for SafeSeekScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}

#[cfg(test)]
mod tests {
    use super::prepare;

    #[test]
    fn escapes_ordinary_punctuation() {
        assert_eq!(prepare("auto's").unwrap(), "auto\\'s");
        assert_eq!(prepare("Vraag: wanneer").unwrap(), "Vraag\\: wanneer");
        assert_eq!(prepare("a^2 [x] {y} *").unwrap(), "a\\^2 \\[x\\] \\{y\\} \\*");
        assert_eq!(prepare("Covid - 19").unwrap(), "Covid   19");
        assert_eq!(prepare("IN school").unwrap(), "in school");
        assert_eq!(prepare("/foo/ 1/2").unwrap(), "\\/foo\\/ 1\\/2");
    }

    #[test]
    fn parse_errors_never_carry_tantivy_text() {
        use tantivy::query::QueryParserError as E;
        for err in [
            E::SyntaxError("at line 1 column 3".into()),
            E::FieldDoesNotExist("body_f".into()),
            E::UnknownTokenizer { tokenizer: "lang_xx".into(), field: "body".into() },
        ] {
            let msg = super::describe_parse_error(&err);
            assert!(msg.starts_with("the query is malformed"), "{msg}");
            assert!(!msg.contains("body") && !msg.contains("column") && !msg.contains("lang_xx"), "{msg}");
        }
    }

    #[test]
    fn keeps_supported_syntax() {
        assert_eq!(prepare("\"open dag\" -avond +2025").unwrap(), "\"open dag\" -avond +2025");
        assert_eq!(prepare("(a OR b) AND c").unwrap(), "(a OR b) AND c");
        assert_eq!(prepare("\"a b\"~2").unwrap(), "\"a b\"~2");
        assert_eq!(prepare("\"it's: a\"").unwrap(), "\"it's: a\"");
    }

    #[test]
    fn rejects_empty_long_and_unbalanced() {
        assert!(prepare("   ").is_err());
        assert!(prepare(&"a".repeat(201)).is_err());
        assert!(prepare(&"é".repeat(200)).is_ok());
        assert!(prepare("\"open dag").is_err());
        assert!(prepare("* ! —").is_err());
        assert!(prepare("😀").is_err());
    }
}
