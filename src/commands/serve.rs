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
use axum::extract::Query;
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tokio::sync::watch;

use crate::http_server::listen_and_serve;
use crate::pipeline::{self, BuildArgs};
use crate::search::server::{router_with, SharedService};
use crate::search::SearchService;

pub struct ServeArgs {
    pub build: BuildArgs,
    pub bind: IpAddr,
    pub port: u16,
}

const RELOAD_SCRIPT: &str = r#"<script>(function(){var v=null;function poll(){fetch('/__agora/reload'+(v===null?'':'?since='+v)).then(function(r){return r.json()}).then(function(d){if(v!==null&&d.version!==v){location.reload();return}v=d.version;poll()}).catch(function(){setTimeout(poll,1000)})}poll()})();</script>"#;

/// Build number; bumped after every successful rebuild.
type Version = watch::Sender<u64>;

pub fn run(args: ServeArgs) -> i32 {
    let out = args.build.out_dir();
    rebuild(&args.build);
    let search: SharedService = Arc::new(RwLock::new(Arc::new(open_search(&out))));
    let (version, _) = watch::channel(0u64);
    let version = Arc::new(version);
    let watcher = spawn_watcher(args.build.clone(), search.clone(), version.clone());
    if let Err(e) = &watcher {
        eprintln!("warning: not watching for changes: {e}");
    }
    let banner = format!("Serving {}", out.display());
    let code = listen_and_serve(SocketAddr::new(args.bind, args.port), &banner, "/", app(out, search, version));
    drop(watcher);
    code
}

fn rebuild(args: &BuildArgs) -> bool {
    match pipeline::build(args) {
        Ok(r) => {
            r.warnings.eprint();
            eprintln!("Built {} pages in {} ms", r.pages, r.elapsed.as_millis());
            true
        }
        Err(d) => {
            d.eprint();
            eprintln!("Build failed: {} error(s); still serving the previous build.", d.error_count());
            false
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
        .fallback(move |uri: Uri| static_file(out.clone(), uri))
}

async fn reload_poll(version: Arc<Version>, Query(q): Query<std::collections::HashMap<String, String>>) -> Response {
    let mut rx = version.subscribe();
    if let Some(since) = q.get("since").and_then(|s| s.parse::<u64>().ok()) {
        // Bounded wait so proxies and browsers don't time the request out.
        let _ = tokio::time::timeout(Duration::from_secs(25), rx.wait_for(|v| *v != since)).await;
    }
    let current = *rx.borrow();
    Json(serde_json::json!({ "version": current })).into_response()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
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

/// What a static-file request is answered with.
enum Answer {
    File { status: StatusCode, path: PathBuf, bytes: Vec<u8> },
    Redirect(String),
    BadPath,
    NotFound,
}

async fn static_file(root: Arc<PathBuf>, uri: Uri) -> Response {
    let url_path = uri.path().to_string();
    // File-system calls block: one hop to the blocking pool does them all.
    let answer = tokio::task::spawn_blocking(move || look_up(&root, &url_path)).await.unwrap_or(Answer::NotFound);
    match answer {
        Answer::File { status, path, bytes } => {
            let ct = content_type(&path);
            let body = if ct.starts_with("text/html") { inject_reload(bytes) } else { bytes };
            (status, [(header::CONTENT_TYPE, ct), (header::CACHE_CONTROL, "no-cache")], Body::from(body))
                .into_response()
        }
        Answer::Redirect(to) => (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response(),
        Answer::BadPath => (StatusCode::BAD_REQUEST, "bad path").into_response(),
        Answer::NotFound => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

/// The file for a request path: the page, the folder's `index.html`, a
/// redirect to the folder's URL with its slash, or the site's `404.html`.
fn look_up(root: &Path, url_path: &str) -> Answer {
    let Some(mut path) = resolve(root, url_path) else {
        return Answer::BadPath;
    };
    if kind_below(root, &path).is_some_and(|t| t.is_dir()) {
        if !url_path.ends_with('/') {
            return Answer::Redirect(folder_location(url_path));
        }
        path.push("index.html");
    }
    let (status, path) = if kind_below(root, &path).is_some_and(|t| t.is_file()) {
        (StatusCode::OK, path)
    } else {
        (StatusCode::NOT_FOUND, not_found_page(root, url_path))
    };
    if !kind_below(root, &path).is_some_and(|t| t.is_file()) {
        return Answer::NotFound;
    }
    match std::fs::read(&path) {
        Ok(bytes) => Answer::File { status, path, bytes },
        Err(_) => Answer::NotFound,
    }
}

/// The page for an unknown URL: `/<lang>/404.html` when the URL's first
/// segment is a folder that has one (the build writes one per language, in
/// that language), else the site's `/404.html`.
fn not_found_page(root: &Path, url_path: &str) -> PathBuf {
    let first = url_path.trim_start_matches('/').split('/').next().unwrap_or_default();
    if !first.is_empty() && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        let p = root.join(first).join("404.html");
        if kind_below(root, &p).is_some_and(|t| t.is_file()) {
            return p;
        }
    }
    root.join("404.html")
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
        while let Ok(ev) = rx.recv() {
            let mut dirty = changes(&ev);
            // Debounce: editors write several events per save.
            let until = Instant::now() + Duration::from_millis(40);
            while let Ok(ev) = rx.recv_timeout(until.saturating_duration_since(Instant::now())) {
                dirty |= changes(&ev);
            }
            if !dirty {
                continue;
            }
            let start = Instant::now();
            if rebuild(&args) {
                *search.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(open_search(&args.out_dir()));
                version.send_modify(|v| *v += 1);
                eprintln!("Reloaded browsers {} ms after the change", start.elapsed().as_millis());
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

    #[test]
    fn reload_script_goes_before_body_end() {
        let out = String::from_utf8(inject_reload(b"<html><body><p>x</p></body></html>".to_vec())).unwrap();
        assert!(out.contains("</p><script>") && out.ends_with("</script></body></html>"));
    }
}
