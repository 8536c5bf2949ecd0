//! HTML pages: every page of the site is an independent job, rendered and
//! written in parallel (rayon).

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use serde_json::json;

use super::deps::Deps;
use super::manifest::InputHash;
use super::routes::{pages_of, Route, RouteEntry, Routes, TERM_PAGE};
use super::OutDir;
use crate::content::urls::{paged_url, search_url, section_feed_url};
use crate::content::{urls, PageKind};
use crate::diag::Diagnostic;
use crate::render::context::{self, Alternate, SwitcherEntry};
use crate::render::Renderer;
use crate::site::Site;

/// Renders every HTML route of the table, except those whose render inputs
/// (see `output::deps`) hash as in the manifest of the folder being written
/// (see `output::manifest`).
pub fn write_all(site: &Site, r: &Renderer, routes: &Routes, langs: &Langs, deps: &Deps, out: &OutDir) {
    // Resized copies of entry images first: pages name them in `srcset`.
    if !out.dry_run {
        let t = std::time::Instant::now();
        let st = site.images.prepare(&site.config.root, &|rel, bytes| out.write(rel, bytes));
        if std::env::var_os("AGORA_TIMINGS").is_some() {
            eprintln!(
                "images: {} WebP copies ({} from the cache, {} encoded, {} dropped as larger than the original); originals {} bytes, copies {} bytes; {:.1} ms",
                st.variants,
                st.cache_hits,
                st.encoded,
                st.dropped_larger,
                st.original_bytes,
                st.variant_bytes,
                t.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
    let html: Vec<&RouteEntry> = routes.html().collect();
    write_routes(site, r, langs, deps, &html, out);
}

/// Renders the given HTML routes (see [`write_all`]); `agora serve`'s
/// preview renders one page this way.
pub fn write_routes(site: &Site, r: &Renderer, langs: &Langs, deps: &Deps, html: &[&RouteEntry], out: &OutDir) {
    html.par_iter().for_each(|e| {
        if deps.route(e).is_some_and(|h| out.unchanged(&e.path, h)) {
            return;
        }
        match prepare(site, r, &langs.0, e) {
            Ok(Prepared::Html(html)) => out.write(&e.path, html.as_bytes()),
            Ok(Prepared::Template { lang, template, ctx, file }) => match r.render(lang, &template, &ctx.tera) {
                Ok(html) => out.write(&e.path, html.as_bytes()),
                Err(d) => out.error(match file {
                    Some(f) => with_file(d, f),
                    None => d,
                }),
            },
            Err(d) => out.error(d),
        }
    });
}

/// Every language's shared context, and its hash.
pub struct Langs<'a>(HashMap<&'a str, Lang>);

impl<'a> Langs<'a> {
    pub fn new(site: &'a Site, r: &Renderer) -> Langs<'a> {
        Langs(
            site.config
                .languages
                .iter()
                .map(|l| {
                    let mut lc = context::lang_context(site, r, l);
                    reader_site(site, &l.code, &mut lc.site);
                    let hash = InputHash::new().json(&lc.site).json(&lc.lang).str(&lc.feed_url).finish();
                    let base = context::lang_base(&lc);
                    (l.code.as_str(), Lang { base, hash })
                })
                .collect(),
        )
    }

    /// The hashes, in the site's language order (for `output::deps`).
    pub fn hashes(&self, site: &Site) -> Vec<u128> {
        site.config.languages.iter().map(|l| self.0.get(l.code.as_str()).map_or(0, |x| x.hash)).collect()
    }
}

/// A language's shared context, and its hash.
struct Lang {
    /// The language's [`context::LangContext`] as the start of every route's Tera context.
    base: tera::Context,
    hash: u128,
}

/// A route's render context (its input hash comes from `output::deps`, not from it).
struct Ctx {
    tera: tera::Context,
}

impl Ctx {
    fn new(
        lang: &Lang,
        url: &str,
        permalink: &str,
        alternates: Vec<Alternate>,
        translations: Vec<SwitcherEntry>,
    ) -> Ctx {
        Ctx { tera: context::base(&lang.base, url, permalink, alternates, translations) }
    }

    fn insert<T: serde::Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        self.tera.insert(key, value);
    }
}

/// What a route needs: a template to render with its context, or the HTML
/// itself (redirects).
enum Prepared<'a> {
    Html(String),
    Template { lang: &'a str, template: String, ctx: Ctx, file: Option<&'a Path> },
}

fn with_template<'a>(lang: &'a str, template: impl Into<String>, ctx: Ctx) -> Result<Prepared<'a>, Diagnostic> {
    Ok(Prepared::Template { lang, template: template.into(), ctx, file: None })
}

