//! Text analysis for the search index: one stemming analyzer per language and
//! one accent-folding analyzer shared by all languages.
//!
//! Analyzers are registered in an index's `TokenizerManager` under names that
//! are stored in the index schema (`meta.json`), so an index folder describes
//! itself: [`register_for_schema`] re-registers exactly the analyzers a schema
//! names when the server opens an index, without `site.yaml`.
//!
//! ## Names
//! * `lang_<primary subtag>` (e.g. `lang_nl`, `lang_tr`, `lang_pl`): the
//!   language's analyzer — `SimpleTokenizer → RemoveLongFilter(40) → DottedI →
//!   LowerCaser → stemmer` (memoized: [`CachedStem`]) where the language has a
//!   stemmer (every language of the platform has one: see [`super::stem`] for
//!   which algorithm stems which language), and the same without the stemmer
//!   otherwise.
//! * `agora_folded`: `SimpleTokenizer → RemoveLongFilter(40) → DottedI →
//!   LowerCaser → AsciiFoldingFilter`, no stemmer, so that a query typed
//!   without diacritics (`ogretmen`, `ecole`, `skola`) still matches.
//!
//! ## One tokenization for both fields
//! Every text is indexed twice, stemmed and folded, and both analyzers start
//! with the same `SimpleTokenizer → RemoveLongFilter → DottedI → LowerCaser`
//! run. The stemming analyzer records that run's tokens ([`Record`]), and
//! the folding analyzer replays them ([`Replay`]) when it is handed the same
//! text next, as tantivy does field by field (`body`, then `body_f`) within
//! one thread. Any other text is tokenized afresh, so a replay only saves
//! work and never changes a token (the unit tests compare both ways).
//!
//! ## Turkish dotted and dotless i
//! Unicode lower-casing maps `İ` (U+0130) to `i` + combining dot (U+0307) and
//! `I` to `i`, which is wrong for Turkish and breaks matching. The [`DottedI`]
//! filter runs before lower-casing:
//! * in every analyzer `İ` becomes `i`;
//! * in the Turkish stemming analyzer (`lang_tr`) only, `I` becomes `ı`, the
//!   correct Turkish lower case (`IŞIK` matches `ışık`).
//!
//! The folded field then folds `ı` to `i` as well (AsciiFoldingFilter does),
//! so there `İstanbul`, `ISTANBUL`, `Istanbul`, `ıstanbul` and `istanbul` all
//! become `istanbul`: a query typed on any keyboard finds the page through the
//! folded field, while the stemmed field stays linguistically correct.
//!
//! ## Turkish stemming
//! Snowball's Turkish stemmer strips one suffix group per pass and is not
//! idempotent: `öğretmenler → öğretmen` but `öğretmen → öğretme`, so a query
//! for one form would not find the other. The Turkish analyzer therefore runs
//! the stemmer up to three times, which reaches the fixed point for the forms seen
//! in practice (`öğretmen`, `öğretmenler`, `öğretmenimiz` all end at
//! `öğretme`; `veli`/`veliler` at `vel`). It is the same analyzer at index and
//! query time, so both sides agree.

use rustc_hash::FxHashMap;

use tantivy::schema::Schema;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, TextAnalyzerBuilder, Token,
    TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

use super::stem::WordStemmer;

/// Name of the accent-folding analyzer.
pub const FOLDED: &str = "agora_folded";

/// Tokens longer than this (in bytes) are dropped (URLs, base64 blobs …).
const MAX_TOKEN_BYTES: usize = 40;

