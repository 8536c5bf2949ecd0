//! `agora i18n --diff`: what changed in the source of a stale translation
//! since the version it was translated from.
//!
//! A translation records `source_hash:` (see [`crate::i18n::report::source_hash`]).
//! The version it was translated from is found in the site's git history:
//! the newest commit that touched the source file (renames followed, as
//! `git log --follow` does) in which the file's title and body hash to the
//! recorded value. That version and the current file are compared block by
//! block (blocks are separated by blank lines; a fenced code block is one
//! block), and each changed block word by word, with [`similar`].
//!
//! Only the changes are shown: a changed paragraph with its changed words
//! marked (`[-old-]{+new+}` as in `git diff --word-diff`, or red and green
//! on a terminal), added and removed paragraphs, and the title when it
//! changed. Git is run as a command (`git log`, one `git cat-file --batch`
//! per source file): it is on every machine that has the site's history.
//! Outside a git repository, or when no commit of the source has the
//! recorded hash, each file says so; neither is an error.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffTag, TextDiff};

use super::report::{hash_matches, source_hash};
use crate::config::Config;
use crate::content::{self, frontmatter, Page, PageKind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::site::BuildOptions;

/// What `--diff` could say about one translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Stale, and the version it was translated from was found: `blocks` and `title` say what changed.
    Changed,
    /// Stale, but the site is not in a git repository (or git cannot be run).
    NotInGit,
    /// Stale, but no commit of the source file has the recorded `source_hash`.
    NoMatchingCommit,
    /// Up to date with its source: nothing to show.
    Current,
    /// No `source_hash` recorded: the version it was translated from is unknown.
    Unverified,
    /// No default-language source with its `translation_key`.
    NoSource,
}

/// The commit holding the version of the source a translation was made from.
#[derive(Debug, Clone, Serialize)]
pub struct BaseCommit {
    pub commit: String,
    /// Committer date, ISO 8601.
    pub date: String,
    pub subject: String,
    /// Path of the source in that commit, relative to the repository (it may have been renamed since).
    pub path: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Delete,
    Insert,
}

/// A run of text that is unchanged, deleted or inserted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub op: Op,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockOp {
    Changed,
    Added,
    Removed,
}

/// One block (paragraph, heading, list, code block …) of the body that differs.
#[derive(Debug, Clone, Serialize)]
pub struct BlockChange {
    pub change: BlockOp,
    /// 1-based position of the block in the old version (changed, removed).
    pub old_index: Option<usize>,
    /// 1-based position of the block in the current version (changed, added).
    pub new_index: Option<usize>,
    pub old: Option<String>,
    pub new: Option<String>,
    /// Word-level changes (for `changed`; one segment for `added` / `removed`).
    pub words: Vec<Segment>,
}

/// What `--diff` says about one translation file.
#[derive(Debug, Clone, Serialize)]
pub struct FileDiff {
    pub file: PathBuf,
    pub lang: String,
    pub source_file: Option<PathBuf>,
    pub recorded_hash: Option<String>,
    pub current_hash: Option<String>,
    pub status: Status,
    /// One sentence for people (why there is no diff, or where it starts).
    pub message: String,
    pub base: Option<BaseCommit>,
    /// The title's word-level changes; `null` when the title did not change.
    pub title: Option<Vec<Segment>>,
    pub blocks: Vec<BlockChange>,
}