/// Copies the files beside pages (images, PDFs …) next to their page.
pub fn copy_assets(routes: &Routes, out: &OutDir) {
    routes.entries.par_iter().for_each(|e| {
        if let Route::Asset { src, .. } = &e.route {
            out.copy(src, &e.path);
        }
    });
}

/// The shared inputs of every route's context.
#[derive(Clone, Copy)]
struct Env<'a, 'b> {
    site: &'a Site,
    r: &'b Renderer,
    lcs: &'b HashMap<&'b str, Lang>,
}

/// The context (and template) of one route of the table.
fn prepare<'a>(
    site: &'a Site,
    r: &Renderer,
    lcs: &HashMap<&str, Lang>,
    e: &RouteEntry,
) -> Result<Prepared<'a>, Diagnostic> {
    let env = Env { site, r, lcs };
    let url = e.url.as_str();
    match &e.route {
        Route::Page(i) => page_route(&env, url, i),
        Route::Home(li) => home_route(&env, url, li),
        Route::Listing { lang, section, page } => listing_route(&env, url, lang, section, page),
        Route::Term { lang, tax, term, page } => term_route(&env, url, lang, tax, term, page),
        Route::TaxonomyIndex { lang, tax } => taxonomy_index_route(&env, url, lang, tax),
        Route::Search(li) => search_route(&env, url, li),
        Route::Alias(i) => alias_route(&env, url, i),
        Route::Chooser => chooser_route(&env, url),
        Route::NotFound(li) => not_found_route(&env, url, li),
        other => Err(Diagnostic::error(
            "internal",
            &e.path,
            0,
            0,
            format!("{other:?} is not an HTML route (please report this as a bug)"),
        )),
    }
}

/// An entry or stand-alone page.
fn page_route<'a>(env: &Env<'a, '_>, url: &str, i: &usize) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, r, lcs } = *env;
    let cfg = &site.config;
    let p = &site.pages[*i];
    let lc = &lcs[p.lang.as_str()];
    let alternates = context::alternates(site, *i);
    let meta = meta(
        site,
        &p.lang,
        &p.fm.title,
        &p.summary,
        p.fm.image.as_ref(),
        if p.kind == PageKind::Entry { "article" } else { "website" },
        p.fm.date.map(|d| d.to_rfc3339()),
        &alternates,
    );
    let mut c = Ctx::new(lc, url, &site.permalink(url), alternates, context::page_switcher(site, *i));
    c.insert("page", &context::page(site, *i)?);
    c.insert("meta", &meta);
    if let Some(s) = &p.section {
        if let Some(sm) = site.lang(&p.lang).and_then(|l| l.sections.iter().find(|x| &x.name == s)) {
            let title = context::section_title(site, r, &p.lang, s);
            c.insert("section", &context::SectionLink { name: s.clone(), title, url: sm.url.clone() });
        }
    }
    let template = if p.kind == PageKind::Entry {
        r.entry_template(p, cfg)
    } else {
        p.fm.template.clone().unwrap_or_else(|| "page.html".into())
    };
    Ok(Prepared::Template { lang: &p.lang, template, ctx: c, file: Some(&p.file) })
}

