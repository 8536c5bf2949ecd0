//! HTML pages: every page of the site is an independent job, rendered and
//! written in parallel (rayon).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde_json::{json, Value};

use super::{url_to_dir, OutDir};
use crate::content::{urls, PageKind};
use crate::render::context::{self, LangContext};
use crate::render::Renderer;
use crate::site::Site;

/// One page to render.
#[derive(Debug, Clone)]
enum Job {
    Page(usize),
    Home(usize),
    Listing { lang: usize, section: usize, page: usize },
    Term { lang: usize, tax: usize, term: usize, page: usize },
    TaxonomyIndex { lang: usize, tax: usize },
    Search(usize),
    Alias(usize),
    Chooser,
    NotFound,
}

fn pages_of(n: usize, per: usize) -> usize {
    n.div_ceil(per.max(1)).max(1)
}

fn paged_url(base: &str, n: usize) -> String {
    if n <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{n}/")
    }
}

/// Terms per listing page of a taxonomy.
const TERM_PAGE: usize = 24;

pub fn write_all(site: &Site, r: &Renderer, out: &OutDir) {
    let lcs: HashMap<&str, LangContext> =
        site.config.languages.iter().map(|l| (l.code.as_str(), context::lang_context(site, r, l))).collect();

    let mut jobs = vec![Job::Chooser, Job::NotFound];
    for (i, p) in site.pages.iter().enumerate() {
        if matches!(p.kind, PageKind::Entry | PageKind::Page) {
            jobs.push(Job::Page(i));
        }
    }
    for (li, l) in site.langs.iter().enumerate() {
        jobs.push(Job::Home(li));
        for (si, s) in l.sections.iter().enumerate() {
            for n in 1..=pages_of(s.items.len(), s.config.paginate_by) {
                jobs.push(Job::Listing { lang: li, section: si, page: n });
            }
        }
        for (ti, t) in l.taxonomies.iter().enumerate() {
            jobs.push(Job::TaxonomyIndex { lang: li, tax: ti });
            for (ki, term) in t.terms.iter().enumerate() {
                for n in 1..=pages_of(term.items.len(), TERM_PAGE) {
                    jobs.push(Job::Term { lang: li, tax: ti, term: ki, page: n });
                }
            }
        }
        if site.config.search.enabled && r.has_template("search.html") {
            jobs.push(Job::Search(li));
        }
    }
    for i in 0..site.aliases.len() {
        jobs.push(Job::Alias(i));
    }

    jobs.par_iter().for_each(|job| match render_job(site, r, &lcs, job) {
        Ok((path, html)) => out.write(path, html.as_bytes()),
        Err(d) => out.error(d),
    });

    // Co-located assets next to their page.
    site.pages.par_iter().for_each(|p| {
        for a in &p.assets {
            if let Some(dir) = site_asset_dir(&site.config.root, p, a) {
                out.copy(a, p.out_dir.join(dir));
            }
        }
    });
}

fn site_asset_dir(root: &Path, p: &crate::content::Page, asset: &Path) -> Option<PathBuf> {
    let src_dir = root.join(&p.file);
    let src_dir = src_dir.parent()?;
    asset.strip_prefix(src_dir).ok().map(Path::to_path_buf)
}

fn index_html(dir: &Path) -> PathBuf {
    dir.join("index.html")
}

