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

/// Run `app` on `addr` until Ctrl-C; the exit status of the command.
fn listen_and_serve(addr: SocketAddr, banner: &str, path: &str, app: Router) -> i32 {
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the server runtime: {e}");
            return 1;
        }
    };
    rt.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot listen on {addr}: {e}");
                return 1;
            }
        };
        let local = listener.local_addr().map(|a| a.to_string()).unwrap_or_else(|_| addr.to_string());
        eprintln!("{banner} at http://{local}{path} (Ctrl-C to stop)");
        let res = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await;
        match res {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("error: {e}");
                1
            }
        }
    })
}

fn rebuild(args: &BuildArgs) -> bool {
    match pipeline::build(args) {
        Ok(r) => {
            crate::cli::print_diagnostics(&r.warnings);
            eprintln!("Built {} pages in {} ms", r.pages, r.elapsed.as_millis());
            true
        }
        Err(d) => {
            crate::cli::print_diagnostics(&d);
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

async fn static_file(root: Arc<PathBuf>, uri: Uri) -> Response {
    let Some(mut path) = resolve(&root, uri.path()) else {
        return (StatusCode::BAD_REQUEST, "bad path").into_response();
    };
    if path.is_dir() {
        if !uri.path().ends_with('/') {
            let to = format!("{}/", uri.path());
            return (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response();
        }
        path.push("index.html");
    }
    let (status, path) =
        if path.is_file() { (StatusCode::OK, path) } else { (StatusCode::NOT_FOUND, root.join("404.html")) };
    match tokio::fs::read(&path).await {
        Ok(bytes) => {
            let ct = content_type(&path);
            let body = if ct.starts_with("text/html") { inject_reload(bytes) } else { bytes };
            (status, [(header::CONTENT_TYPE, ct), (header::CACHE_CONTROL, "no-cache")], Body::from(body))
                .into_response()
        }
        Err(_) => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
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

/// `agora search-server`: only `/api/search` and `/healthz`, from prebuilt
/// indexes. Read-only and stateless, so replicas can sit behind a balancer.
pub fn search_server(index: &Path, bind: IpAddr, port: u16) -> i32 {
    let service = match SearchService::open(index) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e:#} (run `agora build` first)");
            return 1;
        }
    };
    let banner = format!("Search API for {}", service.languages().join(", "));
    listen_and_serve(
        SocketAddr::new(bind, port),
        &banner,
        "/api/search",
        crate::search::server::router(Arc::new(service)),
    )
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
    fn reload_script_goes_before_body_end() {
        let out = String::from_utf8(inject_reload(b"<html><body><p>x</p></body></html>".to_vec())).unwrap();
        assert!(out.contains("</p><script>") && out.ends_with("</script></body></html>"));
    }
}