/// The translations to look at: every stale translation (of `only_lang`), or
/// the given files (a translation, or a source: its stale translations).
/// Errors: the site cannot be loaded, or a FILE is not a content file of it.
pub fn diffs(root: &Path, only_lang: Option<&str>, files: &[PathBuf]) -> Result<Vec<FileDiff>, Diagnostics> {
    let config = Config::load(root)?;
    let (pages, _) = content::load(&config);
    let options = BuildOptions::default();
    let default = config.default_language.as_str();
    let is_doc = |p: &&Page| matches!(p.kind, PageKind::Entry | PageKind::Page);
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);

    // Published default-language sources by translation key (first file wins, as in the report).
    let mut sorted: Vec<&Page> = pages.iter().filter(is_doc).collect();
    sorted.sort_by(|a, b| a.file.cmp(&b.file));
    let mut sources: BTreeMap<&str, &Page> = BTreeMap::new();
    for p in sorted.iter().filter(|p| same(&p.lang, default) && options.publishes(p)) {
        sources.entry(p.translation_key.as_str()).or_insert(p);
    }
    let lang_ok = |p: &Page| only_lang.is_none_or(|l| same(&p.lang, l));

    let mut chosen: Vec<&Page> = Vec::new();
    if files.is_empty() {
        let mut seen = std::collections::BTreeSet::new();
        for p in sorted.iter().filter(|p| !same(&p.lang, default) && options.publishes(p) && lang_ok(p)) {
            if !seen.insert((p.lang.to_ascii_lowercase(), p.translation_key.as_str())) {
                continue;
            }
            if let (Some(src), Some(rec)) = (sources.get(p.translation_key.as_str()), &p.fm.source_hash) {
                if !rec.trim().is_empty() && !hash_matches(rec, &source_hash(&src.fm.title, &src.body)) {
                    chosen.push(p);
                }
            }
        }
    } else {
        let mut bad = Diagnostics::new();
        for f in files {
            let abs = if f.is_absolute() || !root.join(f).exists() { f.clone() } else { root.join(f) };
            let canon = std::fs::canonicalize(&abs).ok();
            let page = canon.as_ref().and_then(|c| {
                sorted.iter().find(|p| std::fs::canonicalize(root.join(&p.file)).ok().as_ref() == Some(c))
            });
            match page {
                None => bad.push(Diagnostic::error(
                    "i18n-diff",
                    f,
                    0,
                    0,
                    "not a content file of this site (or it has errors: run `agora check`)",
                )),
                Some(p) if same(&p.lang, default) => {
                    // A source: its translations (stale or not, so the answer is never silence).
                    let mut any = false;
                    for t in sorted
                        .iter()
                        .filter(|t| !same(&t.lang, default) && t.translation_key == p.translation_key && lang_ok(t))
                    {
                        chosen.push(t);
                        any = true;
                    }
                    if !any {
                        bad.push(Diagnostic::error(
                            "i18n-diff",
                            f,
                            0,
                            0,
                            "a default-language source without translations (give a translation file)",
                        ));
                    }
                }
                Some(p) => chosen.push(p),
            }
        }
        if bad.has_errors() {
            return Err(bad);
        }
    }

    let mut git: Option<Result<Git, String>> = None;
    let mut histories: BTreeMap<PathBuf, Result<History, String>> = BTreeMap::new();
    let mut out = Vec::new();
    for t in chosen {
        let src = sources.get(t.translation_key.as_str()).copied();
        let mut d = FileDiff {
            file: t.file.clone(),
            lang: t.lang.clone(),
            source_file: src.map(|s| s.file.clone()),
            recorded_hash: t.fm.source_hash.clone().filter(|h| !h.trim().is_empty()),
            current_hash: src.map(|s| source_hash(&s.fm.title, &s.body)),
            status: Status::Current,
            message: String::new(),
            base: None,
            title: None,
            blocks: Vec::new(),
        };
        let (Some(src), Some(rec), Some(cur)) = (src, d.recorded_hash.clone(), d.current_hash.clone()) else {
            (d.status, d.message) = match src {
                None => {
                    (Status::NoSource, format!("no `{default}` source with translation_key `{}`", t.translation_key))
                }
                Some(s) => (
                    Status::Unverified,
                    format!(
                        "no `source_hash` recorded: the version of {} it was translated from is unknown",
                        s.file.display()
                    ),
                ),
            };
            out.push(d);
            continue;
        };
        if hash_matches(&rec, &cur) {
            d.message = format!("up to date with its source {}: nothing changed", src.file.display());
            out.push(d);
            continue;
        }
        let git = git.get_or_insert_with(|| Git::open(root));
        let g = match git {
            Ok(g) => g,
            Err(why) => {
                d.status = Status::NotInGit;
                d.message = format!(
                    "{why}: cannot show what changed in {} since source_hash {rec} (now {cur})",
                    src.file.display()
                );
                out.push(d);
                continue;
            }
        };
        let hist = histories.entry(src.file.clone()).or_insert_with(|| History::load(g, &root.join(&src.file)));
        let found = match hist {
            Ok(h) => h.find(&rec),
            Err(why) => {
                d.status = Status::NotInGit;
                d.message = format!("{why}: cannot show what changed in {}", src.file.display());
                out.push(d);
                continue;
            }
        };
        let Some((base, old_title, old_body)) = found else {
            d.status = Status::NoMatchingCommit;
            d.message = format!(
                "no commit of {} has source_hash {rec} (translated from an uncommitted version, or the history was rewritten); it is now {cur}",
                src.file.display()
            );
            out.push(d);
            continue;
        };
        d.status = Status::Changed;
        if old_title != src.fm.title {
            d.title = Some(word_diff(&old_title, &src.fm.title));
        }
        d.blocks = block_diff(&old_body, &src.body);
        d.message = if d.blocks.is_empty() && d.title.is_none() {
            format!("changed since commit {} only in blank lines or spacing", short(&base.commit))
        } else {
            format!("changed since commit {} ({})", short(&base.commit), base.date)
        };
        d.base = Some(base);
        out.push(d);
    }
    Ok(out)
}

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(12)]
}

