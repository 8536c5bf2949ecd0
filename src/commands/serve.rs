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
        http::serve(listener, app, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
        0
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

/// The HTTP server under `agora serve` and `agora search-server`: hyper's
/// HTTP/1 connections with a header-read timeout, a cap on open connections,
/// a bound on the request rate and a timeout per request.
///
/// `axum::serve` offers none of these knobs (it installs no timer, so hyper's
/// header timeout never fires, and accepts without limit), so the accept loop
/// is ours; everything per connection and per request is hyper's and tower's.
mod http {
    use std::collections::BTreeMap;
    use std::future::Future;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use axum::body::Body;
    use axum::error_handling::HandleErrorLayer;
    use axum::http::{header, HeaderValue, Request, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::{BoxError, Json, Router};
    use hyper::body::Incoming;
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;
    use tokio::net::{TcpListener, TcpStream};
    use tokio::sync::{oneshot, watch, OwnedSemaphorePermit, Semaphore};
    use tower::{ServiceBuilder, ServiceExt};
    use tower_http::timeout::TimeoutLayer;

    /// How long a client has to send a request line and its headers, counted
    /// from when the server starts waiting for them: on a new connection, and
    /// between two requests on a kept-alive one (hyper's HTTP/1 header timer
    /// covers both, so this is also the keep-alive idle timeout). A browser
    /// sends its headers in one packet, so 10 s is far above any honest
    /// client, while a connection that sends nothing, or dribbles a header
    /// (slowloris), holds its slot for 10 s at most. Browsers reopen a
    /// kept-alive connection the server closed without the user noticing.
    pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

    /// Most connections open at once; each holds a task, two small buffers
    /// and a file descriptor. 512 is ample for a site-search node behind a
    /// balancer (HTTP/1 runs one request at a time per connection, and search
    /// answers in milliseconds) and for a preview server, and stays below
    /// the common default open-file limit of 1024. The cap is lowered to fit
    /// a smaller open-file limit (see [`connection_cap`]).
    ///
    /// When the cap is reached, a new connection is not refused: open
    /// connections are asked to close, one every [`EVICT_EVERY`], until a
    /// slot frees — first the oldest of those that never sent a whole
    /// request (they cost nothing to drop, and are what a flood of idle
    /// connections is made of), then the oldest of the others. One that is
    /// idle closes at once; one in the middle of a request finishes it
    /// first; one still dribbling its headers goes at its header timeout.
    pub const MAX_CONNECTIONS: usize = 512;

    /// Open files kept free besides connections: search-index files, static
    /// files being read, the file watcher, stdio.
    const FD_RESERVE: u64 = 64;

    /// See [`MAX_CONNECTIONS`].
    const EVICT_EVERY: Duration = Duration::from_millis(100);

    /// Requests let through per [`RATE_WINDOW`] over all connections: 5,000
    /// a second. Above what one search-server answers on a small machine
    /// (hundreds of searches a second on 2 cores, see docs/LOAD.md), so it
    /// never slows honest traffic, while a flood is held to a bounded rate
    /// instead of piling work onto the blocking pool. Static files in
    /// `agora serve` can go faster than that on loopback: a preview server
    /// needs nowhere near it. Requests over the rate wait in a queue of
    /// [`MAX_QUEUED`].
    const REQUESTS_PER_WINDOW: u64 = 50;
    /// Short windows, so a request over the rate waits 10 ms at most for
    /// the next one instead of the rest of a second.
    const RATE_WINDOW: Duration = Duration::from_millis(10);

    /// Requests waiting for the rate limit at once; more are answered `503`
    /// with `Retry-After: 1` right away (load shedding) instead of queueing
    /// without bound.
    const MAX_QUEUED: usize = 256;

    /// Longest time from a request's headers to its response head; `503`
    /// past it. Above the 25 s the live-reload long poll of `agora serve`
    /// waits; a search or a static file takes milliseconds.
    const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

    /// How long Ctrl-C waits for requests in flight to finish.
    const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

    /// The open connections, keyed by an ever-increasing number (so in the
    /// order they were accepted).
    type Open = Arc<Mutex<BTreeMap<u64, Conn>>>;

    struct Conn {
        /// Asks the connection to close once its current request is answered.
        evict: oneshot::Sender<()>,
        /// Set when the connection has sent a whole request.
        served: Arc<AtomicBool>,
    }

    /// Serves `app` on `listener` until `shutdown` resolves, then lets the
    /// requests in flight finish (at most [`SHUTDOWN_GRACE`]).
    pub async fn serve(listener: TcpListener, app: Router, shutdown: impl Future<Output = ()>) {
        let cap = connection_cap();
        if cap < MAX_CONNECTIONS {
            eprintln!("note: serving at most {cap} connections at once (the open-file limit is low)");
        }
        let service = ServiceBuilder::new()
            .map_request(|req: Request<Incoming>| req.map(Body::new))
            .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, REQUEST_TIMEOUT))
            .layer(HandleErrorLayer::new(overloaded))
            .load_shed()
            .buffer(MAX_QUEUED)
            .rate_limit(REQUESTS_PER_WINDOW, RATE_WINDOW)
            .service(app);
        let slots = Arc::new(Semaphore::new(cap));
        let open: Open = Arc::default();
        let (stop, stopped) = watch::channel(());
        let mut next_id = 0u64;
        tokio::pin!(shutdown);
        loop {
            let stream = tokio::select! {
                r = listener.accept() => match r {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        accept_failed(e, &open).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let permit = match slots.clone().try_acquire_owned() {
                Ok(p) => p,
                Err(_) => tokio::select! {
                    p = make_room(&slots, &open) => p,
                    () = &mut shutdown => break,
                },
            };
            let id = next_id;
            next_id += 1;
            let (evict, evicted) = oneshot::channel();
            let served = Arc::new(AtomicBool::new(false));
            lock(&open).insert(id, Conn { evict, served: served.clone() });
            let service = service.clone().map_request(move |req: Request<Incoming>| {
                served.store(true, Ordering::Relaxed);
                req
            });
            let conn = connection(stream, service, evicted, stopped.clone());
            let open = open.clone();
            tokio::spawn(async move {
                conn.await;
                lock(&open).remove(&id);
                drop(permit);
            });
        }
        drop(listener);
        // Idle connections close at once; busy ones after their request.
        drop(stop);
        let _ = tokio::time::timeout(SHUTDOWN_GRACE, slots.acquire_many(cap as u32)).await;
    }

    /// One connection, until it closes: hyper's HTTP/1 with keep-alive and
    /// the header-read timeout; asked to close gracefully when evicted or on
    /// shutdown.
    async fn connection<S>(
        stream: TcpStream,
        service: S,
        mut evicted: oneshot::Receiver<()>,
        mut stopped: watch::Receiver<()>,
    ) where
        S: tower::Service<Request<Incoming>, Response = Response, Error = std::convert::Infallible>
            + Clone
            + Send
            + 'static,
        S::Future: Send + 'static,
    {
        let _ = stream.set_nodelay(true);
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder.timer(TokioTimer::new()).header_read_timeout(HEADER_READ_TIMEOUT).keep_alive(true);
        let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        tokio::pin!(conn);
        let mut closing = false;
        loop {
            tokio::select! {
                // Errors (a header timeout, a client gone) just end the connection.
                _ = conn.as_mut() => break,
                _ = &mut evicted, if !closing => {
                    closing = true;
                    conn.as_mut().graceful_shutdown();
                }
                _ = stopped.changed(), if !closing => {
                    closing = true;
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }

    /// At the cap: asks the oldest connections to close, one at a time,
    /// until a slot is free.
    async fn make_room(slots: &Arc<Semaphore>, open: &Open) -> OwnedSemaphorePermit {
        loop {
            evict_oldest(open);
            if let Ok(Ok(p)) = tokio::time::timeout(EVICT_EVERY, slots.clone().acquire_owned()).await {
                return p;
            }
        }
    }

    /// Asks one connection to close: the oldest that never sent a whole
    /// request, else the oldest.
    fn evict_oldest(open: &Open) {
        let mut open = lock(open);
        let unserved = open.iter().find(|(_, c)| !c.served.load(Ordering::Relaxed)).map(|(id, _)| *id);
        let chosen = match unserved {
            Some(id) => open.remove(&id),
            None => open.pop_first().map(|(_, c)| c),
        };
        drop(open);
        if let Some(conn) = chosen {
            let _ = conn.evict.send(());
        }
    }

    fn lock(open: &Open) -> std::sync::MutexGuard<'_, BTreeMap<u64, Conn>> {
        open.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A failed `accept`: a client that gave up before it was accepted is
    /// no news; anything else (out of file descriptors, most likely) frees
    /// the oldest connection and waits a moment, as hyper and axum do, so
    /// the loop does not spin.
    async fn accept_failed(e: std::io::Error, open: &Open) {
        use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
        if matches!(e.kind(), ConnectionAborted | ConnectionRefused | ConnectionReset) {
            return;
        }
        eprintln!("warning: cannot accept a connection: {e}");
        evict_oldest(open);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    /// The answer when a request cannot be taken on: the queue in front of
    /// the rate limit is full (`503`, try again in a second).
    async fn overloaded(err: BoxError) -> Response {
        let (status, message) = if err.is::<tower::load_shed::error::Overloaded>() {
            (StatusCode::SERVICE_UNAVAILABLE, "the server is busy: try again in a moment")
        } else {
            eprintln!("error: request failed: {err}");
            (StatusCode::INTERNAL_SERVER_ERROR, "the request failed")
        };
        let mut response = (status, Json(serde_json::json!({ "error": message }))).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if status == StatusCode::SERVICE_UNAVAILABLE {
            headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }

    /// [`MAX_CONNECTIONS`], or fewer when the open-file limit leaves no room
    /// for them plus [`FD_RESERVE`]. The soft limit is raised first (up to
    /// the hard one) if that is what it takes: out of descriptors, `accept`
    /// fails and nobody is served, which is how a few hundred idle
    /// connections used to lock clients out.
    pub fn connection_cap() -> usize {
        let want = MAX_CONNECTIONS as u64 + FD_RESERVE;
        match open_file_limit(want) {
            None => MAX_CONNECTIONS,
            Some(limit) => {
                let room = limit.saturating_sub(FD_RESERVE).max(limit / 2).max(1);
                usize::try_from(room).unwrap_or(MAX_CONNECTIONS).min(MAX_CONNECTIONS)
            }
        }
    }

    /// The soft open-file limit after trying to raise it to `want`; `None`
    /// for no limit (or no way to tell).
    #[cfg(unix)]
    fn open_file_limit(want: u64) -> Option<u64> {
        use rustix::process::{getrlimit, setrlimit, Resource};
        let limit = getrlimit(Resource::Nofile);
        let current = limit.current?;
        if current >= want {
            return Some(current);
        }
        let raised = limit.maximum.map_or(want, |max| max.min(want));
        if raised > current
            && setrlimit(Resource::Nofile, rustix::process::Rlimit { current: Some(raised), maximum: limit.maximum })
                .is_ok()
        {
            return Some(raised);
        }
        Some(current)
    }

    #[cfg(not(unix))]
    fn open_file_limit(_want: u64) -> Option<u64> {
        None
    }
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