/// A language's home: the featured entry and the latest of each section.
fn home_route<'a>(env: &Env<'a, '_>, url: &str, li: &usize) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, r, lcs } = *env;
    let cfg = &site.config;
    let l = &site.langs[*li];
    let lc = &lcs[l.code.as_str()];
    let alternates = home_alternates(site);
    let switcher = context::switcher(site, &l.code, |code| {
        let lang = cfg.language(code)?;
        Some((context::home_url(code), lang.title.clone()))
    });
    let lang_title = cfg.language(&l.code).map(|x| x.title.as_str()).unwrap_or_default();
    let (title, summary) = match l.home {
        Some(h) => (site.pages[h].fm.title.as_str(), site.pages[h].summary.clone()),
        None => (lang_title, String::new()),
    };
    let summary = if summary.is_empty() { r.t(&l.code, "site-tagline").unwrap_or_default() } else { summary };
    let meta = meta(site, &l.code, title, &summary, None, "website", None, &alternates);
    let mut c = Ctx::new(lc, url, &site.permalink(url), alternates, switcher);
    c.insert("meta", &meta);
    match l.home {
        Some(h) => c.insert("page", &context::page(site, h)?),
        None => c.insert(
            "page",
            &context::BareHome {
                title: lang_title,
                content: "",
                summary: "",
                kind: PageKind::Home,
                url,
                lang: &l.code,
            },
        ),
    }
    let featured = site.featured(&l.code);
    c.insert("featured", &featured.map(|it| context::item(site, it)));
    let sections: Vec<context::HomeSection> = l
        .sections
        .iter()
        .map(|s| {
            // not the featured entry again; no course that has ended
            let items = s
                .items
                .iter()
                .filter(|it| featured.is_none_or(|f| f.page != it.page))
                .filter(|it| site.course_state(&site.pages[it.page]) != Some(crate::site::CourseState::Ended))
                .take(HOME_ITEMS)
                .map(|it| context::item(site, *it))
                .collect();
            context::HomeSection {
                name: &s.name,
                title: context::section_title(site, r, &l.code, &s.name),
                url: &s.url,
                feed_url: s.config.feed.then(|| section_feed_url(&s.url)),
                items,
            }
        })
        .collect();
    c.insert("sections", &sections);
    with_template(&l.code, "index.html", c)
}

/// Page `page` of a section's listing.
fn listing_route<'a>(
    env: &Env<'a, '_>,
    url: &str,
    lang: &usize,
    section: &usize,
    page: &usize,
) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, r, lcs } = *env;
    let l = &site.langs[*lang];
    let s = &l.sections[*section];
    let lc = &lcs[l.code.as_str()];
    let per = s.config.paginate_by;
    let has_section = |code: &str| site.lang(code).and_then(|m| m.sections.iter().find(|x| x.name == s.name));
    let alternates = context::alternates_for_paths(site, |code| {
        let m = has_section(code)?;
        (*page <= pages_of(m.items.len(), m.config.paginate_by)).then(|| paged_url(&m.url, *page))
    });
    let switcher = context::switcher(site, &l.code, |code| {
        has_section(code).map(|m| (m.url.clone(), context::section_title(site, r, code, &s.name)))
    });
    let content = match s.index_page.map(|i| &site.pages[i]) {
        Some(p) => p.html.read(&p.file)?,
        None => Default::default(),
    };
    let sec_title = context::section_title(site, r, &l.code, &s.name);
    let description = s
        .index_page
        .map(|i| site.pages[i].summary.clone())
        .filter(|x| !x.is_empty())
        .or_else(|| r.t(&l.code, "site-tagline"))
        .unwrap_or_default();
    let meta = meta(site, &l.code, &sec_title, &description, None, "website", None, &alternates);
    let mut c = Ctx::new(lc, url, &site.permalink(url), alternates, switcher);
    c.insert("meta", &meta);
    c.insert(
        "section",
        &context::ListingSection {
            name: &s.name,
            title: sec_title.clone(),
            content: &content,
            url: &s.url,
            feed_url: s.config.feed.then(|| section_feed_url(&s.url)),
        },
    );
    c.insert("pagination", &paginated(site, &s.items, *page, per, &s.url));
    with_template(&l.code, r.section_template(&s.name), c)
}

/// The `pagination` of page `page` of a listing of `items`, `per` a page,
/// whose first page is at `base`.
fn paginated<'a>(
    site: &'a Site,
    items: &[crate::site::ListItem],
    page: usize,
    per: usize,
    base: &str,
) -> context::Pagination<'a> {
    let shown = items.iter().skip((page - 1) * per).take(per).map(|it| context::item(site, *it)).collect();
    context::pagination(shown, page, pages_of(items.len(), per), items.len(), &|n| paged_url(base, n))
}