// ---------------------------------------------------------------- git

struct Git {
    top: PathBuf,
}

fn git_command(dir: &Path) -> Command {
    let mut c = Command::new("git");
    // Paths are paths, not pathspec patterns (a `*` or `:` in a file name).
    c.arg("-C").arg(dir).env("GIT_TERMINAL_PROMPT", "0").env("GIT_LITERAL_PATHSPECS", "1");
    c.env_remove("GIT_DIR").env_remove("GIT_WORK_TREE");
    c
}

impl Git {
    fn open(root: &Path) -> Result<Git, String> {
        let out = git_command(root)
            .args(["rev-parse", "--show-toplevel"])
            .stderr(Stdio::null())
            .output()
            .map_err(|e| format!("git cannot be run ({e})"))?;
        if !out.status.success() {
            return Err("the site is not in a git repository".to_string());
        }
        let top = String::from_utf8_lossy(&out.stdout).trim_end_matches(['\n', '\r']).to_string();
        let top = std::fs::canonicalize(&top).unwrap_or_else(|_| PathBuf::from(top));
        Ok(Git { top })
    }
}

/// The commits that touched a source file, newest first, with the file's
/// path in each; each version's title, body and hash read once when needed.
struct History {
    commits: Vec<BaseCommit>,
    /// Per commit, once read: the version's (title, body, hash), or None when unreadable.
    versions: Vec<Option<Option<(String, String, String)>>>,
    batch: Option<CatFile>,
    top: PathBuf,
}

