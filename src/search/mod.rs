//! Site search (SPEC §7): one tantivy index per language, written by the
//! build under `public/search-index/<lang>/`, and the read side used by
//! `agora search`, `agora serve` and `agora search-server`.
//!
//! ## Index layout
//! Each language's folder is self-describing: the schema in `meta.json` names
//! the analyzers (`lang_<primary subtag>` and `agora_folded`, see
//! [`analyzer`]), `agora-lang.txt` holds the language tag and
//! `agora-fallback.txt` ([`FALLBACK_FILE`]) the language's fallback chain,
//! so the server opens it without `site.yaml`.
//!
//! Fields:
//! * `title`, `summary`, `body`: the language's analyzer (its stemmer: every
//!   language of the platform has one, see [`stem`]), with positions for
//!   phrases; stored (body for snippets, with `\n` at block boundaries).
//! * `title_f`, `summary_f`, `body_f`: the same text through the
//!   accent-folding analyzer (no stemmer), not stored; also the dictionary
//!   typo corrections are taken from ([`typo`]).
//! * `keywords`: tags and levels as text (language analyzer), so a search for
//!   a tag word finds pages tagged with it.
//! * `section`, `tags`, `levels` (raw, indexed, stored and fast: filters and
//!   [`facets`]), `url` (stored), `date` (indexed + fast tantivy date, UTC,
//!   seconds), `date_text` (stored RFC 3339 with the page's own offset,
//!   returned in hits), `starts` (a course's start date, stored) and
//!   `fallback_for` (raw, indexed: the languages whose listings show the page
//!   through their fallback chain).
//!
//! ## Queries
//! The user's text goes through [`query::prepare`] (a forgiving syntax; see
//! there for what is a 400) and tantivy's `QueryParser` over all text fields,
//! with boosts title ×3, keywords ×2, summary ×1.5, body ×1; each folded field
//! has the same boost as its stemmed twin.
//!
//! **All words must match** (conjunction by default): a site-search user who
//! adds a word means to narrow the results. When that finds nothing in any
//! index searched, the same query is run again with **any word** matching
//! (BM25 ranks the pages that match most words first), so a query with one
//! word the site lacks still gets useful results rather than none.
//!
//! **Indexes searched.** The language's own, then, in chain order, the index
//! of each language of its fallback chain, restricted to the pages marked
//! `fallback_for` this language: exactly the entries its listings show
//! through fallback. Their hits carry their own `lang`.
//!
//! **Typos.** A word that no searched index knows is replaced, per index, by
//! the nearest word of that index ([`typo`]); the corrected query's hits that
//! the query as typed did not find form their own groups.
//!
//! **Ranking.** Groups of hits, each ranked by BM25: own pages as typed, then
//! fallback pages as typed, then own pages through corrections, then
//! fallback pages through corrections. `total` is the sum over the groups,
//! with the filters applied.
//!
//! **Filters and facets.** `section`, `level` and `tag` filters combine; the
//! [`facets`] count, per dimension, the hits that pass the other dimensions'
//! filters, in one pass over each group's matches.
//!
//! Pagination: `page` from 1, `limit` 1..=50 (larger values are clamped to
//! 50, 0 is a 400); a page is cut across the groups in rank order.

pub mod analyzer;
pub mod facets;
pub mod html;
pub mod query;
pub mod server;
pub mod snippet;
pub mod stem;
pub mod typo;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::Path;

use anyhow::{anyhow, Context};
use indexmap::IndexMap;
use tantivy::collector::TopDocs;
use tantivy::indexer::NoMergePolicy;
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST,
    STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use facets::{FacetCollector, FacetCounts, FacetFilters};

pub use html::strip_html;
pub use server::{router, router_with, SharedService};

/// Default number of hits per page.
pub const DEFAULT_LIMIT: usize = 10;
/// Largest number of hits per page; larger requests are clamped.
pub const MAX_LIMIT: usize = 50;
/// File in an index folder holding the language tag the index was built for.
pub const LANG_FILE: &str = "agora-lang.txt";

/// Indexing memory budget of the single writer thread of one language.
const WRITER_MEMORY: usize = 50_000_000;