fn render_job(
    site: &Site,
    r: &Renderer,
    lcs: &HashMap<&str, LangContext>,
    job: &Job,
) -> Result<(PathBuf, String), crate::diag::Diagnostic> {
    let cfg = &site.config;
    match job {
        Job::Page(i) => {
            let p = &site.pages[*i];
            let lc = &lcs[p.lang.as_str()];
            let mut c = context::base(
                lc,
                &p.url,
                &site.permalink(&p.url),
                context::alternates(site, *i),
                context::page_switcher(site, *i),
            );
            c.insert("page", &context::page_json(site, *i));
            if let Some(s) = &p.section {
                if let Some(sm) = site.lang(&p.lang).and_then(|l| l.sections.iter().find(|x| &x.name == s)) {
                    c.insert(
                        "section",
                        &json!({ "name": s, "title": context::section_title(site, r, &p.lang, s), "url": sm.url }),
                    );
                }
            }
            let template = if p.kind == PageKind::Entry {
                r.entry_template(p, cfg)
            } else {
                p.fm.template.clone().unwrap_or_else(|| "page.html".into())
            };
            let html = r.render(&p.lang, &template, &c).map_err(|d| with_file(d, &p.file))?;
            Ok((index_html(&p.out_dir), html))
        }
        Job::Home(li) => {
            let l = &site.langs[*li];
            let lc = &lcs[l.code.as_str()];
            let url = context::home_url(&l.code);
            let alternates = home_alternates(site);
            let switcher = context::switcher(site, &l.code, |code| {
                let lang = cfg.language(code)?;
                Some((context::home_url(code), lang.title.clone()))
            });
            let mut c = context::base(lc, &url, &site.permalink(&url), alternates, switcher);
            let page = match l.home {
                Some(h) => context::page_json(site, h),
                None => {
                    json!({ "title": cfg.language(&l.code).map(|x| x.title.clone()).unwrap_or_default(), "content": "", "summary": "", "kind": "home", "url": url, "lang": l.code })
                }
            };
            c.insert("page", &page);
            let sections: Vec<Value> = l
                .sections
                .iter()
                .map(|s| {
                    json!({
                        "name": s.name,
                        "title": context::section_title(site, r, &l.code, &s.name),
                        "url": s.url,
                        "feed_url": if s.config.feed { Value::String(format!("{}feed.xml", s.url)) } else { Value::Null },
                        "items": s.items.iter().take(4).map(|it| context::item_json(site, *it)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            c.insert("sections", &sections);
            let html = r.render(&l.code, "index.html", &c)?;
            Ok((PathBuf::from(&l.code).join("index.html"), html))
        }
        Job::Listing { lang, section, page } => {
            let l = &site.langs[*lang];
            let s = &l.sections[*section];
            let lc = &lcs[l.code.as_str()];
            let per = s.config.paginate_by;
            let total_pages = pages_of(s.items.len(), per);
            let url = paged_url(&s.url, *page);
            let has_section = |code: &str| site.lang(code).and_then(|m| m.sections.iter().find(|x| x.name == s.name));
            let alternates = context::alternates_for_paths(site, |code| {
                let m = has_section(code)?;
                (*page <= pages_of(m.items.len(), m.config.paginate_by)).then(|| paged_url(&m.url, *page))
            });
            let switcher = context::switcher(site, &l.code, |code| {
                has_section(code).map(|m| (m.url.clone(), context::section_title(site, r, code, &s.name)))
            });
            let mut c = context::base(lc, &url, &site.permalink(&url), alternates, switcher);
            let content = s.index_page.map(|i| site.pages[i].html.clone()).unwrap_or_default();
            c.insert(
                "section",
                &json!({
                    "name": s.name,
                    "title": context::section_title(site, r, &l.code, &s.name),
                    "content": content,
                    "url": s.url,
                    "feed_url": if s.config.feed { Value::String(format!("{}feed.xml", s.url)) } else { Value::Null },
                }),
            );
            let items: Vec<Value> =
                s.items.iter().skip((page - 1) * per).take(per).map(|it| context::item_json(site, *it)).collect();
            c.insert(
                "pagination",
                &context::pagination(items, *page, total_pages, s.items.len(), &|n| paged_url(&s.url, n)),
            );
            let html = r.render(&l.code, &r.section_template(&s.name), &c)?;
            Ok((index_html(&url_to_dir(&url)), html))
        }
        Job::Term { lang, tax, term, page } => {
            let l = &site.langs[*lang];
            let t = &l.taxonomies[*tax];
            let term = &t.terms[*term];
            let lc = &lcs[l.code.as_str()];
            let url = paged_url(&term.url, *page);
            // the same term in another language
            let other_term = |code: &str| {
                site.lang(code)?
                    .taxonomies
                    .iter()
                    .find(|x| x.name == t.name)?
                    .terms
                    .iter()
                    .find(|x| x.slug == term.slug)
            };
            let alternates = context::alternates_for_paths(site, |code| {
                other_term(code).filter(|_| *page == 1).map(|other| other.url.clone())
            });
            let switcher = context::switcher(site, &l.code, |code| {
                other_term(code).map(|other| (other.url.clone(), other.name.clone()))
            });
            let mut c = context::base(lc, &url, &site.permalink(&url), alternates, switcher);
            c.insert("taxonomy", &json!({ "name": t.name, "term": term.name, "slug": term.slug, "url": term.url, "taxonomy_url": t.url }));
            let items: Vec<Value> = term
                .items
                .iter()
                .skip((page - 1) * TERM_PAGE)
                .take(TERM_PAGE)
                .map(|it| context::item_json(site, *it))
                .collect();
            let total = pages_of(term.items.len(), TERM_PAGE);
            c.insert(
                "pagination",
                &context::pagination(items, *page, total, term.items.len(), &|n| paged_url(&term.url, n)),
            );
            let html = r.render(&l.code, "taxonomy_term.html", &c)?;
            Ok((index_html(&url_to_dir(&url)), html))
        }
        Job::TaxonomyIndex { lang, tax } => {
            let l = &site.langs[*lang];
            let t = &l.taxonomies[*tax];
            let lc = &lcs[l.code.as_str()];
            let alternates = context::alternates_for_paths(site, |code| {
                Some(format!("/{}/{}/", urls::encode_segment(code), t.name))
            });
            let switcher = context::switcher(site, &l.code, |code| {
                Some((format!("/{}/{}/", urls::encode_segment(code), t.name), t.name.clone()))
            });
            let mut c = context::base(lc, &t.url, &site.permalink(&t.url), alternates, switcher);
            c.insert("taxonomy", &json!({ "name": t.name, "url": t.url }));
            let terms: Vec<Value> = t
                .terms
                .iter()
                .map(|x| json!({ "name": x.name, "slug": x.slug, "url": x.url, "count": x.items.len() }))
                .collect();
            c.insert("terms", &terms);
            let template = if r.has_template("taxonomy.html") { "taxonomy.html" } else { "taxonomy_term.html" };
            let html = r.render(&l.code, template, &c)?;
            Ok((index_html(&url_to_dir(&t.url)), html))
        }
        Job::Search(li) => {
            let l = &site.langs[*li];
            let lc = &lcs[l.code.as_str()];
            let search_url = |code: &str| format!("/{}/search/", urls::encode_segment(code));
            let url = search_url(&l.code);
            let alternates = context::alternates_for_paths(site, |code| Some(search_url(code)));
            let switcher = context::switcher(site, &l.code, |code| {
                Some((search_url(code), r.t(code, "search-title").unwrap_or_default()))
            });
            let c = context::base(lc, &url, &site.permalink(&url), alternates, switcher);
            let html = r.render(&l.code, "search.html", &c)?;
            Ok((index_html(&url_to_dir(&url)), html))
        }
        Job::Alias(i) => {
            let a = &site.aliases[*i];
            let p = &site.pages[a.target];
            let dir = cfg.language(&p.lang).map(|l| l.dir.as_str()).unwrap_or("ltr");
            Ok((index_html(&a.out_dir), redirect_html(&p.lang, dir, &site.permalink(&p.url), &p.url, &p.fm.title)))
        }
        Job::Chooser => {
            let default = cfg.default_language.as_str();
            let lc = &lcs[default];
            let alternates = home_alternates(site);
            let switcher = context::switcher(site, default, |code| {
                Some((context::home_url(code), cfg.language(code)?.title.clone()))
            });
            let mut c = context::base(lc, "/", &site.permalink("/"), alternates, switcher);
            let homes: Vec<Value> = cfg
                .languages
                .iter()
                .map(|l| {
                    let mut v = context::language_json(l);
                    v["welcome"] = json!(r.t(&l.code, "chooser-welcome").unwrap_or_default());
                    v
                })
                .collect();
            c.insert("languages_home", &homes);
            let template = if r.has_template("languages.html") { "languages.html" } else { "index.html" };
            let html = r.render(default, template, &c)?;
            Ok((PathBuf::from("index.html"), html))
        }
        Job::NotFound => {
            let default = cfg.default_language.as_str();
            let lc = &lcs[default];
            let switcher = context::switcher(site, default, |code| {
                Some((context::home_url(code), cfg.language(code)?.title.clone()))
            });
            let c = context::base(lc, "/404.html", &site.permalink("/404.html"), json!([]), switcher);
            let html = r.render(default, "404.html", &c)?;
            Ok((PathBuf::from("404.html"), html))
        }
    }
}

/// Alternates of the language homes and of the root chooser: every home, and
/// the chooser itself as x-default (SPEC §5), as the sitemap lists them.
fn home_alternates(site: &Site) -> Value {
    let mut v: Vec<Value> = site
        .config
        .languages
        .iter()
        .map(|l| json!({ "hreflang": l.code, "href": site.permalink(&context::home_url(&l.code)) }))
        .collect();
    v.push(json!({ "hreflang": "x-default", "href": site.permalink("/") }));
    Value::Array(v)
}

fn with_file(mut d: crate::diag::Diagnostic, file: &Path) -> crate::diag::Diagnostic {
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