impl History {
    fn load(git: &Git, abs: &Path) -> Result<History, String> {
        let canon = std::fs::canonicalize(abs).map_err(|e| format!("{}: {e}", abs.display()))?;
        let rel =
            canon.strip_prefix(&git.top).map_err(|_| format!("{} is outside the git repository", abs.display()))?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        let out = git_command(&git.top)
            .args(["log", "--follow", "-z", "--name-only", "--format=%x1e%H%x1f%cI%x1f%s", "--"])
            .arg(&rel)
            .stderr(Stdio::null())
            .output()
            .map_err(|e| format!("git cannot be run ({e})"))?;
        if !out.status.success() {
            return Err("git log failed".to_string());
        }
        let text = String::from_utf8_lossy(&out.stdout);
        let mut commits = Vec::new();
        for chunk in text.split('\u{1e}').filter(|c| !c.is_empty()) {
            let (header, names) = chunk.split_once('\0').unwrap_or((chunk, ""));
            let mut parts = header.splitn(3, '\u{1f}');
            let (Some(commit), Some(date), subject) = (parts.next(), parts.next(), parts.next().unwrap_or("")) else {
                continue;
            };
            let path = names.trim_start_matches('\n').split('\0').find(|n| !n.is_empty()).unwrap_or(&rel);
            commits.push(BaseCommit {
                commit: commit.to_string(),
                date: date.to_string(),
                subject: subject.to_string(),
                path: path.to_string(),
            });
        }
        Ok(History { versions: vec![None; commits.len()], commits, batch: None, top: git.top.clone() })
    }

    /// The newest version whose hash matches `recorded`: (commit, title, body).
    fn find(&mut self, recorded: &str) -> Option<(BaseCommit, String, String)> {
        if self.batch.is_none() {
            self.batch = CatFile::start(&self.top).ok();
        }
        let batch = self.batch.as_mut()?;
        for (c, v) in self.commits.iter().zip(self.versions.iter_mut()) {
            let version = v.get_or_insert_with(|| {
                let bytes = batch.get(&format!("{}:{}", c.commit, c.path))?;
                let (title, body) = title_body(&bytes, &c.path)?;
                let hash = source_hash(&title, &body);
                Some((title, body, hash))
            });
            if let Some((title, body, hash)) = version {
                if hash_matches(recorded, hash) {
                    return Some((c.clone(), title.clone(), body.clone()));
                }
            }
        }
        None
    }
}

/// One `git cat-file --batch` process: blobs by `<commit>:<path>`.
struct CatFile {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl CatFile {
    fn start(top: &Path) -> std::io::Result<CatFile> {
        let mut child = git_command(top)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let stdin = child.stdin.take().ok_or_else(|| std::io::Error::other("no stdin"))?;
        let stdout = BufReader::new(child.stdout.take().ok_or_else(|| std::io::Error::other("no stdout"))?);
        Ok(CatFile { child, stdin, stdout })
    }