/// One published page of one language, as the build hands it over.
#[derive(Debug, Clone, Hash)]
pub struct SearchDoc {
    pub title: String,
    pub summary: String,
    /// Plain text (see [`strip_html`]).
    pub body: String,
    /// `""` for stand-alone pages.
    pub section: String,
    pub tags: Vec<String>,
    pub levels: Vec<String>,
    /// Site-relative, e.g. `/nl/news/foo/`.
    pub url: String,
    pub date: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// A course's start date.
    pub starts: Option<chrono::NaiveDate>,
    /// The languages whose listings show this page through their fallback
    /// chain (this page's language being the first in the chain that has it).
    pub fallback_for: Vec<String>,
}

/// What [`write_index`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStats {
    pub docs: usize,
    /// Size of the index folder on disk.
    pub bytes: u64,
}

/// Handles of the schema's fields.
#[derive(Debug, Clone, Copy)]
struct Fields {
    title: Field,
    title_f: Field,
    summary: Field,
    summary_f: Field,
    body: Field,
    body_f: Field,
    keywords: Field,
    section: Field,
    tags: Field,
    levels: Field,
    url: Field,
    date: Field,
    date_text: Field,
    starts: Field,
    fallback_for: Field,
}

impl Fields {
    fn schema(lang: &str) -> (Schema, Fields) {
        let text = |tokenizer: &str, stored: bool| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            let options = TextOptions::default().set_indexing_options(indexing);
            if stored {
                options.set_stored()
            } else {
                options
            }
        };
        let stem = analyzer::lang_tokenizer_name(lang);
        let fold = analyzer::FOLDED;
        let mut b = Schema::builder();
        let fields = Fields {
            title: b.add_text_field("title", text(&stem, true)),
            title_f: b.add_text_field("title_f", text(fold, false)),
            summary: b.add_text_field("summary", text(&stem, true)),
            summary_f: b.add_text_field("summary_f", text(fold, false)),
            body: b.add_text_field("body", text(&stem, true)),
            body_f: b.add_text_field("body_f", text(fold, false)),
            keywords: b.add_text_field("keywords", text(&stem, false)),
            section: b.add_text_field("section", STRING | STORED | FAST),
            tags: b.add_text_field("tags", STRING | STORED | FAST),
            levels: b.add_text_field("levels", STRING | STORED | FAST),
            url: b.add_text_field("url", STORED),
            date: b.add_date_field(
                "date",
                DateOptions::default().set_indexed().set_fast().set_precision(DateTimePrecision::Seconds),
            ),
            date_text: b.add_text_field("date_text", STORED),
            starts: b.add_text_field("starts", STORED),
            fallback_for: b.add_text_field("fallback_for", STRING),
        };
        (b.build(), fields)
    }

    fn from_schema(schema: &Schema) -> anyhow::Result<Fields> {
        let f = |name: &str| {
            schema.get_field(name).map_err(|_| anyhow!("not an agora search index: field `{name}` is missing"))
        };
        Ok(Fields {
            title: f("title")?,
            title_f: f("title_f")?,
            summary: f("summary")?,
            summary_f: f("summary_f")?,
            body: f("body")?,
            body_f: f("body_f")?,
            keywords: f("keywords")?,
            section: f("section")?,
            tags: f("tags")?,
            levels: f("levels")?,
            url: f("url")?,
            date: f("date")?,
            date_text: f("date_text")?,
            starts: f("starts")?,
            fallback_for: f("fallback_for")?,
        })
    }

    fn stemmed(&self) -> [Field; 4] {
        [self.title, self.summary, self.body, self.keywords]
    }

    fn folded(&self) -> [Field; 3] {
        [self.title_f, self.summary_f, self.body_f]
    }

    fn document(&self, d: &SearchDoc) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.title, &d.title);
        doc.add_text(self.title_f, &d.title);
        doc.add_text(self.summary, &d.summary);
        doc.add_text(self.summary_f, &d.summary);
        doc.add_text(self.body, &d.body);
        doc.add_text(self.body_f, &d.body);
        for t in d.tags.iter().chain(&d.levels) {
            doc.add_text(self.keywords, t);
        }
        doc.add_text(self.section, &d.section);
        for t in &d.tags {
            doc.add_text(self.tags, t);
        }
        for l in &d.levels {
            doc.add_text(self.levels, l);
        }
        doc.add_text(self.url, &d.url);
        if let Some(date) = d.date {
            doc.add_date(self.date, tantivy::DateTime::from_timestamp_secs(date.timestamp()));
            doc.add_text(self.date_text, date.to_rfc3339());
        }
        if let Some(starts) = d.starts {
            doc.add_text(self.starts, starts.format("%Y-%m-%d").to_string());
        }
        for l in &d.fallback_for {
            doc.add_text(self.fallback_for, l.to_ascii_lowercase());
        }
        doc
    }
}

