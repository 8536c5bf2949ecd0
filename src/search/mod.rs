//! Site search (SPEC §7): one tantivy index per language, written by the
//! build under `public/search-index/<lang>/`, and the read side used by
//! `agora search`, `agora serve` and `agora search-server`.
//!
//! ## Index layout
//! Each language's folder is self-describing: the schema in `meta.json` names
//! the analyzers (`lang_<primary subtag>` and `agora_folded`, see
//! [`analyzer`]) and `agora-lang.txt` holds the language tag, so the server
//! opens it without `site.yaml`.
//!
//! Fields:
//! * `title`, `summary`, `body`: the language's analyzer (stemmer where
//!   tantivy has one), with positions for phrases; stored (body for snippets).
//! * `title_f`, `summary_f`, `body_f`: the same text through the
//!   accent-folding analyzer (no stemmer), not stored.
//! * `keywords`: tags and levels as text (language analyzer), so a search for
//!   a tag word finds pages tagged with it.
//! * `section` (raw, indexed, stored; filtering), `tags`, `levels` (raw,
//!   multi-valued, indexed, stored), `url` (stored), `date` (indexed + fast
//!   tantivy date, UTC, seconds) and `date_text` (stored RFC 3339 with the
//!   page's own offset, returned in hits).
//!
//! ## Queries
//! The user's text goes through [`query::prepare`] (a forgiving syntax; see
//! there for what is a 400) and tantivy's `QueryParser` over all text fields,
//! with boosts title ×3, keywords ×2, summary ×1.5, body ×1; each folded field
//! has the same boost as its stemmed twin.
//!
//! **All words must match** (conjunction by default): a site-search user who
//! adds a word means to narrow the results. When that finds nothing, the same
//! query is run again with **any word** matching (BM25 ranks the pages that
//! match most words first), so a query with one word the site lacks still
//! gets useful results rather than none. `total` counts the query that was
//! answered.
//!
//! Pagination: `page` from 1, `limit` 1..=50 (larger values are clamped to
//! 50, 0 is a 400); `total` is the full count of matching pages.

pub mod analyzer;
pub mod html;
pub mod query;
pub mod server;
pub mod snippet;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::Path;

use anyhow::{anyhow, Context};
use tantivy::collector::{Count, TopDocs};
use tantivy::indexer::NoMergePolicy;
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED,
    STRING,
};
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

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
#[derive(Debug, Clone)]
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
            section: b.add_text_field("section", STRING | STORED),
            tags: b.add_text_field("tags", STRING | STORED),
            levels: b.add_text_field("levels", STRING | STORED),
            url: b.add_text_field("url", STORED),
            date: b.add_date_field(
                "date",
                DateOptions::default().set_indexed().set_fast().set_precision(DateTimePrecision::Seconds),
            ),
            date_text: b.add_text_field("date_text", STORED),
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
        doc
    }
}

/// Writes the index of one language into `dir` (created; replaced if it
/// exists). `lang` is a BCP 47 tag; its primary subtag picks tantivy's stemmer
/// where there is one (ar da nl en fi fr de el hu it no/nb/nn pt ro ru es sv
/// ta tr), else the index only lower-cases (and folds accents in the folded
/// fields).
///
/// Uses one writer thread with a 50 MB budget, commits once and waits for
/// merges: the caller indexes languages in parallel.
pub fn write_index(dir: &Path, lang: &str, docs: &[SearchDoc]) -> anyhow::Result<IndexStats> {
    analyzer::validate_lang(lang).map_err(|e| anyhow!(e))?;
    if dir.exists() {
        fs::remove_dir_all(dir).with_context(|| format!("cannot replace search index {}", dir.display()))?;
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create search index folder {}", dir.display()))?;
    fs::write(dir.join(LANG_FILE), format!("{lang}\n"))
        .with_context(|| format!("cannot write {}", dir.join(LANG_FILE).display()))?;

    let (schema, fields) = Fields::schema(lang);
    let index = Index::create_in_dir(dir, schema)
        .with_context(|| format!("cannot create search index in {}", dir.display()))?;
    analyzer::register(index.tokenizers(), lang);
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, WRITER_MEMORY)?;
    // One commit of an immutable index: merging segments would only cost
    // build time (a large language ends up with a handful of segments).
    writer.set_merge_policy(Box::new(NoMergePolicy));
    for d in docs {
        writer.add_document(fields.document(d))?;
    }
    writer.commit().context("cannot commit search index")?;
    writer.wait_merging_threads()?;

    Ok(IndexStats { docs: docs.len(), bytes: dir_size(dir)? })
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

/// The answer to a [`SearchRequest`] (the JSON of `GET /api/search`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SearchResponse {
    pub query: String,
    pub lang: String,
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// One result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    /// Plain text.
    pub title: String,
    pub url: String,
    pub section: String,
    /// RFC 3339, with the page's own offset.
    pub date: Option<String>,
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
    index: Index,
    reader: IndexReader,
    fields: Fields,
    parser_all: QueryParser,
    parser_any: QueryParser,
}

