//! The HTTP server under `agora serve` and `agora search-server`: hyper's
//! HTTP/1 connections with a header-read timeout, a cap on open connections,
//! a bound on the request rate and a timeout per request.
//!
//! `axum::serve` offers none of these knobs (it installs no timer, so hyper's
//! header timeout never fires, and accepts without limit), so the accept loop
//! is ours; everything per connection and per request is hyper's and tower's.

use std::collections::BTreeMap;
use std::future::Future;
use std::net::SocketAddr;
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

/// A long-running server's memory must stay flat. glibc's malloc gives each
/// thread that contends for memory an arena of its own (up to 8 per core),
/// and searches running on tokio's changing worker and blocking threads
/// fragment them: under 64 connections for 12 minutes search-server's RSS
/// kept rising (149 → 171 MiB by quarter); with two arenas it levelled off
/// (141 → 146 MiB) and throughput did not drop (docs/LOAD.md).
/// `MALLOC_ARENA_MAX` in the environment still takes precedence.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only sets a tunable of glibc's allocator; it takes
        // no pointers, and is called before the server starts its threads.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

/// Run `app` on `addr` until Ctrl-C; the exit status of the command.
pub fn listen_and_serve(addr: SocketAddr, banner: &str, path: &str, app: Router) -> i32 {
    limit_malloc_arenas();
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the server runtime: {e}");
            return 1;
        }
    };
    rt.block_on(async move {
        let listener = match TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot listen on {addr}: {e}");
                return 1;
            }
        };
        let local = listener.local_addr().map(|a| a.to_string()).unwrap_or_else(|_| addr.to_string());
        eprintln!("{banner} at http://{local}{path} (Ctrl-C to stop)");
        serve(listener, app, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
        0
    })
}

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
