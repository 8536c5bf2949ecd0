//! Atom feeds: one per language (all feed-enabled sections) and one per
//! feed-enabled section.

use std::fmt::Write as _;

use rayon::prelude::*;

use super::deps::Deps;
use super::routes::{Route, Routes};
use super::xml::escape;
use super::OutDir;
use crate::render::context::section_title;
use crate::render::Renderer;
use crate::site::Site;

/// Entries per feed.
pub const FEED_LIMIT: usize = 30;

/// Writes every feed whose entries (see `output::deps`) changed since the
/// folder's last build.
pub fn write_all(site: &Site, r: &Renderer, routes: &Routes, deps: &Deps, out: &OutDir) {
    routes.entries.par_iter().for_each(|e| {
        if let Route::Feed { lang, section } = e.route {
            let l = &site.langs[lang];
            let section = section.map(|s| l.sections[s].name.as_str());
            let entries = site.entries_for_feed(&l.code, section);
            let entries = &entries[..entries.len().min(FEED_LIMIT)];
            if out.unchanged(&e.path, deps.pages(e, entries)) {
                return;
            }
            match feed(site, r, &l.code, section, entries, &e.url) {
                Ok(x) => out.write(&e.path, x.as_bytes()),
                Err(d) => out.error(d),
            }
        }
    });
}

/// The Atom feed of `section` (or of the whole language) at `url`, of
/// `entries` (the newest first).
fn feed(
    site: &Site,
    r: &Renderer,
    lang: &str,
    section: Option<&str>,
    entries: &[usize],
    url: &str,
) -> Result<String, crate::diag::Diagnostic> {
    let l = site.config.language(lang).expect("declared language");
    let title = match section {
        Some(s) => format!("{} — {}", l.title, section_title(site, r, lang, s)),
        None => l.title.clone(),
    };
    let self_url = site.permalink(url);
    let alt_url = site.permalink(&match section {
        Some(s) => crate::content::urls::section_url(lang, s),
        None => crate::content::urls::home_url(lang),
    });
    let updated = entries
        .iter()
        .filter_map(|&i| site.pages[i].fm.updated.or(site.pages[i].fm.date))
        .max()
        .map(|d| d.to_rfc3339())
        .unwrap_or_else(|| "1970-01-01T00:00:00+00:00".into());

    let mut x = String::with_capacity(4096);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(x, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">", escape(lang));
    let _ = writeln!(x, "  <title>{}</title>", escape(&title));
    let _ = writeln!(x, "  <id>{}</id>", escape(&self_url));
    let _ = writeln!(x, "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>", escape(&self_url));
    let _ = writeln!(x, "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", escape(&alt_url));
    let _ = writeln!(x, "  <updated>{updated}</updated>");
    let _ = writeln!(x, "  <generator uri=\"https://school-education.example.eu/agora\">agora</generator>");
    for &i in entries {
        let p = &site.pages[i];
        let link = site.permalink(&p.url);
        let published = p.fm.date.map(|d| d.to_rfc3339());
        let upd = p.fm.updated.or(p.fm.date).map(|d| d.to_rfc3339()).unwrap_or_else(|| updated.clone());
        x.push_str("  <entry>\n");
        let _ = writeln!(x, "    <title>{}</title>", escape(&p.fm.title));
        let _ = writeln!(x, "    <id>{}</id>", escape(&link));
        let _ = writeln!(x, "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", escape(&link));
        if let Some(pb) = published {
            let _ = writeln!(x, "    <published>{pb}</published>");
        }
        let _ = writeln!(x, "    <updated>{upd}</updated>");
        for a in &p.fm.authors {
            let _ = writeln!(x, "    <author><name>{}</name></author>", escape(&a.name));
        }
        for t in &p.fm.tags {
            let _ = writeln!(x, "    <category term=\"{}\"/>", escape(t));
        }
        if !p.summary.is_empty() {
            let _ = writeln!(x, "    <summary>{}</summary>", escape(&p.summary));
        }
        let _ = writeln!(
            x,
            "    <content type=\"html\" xml:base=\"{}\">{}</content>",
            escape(&link),
            escape(&p.html.read(&p.file)?)
        );
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    Ok(x)
}
