//! `agora serve`: build, serve the output folder on loopback, watch the site
//! for changes, rebuild and reload open pages. Also answers `/api/search`.
//!
//! Live reload is a long poll (`/__agora/reload?since=N` returns when the
//! build number moves past N): no WebSocket or SSE machinery needed, and a
//! browser that lost the connection simply polls again.

use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Query, Request};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tokio::sync::watch;
use tower::ServiceExt as _;
use tower_http::services::{ServeDir, ServeFile};

use crate::diag::Severity;
use crate::http_server::listen_and_serve;
use crate::pipeline::{self, BuildArgs};
use crate::search::server::{router_with, SharedService};
use crate::search::SearchService;

pub struct ServeArgs {
    pub build: BuildArgs,
    pub bind: IpAddr,
    pub port: u16,
}

/// Polls `/__agora/reload`: reloads the page after a successful rebuild, and
/// shows the errors of a failed one over the page (the last good build,
/// still served) until a build succeeds.
const RELOAD_SCRIPT: &str = r#"<script>(function(){var b=null,v=null,box=null;function show(t){if(!box){box=document.createElement('pre');box.id='agora-build-error';box.setAttribute('role','alert');box.dir='ltr';box.style.cssText='position:fixed;z-index:2147483647;top:0;left:0;right:0;max-height:60vh;overflow:auto;margin:0;padding:1em;background:#6b0000;color:#fff;font:14px/1.5 monospace;white-space:pre-wrap';document.body.appendChild(box)}box.textContent='agora: the last build failed; you are looking at the previous one.\n\n'+t}function hide(){if(box){box.remove();box=null}}function poll(){fetch('/__agora/reload'+(b===null?'':'?seq='+b)).then(function(r){return r.json()}).then(function(d){if(v!==null&&d.version!==v){location.reload();return}v=d.version;b=d.seq;if(d.error)show(d.error);else hide();poll()}).catch(function(){setTimeout(poll,1000)})}poll()})();</script>"#;

/// What the live-reload poll answers. `builds` counts every rebuild (tests
/// wait on it), `version` the successful builds and previews (a page
/// reloads when it moves), `seq` every change of this status (pages wait
/// on it), `error` holds the errors of the last build if it failed.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Status {
    pub version: u64,
    pub builds: u64,
    pub seq: u64,
    pub error: Option<String>,
}

type Version = watch::Sender<Status>;

pub fn run(args: ServeArgs) -> i32 {
    let out = args.build.out_dir();
    let mut session = pipeline::Session::default();
    let first = rebuild(&args.build, &mut session);
    let search: SharedService = Arc::new(RwLock::new(Arc::new(open_search(&out))));
    let (version, _) = watch::channel(Status { error: first.err(), ..Status::default() });
    let version = Arc::new(version);
    let watcher = spawn_watcher(args.build.clone(), session, search.clone(), version.clone());
    if let Err(e) = &watcher {
        eprintln!("warning: not watching for changes: {e}");
    }
    let banner = format!("Serving {}", out.display());
    let code = listen_and_serve(SocketAddr::new(args.bind, args.port), &banner, "/", app(out, search, version));
    drop(watcher);
    code
}

/// Build; the errors, one per line (`error[kind]: file:line:col: …`), if it failed.
fn rebuild(args: &BuildArgs, session: &mut pipeline::Session) -> Result<(), String> {
    match pipeline::build_with(args, Some(session)) {
        Ok(r) => {
            r.warnings.eprint();
            eprintln!("Built {} pages in {} ms", r.pages, r.elapsed.as_millis());
            Ok(())
        }
        Err(d) => {
            d.eprint();
            eprintln!("Build failed: {} error(s); still serving the previous build.", d.error_count());
            let errors: Vec<String> =
                d.iter().filter(|x| x.severity == Severity::Error).map(|x| x.to_string()).collect();
            Err(errors.join("\n"))
        }
    }
}

fn open_search(out: &Path) -> SearchService {
    SearchService::open(&out.join("search-index")).unwrap_or_else(|_| SearchService::empty())
}

/// The HTTP app: search API, live-reload poll, then static files.
pub fn app(out: PathBuf, search: SharedService, version: Arc<Version>) -> Router {
    let out = Arc::new(out);
    let v = version.clone();
    Router::new()
        .route(
            "/__agora/reload",
            get(move |q: Query<std::collections::HashMap<String, String>>| reload_poll(v.clone(), q)),
        )
        .merge(router_with(search))
        .fallback(move |req: Request| static_file(out.clone(), req))
}