impl LangIndex {
    fn open(dir: &Path, folder_name: &str) -> anyhow::Result<LangIndex> {
        let lang = fs::read_to_string(dir.join(LANG_FILE))
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| analyzer::validate_lang(s).is_ok())
            .unwrap_or_else(|| folder_name.to_string());
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
        Ok(LangIndex { lang, index, reader, fields, parser_all, parser_any })
    }

    /// Runs `query`, returning the total and the addresses of one page.
    fn run(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        offset: usize,
        limit: usize,
    ) -> tantivy::Result<(usize, Vec<DocAddress>)> {
        // The top-n collector allocates offset + limit slots: only ask for a
        // page that can exist.
        if offset as u64 >= searcher.num_docs() {
            return Ok((searcher.search(query, &Count)?, Vec::new()));
        }
        let top = TopDocs::with_limit(limit).and_offset(offset).order_by_score();
        let (docs, total) = searcher.search(query, &(top, Count))?;
        Ok((total, docs.into_iter().map(|(_, addr)| addr).collect()))
    }
}

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

    /// Answers one search; see the module docs for the query semantics.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse, SearchError> {
        let idx = self
            .langs
            .get(&req.lang.to_ascii_lowercase())
            .ok_or_else(|| SearchError::UnknownLanguage(req.lang.clone()))?;
        if req.page == 0 {
            return Err(SearchError::BadRequest("page starts at 1".into()));
        }
        if req.limit == 0 {
            return Err(SearchError::BadRequest("limit must be at least 1".into()));
        }
        let limit = req.limit.min(MAX_LIMIT);
        let offset = (req.page - 1).saturating_mul(limit);
        let text = query::prepare(&req.q).map_err(SearchError::BadRequest)?;
        let parse = |parser: &QueryParser| -> Result<Box<dyn Query>, SearchError> {
            let user =
                parser.parse_query(&text).map_err(|e| SearchError::BadRequest(query::describe_parse_error(&e)))?;
            Ok(match &req.section {
                None => user,
                Some(section) => {
                    let term = Term::from_field_text(idx.fields.section, section);
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Must, user),
                        (Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))),
                    ]))
                }
            })
        };

        let searcher = idx.reader.searcher();
        let mut query = parse(&idx.parser_all)?;
        let (mut total, mut addrs) = idx.run(&searcher, &*query, offset, limit)?;
        if total == 0 && text.split_whitespace().nth(1).is_some() {
            let any = parse(&idx.parser_any)?;
            (total, addrs) = idx.run(&searcher, &*any, offset, limit)?;
            query = any;
        }

        let f = idx.fields;
        let stemmed = f.stemmed();
        let folded = f.folded();
        let highlighter = snippet::Highlighter::new(
            &searcher,
            &*query,
            &snippet::TermFields {
                stemmed: &stemmed,
                folded: &folded,
                stemmed_weight: f.body,
                folded_weight: f.body_f,
            },
            idx.index.tokenizer_for_field(f.body)?,
            idx.index.tokenizer_for_field(f.body_f)?,
        )?;
        let mut hits = Vec::with_capacity(addrs.len());
        for addr in addrs {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            let body = text(f.body);
            let summary = text(f.summary);
            hits.push(Hit {
                title: text(f.title),
                url: text(f.url),
                section: text(f.section),
                date: Some(text(f.date_text)).filter(|d| !d.is_empty()),
                snippet: highlighter.snippet_html(&body, &summary),
            });
        }
        Ok(SearchResponse { query: req.q.trim().to_string(), lang: idx.lang.clone(), total, hits })
    }
}