    fn get(&mut self, spec: &str) -> Option<Vec<u8>> {
        if spec.contains(['\n', '\r']) {
            return None;
        }
        writeln!(self.stdin, "{spec}").ok()?;
        self.stdin.flush().ok()?;
        let mut header = String::new();
        self.stdout.read_line(&mut header).ok()?;
        let parts: Vec<&str> = header.split_whitespace().collect();
        let [_, kind, size] = parts[..] else { return None };
        let size: usize = size.parse().ok()?;
        let mut buf = vec![0; size + 1]; // the content and its closing newline
        self.stdout.read_exact(&mut buf).ok()?;
        buf.pop();
        (kind == "blob").then_some(buf)
    }
}

impl Drop for CatFile {
    fn drop(&mut self) {
        // Closing stdin ends the process; wait for it so it is not left behind.
        let _ = self.stdin.flush();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Title and body of a content file's text, as the loader reads them (BOM
/// dropped, CRLF → LF, the title trimmed).
fn title_body(bytes: &[u8], path: &str) -> Option<(String, String)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n");
    let split = frontmatter::split(&text).ok()?;
    let title = match frontmatter::parse(Path::new(path), split.yaml, &[]) {
        Ok(fm) => fm.title,
        Err(_) => {
            let v: serde_yaml::Value = serde_yaml::from_str(split.yaml).ok()?;
            v.get("title")?.as_str()?.trim().to_string()
        }
    };
    Some((title, split.body.to_string()))
}

// ---------------------------------------------------------------- diffing

/// Blocks of a Markdown body: runs of lines separated by blank lines; a
/// fenced code block (with its blank lines) stays one block.
pub fn blocks(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    for line in body.lines() {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if let Some((c, n)) = fence {
            cur.push(line);
            let run = t.chars().take_while(|&x| x == c).count();
            if indent < 4 && run >= n && t[run..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if indent < 4 && (t.starts_with("```") || t.starts_with("~~~")) {
            let c = t.chars().next().unwrap_or('`');
            fence = Some((c, t.chars().take_while(|&x| x == c).count()));
            cur.push(line);
            continue;
        }
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(cur.join("\n"));
                cur.clear();
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur.join("\n"));
    }
    out
}

/// The blocks that differ between two bodies; a changed block is paired
/// with the block it replaces and diffed word by word.
pub fn block_diff(old: &str, new: &str) -> Vec<BlockChange> {
    let (a, b) = (blocks(old), blocks(new));
    let mut out = Vec::new();
    let removed = |i: usize| BlockChange {
        change: BlockOp::Removed,
        old_index: Some(i + 1),
        new_index: None,
        old: Some(a[i].clone()),
        new: None,
        words: vec![Segment { op: Op::Delete, text: a[i].clone() }],
    };
    let added = |j: usize| BlockChange {
        change: BlockOp::Added,
        old_index: None,
        new_index: Some(j + 1),
        old: None,
        new: Some(b[j].clone()),
        words: vec![Segment { op: Op::Insert, text: b[j].clone() }],
    };
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {}
            DiffTag::Delete => out.extend(ra.map(removed)),
            DiffTag::Insert => out.extend(rb.map(added)),
            DiffTag::Replace => {
                let pairs = ra.len().min(rb.len());
                for k in 0..pairs {
                    let (i, j) = (ra.start + k, rb.start + k);
                    out.push(BlockChange {
                        change: BlockOp::Changed,
                        old_index: Some(i + 1),
                        new_index: Some(j + 1),
                        old: Some(a[i].clone()),
                        new: Some(b[j].clone()),
                        words: word_diff(&a[i], &b[j]),
                    });
                }
                out.extend((ra.start + pairs..ra.end).map(removed));
                out.extend((rb.start + pairs..rb.end).map(added));
            }
        }
    }
    out
}

/// Word-level diff: runs of equal, deleted and inserted text. A change that
/// spans several words separated by unchanged spaces reads as one
/// `[-a b-]{+c d+}` rather than `[-a-]{+c+} [-b-]{+d+}`.
pub fn word_diff(old: &str, new: &str) -> Vec<Segment> {
    let d = TextDiff::from_words(old, new);
    let mut raw: Vec<Segment> = Vec::new();
    for c in d.iter_all_changes() {
        let op = match c.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Delete => Op::Delete,
            ChangeTag::Insert => Op::Insert,
        };
        match raw.last_mut() {
            Some(s) if s.op == op => s.text.push_str(c.value()),
            _ => raw.push(Segment { op, text: c.value().to_string() }),
        }
    }
    // Group changes joined by whitespace-only equal runs.
    let mut out: Vec<Segment> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i].op == Op::Equal {
            out.push(raw[i].clone());
            i += 1;
            continue;
        }
        let mut j = i;
        while j < raw.len()
            && (raw[j].op != Op::Equal
                || (raw[j].text.trim().is_empty() && j + 1 < raw.len() && raw[j + 1].op != Op::Equal))
        {
            j += 1;
        }
        let group = &raw[i..j];
        let has = |op: Op| group.iter().any(|s| s.op == op);
        if has(Op::Delete) && has(Op::Insert) {
            let side =
                |op: Op| group.iter().filter(|s| s.op == op || s.op == Op::Equal).map(|s| s.text.as_str()).collect();
            out.push(Segment { op: Op::Delete, text: side(Op::Delete) });
            out.push(Segment { op: Op::Insert, text: side(Op::Insert) });
        } else {
            out.extend(group.iter().cloned());
        }
        i = j;
    }
    out
}

// ---------------------------------------------------------------- text output