async fn reload_poll(version: Arc<Version>, Query(q): Query<std::collections::HashMap<String, String>>) -> Response {
    let mut rx = version.subscribe();
    let number = |k: &str| q.get(k).and_then(|s| s.parse::<u64>().ok());
    // `seq`: until anything changes (pages); `since`: until a build ends.
    let wait = match (number("seq"), number("since")) {
        (Some(n), _) => Some((n, true)),
        (None, Some(n)) => Some((n, false)),
        (None, None) => None,
    };
    if let Some((n, any)) = wait {
        let changed = move |s: &Status| if any { s.seq != n } else { s.builds != n };
        // Bounded wait so proxies and browsers don't time the request out.
        let _ = tokio::time::timeout(Duration::from_secs(25), rx.wait_for(changed)).await;
    }
    let current = rx.borrow().clone();
    Json(current).into_response()
}

/// Map a request path to a file below `root`, refusing to leave it.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(url_path).decode_utf8().ok()?;
    let mut p = root.to_path_buf();
    for c in Path::new(decoded.trim_start_matches('/')).components() {
        match c {
            Component::Normal(s) => p.push(s),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(p)
}

/// What the guard in front of `ServeDir` lets through.
enum Guard {
    /// A file, or a folder with its `index.html`: `ServeDir` serves it.
    Serve,
    Redirect(String),
    BadPath,
    NotFound,
}

/// A static file: tower-http's `ServeDir` (types, `HEAD`, conditional and
/// range requests), behind [`guard`]; the language's 404 page for a missing
/// one; then [`for_the_browser`].
async fn static_file(root: Arc<PathBuf>, req: Request) -> Response {
    let url_path = req.uri().path().to_string();
    let head = req.method() == Method::HEAD;
    let checked = {
        let (root, url_path) = (root.clone(), url_path.clone());
        // The guard's file-system calls block: one hop to the blocking pool.
        tokio::task::spawn_blocking(move || guard(&root, &url_path)).await.unwrap_or(Guard::NotFound)
    };
    let response = match checked {
        Guard::Serve => {
            let Ok(r) = ServeDir::new(root.as_path()).oneshot(req).await;
            // Gone since the guard looked: answered like any missing file.
            if r.status() == StatusCode::NOT_FOUND {
                not_found(root, url_path, head).await
            } else {
                r.map(Body::new)
            }
        }
        Guard::NotFound => not_found(root, url_path, head).await,
        Guard::Redirect(to) => return (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response(),
        Guard::BadPath => return (StatusCode::BAD_REQUEST, "bad path").into_response(),
    };
    for_the_browser(response, head).await
}

/// Checks a request path before `ServeDir` opens anything. The path must
/// stay below `root`; no part of it may be a symbolic link (`ServeDir`
/// follows them; see [`kind_below`]); and a folder's URL without its slash
/// is redirected here, to [`folder_location`] (`ServeDir`'s own redirect
/// would send `//en` to `//en/`, another host to a browser).
fn guard(root: &Path, url_path: &str) -> Guard {
    let Some(path) = resolve(root, url_path) else {
        return Guard::BadPath;
    };
    match kind_below(root, &path) {
        Some(t) if t.is_dir() && !url_path.ends_with('/') => Guard::Redirect(folder_location(url_path)),
        Some(t) if t.is_dir() && file_below(root, &path.join("index.html")) => Guard::Serve,
        Some(t) if t.is_file() => Guard::Serve,
        _ => Guard::NotFound,
    }
}

/// The answer for a missing file: status 404 with the page of
/// [`not_found_page`], or a plain "not found" where there is none.
async fn not_found(root: Arc<PathBuf>, url_path: String, head: bool) -> Response {
    let page = tokio::task::spawn_blocking(move || not_found_page(&root, &url_path)).await.ok().flatten();
    let plain = || (StatusCode::NOT_FOUND, "not found").into_response();
    let Some(page) = page else {
        return plain();
    };
    // A plain GET (or HEAD) of the page: the request's conditional and range
    // headers are about the URL asked for, not about this page.
    let mut req = Request::new(Body::empty());
    *req.method_mut() = if head { Method::HEAD } else { Method::GET };
    let Ok(r) = ServeFile::new(page).oneshot(req).await;
    if r.status() != StatusCode::OK {
        return plain();
    }
    let mut r = r.map(Body::new);
    *r.status_mut() = StatusCode::NOT_FOUND;
    // Nothing for a browser to revalidate: the URL has no file.
    r.headers_mut().remove(header::LAST_MODIFIED);
    r
}

/// The page for an unknown URL: `/<lang>/404.html` when the URL's first
/// segment is a folder that has one (the build writes one per language, in
/// that language), else the site's `/404.html`, if there is one.
fn not_found_page(root: &Path, url_path: &str) -> Option<PathBuf> {
    let first = url_path.trim_start_matches('/').split('/').next().unwrap_or_default();
    if !first.is_empty() && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        let p = root.join(first).join("404.html");
        if file_below(root, &p) {
            return Some(p);
        }
    }
    Some(root.join("404.html")).filter(|p| file_below(root, p))
}

/// What a file served by `agora serve` gets on its way out: `Cache-Control:
/// no-cache` (every rebuild may change it), `charset=utf-8` on text types
/// (the build writes UTF-8), and in a whole HTML page the live-reload script.
async fn for_the_browser(response: Response, head: bool) -> Response {
    let (mut parts, body) = response.into_parts();
    let headers = &mut parts.headers;
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let html = content_type.starts_with("text/html");
    if content_type.starts_with("text/") && !content_type.contains("charset") {
        if let Ok(v) = HeaderValue::from_str(&format!("{content_type}; charset=utf-8")) {
            headers.insert(header::CONTENT_TYPE, v);
        }
    }
    // Only a whole page: not a range of one, nor a `304 Not Modified`.
    if !html || !matches!(parts.status, StatusCode::OK | StatusCode::NOT_FOUND) {
        return Response::from_parts(parts, body);
    }
    headers.remove(header::ACCEPT_RANGES);
    if head {
        // The length the page would have with the script.
        let length = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
        if let Some(n) = length {
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(n + RELOAD_SCRIPT.len()));
        }
        return Response::from_parts(parts, body);
    }
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "cannot read the file").into_response();
    };
    headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(inject_reload(bytes.into())))
}

