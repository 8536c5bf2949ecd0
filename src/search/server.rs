//! HTTP API: `GET /api/search` and `GET /healthz` (SPEC §7).
//!
//! Stateless and read-only. Responses:
//! * `200` JSON [`SearchResponse`](super::SearchResponse), with
//!   `Cache-Control: public, max-age=60`;
//! * `400` JSON `{"error": "…"}` for a missing, empty, over-long or malformed
//!   `q`, a missing `lang`, or a `page`/`limit` that is not a positive integer
//!   (a `limit` above 50 is clamped, not refused);
//! * `404` JSON `{"error": "…"}` for a language without an index;
//! * `500` JSON `{"error": "…"}` if reading the index fails (the details go
//!   to the server's stderr, not to the client).
//!
//! Error responses carry `Cache-Control: no-store`. CORS allows any origin,
//! `GET` only. `section=`, `level=` and `tag=` filter (they combine); an
//! empty one means no filter, one longer than [`MAX_FILTER_BYTES`] is a 400.
//!
//! Searches run on `tokio::task::spawn_blocking`: a query itself takes well
//! under a millisecond, but building snippets reads stored documents through
//! mmap (page faults right after a rebuild) and tokenizes bodies, which can
//! take milliseconds under load; on the blocking pool that never stalls the
//! async workers that also serve static files in `agora serve`. Hopping
//! threads costs microseconds.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tower_http::cors::{Any, CorsLayer};

use super::{Filters, SearchError, SearchRequest, SearchService, DEFAULT_LIMIT};

/// Longest `section`, `level` or `tag` value accepted (a URL segment is at
/// most 200 bytes; a filter value cannot match anything longer).
pub const MAX_FILTER_BYTES: usize = 200;

/// A service that can be swapped after a rebuild: `agora serve` writes a new
/// `Arc<SearchService>` into the lock; requests in flight keep the old one.
pub type SharedService = Arc<RwLock<Arc<SearchService>>>;

/// Router over a fixed service (`agora search-server`).
pub fn router(service: Arc<SearchService>) -> Router {
    router_with(Arc::new(RwLock::new(service)))
}

/// Router over a swappable service (`agora serve`). Has no fallback, so it
/// can be merged into the static-file router.
pub fn router_with(state: SharedService) -> Router {
    let cors = CorsLayer::new().allow_origin(Any).allow_methods([Method::GET]);
    Router::new().route("/api/search", get(search)).route("/healthz", get(healthz)).layer(cors).with_state(state)
}

async fn healthz() -> &'static str {
    "ok"
}

async fn search(
    State(state): State<SharedService>,
    params: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Response {
    let Query(params) = match params {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("invalid query string: {e}")),
    };
    let (req, filters) = match request_from(&params) {
        Ok(r) => r,
        Err(msg) => return error(StatusCode::BAD_REQUEST, msg),
    };
    // Take the current service and release the lock before searching.
    let service = {
        let guard = state.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        Arc::clone(&guard)
    };
    let result = tokio::task::spawn_blocking(move || service.search_filtered(&req, &filters)).await;
    match result {
        Ok(Ok(resp)) => {
            let mut response = Json(resp).into_response();
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
            response
        }
        // What went wrong inside goes to the server's log, not to clients.
        Ok(Err(SearchError::Internal(detail))) => internal_error(&detail),
        Ok(Err(e)) => {
            let status = StatusCode::from_u16(e.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            error(status, e.to_string())
        }
        Err(join) => internal_error(&join.to_string()),
    }
}

/// Reads the query-string parameters into a request; `Err` is a 400 message.
fn request_from(params: &HashMap<String, String>) -> Result<(SearchRequest, Filters), String> {
    let q = params.get("q").ok_or("missing parameter `q`")?;
    let lang = params.get("lang").map(|l| l.trim()).filter(|l| !l.is_empty()).ok_or("missing parameter `lang`")?;
    let number = |name: &str, default: usize| -> Result<usize, String> {
        match params.get(name).map(|v| v.trim()) {
            None | Some("") => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n >= 1 => Ok(n),
                _ => Err(format!("`{name}` must be a whole number from 1, not `{v}`")),
            },
        }
    };
    let page = number("page", 1)?;
    let limit = number("limit", DEFAULT_LIMIT)?;
    let filter = |name: &str| -> Result<Option<String>, String> {
        match params.get(name).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) if v.len() > MAX_FILTER_BYTES => {
                Err(format!("`{name}` is too long ({} bytes, {MAX_FILTER_BYTES} at most)", v.len()))
            }
            Some(v) => Ok(Some(v.clone())),
        }
    };
    let section = filter("section")?;
    let filters = Filters { level: filter("level")?, tag: filter("tag")? };
    // Reject here too so the message names the problem before any lookup.
    super::query::prepare(q).map_err(|e| SearchError::BadRequest(e).to_string())?;
    Ok((SearchRequest { q: q.clone(), lang: lang.to_string(), section, page, limit }, filters))
}

fn internal_error(detail: &str) -> Response {
    eprintln!("error: search failed: {detail}");
    error(StatusCode::INTERNAL_SERVER_ERROR, "the search failed".into())
}

fn error(status: StatusCode, message: String) -> Response {
    let mut response = (status, Json(serde_json::json!({ "error": message }))).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