/// Writes the index of one language into `dir` (created; replaced if it
/// exists), without a fallback chain; see [`write_index_with`].
pub fn write_index<D: std::borrow::Borrow<SearchDoc>>(
    dir: &Path,
    lang: &str,
    docs: impl IntoIterator<Item = D>,
) -> anyhow::Result<IndexStats> {
    write_index_with(dir, lang, &[], docs)
}

/// Writes the index of one language into `dir` (created; replaced if it
/// exists). `lang` is a BCP 47 tag; its primary subtag picks the stemmer
/// (see [`stem`]). `fallback` is the language's fallback chain, written to
/// [`FALLBACK_FILE`] so that a search in this language also looks, in those
/// languages' indexes, for the pages marked `fallback_for` this language.
///
/// Uses one writer thread with a 50 MB budget, commits once and waits for
/// merges: the caller indexes languages in parallel. `docs` are taken one
/// at a time: none needs to be held once the writer has it.
pub fn write_index_with<D: std::borrow::Borrow<SearchDoc>>(
    dir: &Path,
    lang: &str,
    fallback: &[String],
    docs: impl IntoIterator<Item = D>,
) -> anyhow::Result<IndexStats> {
    analyzer::validate_lang(lang).map_err(|e| anyhow!(e))?;
    for f in fallback {
        analyzer::validate_lang(f).map_err(|e| anyhow!(e))?;
    }
    if dir.exists() {
        fs::remove_dir_all(dir).with_context(|| format!("cannot replace search index {}", dir.display()))?;
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create search index folder {}", dir.display()))?;
    fs::write(dir.join(LANG_FILE), format!("{lang}\n"))
        .with_context(|| format!("cannot write {}", dir.join(LANG_FILE).display()))?;
    if !fallback.is_empty() {
        let text: String = fallback.iter().map(|f| format!("{f}\n")).collect();
        fs::write(dir.join(FALLBACK_FILE), text)
            .with_context(|| format!("cannot write {}", dir.join(FALLBACK_FILE).display()))?;
    }

    let (schema, fields) = Fields::schema(lang);
    let index = Index::create_in_dir(dir, schema)
        .with_context(|| format!("cannot create search index in {}", dir.display()))?;
    analyzer::register(index.tokenizers(), lang);
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, WRITER_MEMORY)?;
    // One commit of an immutable index: merging segments would only cost
    // build time (a large language ends up with a handful of segments).
    writer.set_merge_policy(Box::new(NoMergePolicy));
    let mut count = 0;
    for d in docs {
        writer.add_document(fields.document(d.borrow()))?;
        count += 1;
    }
    writer.commit().context("cannot commit search index")?;
    writer.wait_merging_threads()?;

    Ok(IndexStats { docs: count, bytes: dir_size(dir)? })
}

fn dir_size(dir: &Path) -> anyhow::Result<u64> {
    let mut total = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() { dir_size(&entry.path())? } else { meta.len() };
    }
    Ok(total)
}

/// A search, as the API and the CLI receive it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub q: String,
    pub lang: String,
    /// Only pages of this section (`Some("")`: only stand-alone pages).
    pub section: Option<String>,
    /// From 1.
    pub page: usize,
    /// 1..=50; larger values are clamped to [`MAX_LIMIT`].
    pub limit: usize,
}

impl SearchRequest {
    /// First page, default limit, no section filter.
    pub fn new(q: impl Into<String>, lang: impl Into<String>) -> SearchRequest {
        SearchRequest { q: q.into(), lang: lang.into(), section: None, page: 1, limit: DEFAULT_LIMIT }
    }
}

/// Filters besides the request's section: only pages of this education
/// level, only pages with this tag (exact values, as in the front matter).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub level: Option<String>,
    pub tag: Option<String>,
}

/// The answer to a [`SearchRequest`] (the JSON of `GET /api/search`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SearchResponse {
    pub query: String,
    pub lang: String,
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Set when words that matched nothing were replaced and the
    /// replacements found pages; `null` otherwise.
    pub corrected: Option<Correction>,
    pub facets: Facets,
}