/// The type of `path`, a path below `root`, without following symbolic
/// links: `None` if it is missing, or if it or any folder between `root` and
/// it is a symlink. The build writes no symlinks, so one in the output folder
/// was planted there and may point anywhere on the machine. (`root` itself
/// may be a symlink: the user chose it.)
fn kind_below(root: &Path, path: &Path) -> Option<std::fs::FileType> {
    let rel = path.strip_prefix(root).ok()?;
    let mut at = root.to_path_buf();
    let mut kind = std::fs::metadata(root).ok()?.file_type();
    for c in rel.components() {
        at.push(c);
        kind = std::fs::symlink_metadata(&at).ok()?.file_type();
        if kind.is_symlink() {
            return None;
        }
    }
    Some(kind)
}

/// Is `path`, below `root`, a file reached without a symbolic link?
fn file_below(root: &Path, path: &Path) -> bool {
    kind_below(root, path).is_some_and(|t| t.is_file())
}

/// Where a folder's URL without its trailing slash is redirected: the same
/// path with the slash, reduced to one leading slash (and no doubled ones).
/// `//en` must not become `//en/`: a browser reads a `Location` that starts
/// with two slashes (or a slash and a backslash) as another host.
fn folder_location(url_path: &str) -> String {
    let mut to = String::with_capacity(url_path.len() + 2);
    to.push('/');
    for c in url_path.trim_start_matches(['/', '\\']).chars() {
        if !(c == '/' && to.ends_with('/')) {
            to.push(c);
        }
    }
    if !to.ends_with('/') {
        to.push('/');
    }
    to
}

fn inject_reload(html: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{}{}", &text[..i], RELOAD_SCRIPT, &text[i..]).into_bytes(),
        None => format!("{text}{RELOAD_SCRIPT}").into_bytes(),
    }
}

/// Is a changed path one that affects the site (not output, not editor temp files)?
fn relevant(root: &Path, out: &Path, p: &Path) -> bool {
    if p.starts_with(out) {
        return false;
    }
    let rel = p.strip_prefix(root).unwrap_or(p);
    let first = rel.components().next().map(|c| c.as_os_str().to_string_lossy().to_string()).unwrap_or_default();
    if first.starts_with('.') || first == "target" || first == "node_modules" {
        return false;
    }
    let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    !(name.ends_with('~') || name.starts_with(".#") || name.ends_with(".swp") || name.ends_with(".tmp"))
}

