//! Atom feeds: one per language (all feed-enabled sections) and one per
//! feed-enabled section.

use std::fmt::Write as _;

use rayon::prelude::*;

use super::xml::escape;
use super::OutDir;
use crate::render::context::section_title;
use crate::render::Renderer;
use crate::site::Site;

/// Entries per feed.
pub const FEED_LIMIT: usize = 30;

pub fn write_all(site: &Site, r: &Renderer, out: &OutDir) {
    let mut feeds: Vec<(String, Option<String>)> = Vec::new();
    for l in &site.langs {
        feeds.push((l.code.clone(), None));
        for s in &l.sections {
            if s.config.feed {
                feeds.push((l.code.clone(), Some(s.name.clone())));
            }
        }
    }
    feeds.par_iter().for_each(|(lang, section)| {
        let (path, xml) = feed(site, r, lang, section.as_deref());
        out.write(path, xml.as_bytes());
    });
}

fn feed(site: &Site, r: &Renderer, lang: &str, section: Option<&str>) -> (String, String) {
    let l = site.config.language(lang).expect("declared language");
    let entries = site.entries_for_feed(lang, section);
    let (rel, title) = match section {
        Some(s) => (format!("{lang}/{s}/feed.xml"), format!("{} — {}", l.title, section_title(site, r, lang, s))),
        None => (format!("{lang}/feed.xml"), l.title.clone()),
    };
    let self_url = site.permalink(&format!("/{}", crate::content::urls::encode_path(&rel)));
    let alt_url = site.permalink(&match section {
        Some(s) => format!("/{}/{}/", crate::content::urls::encode_segment(lang), s),
        None => format!("/{}/", crate::content::urls::encode_segment(lang)),
    });
    let updated = entries
        .iter()
        .take(FEED_LIMIT)
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
    for &i in entries.iter().take(FEED_LIMIT) {
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
        let _ = writeln!(x, "    <content type=\"html\" xml:base=\"{}\">{}</content>", escape(&link), escape(&p.html));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    (rel, x)
}