/// Untrusted text for a terminal: control characters and bidirectional
/// overrides are shown as escapes (they could rewrite or reorder the screen).
pub fn term_safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if (c.is_control() && c != '\n' && c != '\t') || bidi {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn segments_text(segs: &[Segment], color: bool) -> String {
    let mut s = String::new();
    for seg in segs {
        let t = term_safe(&seg.text);
        match (seg.op, color) {
            (Op::Equal, _) => s.push_str(&t),
            (Op::Delete, false) => s.push_str(&format!("[-{t}-]")),
            (Op::Insert, false) => s.push_str(&format!("{{+{t}+}}")),
            // Colour per line, so a pager that cuts lines does not bleed it.
            (Op::Delete, true) => s.push_str(&paint(&t, "\x1b[31m")),
            (Op::Insert, true) => s.push_str(&paint(&t, "\x1b[32m")),
        }
    }
    s
}

fn paint(t: &str, code: &str) -> String {
    t.split('\n')
        .map(|l| if l.is_empty() { String::new() } else { format!("{code}{l}\x1b[m") })
        .collect::<Vec<_>>()
        .join("\n")
}

fn indent(text: &str, by: &str) -> String {
    text.split('\n').map(|l| format!("{by}{l}")).collect::<Vec<_>>().join("\n")
}

/// The text report of `--diff`: per translation, a heading line, then the
/// changed title and blocks (`¶N` = N-th block of the current source).
pub fn render_text(diffs: &[FileDiff], color: bool) -> String {
    let mut out = String::new();
    if diffs.is_empty() {
        out.push_str("No stale translations.\n");
        return out;
    }
    let bold = |s: String| if color { format!("\x1b[1m{s}\x1b[m") } else { s };
    for d in diffs {
        let file = term_safe(&d.file.display().to_string());
        let source = d.source_file.as_ref().map(|s| term_safe(&s.display().to_string())).unwrap_or_default();
        let hashes = match (&d.recorded_hash, &d.current_hash) {
            (Some(r), Some(c)) if d.status != Status::Current => format!(" (source_hash {} -> {})", term_safe(r), c),
            _ => String::new(),
        };
        out.push_str(&bold(format!("{file} ({})", term_safe(&d.lang))));
        out.push('\n');
        match (&d.base, d.status) {
            (Some(b), Status::Changed) => {
                out.push_str(&format!(
                    "  source {source} changed since commit {} {} \"{}\"{hashes}\n",
                    short(&b.commit),
                    term_safe(&b.date),
                    term_safe(&b.subject)
                ));
                if !b.path.ends_with(&source.replace('\\', "/")) {
                    out.push_str(&format!("  (then at {})\n", term_safe(&b.path)));
                }
            }
            _ => out.push_str(&format!("  {}\n", term_safe(&d.message))),
        }
        if let Some(t) = &d.title {
            out.push_str(&format!("  title: {}\n", segments_text(t, color)));
        }
        for b in &d.blocks {
            let head = match b.change {
                BlockOp::Changed => format!("  ¶{} changed:", b.new_index.unwrap_or(0)),
                BlockOp::Added => format!("  ¶{} added:", b.new_index.unwrap_or(0)),
                BlockOp::Removed => format!("  removed (¶{} of the old version):", b.old_index.unwrap_or(0)),
            };
            out.push_str(&head);
            out.push('\n');
            out.push_str(&indent(&segments_text(&b.words, color), "    "));
            out.push('\n');
        }
        if d.status == Status::Changed && d.title.is_none() && d.blocks.is_empty() {
            out.push_str("  (only blank lines or spacing changed)\n");
        }
        out.push('\n');
    }
    let changed = diffs.iter().filter(|d| d.status == Status::Changed).count();
    let stale = diffs
        .iter()
        .filter(|d| d.recorded_hash.is_some() && d.current_hash.is_some() && d.status != Status::Current)
        .count();
    out.push_str(&format!("{stale} stale translation(s), {changed} with what changed since it was translated\n"));
    out
}