fn spawn_watcher(
    args: BuildArgs,
    mut session: pipeline::Session,
    search: SharedService,
    version: Arc<Version>,
) -> notify::Result<notify::RecommendedWatcher> {
    use notify::{RecursiveMode, Watcher};
    let root = std::fs::canonicalize(&args.root).unwrap_or_else(|_| args.root.clone());
    let out = args.out_dir();
    let out = std::fs::canonicalize(&out).unwrap_or(out);
    let (tx, rx) = std::sync::mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    watcher.watch(&root, RecursiveMode::Recursive)?;
    std::thread::spawn(move || {
        // Only writes count: the build's own reads show up as access events.
        let changes = |ev: &notify::Result<notify::Event>| match ev {
            Ok(e) => {
                matches!(
                    e.kind,
                    notify::EventKind::Create(_)
                        | notify::EventKind::Remove(_)
                        | notify::EventKind::Modify(
                            notify::event::ModifyKind::Data(_)
                                | notify::event::ModifyKind::Name(_)
                                | notify::event::ModifyKind::Any
                        )
                        | notify::EventKind::Any
                ) && e.paths.iter().any(|p| relevant(&root, &out, p))
            }
            Err(_) => false,
        };
        // The changed files, as the build names them (below `args.root`).
        let paths = |ev: &notify::Result<notify::Event>| -> Vec<PathBuf> {
            let Ok(e) = ev else { return Vec::new() };
            if !changes(ev) {
                return Vec::new();
            }
            e.paths
                .iter()
                .filter(|p| relevant(&root, &out, p))
                .filter_map(|p| p.strip_prefix(&root).ok().map(|rel| args.root.join(rel)))
                .collect()
        };
        while let Ok(ev) = rx.recv() {
            let mut changed = paths(&ev);
            // Debounce: editors write several events per save (an atomic
            // save: a temporary file, then a rename), in a burst. Wait for
            // 15 ms without events, 150 ms at most.
            let until = Instant::now() + Duration::from_millis(150);
            loop {
                let quiet = until.saturating_duration_since(Instant::now()).min(Duration::from_millis(15));
                let Ok(ev) = rx.recv_timeout(quiet) else { break };
                changed.extend(paths(&ev));
            }
            if changed.is_empty() {
                continue;
            }
            changed.sort();
            changed.dedup();
            let start = Instant::now();
            if let Some(url) = pipeline::preview(&args, &mut session, &changed) {
                version.send_modify(|s| {
                    s.version += 1;
                    s.seq += 1;
                });
                eprintln!("Previewed {url} {} ms after the change", start.elapsed().as_millis());
            }
            match rebuild(&args, &mut session) {
                Ok(()) => {
                    *search.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(open_search(&args.out_dir()));
                    version.send_modify(|s| {
                        s.version += 1;
                        s.builds += 1;
                        s.seq += 1;
                        s.error = None;
                    });
                    eprintln!("Reloaded browsers {} ms after the change", start.elapsed().as_millis());
                }
                Err(e) => version.send_modify(|s| {
                    s.builds += 1;
                    s.seq += 1;
                    s.error = Some(e);
                }),
            }
        }
    });
    Ok(watcher)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_stays_inside() {
        let r = Path::new("/srv/public");
        assert_eq!(resolve(r, "/en/news/").unwrap(), PathBuf::from("/srv/public/en/news"));
        assert_eq!(resolve(r, "/tr/%C3%B6%C4%9F/").unwrap(), PathBuf::from("/srv/public/tr/öğ"));
        assert!(resolve(r, "/../etc/passwd").is_none());
        assert!(resolve(r, "/%2e%2e/etc/passwd").is_none());
    }

    #[test]
    fn folder_redirects_stay_on_the_site() {
        assert_eq!(folder_location("/en"), "/en/");
        assert_eq!(folder_location("//en"), "/en/");
        assert_eq!(folder_location("///en//news"), "/en/news/");
        assert_eq!(folder_location("/\\evil.example"), "/evil.example/");
        assert_eq!(folder_location("/tr/%C3%B6%C4%9F"), "/tr/%C3%B6%C4%9F/");
    }

    /// The static files over the app, as a browser sees them: types and
    /// the script, `HEAD`, revalidation, per-language 404 pages, folder
    /// redirects and symlinks (tests/serve.rs has the rest, over HTTP).
    #[tokio::test]
    async fn static_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let page = "<html><body>hello</body></html>";
        for (rel, text) in [
            ("en/index.html", page),
            ("en/404.html", "<html><body>en missing</body></html>"),
            ("404.html", "<html><body>missing</body></html>"),
            ("theme/site.css", "body{}"),
        ] {
            std::fs::create_dir_all(root.join(rel).parent().unwrap()).unwrap();
            std::fs::write(root.join(rel), text).unwrap();
        }
        let search: SharedService = Arc::new(RwLock::new(Arc::new(SearchService::empty())));
        let app = app(root.to_path_buf(), search, Arc::new(watch::channel(Status::default()).0));
        let get = |method: Method, path: &str, headers: &[(header::HeaderName, String)]| {
            let mut req = Request::builder().method(method).uri(path);
            for (k, v) in headers {
                req = req.header(k, v);
            }
            let app = app.clone();
            let req = req.body(Body::empty()).unwrap();
            async move {
                let r = app.oneshot(req).await.unwrap();
                let (parts, body) = r.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
                (parts, String::from_utf8(body.to_vec()).unwrap())
            }
        };
        let header = |p: &axum::http::response::Parts, k: header::HeaderName| {
            p.headers.get(k).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
        };

        let (p, body) = get(Method::GET, "/en/", &[]).await;
        assert_eq!(p.status, StatusCode::OK);
        assert_eq!(header(&p, header::CONTENT_TYPE), "text/html; charset=utf-8");
        assert_eq!(header(&p, header::CACHE_CONTROL), "no-cache");
        assert_eq!(body, String::from_utf8(inject_reload(page.into())).unwrap());
        assert_eq!(header(&p, header::CONTENT_LENGTH), body.len().to_string());
        let (h, empty) = get(Method::HEAD, "/en/", &[]).await;
        assert_eq!((h.status, empty.as_str()), (StatusCode::OK, ""));
        assert_eq!(header(&h, header::CONTENT_LENGTH), body.len().to_string());
        let since = header(&p, header::LAST_MODIFIED);
        let (p, _) = get(Method::GET, "/en/", &[(header::IF_MODIFIED_SINCE, since)]).await;
        assert_eq!(p.status, StatusCode::NOT_MODIFIED);

        let (p, body) = get(Method::GET, "/theme/site.css", &[]).await;
        assert_eq!((p.status, body.as_str()), (StatusCode::OK, "body{}"));
        assert_eq!(header(&p, header::CONTENT_TYPE), "text/css; charset=utf-8");

        let (p, body) = get(Method::GET, "/en/nope/", &[]).await;
        assert_eq!(p.status, StatusCode::NOT_FOUND);
        assert!(body.contains("en missing") && body.contains("/__agora/reload"), "{body}");
        let (p, body) = get(Method::GET, "/xx/nope", &[(header::RANGE, "bytes=0-3".into())]).await;
        assert_eq!(p.status, StatusCode::NOT_FOUND);
        assert!(body.starts_with("<html><body>missing"), "{body}");
        assert_eq!(get(Method::GET, "/%2e%2e/x", &[]).await.0.status, StatusCode::BAD_REQUEST);

        let (p, _) = get(Method::GET, "//en", &[]).await;
        assert_eq!((p.status, header(&p, header::LOCATION)), (StatusCode::MOVED_PERMANENTLY, "/en/".into()));

        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("en"), root.join("nl")).unwrap();
            std::os::unix::fs::symlink(root.join("en/index.html"), root.join("en/copy.html")).unwrap();
            for path in ["/nl/", "/nl/index.html", "/en/copy.html"] {
                let (p, body) = get(Method::GET, path, &[]).await;
                assert_eq!(p.status, StatusCode::NOT_FOUND, "{path}");
                assert!(!body.contains("hello"), "{path}: {body}");
            }
        }
    }

    #[test]
    fn reload_script_goes_before_body_end() {
        let out = String::from_utf8(inject_reload(b"<html><body><p>x</p></body></html>".to_vec())).unwrap();
        assert!(out.contains("</p><script>") && out.ends_with("</script></body></html>"));
    }
}
