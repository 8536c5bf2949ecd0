//! What each route is rendered from, as one hash per route (the values of
//! `output::manifest`), worked out from the pages' source digests rather
//! than from the rendered contexts, so a build can tell which routes to skip
//! without building their contexts.
//!
//! A route's hash covers:
//! - `base`: what every route may read: the fingerprint (agora's version,
//!   build options and date, site.yaml, theme, templates, Fluent files),
//!   every language's shared context (section titles, stand-alone pages,
//!   favicon …), the term pages, and the entry images' files and sizes;
//! - its own path and URL;
//! - the digests of the pages it shows, with their translations' (a
//!   page's alternates, switcher and translation status come from those),
//!   and the counts its pagination and alternates are made of.
//!
//! A route may read more of the site than its hash names only through
//! `base`. What is not covered here is written whole and compared byte for
//! byte by `OutDir::write` (aliases, robots.txt, static files).

use rayon::prelude::*;

use super::manifest::InputHash;
use super::routes::{in_sitemap, pages_of, Route, RouteEntry, Routes, TERM_PAGE};
use crate::site::{ListItem, Site};

pub struct Deps<'a> {
    site: &'a Site,
    base: u128,
    /// Per page: its digest and its translations' digests.
    with_translations: Vec<u128>,
}

impl<'a> Deps<'a> {
    /// `lang_contexts`: a hash of each language's shared template context.
    pub fn new(site: &'a Site, fingerprint: u128, lang_contexts: &[u128]) -> Deps<'a> {
        let mut h = InputHash::new();
        h.u128(fingerprint);
        lang_contexts.iter().for_each(|x| {
            h.u128(*x);
        });
        let mut terms: Vec<_> = site.term_pages.iter().collect();
        terms.sort_by(|a, b| a.0.cmp(b.0));
        for ((lang, tax, slug), t) in terms {
            h.str(lang).str(tax).str(slug).u128(t.digest);
        }
        let mut images: Vec<_> = site.images.by_url.iter().collect();
        images.sort_by(|a, b| a.0.cmp(b.0));
        for (url, info) in images {
            let meta = std::fs::metadata(&info.file).ok();
            h.str(url).str(&info.file.to_string_lossy()).hashed(&(
                info.width,
                info.height,
                format!("{:?}", info.format),
            ));
            h.hashed(&(meta.as_ref().map(|m| m.len()), meta.and_then(|m| m.modified().ok())));
        }
        let mut assets: Vec<_> = site.images.assets.iter().collect();
        assets.sort();
        h.hashed(&assets);
        let with_translations = (0..site.pages.len())
            .into_par_iter()
            .map(|i| {
                let mut h = InputHash::new();
                h.u128(site.pages[i].digest);
                for &j in site.translations_of(i) {
                    h.u128(site.pages[j].digest);
                }
                h.finish()
            })
            .collect();
        Deps { site, base: h.finish(), with_translations }
    }

    /// The hash of a route's render inputs; `None` for routes written whole
    /// every time.
    pub fn route(&self, e: &RouteEntry) -> Option<u128> {
        let site = self.site;
        let mut h = self.start(e);
        match &e.route {
            Route::Page(i) | Route::ApiDoc(i) => {
                h.u128(self.with_translations[*i]);
            }
            // the featured entry and the newest of each section, of this
            // language or its fallbacks: any page may be one
            Route::Home(_) => {
                site.pages.iter().for_each(|p| {
                    h.u128(p.digest);
                });
            }
            Route::Listing { lang, section, page } => {
                let l = &site.langs[*lang];
                let s = &l.sections[*section];
                let per = s.config.paginate_by;
                self.items(&mut h, &s.items, *page, per);
                h.hashed(&s.index_page.map(|i| site.pages[i].digest));
                // alternates: the same page of the listing in other languages
                for other in &site.langs {
                    let n =
                        other.sections.iter().find(|x| x.name == s.name).map(|m| (m.items.len(), m.config.paginate_by));
                    h.str(&other.code).hashed(&n);
                }
            }
            Route::Term { lang, tax, term, page } => {
                let t = &site.langs[*lang].taxonomies[*tax];
                let term = &t.terms[*term];
                h.str(&term.name).str(&term.slug);
                self.items(&mut h, &term.items, *page, TERM_PAGE);
                for other in &site.langs {
                    let same = other
                        .taxonomies
                        .iter()
                        .find(|x| x.name == t.name)
                        .and_then(|x| x.terms.iter().find(|x| x.slug == term.slug))
                        .map(|x| (&x.url, &x.name));
                    h.str(&other.code).hashed(&same);
                }
            }
            Route::TaxonomyIndex { lang, tax } => {
                for t in &site.langs[*lang].taxonomies[*tax].terms {
                    h.str(&t.name).str(&t.slug).hashed(&t.items.len());
                }
            }
            Route::ApiIndex { lang, .. } => {
                let code = &site.config.languages[*lang].code;
                for (i, p) in site.pages.iter().enumerate() {
                    if &p.lang == code {
                        h.u128(self.with_translations[i]);
                    }
                }
            }
            Route::Search(_) | Route::Chooser | Route::NotFound(_) => {}
            _ => return None,
        }
        Some(h.finish())
    }

    /// A route made of `pages` alone (and `base`): a feed.
    pub fn pages(&self, e: &RouteEntry, pages: &[usize]) -> u128 {
        let mut h = self.start(e);
        for &i in pages {
            h.u128(self.site.pages[i].digest);
        }
        h.finish()
    }

    /// What every route's hash begins with: `base`, its path and URL.
    fn start(&self, e: &RouteEntry) -> InputHash {
        let mut h = InputHash::new();
        h.u128(self.base).str(&e.path.to_string_lossy()).str(&e.url);
        h
    }

    /// The sitemap files': every URL in them, with the pages' dates and
    /// alternates (not their digests: a new sentence changes no sitemap).
    pub fn sitemap(&self, routes: &Routes) -> u128 {
        let mut h = InputHash::new();
        h.u128(self.base).str("sitemap");
        for e in routes.entries.iter().filter(|e| in_sitemap(&e.route) || matches!(e.route, Route::Sitemap(_))) {
            h.str(&e.url);
            if let Route::Page(i) = e.route {
                let p = &self.site.pages[i];
                let lastmod = p.fm.updated.or(p.fm.date);
                h.hashed(&lastmod.map(|d| (d.timestamp(), d.timestamp_subsec_nanos(), d.offset().local_minus_utc())));
                for &j in self.site.translations_of(i) {
                    h.str(&self.site.pages[j].lang).str(&self.site.pages[j].url);
                }
            }
        }
        h.finish()
    }

    /// Page `page` of a listing: the items shown and the counts around them.
    fn items(&self, h: &mut InputHash, items: &[ListItem], page: usize, per: usize) {
        h.hashed(&(page, per, items.len(), pages_of(items.len(), per)));
        for it in items.iter().skip((page - 1) * per).take(per) {
            h.u128(self.site.pages[it.page].digest).hashed(&it.fallback);
        }
    }
}