/// Page `page` of a taxonomy term's listing.
fn term_route<'a>(
    env: &Env<'a, '_>,
    url: &str,
    lang: &usize,
    tax: &usize,
    term: &usize,
    page: &usize,
) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, r, lcs } = *env;
    let l = &site.langs[*lang];
    let t = &l.taxonomies[*tax];
    let term = &t.terms[*term];
    let lc = &lcs[l.code.as_str()];
    // the same term in another language
    let other_term = |code: &str| {
        site.lang(code)?.taxonomies.iter().find(|x| x.name == t.name)?.terms.iter().find(|x| x.slug == term.slug)
    };
    let alternates = context::alternates_for_paths(site, |code| {
        other_term(code).filter(|_| *page == 1).map(|other| other.url.clone())
    });
    let switcher =
        context::switcher(site, &l.code, |code| other_term(code).map(|other| (other.url.clone(), other.name.clone())));
    let tp = site.term_page(&l.code, &t.name, &term.slug);
    let term_html = tp.map(|x| x.html.read(&x.file)).transpose()?;
    let description = tp
        .map(|x| x.summary.clone())
        .filter(|x| !x.is_empty())
        .or_else(|| r.t(&l.code, "site-tagline"))
        .unwrap_or_default();
    let title = tp.map_or(term.name.as_str(), |x| x.title.as_str());
    let meta = meta(site, &l.code, title, &description, None, "website", None, &alternates);
    let mut c = Ctx::new(lc, url, &site.permalink(url), alternates, switcher);
    c.insert(
        "taxonomy",
        &context::TermListing {
            name: &t.name,
            term: &term.name,
            slug: &term.slug,
            url: &term.url,
            taxonomy_url: &t.url,
            title: tp.map(|x| x.title.as_str()),
            description: term_html.as_deref(),
        },
    );
    c.insert("meta", &meta);
    c.insert("pagination", &paginated(site, &term.items, *page, TERM_PAGE, &term.url));
    with_template(&l.code, "taxonomy_term.html", c)
}

/// All terms of a taxonomy.
fn taxonomy_index_route<'a>(
    env: &Env<'a, '_>,
    url: &str,
    lang: &usize,
    tax: &usize,
) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, r, lcs } = *env;
    let l = &site.langs[*lang];
    let t = &l.taxonomies[*tax];
    let lc = &lcs[l.code.as_str()];
    let alternates = context::alternates_for_paths(site, |code| Some(urls::taxonomy_url(code, &t.name)));
    let switcher = context::switcher(site, &l.code, |code| Some((urls::taxonomy_url(code, &t.name), t.name.clone())));
    let description = r.t(&l.code, "site-tagline").unwrap_or_default();
    let title = r
        .translator
        .format(&l.code, "taxonomy-all", &serde_json::Map::from_iter([("taxonomy".to_string(), json!(t.name))]))
        .unwrap_or_else(|_| t.name.clone());
    let meta = meta(site, &l.code, &title, &description, None, "website", None, &alternates);
    let mut c = Ctx::new(lc, url, &site.permalink(url), alternates, switcher);
    c.insert("taxonomy", &context::TaxonomyLink { name: &t.name, url: &t.url });
    let terms: Vec<context::TermSummary> = t
        .terms
        .iter()
        .map(|x| context::TermSummary {
            name: &x.name,
            slug: &x.slug,
            url: &x.url,
            count: x.items.len(),
            title: site.term_page(&l.code, &t.name, &x.slug).map(|p| p.title.as_str()),
        })
        .collect();
    c.insert("terms", &terms);
    c.insert("meta", &meta);
    let template = if r.has_template("taxonomy.html") { "taxonomy.html" } else { "taxonomy_term.html" };
    with_template(&l.code, template, c)
}

/// The search page (the results come from `/api/search`).
fn search_route<'a>(env: &Env<'a, '_>, url: &str, li: &usize) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, r, lcs } = *env;
    let l = &site.langs[*li];
    let lc = &lcs[l.code.as_str()];
    let alternates = context::alternates_for_paths(site, |code| Some(search_url(code)));
    let switcher = context::switcher(site, &l.code, |code| {
        Some((search_url(code), r.t(code, "search-title").unwrap_or_default()))
    });
    let c = Ctx::new(lc, url, &site.permalink(url), alternates, switcher);
    with_template(&l.code, "search.html", c)
}

