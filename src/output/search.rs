//! The per-language search indexes under `search-index/<lang>/` (SPEC §7):
//! every published entry and stand-alone page of the language, nothing else.

use std::path::Path;

use rayon::prelude::*;

use super::OutDir;
use crate::content::PageKind;
use crate::diag::Diagnostic;
use crate::search::{self, SearchDoc};
use crate::site::Site;

pub const INDEX_DIR: &str = "search-index";

pub fn docs_for(site: &Site, lang: &str) -> Vec<SearchDoc> {
    site.pages
        .iter()
        .filter(|p| p.lang == lang && matches!(p.kind, PageKind::Entry | PageKind::Page))
        .map(|p| SearchDoc {
            title: p.fm.title.clone(),
            summary: p.summary.clone(),
            // The visible text of the page: raw HTML is sanitized in `html`, not in the Markdown.
            body: search::html::strip_html(&p.html),
            section: p.section.clone().unwrap_or_default(),
            tags: p.fm.tags.clone(),
            levels: p.fm.levels.clone(),
            url: p.url.clone(),
            date: p.fm.date,
        })
        .collect()
}

pub fn write_all(site: &Site, out: &OutDir) {
    if !site.config.search.enabled || out.dry_run {
        return;
    }
    site.config.languages.par_iter().for_each(|l| {
        let rel = Path::new(INDEX_DIR).join(&l.code);
        let dir = match out.claim_dir(&rel) {
            Ok(d) => d,
            Err(e) => return out.error(Diagnostic::error("search-index", &rel, 0, 0, e)),
        };
        let docs = docs_for(site, &l.code);
        if let Err(e) = search::write_index(&dir, &l.code, &docs) {
            out.error(Diagnostic::error("search-index", &rel, 0, 0, format!("cannot write the search index: {e:#}")));
        }
    });
}
