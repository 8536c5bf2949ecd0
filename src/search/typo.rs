//! Typo tolerance: words of a query that match nothing are replaced by the
//! nearest word of the index.
//!
//! * **Which words.** The free words of the query as typed — not words inside
//!   `"phrases"`, not excluded words (`-word`), not the operators `AND`, `OR`,
//!   `NOT` — of at least [`MIN_LETTERS`] letters, that match nothing: neither
//!   their stem in the stemmed fields nor their accent-folded form in the
//!   folded fields, in any of the indexes a search looks at (the language's
//!   own and those of its fallback chain). A word one of them knows is not a
//!   typo.
//! * **Within what distance.** Optimal-string-alignment distance (an
//!   insertion, deletion, substitution or transposition of two adjacent
//!   letters costs 1) on the lower-cased, accent-folded forms: 1 for words of
//!   5–8 letters, 2 for words of 9 or more. Accents are free: `ecol` is one
//!   edit from `école`.
//! * **Which correction.** The candidates are the words of the folded title,
//!   summary and body fields that tantivy's Levenshtein automaton accepts;
//!   the nearest wins, then the one in most documents, then the first in
//!   alphabetical order. Each index picks its own (an index of another
//!   language may correct a word differently or not at all).

use std::collections::BTreeMap;
use std::ops::Range;

use tantivy::query::FuzzyTermQuery;
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, Term};

/// Shortest word (in letters) that is corrected.
pub const MIN_LETTERS: usize = 5;
/// Words of this many letters or more may be two edits away.
pub const TWO_EDITS_LETTERS: usize = 9;

/// One correctable word of the query: its byte range in the query text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    pub range: Range<usize>,
    pub text: String,
}

/// The free words of `q` (see the module docs), in order.
pub fn free_words(q: &str) -> Vec<QueryWord> {
    let mut out = Vec::new();
    let mut in_phrase = false;
    let mut chunk_start: Option<usize> = None;
    let mut chunks: Vec<Range<usize>> = Vec::new();
    for (i, c) in q.char_indices() {
        if c == '"' {
            if let Some(s) = chunk_start.take() {
                chunks.push(s..i);
            }
            in_phrase = !in_phrase;
            continue;
        }
        if in_phrase {
            continue;
        }
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                chunks.push(s..i);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let (Some(s), false) = (chunk_start, in_phrase) {
        chunks.push(s..q.len());
    }
    for chunk in chunks {
        let text = &q[chunk.clone()];
        if text.starts_with('-') || matches!(text, "AND" | "OR" | "NOT" | "&&" | "||") {
            continue;
        }
        // Words as the tokenizer sees them: runs of letters and digits.
        let mut start: Option<usize> = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                let w = &text[s..i];
                if w.chars().count() >= MIN_LETTERS && w.chars().any(char::is_alphabetic) {
                    out.push(QueryWord { range: chunk.start + s..chunk.start + i, text: w.to_string() });
                }
            }
        }
    }
    out
}

/// The single token `analyzer` makes of `word`, if it makes exactly one.
pub fn analyze_one(analyzer: &TextAnalyzer, word: &str) -> Option<String> {
    let mut analyzer = analyzer.clone();
    let mut stream = analyzer.token_stream(word);
    if !stream.advance() {
        return None;
    }
    let t = stream.token().text.clone();
    if stream.advance() {
        return None;
    }
    Some(t)
}

/// Number of documents holding `text` in any of `fields`.
pub fn doc_freq(searcher: &Searcher, fields: &[Field], text: &str) -> tantivy::Result<u64> {
    let mut n = 0;
    for &f in fields {
        n += searcher.doc_freq(&Term::from_field_text(f, text))?;
        if n > 0 {
            break;
        }
    }
    Ok(n)
}

/// The best correction of `folded` (a folded, lower-cased word that matched
/// nothing) among the terms of `fields`, with its distance.
pub fn best_correction(searcher: &Searcher, fields: &[Field], folded: &str) -> tantivy::Result<Option<(String, u8)>> {
    let letters = folded.chars().count();
    if letters < MIN_LETTERS {
        return Ok(None);
    }
    let max: u8 = if letters >= TWO_EDITS_LETTERS { 2 } else { 1 };
    let Some(&first) = fields.first() else {
        return Ok(None);
    };
    let automaton = FuzzyTermQuery::new(Term::from_field_text(first, folded), max, true).automaton()?;
    // term → documents (summed over fields and segments; an upper bound).
    let mut candidates: BTreeMap<String, u64> = BTreeMap::new();
    for segment in searcher.segment_readers() {
        for &field in fields {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().search(&automaton).into_stream()?;
            while stream.advance() {
                let Ok(term) = std::str::from_utf8(stream.key()) else { continue };
                if term == folded {
                    continue;
                }
                *candidates.entry(term.to_string()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut best: Option<(u8, u64, String)> = None;
    for (term, df) in candidates {
        let d = osa_distance(folded, &term);
        if d == 0 || d > usize::from(max) {
            continue;
        }
        let d = d as u8;
        let better = match &best {
            None => true,
            Some((bd, bdf, _)) => d < *bd || (d == *bd && df > *bdf),
        };
        if better {
            best = Some((d, df, term));
        }
    }
    Ok(best.map(|(d, _, t)| (t, d)))
}

/// Optimal-string-alignment distance over characters (Levenshtein plus
/// transposition of two adjacent characters).
pub fn osa_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// `q` with each range replaced (ranges sorted, not overlapping).
pub fn replace_words(q: &str, replacements: &[(Range<usize>, String)]) -> String {
    let mut out = String::with_capacity(q.len() + 8);
    let mut at = 0;
    for (r, w) in replacements {
        out.push_str(&q[at..r.start]);
        out.push_str(w);
        at = r.end;
    }
    out.push_str(&q[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &str) -> Vec<String> {
        free_words(q).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn free_words_skip_phrases_exclusions_operators_and_short_words() {
        assert_eq!(words("teachr \"open classroom\" -maths AND digitl OR cat"), ["teachr", "digitl"]);
        assert_eq!(words("+teachr (digitl) l'écoles"), ["teachr", "digitl", "écoles"]);
        assert_eq!(words("abcd 12345 abc12"), ["abc12"]);
        let q = "x teachr";
        let w = &free_words(q)[0];
        assert_eq!(&q[w.range.clone()], "teachr");
    }

    #[test]
    fn distances() {
        assert_eq!(osa_distance("teachr", "teacher"), 1);
        assert_eq!(osa_distance("teahcer", "teacher"), 1);
        assert_eq!(osa_distance("skoly", "skoly"), 0);
        assert_eq!(osa_distance("učitel", "ucitel"), 1);
        assert_eq!(osa_distance("", "abc"), 3);
    }

    #[test]
    fn replacing_keeps_the_rest() {
        assert_eq!(
            replace_words("digitl teachr!", &[(0..6, "digital".into()), (7..13, "teacher".into())]),
            "digital teacher!"
        );
    }
}