/// What typo tolerance changed (see [`typo`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Correction {
    /// The query with the corrections, as it was run ("Results for …").
    pub query: String,
    pub words: Vec<CorrectedWord>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CorrectedWord {
    /// As typed.
    pub from: String,
    /// The word of the index it was replaced by (lower case).
    pub to: String,
}

/// Counts per value for the current query: section names, level codes and
/// tags, each most frequent first (ties by name). Each dimension counts the
/// hits that pass the *other* dimensions' filters, so a chosen filter's
/// siblings keep their counts. At most [`MAX_FACET_VALUES`] tags.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Facets {
    pub section: IndexMap<String, u64>,
    pub level: IndexMap<String, u64>,
    pub tag: IndexMap<String, u64>,
}

/// Most tag values a response lists.
pub const MAX_FACET_VALUES: usize = 30;

/// One result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    /// Plain text.
    pub title: String,
    pub url: String,
    pub section: String,
    /// RFC 3339, with the page's own offset.
    pub date: Option<String>,
    /// The language of the page: the requested one, or for a page shown
    /// through the fallback chain, the fallback language it is in.
    pub lang: String,
    /// A course's start date (`YYYY-MM-DD`); `null` for other pages.
    pub starts: Option<String>,
    /// HTML: escaped text with `<mark>` around the matches.
    pub snippet: String,
}

/// Why a search has no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchError {
    /// Malformed request (HTTP 400); the message is for the user.
    BadRequest(String),
    /// No index for this language (HTTP 404).
    UnknownLanguage(String),
    /// Failure reading the index (HTTP 500).
    Internal(String),
}

impl SearchError {
    /// The HTTP status that answers this error.
    pub fn http_status(&self) -> u16 {
        match self {
            SearchError::BadRequest(_) => 400,
            SearchError::UnknownLanguage(_) => 404,
            SearchError::Internal(_) => 500,
        }
    }
}

impl fmt::Display for SearchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SearchError::BadRequest(m) => f.write_str(m),
            SearchError::UnknownLanguage(l) => write!(f, "no search index for language `{l}`"),
            SearchError::Internal(m) => write!(f, "search failed: {m}"),
        }
    }
}

impl std::error::Error for SearchError {}

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError::Internal(e.to_string())
    }
}

/// One opened language index.
struct LangIndex {
    lang: String,
    /// Lower-cased tags of the fallback chain ([`FALLBACK_FILE`]).
    fallback: Vec<String>,
    reader: IndexReader,
    fields: Fields,
    parser_all: QueryParser,
    parser_any: QueryParser,
    stem_analyzer: TextAnalyzer,
    fold_analyzer: TextAnalyzer,
}

impl LangIndex {
    fn open(dir: &Path, folder_name: &str) -> anyhow::Result<LangIndex> {
        let lang = fs::read_to_string(dir.join(LANG_FILE))
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| analyzer::validate_lang(s).is_ok())
            .unwrap_or_else(|| folder_name.to_string());
        let fallback = fs::read_to_string(dir.join(FALLBACK_FILE))
            .unwrap_or_default()
            .lines()
            .map(|l| l.trim().to_ascii_lowercase())
            .filter(|l| analyzer::validate_lang(l).is_ok() && *l != lang.to_ascii_lowercase())
            .collect();
        let index = Index::open_in_dir(dir).with_context(|| format!("cannot open search index {}", dir.display()))?;
        let schema = index.schema();
        analyzer::register_for_schema(index.tokenizers(), &schema);
        let fields = Fields::from_schema(&schema).with_context(|| format!("in {}", dir.display()))?;
        // Indexes are immutable once built; `agora serve` re-opens after a
        // rebuild and swaps the whole service.
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;

