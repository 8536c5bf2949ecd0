//! The per-language search indexes under `search-index/<lang>/` (SPEC §7):
//! every published entry and stand-alone page of the language, nothing else.
//! A page that another language's listings show through its fallback chain
//! is marked `fallback_for` that language, so that a search there finds it
//! too (after that language's own pages).

use std::collections::HashMap;

use rayon::prelude::*;

use super::manifest::InputHash;
use super::routes::{Route, Routes};
use super::OutDir;
use crate::content::PageKind;
use crate::diag::Diagnostic;
use crate::search::{self, SearchDoc};
use crate::site::Site;

pub const INDEX_DIR: &str = "search-index";

/// For each page index, the languages whose listings show it through
/// fallback, in site order.
fn fallback_shown(site: &Site) -> HashMap<usize, Vec<String>> {
    let mut shown: HashMap<usize, Vec<String>> = HashMap::new();
    for lm in &site.langs {
        for section in &lm.sections {
            for item in section.items.iter().filter(|i| i.fallback) {
                let langs = shown.entry(item.page).or_default();
                if !langs.contains(&lm.code) {
                    langs.push(lm.code.clone());
                }
            }
        }
    }
    shown
}

/// The pages a language's index holds, with their indices.
fn indexed<'a>(site: &'a Site, lang: &'a str) -> impl Iterator<Item = (usize, &'a crate::content::Page)> + 'a {
    site.pages
        .iter()
        .enumerate()
        .filter(move |(_, p)| p.lang == lang && matches!(p.kind, PageKind::Entry | PageKind::Page))
        .map(|(i, p)| (i, p.as_ref()))
}

/// A language's search documents, made one at a time as the index writer
/// takes them (each page's HTML is read back and dropped again).
fn docs_with<'a>(
    site: &'a Site,
    lang: &'a str,
    shown: &'a HashMap<usize, Vec<String>>,
) -> impl Iterator<Item = Result<SearchDoc, Diagnostic>> + 'a {
    indexed(site, lang).map(|(i, p)| {
        Ok(SearchDoc {
            title: p.fm.title.clone(),
            summary: p.summary.clone(),
            // The visible text of the page: raw HTML is sanitized in `html`, not in the Markdown.
            body: search::html::strip_html(&p.html.read(&p.file)?),
            section: p.section.clone().unwrap_or_default(),
            tags: p.fm.tags.clone(),
            levels: p.fm.levels.clone(),
            url: p.url.clone(),
            date: p.fm.date,
            starts: p.fm.course.as_ref().map(|c| c.starts),
            fallback_for: shown.get(&i).cloned().unwrap_or_default(),
        })
    })
}

/// Writes each language's index, unless its pages' sources, fallback chain
/// and `fingerprint` hash as in the manifest of the folder being written.
pub fn write_all(site: &Site, routes: &Routes, fingerprint: u128, out: &OutDir) {
    if out.dry_run {
        return;
    }
    let shown = fallback_shown(site);
    routes.entries.par_iter().for_each(|e| {
        let Route::SearchIndex(li) = e.route else { return };
        let l = &site.config.languages[li];
        // a document is made of its page and the languages it is shown in
        let mut h = InputHash::new();
        h.u128(fingerprint).str(&l.code).hashed(&l.fallback);
        for (i, p) in indexed(site, &l.code) {
            h.u128(p.digest).hashed(&shown.get(&i));
        }
        if out.unchanged_dir(&e.path, h.finish()) {
            return;
        }
        let dir = match out.claim_dir(&e.path) {
            Ok(d) => d,
            Err(err) => return out.error(Diagnostic::error("search-index", &e.path, 0, 0, err)),
        };
        // a page that cannot be read is an error of the build (which then
        // keeps the old output), not a document
        let docs = docs_with(site, &l.code, &shown).filter_map(|d| d.map_err(|d| out.error(d)).ok());
        if let Err(err) = search::write_index_with(&dir, &l.code, &l.fallback, docs) {
            out.error(Diagnostic::error(
                "search-index",
                &e.path,
                0,
                0,
                format!("cannot write the search index: {err:#}"),
            ));
        }
    });
}
