//! Helpers for the black-box tests of search and serve: temporary copies of
//! the example site, the real `agora` binary run as a command or as a server
//! child process (always killed by a guard), free loopback ports, bounded
//! waits, and a tiny HTTP/1.1 client ([`http`]).
#![allow(dead_code)]

pub mod http;

use std::collections::BTreeSet;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common;
#[allow(unused_imports)]
pub use common::{copy_dir, copy_example_site, example_site, repo, BIN};

// ---------------------------------------------------------------- sites

/// A folder for a site shared by the tests of one test binary (built once,
/// read by many tests): `<target>/tmp/<name>-<pid>`. Statics are never
/// dropped, so instead of a `TempDir` it is a folder under cargo's scratch
/// space; folders left by earlier runs (whose process is gone) are removed.
pub fn shared_dir(name: &str) -> PathBuf {
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&base).unwrap();
    let prefix = format!("{name}-");
    if let Ok(rd) = std::fs::read_dir(&base) {
        for e in rd.flatten() {
            let file_name = e.file_name().to_string_lossy().to_string();
            let Some(pid) = file_name.strip_prefix(&prefix).and_then(|p| p.parse::<u32>().ok()) else { continue };
            if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() && Path::new("/proc").is_dir()
            {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    let dir = base.join(format!("{prefix}{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn write(root: &Path, rel: &str, contents: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, contents).unwrap();
}

pub fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

/// The lower-cased words of a text (runs of letters and digits).
pub fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Site-relative URL of an entry `content/<lang>/<section>/<file>.md`: its
/// front-matter `slug`, else the file stem, percent-encoded as the build does.
pub fn entry_url(root: &Path, rel: &str) -> String {
    let text = read(root, rel);
    let parts: Vec<&str> = rel.trim_start_matches("content/").split('/').collect();
    let (lang, section, file) = (parts[0], parts[1], parts[2]);
    let stem = file.trim_end_matches(".md");
    let slug = text
        .lines()
        .skip(1)
        .take_while(|l| *l != "---")
        .find_map(|l| l.strip_prefix("slug:"))
        .map(|s| s.trim().trim_matches(['"', '\'']).to_string())
        .unwrap_or_else(|| stem.to_string());
    // A URL segment: everything but letters, digits and `-_.~` encoded.
    const SEGMENT: &percent_encoding::AsciiSet =
        &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    let enc = percent_encoding::utf8_percent_encode(&slug.to_lowercase(), SEGMENT).to_string();
    format!("/{lang}/{section}/{enc}/")
}

/// An entry whose title and body try to inject markup; [`HOSTILE_WORD`] is
/// a word only it contains. (tests/browser/search.test.mjs has the same entry.)
pub const HOSTILE_REL: &str = "content/en/news/hostile-entry.md";
pub const HOSTILE_TITLE: &str = r#"<script>alert(1)</script> & "x""#;
pub const HOSTILE_WORD: &str = "xylophonequest";
pub const HOSTILE_URL: &str = "/en/news/hostile-entry/";
/// Text of a raw HTML block of the hostile entry: shown on its page.
pub const BLOCK_WORD: &str = "visibleblockword";
/// Text inside an inline `<script>` of the hostile entry: never shown.
pub const SCRIPT_WORD: &str = "hiddenscriptword";

pub fn hostile_entry() -> String {
    format!(
        r#"---
title: '{HOSTILE_TITLE}'
date: 2024-05-05
tags: [{HOSTILE_WORD}]
---

The {HOSTILE_WORD} code span `<img src=x onerror=alert(1)>` shows markup as text.

<div class="x"><img src=x onerror=alert(1)><script>alert(2)</script>{HOSTILE_WORD} raw html block {BLOCK_WORD}</div>

Inline raw <img src=y onerror=alert(3)> html and <script>alert(4) {SCRIPT_WORD}</script> near {HOSTILE_WORD} again.
"#
    )
}

/// Adds [`hostile_entry`] to a site.
pub fn add_hostile_entry(root: &Path) {
    write(root, HOSTILE_REL, hostile_entry());
}

/// A snippet is escaped text whose only markup is `<mark>`…`</mark>`.
pub fn assert_safe_snippet(snippet: &str) {
    let lower = snippet.to_ascii_lowercase();
    assert!(!lower.contains("<script") && !lower.contains("<img"), "raw markup in snippet: {snippet}");
    let without_marks = snippet.replace("<mark>", "").replace("</mark>", "");
    assert!(
        !without_marks.contains(['<', '>', '"']),
        "snippet has markup other than <mark> (or unescaped < > \"): {snippet}"
    );
    // So `onerror=` can only be text shown to the reader, never an attribute.
    if let Some(i) = without_marks.find("onerror=") {
        assert!(without_marks[..i].ends_with("&lt;img src=x "), "onerror= outside escaped text: {snippet}");
    }
}

// ---------------------------------------------------------------- running

/// Runs the binary to completion (killed if it takes more than 120 s).
pub fn agora_in(cwd: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    if let Some(d) = cwd {
        cmd.current_dir(d);
    }
    let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    let guard = ChildGuard::new(child, "agora");
    guard.wait_output(Duration::from_secs(120))
}

pub fn agora(args: &[&str]) -> Output {
    agora_in(None, args)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `agora build --root <root> --out <root>/<out> <extra…>`; panics with the
/// binary's output if it fails.
pub fn build(root: &Path, out: &str, extra: &[&str]) -> PathBuf {
    let out_dir = root.join(out);
    let (r, o) = (root.to_str().unwrap(), out_dir.to_str().unwrap());
    let mut args = vec!["build", "--root", r, "--out", o];
    args.extend_from_slice(extra);
    let res = agora(&args);
    assert!(res.status.success(), "agora {args:?} failed ({:?}):\n{}{}", res.status, stdout(&res), stderr(&res));
    out_dir
}

/// A port that was free on 127.0.0.1 a moment ago.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// Polls `f` until it returns `Some`, at most `timeout`; panics naming `what`
/// (and `context()`, e.g. the server's stderr) when time is up.
pub fn wait_for<T>(
    what: &str,
    timeout: Duration,
    mut context: impl FnMut() -> String,
    mut f: impl FnMut() -> Option<T>,
) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        if start.elapsed() > timeout {
            panic!("timed out after {timeout:?} waiting for {what}\n{}", context());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A child process that is killed (and reaped) when the guard is dropped,
/// also when the test panics. Its stderr (and stdout) are collected by
/// threads so the child never blocks on a full pipe.
pub struct ChildGuard {
    child: Child,
    /// The child leads its own process group (see [`ChildGuard::group`]).
    group: bool,
    name: String,
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

impl ChildGuard {
    pub fn new(mut child: Child, name: &str) -> ChildGuard {
        let out = Arc::new(Mutex::new(Vec::new()));
        let err = Arc::new(Mutex::new(Vec::new()));
        let mut readers = Vec::new();
        if let Some(s) = child.stdout.take() {
            readers.push(collect(s, out.clone()));
        }
        if let Some(s) = child.stderr.take() {
            readers.push(collect(s, err.clone()));
        }
        ChildGuard { child, group: false, name: name.to_string(), out, err, readers }
    }

    /// Marks the child as the leader of its own process group (spawned with
    /// `process_group(0)`): killing it kills the whole group, grandchildren
    /// included (e.g. the `agora serve` a node test started).
    pub fn group(mut self) -> ChildGuard {
        self.group = true;
        self
    }

    fn kill(&mut self) {
        if self.group {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", self.child.id())])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        let _ = self.child.kill();
    }

    pub fn id(&self) -> u32 {
        self.child.id()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.err.lock().unwrap()).into_owned()
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().unwrap()).into_owned()
    }

    /// `Some(status)` once the child has exited.
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Waits for the child to exit (killing it after `timeout`) and returns
    /// everything it printed.
    pub fn wait_output(mut self, timeout: Duration) -> Output {
        let start = Instant::now();
        let status = loop {
            if let Some(s) = self.exited() {
                break s;
            }
            if start.elapsed() > timeout {
                self.kill();
                let s = self.child.wait().unwrap();
                eprintln!("{} killed after {timeout:?}", self.name);
                break s;
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        Output { status, stdout: self.out.lock().unwrap().clone(), stderr: self.err.lock().unwrap().clone() }
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            self.kill();
        }
        let _ = self.child.wait();
    }
}

fn collect(mut r: impl Read + Send + 'static, into: Arc<Mutex<Vec<u8>>>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 {
                break;
            }
            into.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    })
}

/// A server started from the binary on a free loopback port, ready when
/// `ready_path` answers (any HTTP status). Killed on drop.
pub struct Server {
    pub port: u16,
    pub child: ChildGuard,
}

impl Server {
    /// Starts `agora <args…> --bind 127.0.0.1 --port <free>` and waits (at
    /// most `timeout`) until `GET ready_path` answers. Retries with another
    /// port if the one picked was taken in the meantime.
    pub fn start(args: &[&str], ready_path: &str, timeout: Duration) -> Server {
        let mut last_err = String::new();
        for _attempt in 0..3 {
            let port = free_port();
            let port_s = port.to_string();
            let mut all: Vec<&str> = args.to_vec();
            all.extend_from_slice(&["--bind", "127.0.0.1", "--port", &port_s]);
            let child = Command::new(BIN)
                .args(&all)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {BIN}: {e}"));
            let mut server = Server { port, child: ChildGuard::new(child, "agora server") };
            let start = Instant::now();
            loop {
                if let Some(status) = server.child.exited() {
                    last_err = format!("agora {all:?} exited with {status}:\n{}", server.child.stderr());
                    break;
                }
                if http::get_timeout(port, ready_path, Duration::from_secs(5)).is_ok() {
                    return server;
                }
                if start.elapsed() > timeout {
                    panic!(
                        "agora {all:?} did not answer GET {ready_path} within {timeout:?}; stderr:\n{}",
                        server.child.stderr()
                    );
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            if !last_err.contains("cannot listen") {
                break;
            }
        }
        panic!("{last_err}");
    }

    pub fn get(&self, path: &str) -> http::Response {
        http::get(self.port, path)
            .unwrap_or_else(|e| panic!("GET {path}: {e}\nserver stderr:\n{}", self.child.stderr()))
    }

    pub fn stderr(&self) -> String {
        self.child.stderr()
    }
}
