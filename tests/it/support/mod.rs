//! Helpers shared by the integration tests: temporary copies of the example
//! site and of `tests/fixtures/`, the real `agora` binary run as a command
//! (bounded in time) or as a server child process (always killed by a
//! guard), free loopback ports, bounded waits, a tiny HTTP/1.1 client
//! ([`http`]); parsers for what the binary wrote (HTML with scraper, XML with
//! quick-xml, its diagnostics) and the content files read independently of
//! agora to derive what to expect.

pub mod http;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use scraper::{ElementRef, Html, Selector};
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_agora");

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------- sites

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display())) {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// Copies the example site (site.yaml, content/, i18n/, static/ and a
/// templates/ folder if the repository has one) into `dir`. No themes/: the
/// theme built into the binary is used.
pub fn copy_example_site(dir: &Path) {
    let r = repo();
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(r.join("site.yaml"), dir.join("site.yaml")).unwrap();
    for d in ["content", "i18n", "static", "templates"] {
        if r.join(d).is_dir() {
            copy_dir(&r.join(d), &dir.join(d));
        }
    }
}

/// The example site in a fresh temporary folder.
pub fn example_site() -> TempDir {
    let t = tempfile::Builder::new().prefix("agora-test-").tempdir().unwrap();
    copy_example_site(t.path());
    t
}

/// `tests/fixtures/<name>` in a fresh temporary folder.
pub fn fixture(name: &str) -> TempDir {
    let t = TempDir::new().unwrap();
    copy_dir(&repo().join("tests/fixtures").join(name), t.path());
    t
}

/// A folder for a site shared by the tests that run in this process (built
/// once, read by many tests): `<target>/tmp/<name>-<pid>`. Statics are never
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

pub fn write(root: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// Every file below `dir` (relative paths, `/`-separated) with its bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

/// The lower-cased words of a text (runs of letters and digits).
pub fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Site-relative URL of an entry `content/<lang>/<section>/<file>.md`: its
/// front-matter `slug`, else the file stem, percent-encoded as the build does.
pub fn entry_url(root: &Path, rel: &str) -> String {
    let text = read(&root.join(rel));
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

/// What a run of the binary printed, and its exit status.
pub struct Run {
    /// The arguments it was run with.
    pub args: Vec<String>,
    /// The exit code; -1 if a signal ended it (e.g. killed after the time limit).
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn assert_ok(&self) -> &Self {
        assert_eq!(self.code, 0, "agora {:?} failed\nstdout:\n{}\nstderr:\n{}", self.args, self.stdout, self.stderr);
        self
    }
    /// The diagnostics printed on stderr (build) and stdout (check).
    pub fn diags(&self) -> Vec<Diag> {
        self.stderr.lines().chain(self.stdout.lines()).filter_map(Diag::parse).collect()
    }
    pub fn errors(&self) -> Vec<Diag> {
        self.diags().into_iter().filter(|d| d.severity == "error").collect()
    }
    pub fn output(&self) -> String {
        format!("exit {}\nstdout:\n{}\nstderr:\n{}", self.code, self.stdout, self.stderr)
    }
}

/// Runs the binary to completion, with `NO_COLOR` set and nothing on stdin
/// (killed if it takes more than 120 s).
pub fn agora(args: &[&str]) -> Run {
    run(Command::new(BIN).args(args), args)
}

/// [`agora`] run from `cwd`, as a user does from the site folder.
pub fn agora_in(cwd: &Path, args: &[&str]) -> Run {
    run(Command::new(BIN).args(args).current_dir(cwd), args)
}

fn run(cmd: &mut Command, args: &[&str]) -> Run {
    cmd.env("NO_COLOR", "1").stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"));
    let o = ChildGuard::new(child, "agora").wait_output(Duration::from_secs(120));
    Run {
        args: args.iter().map(|a| a.to_string()).collect(),
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// `agora build --root <root> --out <root>/public [extra…]`.
pub fn build(root: &Path, extra: &[&str]) -> Run {
    build_to(root, &public(root), extra)
}

/// `agora build --root <root> --out <out> [extra…]`.
pub fn build_to(root: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["build", "--root", root.to_str().unwrap(), "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    agora(&args)
}

/// [`build`], which must succeed; returns the output folder.
pub fn build_ok(root: &Path, extra: &[&str]) -> PathBuf {
    build(root, extra).assert_ok();
    public(root)
}

pub fn public(root: &Path) -> PathBuf {
    root.join("public")
}

// ---------------------------------------------------------------- processes and servers

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

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.err.lock().unwrap()).into_owned()
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

    /// `agora serve`'s count of finished builds (the live-reload status).
    pub fn builds(&self) -> u64 {
        let r = self.get("/__agora/reload");
        assert_eq!(r.status, 200, "{}", r.text());
        r.json()["builds"].as_u64().unwrap_or_else(|| panic!("no builds in {}", r.text()))
    }

    /// Follows `agora serve`'s live-reload long poll until a new build is
    /// out and `check` holds for it (a build number alone may belong to
    /// another rebuild), at most `timeout` in all. A preview before the
    /// build may satisfy `check` early: the build is waited for all the same.
    pub fn wait_for_build(&self, what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
        let start = Instant::now();
        let b0 = self.builds();
        let mut b = b0;
        loop {
            if b > b0 && check() {
                return;
            }
            let left = timeout.saturating_sub(start.elapsed());
            if left.is_zero() {
                panic!("no reload with {what} within {timeout:?}; server stderr:\n{}", self.stderr());
            }
            // Returns as soon as a build ends after build `b` (or at the
            // server's own bound of 25 s, cut short by the read timeout).
            if let Ok(r) = http::get_timeout(self.port, &format!("/__agora/reload?since={b}"), left) {
                assert_eq!(r.status, 200, "{}", r.text());
                let now = r.json()["builds"].as_u64().unwrap();
                assert!(now >= b, "the build count went back from {b} to {now}");
                b = now;
            }
        }
    }
}

// ---------------------------------------------------------------- diagnostics

/// One line `severity[kind]: file:line:col: message` (see src/diag.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    pub severity: String,
    pub kind: String,
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl Diag {
    pub fn parse(s: &str) -> Option<Diag> {
        let (severity, rest) = s.split_once('[')?;
        if severity != "error" && severity != "warning" {
            return None;
        }
        let (kind, rest) = rest.split_once("]: ")?;
        let (loc, message) = rest.split_once(": ").unwrap_or((rest, ""));
        let parts: Vec<&str> = loc.rsplitn(3, ':').collect();
        let num = |s: &str| s.parse::<usize>().ok();
        let (file, line, col) = match parts.as_slice() {
            [c, l, f] if num(c).is_some() && num(l).is_some() => (f.to_string(), num(l).unwrap(), num(c).unwrap()),
            [l, f] if num(l).is_some() => (f.to_string(), num(l).unwrap(), 0),
            _ => (loc.to_string(), 0, 0),
        };
        Some(Diag { severity: severity.into(), kind: kind.into(), file, line, col, message: message.into() })
    }

    /// `file:line:col`, file with `/` separators.
    pub fn loc(&self) -> String {
        format!("{}:{}:{}", self.file.replace('\\', "/"), self.line, self.col)
    }
}

/// The diagnostic for `file` (a path ending), panicking with all of them if there is none.
pub fn diag_for<'a>(diags: &'a [Diag], file: &str, needle: &str) -> &'a Diag {
    diags
        .iter()
        .find(|d| d.file.replace('\\', "/").ends_with(file) && d.message.contains(needle))
        .unwrap_or_else(|| panic!("no diagnostic for {file} containing {needle:?} in:\n{diags:#?}"))
}

// ---------------------------------------------------------------- URLs and files

pub fn decode(url: &str) -> String {
    percent_encoding::percent_decode_str(url).decode_utf8().expect("percent-decoded URL is UTF-8").into_owned()
}

/// A site-relative URL (encoded or not) → the file that serves it.
pub fn url_file(out: &Path, url: &str) -> PathBuf {
    let path = url.split(['#', '?']).next().unwrap();
    let d = decode(path);
    let mut p = out.to_path_buf();
    for seg in d.split('/').filter(|s| !s.is_empty()) {
        p.push(seg);
    }
    if d.ends_with('/') {
        p.push("index.html");
    }
    p
}

/// The site-relative URL of an output file (`nl/news/x/index.html` → `/nl/news/x/`), decoded.
pub fn file_url(rel: &str) -> String {
    match rel.strip_suffix("index.html") {
        Some(dir) => format!("/{dir}"),
        None => format!("/{rel}"),
    }
}

pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

/// Relative paths of the HTML files below `out`.
pub fn html_files(out: &Path) -> BTreeSet<String> {
    tree(out).into_keys().filter(|k| k.ends_with(".html")).collect()
}

// ---------------------------------------------------------------- HTML

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("bad selector {s}: {e:?}"))
}