/// The primary subtag of a BCP 47 tag, lower-cased (`pt-BR` → `pt`).
pub fn primary_subtag(lang: &str) -> String {
    lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// Checks that `lang` looks like a BCP 47 tag (ASCII letters, digits and
/// hyphens; primary subtag of 2–8 letters). Keeps tokenizer names and folder
/// names well-formed.
pub fn validate_lang(lang: &str) -> Result<(), String> {
    let primary = primary_subtag(lang);
    let ok_chars = lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let ok_primary = (2..=8).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    if ok_chars && ok_primary && lang.len() <= 35 {
        Ok(())
    } else {
        Err(format!("`{lang}` is not a valid language tag"))
    }
}

/// The stemmer of a primary subtag, where the language has one.
pub fn stemmer_for(primary: &str) -> Option<WordStemmer> {
    WordStemmer::for_language(primary)
}

/// Name under which the analyzer of `lang` is registered (`lang_nl`).
pub fn lang_tokenizer_name(lang: &str) -> String {
    format!("lang_{}", primary_subtag(lang))
}

/// The stemming (or lower-casing only) analyzer for a primary subtag.
pub fn lang_analyzer(primary: &str) -> TextAnalyzer {
    let base = lowercased(primary == "tr").filter(Record);
    match stemmer_for(primary) {
        Some(stemmer) => base.filter(CachedStem::new(stemmer)).build(),
        None => base.build(),
    }
}

/// The accent-folding analyzer (no stemmer).
pub fn folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(Replay { live: lowercased(false).build() }).filter(AsciiFoldingFilter).build()
}

/// `SimpleTokenizer → RemoveLongFilter → DottedI → LowerCaser`: the run both
/// analyzers start with (one builder, so the replayed tokens are the ones a
/// fresh run would give).
fn lowercased(turkish: bool) -> TextAnalyzerBuilder<impl Tokenizer> {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(DottedI { turkish })
        .filter(LowerCaser)
}

/// Registers the analyzers for `lang` in `manager`.
pub fn register(manager: &TokenizerManager, lang: &str) {
    manager.register(&lang_tokenizer_name(lang), lang_analyzer(&primary_subtag(lang)));
    manager.register(FOLDED, folded_analyzer());
}

/// Registers every `lang_*` / `agora_folded` analyzer that the text fields of
/// `schema` name, so an index opened from disk analyzes queries exactly as it
/// was built.
pub fn register_for_schema(manager: &TokenizerManager, schema: &Schema) {
    for (_, entry) in schema.fields() {
        let tantivy::schema::FieldType::Str(options) = entry.field_type() else {
            continue;
        };
        let Some(indexing) = options.get_indexing_options() else {
            continue;
        };
        let name = indexing.tokenizer();
        if name == FOLDED {
            manager.register(FOLDED, folded_analyzer());
        } else if let Some(primary) = name.strip_prefix("lang_") {
            manager.register(name, lang_analyzer(primary));
        }
    }
}

/// Token filter for `İ`/`I` ahead of lower-casing; see the module docs.
#[derive(Clone, Copy)]
pub struct DottedI {
    /// Also map `I` to dotless `ı` (Turkish casing).
    pub turkish: bool,
}

impl TokenFilter for DottedI {
    type Tokenizer<T: Tokenizer> = DottedIFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> DottedIFilter<T> {
        DottedIFilter { inner: tokenizer, turkish: self.turkish }
    }
}

#[derive(Clone)]
pub struct DottedIFilter<T> {
    inner: T,
    turkish: bool,
}

impl<T: Tokenizer> Tokenizer for DottedIFilter<T> {
    type TokenStream<'a> = DottedIStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DottedIStream { tail: self.inner.token_stream(text), turkish: self.turkish }
    }
}

pub struct DottedIStream<S> {
    tail: S,
    turkish: bool,
}