        let parser = |all: bool| {
            let f = fields;
            let mut p = QueryParser::for_index(
                &index,
                vec![f.title, f.title_f, f.summary, f.summary_f, f.body, f.body_f, f.keywords],
            );
            for (field, boost) in
                [(f.title, 3.0), (f.title_f, 3.0), (f.keywords, 2.0), (f.summary, 1.5), (f.summary_f, 1.5)]
            {
                p.set_field_boost(field, boost);
            }
            if all {
                p.set_conjunction_by_default();
            }
            p
        };
        let parser_all = parser(true);
        let parser_any = parser(false);
        let stem_analyzer = index.tokenizer_for_field(fields.body)?;
        let fold_analyzer = index.tokenizer_for_field(fields.body_f)?;
        Ok(LangIndex { lang, fallback, reader, fields, parser_all, parser_any, stem_analyzer, fold_analyzer })
    }

    /// Whether `word` (as typed) matches anything in this index: its stem in
    /// the stemmed fields or its folded form in the folded fields.
    fn knows(&self, searcher: &Searcher, word: &str) -> tantivy::Result<bool> {
        let f = self.fields;
        if let Some(stem) = typo::analyze_one(&self.stem_analyzer, word) {
            if typo::doc_freq(searcher, &f.stemmed(), &stem)? > 0 {
                return Ok(true);
            }
        }
        if let Some(folded) = typo::analyze_one(&self.fold_analyzer, word) {
            if typo::doc_freq(searcher, &f.folded(), &folded)? > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// How a page writes the word whose folded form is `folded`: the first
    /// occurrence in the title or body of a page that has it, lower-cased.
    fn surface_form(&self, searcher: &Searcher, folded: &str) -> Result<Option<String>, SearchError> {
        let f = self.fields;
        for (field, stored) in [(f.title_f, f.title), (f.body_f, f.body)] {
            let query = TermQuery::new(Term::from_field_text(field, folded), IndexRecordOption::Basic);
            let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
            let Some((_, addr)) = top.first() else { continue };
            let doc: TantivyDocument = searcher.doc(*addr)?;
            let text = doc.get_first(stored).and_then(|v| v.as_str()).unwrap_or_default();
            let text = snippet::prefix(text, 20_000);
            let mut analyzer = self.fold_analyzer.clone();
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                let t = stream.token();
                if t.text == folded {
                    return Ok(Some(text[t.offset_from..t.offset_to].to_lowercase()));
                }
            }
        }
        Ok(None)
    }

    /// `query` restricted to the pages shown through fallback in `restrict`
    /// (if given) and, with `filters`, to the section, level and tag.
    fn narrowed(
        &self,
        query: Box<dyn Query>,
        restrict: Option<&str>,
        filters: Option<&FacetFilters>,
    ) -> Box<dyn Query> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query)];
        let term = |field: Field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
        };
        if let Some(l) = restrict {
            clauses.push((Occur::Must, term(f.fallback_for, l)));
        }
        if let Some(filters) = filters {
            for (field, value) in [(f.section, &filters.section), (f.levels, &filters.level), (f.tags, &filters.tag)] {
                if let Some(v) = value {
                    clauses.push((Occur::Must, term(field, v)));
                }
            }
        }
        if clauses.len() == 1 {
            return clauses.pop().expect("one clause").1;
        }
        Box::new(BooleanQuery::new(clauses))
    }
}

/// Name of the file in an index folder listing the language's fallback
/// chain, one language tag a line (absent when it has none).
pub const FALLBACK_FILE: &str = "agora-fallback.txt";

/// The opened indexes of all languages under a root folder (`root/<lang>/`).
/// Cheap to share across threads (`Arc<SearchService>`); searches take `&self`.
pub struct SearchService {
    /// Keyed by lower-cased language tag.
    langs: BTreeMap<String, LangIndex>,
}

impl fmt::Debug for SearchService {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchService").field("languages", &self.languages()).finish()
    }
}

/// One ranked group of hits of one index: the query as typed, or with
/// corrections (minus what the query as typed found).
struct Tier<'a> {
    idx: &'a LangIndex,
    searcher: Searcher,
    /// The query without facet filters (restricted to fallback pages for a
    /// fallback index).
    query: Box<dyn Query>,
    corrected: bool,
    counts: FacetCounts,
}

impl SearchService {
    /// Opens every index folder (one with a `meta.json`) directly under
    /// `root`. A missing `root` is an error; an empty one gives a service
    /// without languages.
    pub fn open(root: &Path) -> anyhow::Result<SearchService> {
        let entries =
            fs::read_dir(root).with_context(|| format!("cannot read search index folder {}", root.display()))?;
        let mut langs = BTreeMap::new();
        for entry in entries {
            let path = entry?.path();
            if !path.join("meta.json").is_file() {
                continue;
            }
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let index = LangIndex::open(&path, name)?;
            langs.insert(index.lang.to_ascii_lowercase(), index);
        }
        Ok(SearchService { langs })
    }

