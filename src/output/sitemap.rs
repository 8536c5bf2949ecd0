//! sitemap.xml with hreflang alternates (`xhtml:link`), robots.txt.

use std::fmt::Write as _;

use super::deps::Deps;
use super::routes::{in_sitemap, Route, RouteEntry, Routes, SITEMAP_PER_FILE};
use super::xml::escape;
use super::OutDir;
use crate::render::context::home_url;
use crate::site::Site;

struct Url {
    loc: String,
    lastmod: Option<String>,
    alternates: Vec<(String, String)>,
}

/// Writes the sitemap files and robots.txt; the sitemap files only when
/// their inputs (see `output::deps`) changed since the folder's last build.
pub fn write_all(site: &Site, routes: &Routes, deps: &Deps, out: &OutDir) {
    let hash = deps.sitemap(routes);
    let sitemaps = routes.entries.iter().filter(|e| matches!(e.route, Route::Sitemap(_)));
    // every one is recorded in the manifest, so no short-circuit
    let kept = sitemaps.map(|e| out.unchanged(&e.path, hash)).collect::<Vec<bool>>().into_iter().all(|k| k);
    let homes: Vec<(String, String)> =
        site.langs.iter().map(|l| (l.code.clone(), site.permalink(&home_url(&l.code)))).collect();
    let mut urls: Vec<Url> = Vec::new();
    for e in routes.entries.iter().filter(|e| !kept && in_sitemap(&e.route)) {
        let loc = site.permalink(&e.url);
        match e.route {
            Route::Home(_) => {
                let mut alternates = homes.clone();
                alternates.push(("x-default".into(), site.permalink("/")));
                urls.push(Url { loc, lastmod: None, alternates });
            }
            Route::Page(i) => {
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
                let p = &site.pages[i];
                let lastmod = p.fm.updated.or(p.fm.date).map(|d| d.to_rfc3339());
                urls.push(Url { loc, lastmod, alternates });
            }
            _ => urls.push(Url { loc, lastmod: None, alternates: Vec::new() }),
        }
    }

    let parts: Vec<&RouteEntry> =
        routes.entries.iter().filter(|e| matches!(e.route, Route::Sitemap(Some(_)))).collect();
    for e in &routes.entries {
        let bytes = match e.route {
            Route::Sitemap(_) if kept => continue,
            Route::Sitemap(None) if parts.is_empty() => urlset(&urls),
            Route::Sitemap(None) => {
                let mut index = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for part in &parts {
                    let _ = writeln!(index, "  <sitemap><loc>{}</loc></sitemap>", escape(&site.permalink(&part.url)));
                }
                index.push_str("</sitemapindex>\n");
                index
            }
            Route::Sitemap(Some(n)) => urlset(urls.chunks(SITEMAP_PER_FILE).nth(n - 1).unwrap_or_default()),
            Route::Robots => format!(
                "User-agent: *\nAllow: /\nDisallow: /search-index/\n\nSitemap: {}\n",
                site.permalink("/sitemap.xml")
            ),
            _ => continue,
        };
        out.write(&e.path, bytes.as_bytes());
    }
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