/// A redirect to the page an alias names.
fn alias_route<'a>(env: &Env<'a, '_>, _url: &str, i: &usize) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, .. } = *env;
    let cfg = &site.config;
    let a = &site.aliases[*i];
    let p = &site.pages[a.target];
    let dir = cfg.language(&p.lang).map(|l| l.dir.as_str()).unwrap_or("ltr");
    Ok(Prepared::Html(redirect_html(&p.lang, dir, &site.permalink(&p.url), &p.url, &p.fm.title)))
}

/// `/`: the language chooser.
fn chooser_route<'a>(env: &Env<'a, '_>, url: &str) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, r, lcs } = *env;
    let cfg = &site.config;
    let default = cfg.default_language.as_str();
    let lc = &lcs[default];
    let alternates = home_alternates(site);
    let switcher =
        context::switcher(site, default, |code| Some((context::home_url(code), cfg.language(code)?.title.clone())));
    let mut c = Ctx::new(lc, url, &site.permalink(url), alternates, switcher);
    let homes: Vec<context::LanguageHome> = cfg
        .languages
        .iter()
        .map(|l| context::LanguageHome {
            language: context::language(l),
            welcome: r.t(&l.code, "chooser-welcome").unwrap_or_default(),
        })
        .collect();
    c.insert("languages_home", &homes);
    let template = if r.has_template("languages.html") { "languages.html" } else { "index.html" };
    with_template(default, template, c)
}

/// `/404.html` (default language) or `/<lang>/404.html`.
fn not_found_route<'a>(env: &Env<'a, '_>, url: &str, li: &Option<usize>) -> Result<Prepared<'a>, Diagnostic> {
    let Env { site, lcs, .. } = *env;
    let cfg = &site.config;
    // The root one speaks the default language; `/<lang>/404.html`
    // is what a server answers for unknown URLs below `/<lang>/`.
    let code = match li {
        Some(i) => site.langs[*i].code.as_str(),
        None => cfg.default_language.as_str(),
    };
    let lc = &lcs[code];
    let switcher =
        context::switcher(site, code, |other| Some((context::home_url(other), cfg.language(other)?.title.clone())));
    let c = Ctx::new(lc, url, &site.permalink(url), Vec::new(), switcher);
    with_template(code, "404.html", c)
}

/// Items of each section on a language home.
const HOME_ITEMS: usize = 6;

/// Stand-alone pages the footer links, by `translation_key`, in this order.
pub const FOOTER_PAGES: &[&str] = &["about", "contact", "accessibility", "privacy", "legal"];

/// What every page of a language gets besides `site` from the render
/// context: `site.favicon`, `site.pages` (each stand-alone page by
/// translation key, in this language or else the first of its fallback
/// chain that has it) and `site.footer_links` (those of [`FOOTER_PAGES`]).
fn reader_site(site: &Site, lang: &str, v: &mut context::SiteContext) {
    let root = &site.config.root;
    let favicon = ["favicon.svg", "favicon.ico", "favicon.png"]
        .into_iter()
        .find(|f| root.join("static").join(f).is_file())
        .map(|f| format!("/{f}"))
        .unwrap_or_else(|| "/theme/favicon.svg".to_string());
    let chain = site.config.lookup_chain(lang);
    let mut pages = indexmap::IndexMap::new();
    for code in &chain {
        for p in site.pages.iter().filter(|p| &p.lang == code && p.kind == PageKind::Page) {
            if !pages.contains_key(&p.translation_key) {
                let dir = site.config.language(&p.lang).map(|l| l.dir.as_str()).unwrap_or("ltr");
                pages.insert(
                    p.translation_key.clone(),
                    context::PageLink { url: p.url.clone(), title: p.fm.title.clone(), lang: p.lang.clone(), dir },
                );
            }
        }
    }
    let footer_links = FOOTER_PAGES.iter().filter_map(|k| pages.get(*k).cloned()).collect();
    v.reader = Some(context::ReaderSite { favicon, pages, footer_links });
}

