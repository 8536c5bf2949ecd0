//! sitemap.xml with hreflang alternates (`xhtml:link`), robots.txt.

use std::fmt::Write as _;

use super::xml::escape;
use super::OutDir;
use crate::content::PageKind;
use crate::render::context::home_url;
use crate::site::Site;

/// The sitemap protocol allows 50,000 URLs per file.
const PER_FILE: usize = 50_000;

struct Url {
    loc: String,
    lastmod: Option<String>,
    alternates: Vec<(String, String)>,
}

pub fn write_all(site: &Site, out: &OutDir) {
    let mut urls: Vec<Url> = Vec::new();
    let homes: Vec<(String, String)> =
        site.langs.iter().map(|l| (l.code.clone(), site.permalink(&home_url(&l.code)))).collect();
    for l in &site.langs {
        let mut alts = homes.clone();
        alts.push(("x-default".into(), site.permalink("/")));
        urls.push(Url { loc: site.permalink(&home_url(&l.code)), lastmod: None, alternates: alts });
        for s in &l.sections {
            urls.push(Url { loc: site.permalink(&s.url), lastmod: None, alternates: Vec::new() });
        }
        for t in &l.taxonomies {
            for term in &t.terms {
                urls.push(Url { loc: site.permalink(&term.url), lastmod: None, alternates: Vec::new() });
            }
        }
    }
    for (i, p) in site.pages.iter().enumerate() {
        if !matches!(p.kind, PageKind::Entry | PageKind::Page) {
            continue;
        }
        let tr = site.translations_of(i);
        let mut alternates = Vec::new();
        if tr.len() > 1 {
            for &j in tr {
                alternates.push((site.pages[j].lang.clone(), site.permalink(&site.pages[j].url)));
            }
            if let Some(&d) = tr.iter().find(|&&j| site.pages[j].lang == site.config.default_language) {
                alternates.push(("x-default".into(), site.permalink(&site.pages[d].url)));
            }
        }
        let lastmod = p.fm.updated.or(p.fm.date).map(|d| d.to_rfc3339());
        urls.push(Url { loc: site.permalink(&p.url), lastmod, alternates });
    }

    if urls.len() <= PER_FILE {
        out.write("sitemap.xml", urlset(&urls).as_bytes());
    } else {
        let mut index = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (n, chunk) in urls.chunks(PER_FILE).enumerate() {
            let name = format!("sitemap-{}.xml", n + 1);
            out.write(&name, urlset(chunk).as_bytes());
            let _ = writeln!(index, "  <sitemap><loc>{}</loc></sitemap>", escape(&site.permalink(&format!("/{name}"))));
        }
        index.push_str("</sitemapindex>\n");
        out.write("sitemap.xml", index.as_bytes());
    }
    let robots =
        format!("User-agent: *\nAllow: /\nDisallow: /search-index/\n\nSitemap: {}\n", site.permalink("/sitemap.xml"));
    out.write("robots.txt", robots.as_bytes());
}

fn urlset(urls: &[Url]) -> String {
    let mut x = String::with_capacity(urls.len() * 200);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for u in urls {
        let _ = writeln!(x, "  <url>\n    <loc>{}</loc>", escape(&u.loc));
        if let Some(l) = &u.lastmod {
            let _ = writeln!(x, "    <lastmod>{}</lastmod>", escape(l));
        }
        for (lang, href) in &u.alternates {
            let _ = writeln!(
                x,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(lang),
                escape(href)
            );
        }
        x.push_str("  </url>\n");
    }
    x.push_str("</urlset>\n");
    x
}