    /// A service with no languages (before the first build, or search disabled).
    pub fn empty() -> SearchService {
        SearchService { langs: BTreeMap::new() }
    }

    /// The language tags that have an index, sorted.
    pub fn languages(&self) -> Vec<String> {
        self.langs.values().map(|l| l.lang.clone()).collect()
    }

    /// Answers one search with the request's section filter only.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse, SearchError> {
        self.search_filtered(req, &Filters::default())
    }

    /// Answers one search; see the module docs for the query semantics.
    pub fn search_filtered(&self, req: &SearchRequest, filters: &Filters) -> Result<SearchResponse, SearchError> {
        let key = req.lang.to_ascii_lowercase();
        let native = self.langs.get(&key).ok_or_else(|| SearchError::UnknownLanguage(req.lang.clone()))?;
        if req.page == 0 {
            return Err(SearchError::BadRequest("page starts at 1".into()));
        }
        if req.limit == 0 {
            return Err(SearchError::BadRequest("limit must be at least 1".into()));
        }
        let limit = req.limit.min(MAX_LIMIT);
        let offset = (req.page - 1).saturating_mul(limit);
        let text = query::prepare(&req.q).map_err(SearchError::BadRequest)?;
        let facet_filters =
            FacetFilters { section: req.section.clone(), level: filters.level.clone(), tag: filters.tag.clone() };

        // The indexes searched: the language's own, then its fallback chain
        // (pages marked as shown through fallback in this language only).
        let mut indexes: Vec<(&LangIndex, Option<&str>)> = vec![(native, None)];
        for fb in &native.fallback {
            if let Some(idx) = self.langs.get(fb) {
                if !std::ptr::eq(idx, native) && !indexes.iter().any(|(i, _)| std::ptr::eq(*i, idx)) {
                    indexes.push((idx, Some(key.as_str())));
                }
            }
        }
        let searchers: Vec<Searcher> = indexes.iter().map(|(i, _)| i.reader.searcher()).collect();
        let parse = |parser: &QueryParser, text: &str| -> Result<Box<dyn Query>, SearchError> {
            let q = parser.parse_query(text).map_err(|e| SearchError::BadRequest(query::describe_parse_error(&e)))?;
            Ok(query::guard_exclusions(q))
        };
        let several_words = text.split_whitespace().nth(1).is_some();

        // Words that no index knows are typos.
        let mut unknown = Vec::new();
        for w in typo::free_words(&req.q) {
            let mut known = false;
            for ((idx, _), searcher) in indexes.iter().zip(&searchers) {
                if idx.knows(searcher, &w.text)? {
                    known = true;
                    break;
                }
            }
            if !known {
                unknown.push(w);
            }
        }
        // Per index: the corrected query text and its corrections.
        let mut corrected_text: Vec<Option<(String, Vec<CorrectedWord>)>> = Vec::new();
        for ((idx, _), searcher) in indexes.iter().zip(&searchers) {
            let mut replacements = Vec::new();
            let mut words = Vec::new();
            for w in &unknown {
                let Some(folded) = typo::analyze_one(&idx.fold_analyzer, &w.text) else { continue };
                if let Some((to, _)) = typo::best_correction(searcher, &idx.fields.folded(), &folded)? {
                    // The word as the pages write it (`école`, not `ecole`).
                    let to = idx.surface_form(searcher, &to)?.unwrap_or(to);
                    replacements.push((w.range.clone(), to.clone()));
                    words.push(CorrectedWord { from: w.text.clone(), to });
                }
            }
            corrected_text.push(if words.is_empty() {
                None
            } else {
                Some((typo::replace_words(&req.q, &replacements), words))
            });
        }

        let run_tiers = |all: bool| -> Result<Vec<Tier<'_>>, SearchError> {
            let mut exact = Vec::new();
            let mut fixed = Vec::new();
            for (i, (idx, restrict)) in indexes.iter().enumerate() {
                let parser = if all { &idx.parser_all } else { &idx.parser_any };
                let searcher = searchers[i].clone();
                let typed = parse(parser, &text)?;
                let typed_q = idx.narrowed(typed.box_clone(), *restrict, None);
                let counts = searcher.search(&*typed_q, &FacetCollector { filters: &facet_filters })?;
                exact.push(Tier { idx, searcher: searcher.clone(), query: typed_q, corrected: false, counts });
                if let Some((ct, _)) = &corrected_text[i] {
                    let prepared = query::prepare(ct).map_err(SearchError::BadRequest)?;
                    let fixed_q = parse(parser, &prepared)?;
                    // Minus what the query as typed found: those rank above.
                    let fixed_q = query::guard_exclusions(Box::new(BooleanQuery::new(vec![
                        (Occur::Must, fixed_q),
                        (Occur::MustNot, typed),
                    ])));
                    let fixed_q = idx.narrowed(fixed_q, *restrict, None);
                    let counts = searcher.search(&*fixed_q, &FacetCollector { filters: &facet_filters })?;
                    fixed.push(Tier { idx, searcher, query: fixed_q, corrected: true, counts });
                }
            }
            exact.extend(fixed);
            Ok(exact)
        };
        let mut tiers = run_tiers(true)?;
        if several_words && tiers.iter().all(|t| t.counts.matched == 0) {
            tiers = run_tiers(false)?;
        }

        let mut counts = FacetCounts::default();
        for t in &tiers {
            counts.add(t.counts.clone());
        }
        let total = counts.total as usize;

        // The page: walk the tiers in rank order.
        let mut skip = offset;
        let mut want = limit;
        let mut hits = Vec::with_capacity(limit.min(total));
        let mut corrections: Option<Correction> = None;
        for t in &tiers {
            if t.corrected && t.counts.total > 0 && corrections.is_none() {
                let which = indexes.iter().position(|(idx, _)| std::ptr::eq(*idx, t.idx)).unwrap_or(0);
                if let Some((q, words)) = &corrected_text[which] {
                    corrections = Some(Correction { query: q.clone(), words: words.clone() });
                }
            }
            let n = t.counts.total as usize;
            if want == 0 || n == 0 {
                continue;
            }
            if skip >= n {
                skip -= n;
                continue;
            }
            let filtered = t.idx.narrowed(t.query.box_clone(), None, Some(&facet_filters));
            let top = TopDocs::with_limit(want.min(n - skip)).and_offset(skip).order_by_score();
            let addrs: Vec<DocAddress> =
                t.searcher.search(&*filtered, &top)?.into_iter().map(|(_, addr)| addr).collect();
            skip = 0;
            want -= addrs.len().min(want);
            self.render_hits(t, &addrs, &mut hits)?;
        }

        Ok(SearchResponse {
            query: req.q.trim().to_string(),
            lang: native.lang.clone(),
            total,
            hits,
            corrected: corrections,
            facets: Facets {
                section: sorted_counts(counts.section, usize::MAX),
                level: sorted_counts(counts.level, usize::MAX),
                tag: sorted_counts(counts.tag, MAX_FACET_VALUES),
            },
        })
    }

    /// Loads the documents of one tier and writes their hits.
    fn render_hits(&self, t: &Tier<'_>, addrs: &[DocAddress], hits: &mut Vec<Hit>) -> Result<(), SearchError> {
        if addrs.is_empty() {
            return Ok(());
        }
        let idx = t.idx;
        let f = idx.fields;
        let stemmed = f.stemmed();
        let folded = f.folded();
        let highlighter = snippet::Highlighter::new(
            &t.searcher,
            &*t.query,
            &snippet::TermFields {
                stemmed: &stemmed,
                folded: &folded,
                stemmed_weight: f.body,
                folded_weight: f.body_f,
            },
            idx.stem_analyzer.clone(),
            idx.fold_analyzer.clone(),
        )?;
        for addr in addrs {
            let doc: TantivyDocument = t.searcher.doc(*addr)?;
            let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            let body = text(f.body);
            let summary = text(f.summary);
            hits.push(Hit {
                title: text(f.title),
                url: text(f.url),
                section: text(f.section),
                date: Some(text(f.date_text)).filter(|d| !d.is_empty()),
                lang: idx.lang.clone(),
                starts: Some(text(f.starts)).filter(|d| !d.is_empty()),
                snippet: highlighter.snippet_html(&body, &summary),
            });
        }
        Ok(())
    }
}

/// Counts, most frequent first (ties by value), at most `max`.
fn sorted_counts(map: std::collections::HashMap<String, u64>, max: usize) -> IndexMap<String, u64> {
    let mut v: Vec<(String, u64)> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(max);
    v.into_iter().collect()
}