/// `og:locale` of a language tag: `pt-PT` → `pt_PT`; a bare language gets
/// the territory where the platform's readers of it mostly are.
pub fn og_locale(lang: &str) -> String {
    if let Some((l, region)) = lang.split_once('-') {
        if region.len() == 2 {
            return format!("{}_{}", l.to_lowercase(), region.to_uppercase());
        }
    }
    let region = match lang {
        "ar" => "AR",
        "bg" => "BG",
        "cs" => "CZ",
        "da" => "DK",
        "de" => "DE",
        "el" => "GR",
        "en" => "GB",
        "es" => "ES",
        "et" => "EE",
        "fi" => "FI",
        "fr" => "FR",
        "ga" => "IE",
        "hr" => "HR",
        "hu" => "HU",
        "is" => "IS",
        "it" => "IT",
        "lt" => "LT",
        "lv" => "LV",
        "mk" => "MK",
        "mt" => "MT",
        "nl" => "NL",
        "no" | "nb" | "nn" => "NO",
        "pl" => "PL",
        "pt" => "PT",
        "ro" => "RO",
        "sk" => "SK",
        "sl" => "SI",
        "sq" => "AL",
        "sr" => "RS",
        "sv" => "SE",
        "tr" => "TR",
        "uk" => "UA",
        _ => return lang.replace('-', "_"),
    };
    let l = if lang == "no" { "nb" } else { lang };
    format!("{l}_{region}")
}

/// `meta`: what the head says about a page for search engines and sharing
/// (description, Open Graph). The description is cut at a word boundary.
#[allow(clippy::too_many_arguments)]
fn meta<'a>(
    site: &Site,
    lang: &str,
    title: &'a str,
    description: &str,
    image: Option<&'a crate::content::frontmatter::Image>,
    kind: &'static str,
    published: Option<String>,
    alternates: &[Alternate],
) -> context::Meta<'a> {
    let locale_alternates =
        alternates.iter().map(|a| a.hreflang).filter(|h| *h != "x-default" && *h != lang).map(og_locale).collect();
    // Open Graph readers take raster images only
    let image = image.filter(|img| !img.src.to_lowercase().split(['?', '#']).next().unwrap_or("").ends_with(".svg"));
    let image = image.map(|img| {
        let info = site.images.get(&img.src);
        let url = if img.src.starts_with('/') && !img.src.starts_with("//") {
            site.permalink(&img.src)
        } else {
            img.src.clone()
        };
        context::MetaImage { url, alt: &img.alt, width: info.map(|i| i.width), height: info.map(|i| i.height) }
    });
    context::Meta {
        title,
        description: crate::site::summary::excerpt(description, crate::site::summary::META_CHARS),
        kind,
        locale: og_locale(lang),
        locale_alternates,
        image,
        published,
    }
}

/// Alternates of the language homes and of the root chooser: every home, and
/// the chooser itself as x-default (SPEC §5), as the sitemap lists them.
fn home_alternates(site: &Site) -> Vec<Alternate<'_>> {
    let mut v: Vec<Alternate> = site
        .config
        .languages
        .iter()
        .map(|l| Alternate { hreflang: &l.code, href: site.permalink(&context::home_url(&l.code)) })
        .collect();
    v.push(Alternate { hreflang: "x-default", href: site.permalink("/") });
    v
}

fn with_file(mut d: Diagnostic, file: &Path) -> Diagnostic {
    d.message = format!("{} (while rendering {})", d.message, file.display());
    d
}

/// A redirect page for an alias: meta refresh plus canonical link.
pub fn redirect_html(lang: &str, dir: &str, permalink: &str, url: &str, title: &str) -> String {
    let e = |s: &str| html_escape::encode_double_quoted_attribute(s).into_owned();
    format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<link rel=\"canonical\" href=\"{}\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={}\">\n</head>\n<body>\n<p><a href=\"{}\">{}</a></p>\n</body>\n</html>\n",
        e(lang),
        e(dir),
        html_escape::encode_text(title),
        e(permalink),
        e(url),
        e(url),
        html_escape::encode_text(title)
    )
}