pub fn page(out: &Path, url: &str) -> Html {
    let f = url_file(out, url);
    Html::parse_document(&read(&f))
}

pub fn html_file(p: &Path) -> Html {
    Html::parse_document(&read(p))
}

pub fn all<'a>(doc: &'a Html, s: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(s)).collect()
}

pub fn one<'a>(doc: &'a Html, s: &str) -> ElementRef<'a> {
    let v = all(doc, s);
    assert_eq!(v.len(), 1, "expected exactly one `{s}`, found {}", v.len());
    v[0]
}

pub fn attr_of(doc: &Html, s: &str, a: &str) -> Vec<String> {
    doc.select(&sel(s)).filter_map(|e| e.attr(a).map(str::to_string)).collect()
}

pub fn text(e: ElementRef) -> String {
    e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<html lang dir>`.
pub fn lang_dir(doc: &Html) -> (String, String) {
    let h = doc.root_element();
    (h.attr("lang").unwrap_or("").to_string(), h.attr("dir").unwrap_or("").to_string())
}

pub fn canonical(doc: &Html) -> Option<String> {
    attr_of(doc, r#"head link[rel="canonical"]"#, "href").into_iter().next()
}

/// hreflang → href of `<link rel="alternate" hreflang>` in the head.
pub fn alternates(doc: &Html) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for e in doc.select(&sel(r#"head link[rel="alternate"][hreflang]"#)) {
        let prev = m.insert(e.attr("hreflang").unwrap().to_string(), e.attr("href").unwrap().to_string());
        assert!(prev.is_none(), "hreflang {} listed twice", e.attr("hreflang").unwrap());
    }
    m
}

/// The language switcher: lang → href (`nav.lang-switcher a[hreflang]`).
pub fn switcher(doc: &Html) -> BTreeMap<String, String> {
    doc.select(&sel("nav.lang-switcher a[hreflang]"))
        .map(|a| (a.attr("hreflang").unwrap().to_string(), a.attr("href").unwrap().to_string()))
        .collect()
}

/// Listing items (`article.card`): (title link href, the article's own `lang` attribute, title).
pub fn cards(doc: &Html) -> Vec<Card> {
    doc.select(&sel("main article.card"))
        .map(|c| {
            let a = c.select(&sel(".card__title a")).next().expect("card title link");
            Card { href: a.attr("href").unwrap().to_string(), lang: c.attr("lang").map(str::to_string), title: text(a) }
        })
        .collect()
}

#[derive(Debug, Clone)]
pub struct Card {
    pub href: String,
    pub lang: Option<String>,
    pub title: String,
}

/// Follows `rel="next"` from the first page of a listing; returns every page's cards.
pub fn listing(out: &Path, url: &str) -> Vec<(String, Vec<Card>)> {
    let mut pages = Vec::new();
    let mut next = Some(url.to_string());
    while let Some(u) = next {
        assert!(pages.len() < 100, "pagination loop at {u}");
        let doc = page(out, &u);
        next = attr_of(&doc, r#"link[rel="next"], a[rel="next"]"#, "href").into_iter().next();
        pages.push((u, cards(&doc)));
    }
    pages
}

// ---------------------------------------------------------------- XML

#[derive(Debug, Clone, Default)]
pub struct XmlElem {
    /// Namespace URI, if bound.
    pub ns: Option<String>,
    pub name: String,
    /// (namespace, local name, value) — xmlns declarations excluded.
    pub attrs: Vec<(Option<String>, String, String)>,
    pub children: Vec<XmlElem>,
    pub text: String,
}

impl XmlElem {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(ns, n, _)| ns.is_none() && n == name).map(|(_, _, v)| v.as_str())
    }
    pub fn attr_ns(&self, ns: &str, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(s, n, _)| s.as_deref() == Some(ns) && n == name).map(|(_, _, v)| v.as_str())
    }
    pub fn kids<'a>(&'a self, ns: &'a str, name: &'a str) -> impl Iterator<Item = &'a XmlElem> + 'a {
        self.children.iter().filter(move |c| c.ns.as_deref() == Some(ns) && c.name == name)
    }
    pub fn kid(&self, ns: &str, name: &str) -> &XmlElem {
        let v: Vec<&XmlElem> = self.children.iter().filter(|c| c.ns.as_deref() == Some(ns) && c.name == name).collect();
        assert_eq!(v.len(), 1, "expected one <{name}> in <{}>", self.name);
        v[0]
    }
    pub fn kid_text(&self, ns: &str, name: &str) -> String {
        self.kid(ns, name).text.clone()
    }
}

/// Parse a whole XML document strictly (well-formed, namespaces resolved,
/// entities known) into a tree; panics with the reason otherwise.
pub fn parse_xml(src: &str) -> XmlElem {
    use quick_xml::events::Event;
    use quick_xml::name::ResolveResult;
    use quick_xml::reader::NsReader;

    fn ns_of(r: ResolveResult) -> Option<String> {
        match r {
            ResolveResult::Bound(n) => Some(n.0.to_string()),
            ResolveResult::Unbound => None,
            ResolveResult::Unknown(p) => panic!("unbound namespace prefix {p}"),
        }
    }
    let mut r = NsReader::from_str(src);
    let mut stack: Vec<XmlElem> = Vec::new();
    let mut root: Option<XmlElem> = None;
    let start = |r: &NsReader<&[u8]>, e: &quick_xml::events::BytesStart| -> XmlElem {
        let (ns, local) = r.resolver().resolve_element(e.name());
        let mut el = XmlElem { ns: ns_of(ns), name: local.as_ref().to_string(), ..Default::default() };
        for a in e.attributes() {
            let a = a.unwrap_or_else(|err| panic!("bad attribute: {err}"));
            let key = a.key;
            if key.as_ref() == "xmlns" || key.as_ref().starts_with("xmlns:") {
                continue;
            }
            let (ns, local) = r.resolver().resolve_attribute(key);
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .unwrap_or_else(|err| panic!("bad attribute value: {err}"))
                .into_owned();
            el.attrs.push((ns_of(ns), local.as_ref().to_string(), v));
        }
        el
    };
    loop {
        let ev = r.read_event().unwrap_or_else(|e| panic!("XML not well-formed at {}: {e}", r.buffer_position()));
        match ev {
            Event::Start(e) => {
                let el = start(&r, &e);
                stack.push(el);
            }
            Event::Empty(e) => {
                let el = start(&r, &e);
                match stack.last_mut() {
                    Some(p) => p.children.push(el),
                    None => {
                        assert!(root.is_none(), "two root elements");
                        root = Some(el)
                    }
                }
            }
            Event::End(_) => {
                let el = stack.pop().expect("end tag without start");
                match stack.last_mut() {
                    Some(p) => p.children.push(el),
                    None => {
                        assert!(root.is_none(), "two root elements");
                        root = Some(el)
                    }
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content();
                match stack.last_mut() {
                    Some(p) => p.text.push_str(&s),
                    None => assert!(s.trim().is_empty(), "text outside the root element: {s:?}"),
                }
            }
            Event::CData(t) => stack.last_mut().expect("CDATA outside root").text.push_str(&t.xml10_content()),
            Event::GeneralRef(g) => {
                let c = if g.is_char_ref() {
                    g.resolve_char_ref().unwrap().expect("char ref").to_string()
                } else {
                    match &*g.borrow().into_inner() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => panic!("undefined entity &{other};"),
                    }
                };
                stack.last_mut().expect("entity outside root").text.push_str(&c);
            }
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::DocType(_) => panic!("unexpected DOCTYPE"),
            Event::Eof => break,
        }
    }
    assert!(stack.is_empty(), "unclosed element <{}>", stack.last().unwrap().name);
    root.expect("no root element")
}

pub const ATOM: &str = "http://www.w3.org/2005/Atom";
pub const SITEMAP: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
pub const XHTML: &str = "http://www.w3.org/1999/xhtml";
pub const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// sitemap.xml: loc → (lastmod, hreflang → href).
pub fn sitemap(out: &Path) -> BTreeMap<String, (Option<String>, BTreeMap<String, String>)> {
    let root = parse_xml(&read(&out.join("sitemap.xml")));
    assert_eq!((root.ns.as_deref(), root.name.as_str()), (Some(SITEMAP), "urlset"));
    let mut m = BTreeMap::new();
    for u in root.kids(SITEMAP, "url") {
        let loc = u.kid_text(SITEMAP, "loc");
        let lastmod = u.kids(SITEMAP, "lastmod").next().map(|l| l.text.clone());
        let mut alts = BTreeMap::new();
        for l in u.kids(XHTML, "link") {
            assert_eq!(l.attr("rel"), Some("alternate"));
            let prev = alts.insert(l.attr("hreflang").unwrap().to_string(), l.attr("href").unwrap().to_string());
            assert!(prev.is_none(), "{loc}: hreflang listed twice");
        }
        assert!(m.insert(loc.clone(), (lastmod, alts)).is_none(), "{loc} twice in the sitemap");
    }
    m
}

// ---------------------------------------------------------------- content model

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Home,
    Section,
    Entry,
    Page,
}

/// A content file as the SPEC describes it, read independently of agora.
#[derive(Debug, Clone)]
pub struct Src {
    pub lang: String,
    /// `content/en/news/x.md`
    pub file: String,
    pub kind: Kind,
    pub section: Option<String>,
    pub key: String,
    /// Decoded site-relative URL.
    pub url: String,
    pub title: String,
    pub date: Option<DateTime<Utc>>,
    pub draft: bool,
    pub tags: Vec<String>,
    pub levels: Vec<String>,
    pub aliases: Vec<String>,
    pub weight: Option<i64>,
    pub course_starts: Option<NaiveDate>,
    /// Files next to a bundle's index.md.
    pub assets: Vec<String>,
}

impl Src {
    pub fn published(&self, drafts: bool, future: bool) -> bool {
        (drafts || !self.draft) && (future || self.date.is_none_or(|d| d <= Utc::now()))
    }
}

pub fn parse_date(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y-%m-%d").map(|d| d.and_hms_opt(0, 0, 0).unwrap().and_utc()))
        .unwrap_or_else(|_| panic!("unexpected date {s}"))
}

fn str_list(v: Option<&serde_yaml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_sequence())
        .map(|s| s.iter().map(|x| x.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

/// Every Markdown file of `<root>/content`, read per SPEC §1/§3/§5.
pub fn content(root: &Path) -> Vec<Src> {
    let mut out = Vec::new();
    for (rel, bytes) in tree(&root.join("content")) {
        if !rel.ends_with(".md") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap().replace("\r\n", "\n");
        let text = text.trim_start_matches('\u{feff}');
        let rest = text.strip_prefix("---\n").unwrap_or_else(|| panic!("{rel}: no front matter"));
        let end = rest.find("\n---\n").unwrap_or_else(|| panic!("{rel}: front matter not closed"));
        let fm: serde_yaml::Mapping = serde_yaml::from_str(&rest[..end]).unwrap();
        let get = |k: &str| fm.get(k);
        let parts: Vec<&str> = rel.split('/').collect();
        let lang = parts[0].to_string();
        let below = &parts[1..];
        let name = *below.last().unwrap();
        let stem = name.trim_end_matches(".md");
        let (kind, section, default_slug, key) = match below.len() {
            1 if name == "_index.md" => (Kind::Home, None, String::new(), "_index".to_string()),
            1 => (Kind::Page, None, stem.to_string(), stem.to_string()),
            2 if name == "_index.md" => (Kind::Section, Some(below[0]), String::new(), format!("{}/_index", below[0])),
            2 if name == "index.md" => (Kind::Page, None, below[0].to_string(), below[0].to_string()),
            3 if name == "index.md" => (Kind::Entry, Some(below[0]), below[1].to_string(), below[..2].join("/")),
            2 => (Kind::Entry, Some(below[0]), stem.to_string(), format!("{}/{}", below[0], stem)),
            _ => panic!("{rel}: unexpected layout"),
        };
        let slug = get("slug").and_then(|s| s.as_str()).map(str::to_string).unwrap_or(default_slug).to_lowercase();
        let url = match kind {
            Kind::Home => format!("/{lang}/"),
            Kind::Section => format!("/{lang}/{}/", section.unwrap()),
            Kind::Entry => format!("/{lang}/{}/{slug}/", section.unwrap()),
            Kind::Page => format!("/{lang}/{slug}/"),
        };
        let assets = if name == "index.md" {
            let dir = root.join("content").join(rel.trim_end_matches("index.md"));
            tree(&dir).into_keys().filter(|k| !k.ends_with(".md")).collect()
        } else {
            Vec::new()
        };
        out.push(Src {
            file: format!("content/{rel}"),
            lang,
            kind,
            section: section.map(str::to_string),
            key: get("translation_key").and_then(|s| s.as_str()).map(str::to_string).unwrap_or(key),
            url,
            title: get("title").and_then(|t| t.as_str()).unwrap().to_string(),
            date: get("date").and_then(|d| d.as_str()).map(parse_date),
            draft: get("draft").and_then(|d| d.as_bool()).unwrap_or(false),
            tags: str_list(get("tags")),
            levels: str_list(get("levels")),
            aliases: str_list(get("aliases")),
            weight: get("weight").and_then(|w| w.as_i64()),
            course_starts: get("course")
                .and_then(|c| c.get("starts"))
                .and_then(|s| s.as_str())
                .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()),
            assets,
        });
    }
    out
}

/// site.yaml as plain YAML.
pub fn site_yaml(root: &Path) -> serde_yaml::Value {
    serde_yaml::from_str(&read(&root.join("site.yaml"))).unwrap()
}

/// Declared language codes in site.yaml order.
pub fn languages(root: &Path) -> Vec<String> {
    site_yaml(root)["languages"].as_mapping().unwrap().keys().map(|k| k.as_str().unwrap().to_string()).collect()
}

/// A tag or level as a URL segment: lower-case words joined by `-`.
pub fn term_slug(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '_' && c != '.')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Every href/src of an HTML document.
pub fn links(doc: &Html) -> Vec<String> {
    let mut v = attr_of(doc, "[href]", "href");
    v.extend(attr_of(doc, "[src]", "src"));
    v
}

// ---------------------------------------------------------------- a built site with its expectations

/// A site built into `<root>/public`, with its content read independently.
pub struct Built {
    /// The site's folder.
    pub root: PathBuf,
    pub out: PathBuf,
    pub src: Vec<Src>,
    pub yaml: serde_yaml::Value,
    /// The temporary folder of the site, removed on drop (none for a shared site).
    _tmp: Option<TempDir>,
}

impl Built {
    /// Builds the site in `dir`, which goes when the `Built` does.
    pub fn new(dir: TempDir, extra: &[&str]) -> Built {
        let built = Built::at(dir.path(), extra);
        Built { _tmp: Some(dir), ..built }
    }
    fn at(root: &Path, extra: &[&str]) -> Built {
        let out = build_ok(root, extra);
        Built { root: root.to_path_buf(), out, src: content(root), yaml: site_yaml(root), _tmp: None }
    }
    /// One build of the example site shared by all the tests of the process
    /// (read-only!), in a [`shared_dir`]. (It used to live only while one of
    /// the tests that run at the same time held it; in the one test binary the
    /// tests of other modules run in between, so that rebuilt it for nearly
    /// every test.)
    pub fn shared_example() -> &'static Built {
        static SITE: OnceLock<Built> = OnceLock::new();
        SITE.get_or_init(|| {
            let root = shared_dir("build-example");
            copy_example_site(&root);
            Built::at(&root, &[])
        })
    }
    pub fn base(&self) -> String {
        self.yaml["base_url"].as_str().unwrap().trim_end_matches('/').to_string()
    }
    pub fn default_lang(&self) -> String {
        self.yaml["default_language"].as_str().unwrap().to_string()
    }
    pub fn langs(&self) -> Vec<String> {
        languages(&self.root)
    }
    pub fn dir_of(&self, lang: &str) -> &str {
        self.yaml["languages"][lang]["dir"].as_str().unwrap_or("ltr")
    }
    pub fn fallback(&self, lang: &str) -> Vec<String> {
        str_list(self.yaml["languages"][lang].get("fallback"))
    }
    /// Declared sections, in site.yaml order.
    pub fn sections(&self) -> Vec<String> {
        self.yaml["sections"]
            .as_mapping()
            .map(|m| m.keys().map(|k| k.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    }
    pub fn section_cfg(&self, s: &str) -> &serde_yaml::Value {
        &self.yaml["sections"][s]
    }
    pub fn paginate_by(&self, s: &str) -> usize {
        self.section_cfg(s).get("paginate_by").and_then(|v| v.as_u64()).unwrap_or(12) as usize
    }
    pub fn published(&self) -> Vec<&Src> {
        self.src.iter().filter(|s| s.published(false, false)).collect()
    }
    /// Published entries and stand-alone pages (the pages that get their own URL).
    pub fn pages(&self) -> Vec<&Src> {
        self.published().into_iter().filter(|s| matches!(s.kind, Kind::Entry | Kind::Page)).collect()
    }
    /// Published translations of `s` (itself included), by language.
    pub fn translations(&self, s: &Src) -> BTreeMap<String, &Src> {
        self.published().into_iter().filter(|o| o.key == s.key).map(|o| (o.lang.clone(), o)).collect()
    }
    /// What a section listing in `lang` shows: own entries, then entries
    /// missing here from the fallback chain (first language that has them).
    pub fn listing_items(&self, lang: &str, section: &str) -> Vec<&Src> {
        let in_section = |l: &str| -> Vec<&Src> {
            self.published()
                .into_iter()
                .filter(|s| s.lang == l && s.kind == Kind::Entry && s.section.as_deref() == Some(section))
                .collect()
        };
        let mut items = in_section(lang);
        let mut keys: BTreeSet<String> = items.iter().map(|s| s.key.clone()).collect();
        for fb in self.fallback(lang) {
            for s in in_section(&fb) {
                if keys.insert(s.key.clone()) {
                    items.push(s);
                }
            }
        }
        items
    }
    pub fn abs(&self, url: &str) -> String {
        format!("{}{}", self.base(), url)
    }
}
