//! `agora search` (query the prebuilt indexes on the command line) and
//! `agora search-server` (serve `/api/search` from them).

use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;

use super::Format;
use crate::http_server::listen_and_serve;
use crate::search::{Filters, SearchError, SearchRequest, SearchService, MAX_LIMIT};

/// `agora search`: one page of results, as text or JSON.
pub fn run(index: &Path, req: SearchRequest, filters: &Filters, format: Format) -> i32 {
    let Some(service) = open(index) else {
        return 1;
    };
    match service.search_filtered(&req, filters) {
        Ok(r) => {
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&r).unwrap()),
                Format::Text => {
                    outln!("{} result(s) for \"{}\" in {}", r.total, r.query, r.lang);
                    if let Some(c) = &r.corrected {
                        outln!("(no match for the words as typed; showing results for \"{}\")", c.query);
                    }
                    for (i, h) in r.hits.iter().enumerate() {
                        let n = (req.page.max(1) - 1) * req.limit.clamp(1, MAX_LIMIT) + i + 1;
                        outln!("{n:>3}. {}  {}", h.title, h.url);
                        let plain = crate::search::html::strip_html(&h.snippet);
                        if !plain.is_empty() {
                            outln!("     {plain}");
                        }
                    }
                }
            }
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            match e {
                SearchError::BadRequest(_) | SearchError::UnknownLanguage(_) => 2,
                SearchError::Internal(_) => 1,
            }
        }
    }
}

/// `agora search-server`: only `/api/search` and `/healthz`, from prebuilt
/// indexes. Read-only and stateless, so replicas can sit behind a balancer.
pub fn server(index: &Path, bind: IpAddr, port: u16) -> i32 {
    let Some(service) = open(index) else {
        return 1;
    };
    let banner = format!("Search API for {}", service.languages().join(", "));
    listen_and_serve(
        SocketAddr::new(bind, port),
        &banner,
        "/api/search",
        crate::search::server::router(Arc::new(service)),
    )
}

/// The indexes, or `None` after saying why not.
fn open(index: &Path) -> Option<SearchService> {
    match SearchService::open(index) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("error: {e:#} (run `agora build` first)");
            None
        }
    }
}