impl<S: TokenStream> TokenStream for DottedIStream<S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let turkish = self.turkish;
        let token = self.tail.token_mut();
        // 'İ' is C4 B0 in UTF-8: looking for its first byte skips almost
        // every token (`contains('İ')` alone searches for B0, a common byte).
        let needs = (turkish && token.text.contains('I'))
            || (token.text.as_bytes().contains(&0xC4) && token.text.contains('İ'));
        if needs {
            token.text = token
                .text
                .chars()
                .map(|c| match c {
                    'İ' => 'i',
                    'I' if turkish => 'ı',
                    c => c,
                })
                .collect();
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// The lower-cased tokens of the text the stemming analyzer ran on last in
/// this thread (see the module docs). Buffers are handed back and forth, so
/// steady-state indexing allocates nothing here.
#[derive(Default)]
pub struct Recorded {
    /// Whether `text` was tokenized to the end (a stream dropped early
    /// leaves nothing to replay).
    complete: bool,
    text: String,
    /// The tokens' texts, one after another.
    words: String,
    /// Each token but its text, and the end of its text in `words`.
    tokens: Vec<Spot>,
}

impl Recorded {
    fn reset(&mut self, text: &str) {
        self.complete = false;
        self.text.clear();
        self.text.push_str(text);
        self.words.clear();
        self.tokens.clear();
    }
}

/// A recorded token's place: offsets, position and where its text ends in
/// [`Recorded::words`].
#[derive(Clone, Copy)]
struct Spot {
    offset_from: usize,
    offset_to: usize,
    position: usize,
    position_length: usize,
    end: usize,
}

thread_local! {
    /// The last complete recording, and spare buffers for the next one.
    static RECORDED: std::cell::RefCell<(Recorded, Recorded)> = std::cell::RefCell::default();
}

/// Takes a recording's buffers: the spare set (`for_text` None) or, if the
/// last recording is of `for_text`, that one.
fn take_recorded(for_text: Option<&str>) -> Option<Recorded> {
    RECORDED
        .try_with(|cell| {
            let mut cell = cell.borrow_mut();
            let (last, spare) = &mut *cell;
            match for_text {
                None => Some(std::mem::take(spare)),
                Some(text) if last.complete && last.text == text => {
                    last.complete = false;
                    Some(std::mem::take(last))
                }
                Some(_) => None,
            }
        })
        .ok()
        .flatten()
}

/// Gives buffers back: as the last recording if complete, else as spares.
fn put_recorded(recorded: Recorded) {
    let _ = RECORDED.try_with(|cell| {
        let mut cell = cell.borrow_mut();
        let (last, spare) = &mut *cell;
        if recorded.complete {
            *spare = std::mem::replace(last, recorded);
        } else if spare.text.capacity() < recorded.text.capacity() {
            *spare = recorded;
        }
    });
}

/// Token filter that records the tokens passing through it for [`Replay`].
#[derive(Clone, Copy)]
pub struct Record;

impl TokenFilter for Record {
    type Tokenizer<T: Tokenizer> = RecordFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RecordFilter<T> {
        RecordFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct RecordFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for RecordFilter<T> {
    type TokenStream<'a> = RecordStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let mut recorded = take_recorded(None).unwrap_or_default();
        recorded.reset(text);
        RecordStream { tail: self.inner.token_stream(text), recorded: Some(recorded) }
    }
}

pub struct RecordStream<S> {
    tail: S,
    /// None once handed back.
    recorded: Option<Recorded>,
}

impl<S: TokenStream> TokenStream for RecordStream<S> {
    fn advance(&mut self) -> bool {
        let more = self.tail.advance();
        if let Some(recorded) = self.recorded.as_mut() {
            if more {
                let token = self.tail.token();
                recorded.words.push_str(&token.text);
                recorded.tokens.push(Spot {
                    offset_from: token.offset_from,
                    offset_to: token.offset_to,
                    position: token.position,
                    position_length: token.position_length,
                    end: recorded.words.len(),
                });
            } else {
                recorded.complete = true;
                put_recorded(self.recorded.take().unwrap_or_default());
            }
        }
        more
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

impl<S> Drop for RecordStream<S> {
    fn drop(&mut self) {
        if let Some(recorded) = self.recorded.take() {
            put_recorded(recorded);
        }
    }
}

/// Tokenizer that replays the recording of the same text, or runs `live`.
#[derive(Clone)]
pub struct Replay {
    live: TextAnalyzer,
}

impl Tokenizer for Replay {
    type TokenStream<'a> = ReplayStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ReplayStream<'a> {
        match take_recorded(Some(text)) {
            Some(recorded) => ReplayStream::Replay { recorded, next: 0, start: 0, token: Token::default() },
            None => ReplayStream::Live(self.live.token_stream(text)),
        }
    }
}

pub enum ReplayStream<'a> {
    Replay {
        recorded: Recorded,
        next: usize,
        /// Where the next token's text starts in `words`.
        start: usize,
        token: Token,
    },
    Live(tantivy::tokenizer::BoxTokenStream<'a>),
}

impl TokenStream for ReplayStream<'_> {
    fn advance(&mut self) -> bool {
        match self {
            ReplayStream::Replay { recorded, next, start, token } => {
                let Some(spot) = recorded.tokens.get(*next) else { return false };
                token.offset_from = spot.offset_from;
                token.offset_to = spot.offset_to;
                token.position = spot.position;
                token.position_length = spot.position_length;
                token.text.clear();
                token.text.push_str(&recorded.words[*start..spot.end]);
                *start = spot.end;
                *next += 1;
                true
            }
            ReplayStream::Live(stream) => stream.advance(),
        }
    }

    fn token(&self) -> &Token {
        match self {
            ReplayStream::Replay { token, .. } => token,
            ReplayStream::Live(stream) => stream.token(),
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self {
            ReplayStream::Replay { token, .. } => token,
            ReplayStream::Live(stream) => stream.token_mut(),
        }
    }
}

impl Drop for ReplayStream<'_> {
    fn drop(&mut self) {
        if let ReplayStream::Replay { recorded, .. } = self {
            // Replayed once (`take_recorded` marked it incomplete): back to
            // the spares.
            put_recorded(std::mem::take(recorded));
        }
    }
}

/// Stemmer filter with a memo of the words it has stemmed.
///
/// Word frequencies follow Zipf's law, so most tokens of a site repeat and a
/// hash lookup replaces the stemmer run (a Snowball run costs 0.2–1.5 µs a
/// word, the largest part of indexing time). Each clone of the analyzer (one
/// per field of a segment writer) has its own memo, capped at [`CACHE_MAX`]
/// words.
#[derive(Clone)]
pub struct CachedStem {
    stemmer: WordStemmer,
}

/// Words remembered per analyzer instance before the memo is cleared.
const CACHE_MAX: usize = 100_000;

impl CachedStem {
    pub fn new(stemmer: WordStemmer) -> CachedStem {
        CachedStem { stemmer }
    }
}

impl TokenFilter for CachedStem {
    type Tokenizer<T: Tokenizer> = CachedStemFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemFilter<T> {
        CachedStemFilter { inner: tokenizer, stemmer: self.stemmer, cache: FxHashMap::default() }
    }
}

pub struct CachedStemFilter<T> {
    inner: T,
    stemmer: WordStemmer,
    cache: FxHashMap<String, String>,
}

impl<T: Clone> Clone for CachedStemFilter<T> {
    fn clone(&self) -> Self {
        // A clone starts with an empty memo: clones go to other threads and
        // fields, and copying a large map would cost more than it saves.
        CachedStemFilter { inner: self.inner.clone(), stemmer: self.stemmer, cache: FxHashMap::default() }
    }
}

impl<T: Tokenizer> Tokenizer for CachedStemFilter<T> {
    type TokenStream<'a> = CachedStemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let CachedStemFilter { inner, stemmer, cache } = self;
        CachedStemStream { tail: inner.token_stream(text), stemmer: *stemmer, cache }
    }
}

pub struct CachedStemStream<'a, S> {
    tail: S,
    stemmer: WordStemmer,
    cache: &'a mut FxHashMap<String, String>,
}

impl<S: TokenStream> TokenStream for CachedStemStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.cache.get(&token.text) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text);
        if self.cache.len() >= CACHE_MAX {
            self.cache.clear();
        }
        self.cache.insert(std::mem::replace(&mut token.text, stem.clone()), stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    /// Every token field, for comparing streams.
    fn full_tokens(stream: &mut dyn TokenStream) -> Vec<(String, usize, usize, usize, usize)> {
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position, t.position_length));
        }
        out
    }

    /// Runs the stemming analyzer of `primary` over `text` to the end.
    fn record(primary: &str, text: &str) {
        let mut stemming = lang_analyzer(primary);
        let mut stream = stemming.token_stream(text);
        while stream.advance() {}
    }

    #[test]
    fn replayed_tokens_equal_a_fresh_tokenization() {
        let long = "x".repeat(41);
        let texts = [
            "İstanbul'da ISIK, ışık; Işıl IŞIK ıi İI".to_string(),
            "Öğretmenler okulda öğretmen: ÇĞİÖŞÜ çğıöşü".to_string(),
            "Ελληνικά ΣΧΟΛΕΊΟ σχολείο, Άλφα".to_string(),
            "Straße GROẞ Maße école Élèves crème brûlée naïve".to_string(),
            format!("{long} short {long}é tail 2026-12-03 x1 A.B"),
            "Zażółć gęślą jaźń; Ærø Øresund ﬁnal".to_string(),
            String::new(),
        ];
        for primary in ["en", "tr", "el", "de", "fr", "pl", "da", "xx"] {
            for text in &texts {
                // Fresh: nothing recorded for this text in this thread.
                record(primary, "something else entirely");
                let mut folded = folded_analyzer();
                let fresh = full_tokens(&mut folded.token_stream(text));

                record(primary, text);
                let mut replay = Replay { live: lowercased(false).build() };
                let stream = replay.token_stream(text);
                assert!(matches!(stream, ReplayStream::Replay { .. }), "{primary}: {text:?} not replayed");
                drop(stream);
                record(primary, text);
                let mut folded = folded_analyzer();
                let replayed = full_tokens(&mut folded.token_stream(text));
                assert_eq!(replayed, fresh, "{primary}: {text:?}");
            }
        }
    }

    #[test]
    fn replay_only_for_the_text_recorded_to_its_end_and_only_once() {
        let mut replay = Replay { live: lowercased(false).build() };
        record("en", "Alpha beta");
        assert!(matches!(replay.token_stream("Gamma delta"), ReplayStream::Live(_)));
        assert_eq!(tokens(folded_analyzer(), "Gamma délta"), ["gamma", "delta"]);

        record("en", "Alpha beta");
        assert!(matches!(replay.token_stream("Alpha beta"), ReplayStream::Replay { .. }));
        assert!(matches!(replay.token_stream("Alpha beta"), ReplayStream::Live(_)));

        // A stream dropped before its end records nothing.
        let mut stemming = lang_analyzer("en");
        let mut stream = stemming.token_stream("Alpha beta gamma");
        assert!(stream.advance());
        drop(stream);
        assert!(matches!(replay.token_stream("Alpha beta gamma"), ReplayStream::Live(_)));
    }

    #[test]
    fn primary_subtags_and_validation() {
        assert_eq!(primary_subtag("pt-BR"), "pt");
        assert_eq!(primary_subtag("NL"), "nl");
        assert!(validate_lang("nl").is_ok());
        assert!(validate_lang("zh-Hant-TW").is_ok());
        assert!(validate_lang("").is_err());
        assert!(validate_lang("../x").is_err());
        assert!(validate_lang("n").is_err());
        assert!(validate_lang("1x").is_err());
        assert!(stemmer_for("nb").is_some());
        assert!(stemmer_for("pl").is_some());
        assert!(stemmer_for("zz").is_none());
    }

    #[test]
    fn turkish_i_handling() {
        assert_eq!(tokens(lang_analyzer("tr"), "IŞIK ışık"), ["ışık", "ışık"]);
        assert_eq!(tokens(lang_analyzer("tr"), "İzmir"), tokens(lang_analyzer("tr"), "izmir"));
        assert_eq!(tokens(folded_analyzer(), "İstanbul ISTANBUL ıstanbul istanbul"), ["istanbul"; 4]);
        // Other languages: `I` is a plain capital i.
        assert_eq!(tokens(lang_analyzer("en"), "Ice"), ["ice"]);
    }

    #[test]
    fn turkish_stemming_reaches_a_fixed_point() {
        let a = tokens(lang_analyzer("tr"), "öğretmen öğretmenler öğretmenimiz");
        assert_eq!(a[0], a[1]);
        assert_eq!(a[0], a[2]);
    }

    #[test]
    fn cached_stemmer_matches_plain_stemmer() {
        let text = "teachers teaching teachers schools teacher teaching Schools";
        let plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(tantivy::tokenizer::Stemmer::new(tantivy::tokenizer::Language::English))
            .build();
        assert_eq!(tokens(lang_analyzer("en"), text), tokens(plain, text));
        // Offsets and positions are untouched.
        let mut a = lang_analyzer("en");
        let mut stream = a.token_stream("Teachers teachers");
        assert!(stream.advance());
        assert!(stream.advance());
        assert_eq!((stream.token().offset_from, stream.token().position), (9, 1));
    }

    #[test]
    fn folding_and_plain_lowercase() {
        assert_eq!(tokens(folded_analyzer(), "École Skóla Öğretmen"), ["ecole", "skola", "ogretmen"]);
        assert_eq!(tokens(lang_analyzer("pl"), "Szkoły"), ["szkoł"]);
        assert_eq!(tokens(lang_analyzer("zz"), "Szkoły"), ["szkoły"]);
        let long = "x".repeat(60);
        assert!(tokens(folded_analyzer(), &long).is_empty());
    }
}
