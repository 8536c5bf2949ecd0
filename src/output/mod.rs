//! Writing the site: HTML, feeds, sitemap, static files (and, from their own
//! modules, the content API and search index) into a temporary folder that
//! replaces the output folder only when everything succeeded.

pub mod api;
pub mod deps;
pub mod feeds;
pub mod html;
pub mod manifest;
pub mod routes;
pub mod search;
pub mod sitemap;
pub mod xml;

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::diag::{Diagnostic, Diagnostics};

/// The folder being written. Every write goes through `write`, which refuses
/// paths that would leave it.
pub struct OutDir {
    pub root: PathBuf,
    errors: Mutex<Diagnostics>,
    files: std::sync::atomic::AtomicUsize,
    bytes: std::sync::atomic::AtomicU64,
    /// `false` for `agora check`: render everything, write nothing.
    pub dry_run: bool,
    /// What this build produced (output-relative), so leftovers of an
    /// earlier build in a reused folder can be removed.
    produced: Mutex<HashSet<PathBuf>>,
    /// Folders written wholesale by another writer (search indexes).
    claimed: Mutex<Vec<PathBuf>>,
    /// Folders known to be real folders (not links) in this build.
    checked_dirs: Mutex<HashSet<PathBuf>>,
    /// The manifest of what the folder held before this build, if trusted.
    previous: Option<manifest::Manifest>,
    /// Route → input hash of this build (the next manifest).
    next: Mutex<HashMap<PathBuf, u128>>,
    /// Routes left as they were (their inputs did not change).
    kept: std::sync::atomic::AtomicUsize,
    /// The newest build's folder and manifest (see [`OutDir::with_newest`]).
    newest: Option<(PathBuf, manifest::Manifest)>,
    /// Its folders known to be real folders (not links).
    newest_dirs: Mutex<HashSet<PathBuf>>,
}

impl OutDir {
    pub fn new(root: PathBuf, dry_run: bool) -> OutDir {
        OutDir {
            root,
            errors: Mutex::new(Diagnostics::new()),
            files: 0.into(),
            bytes: 0.into(),
            dry_run,
            produced: Mutex::new(HashSet::new()),
            claimed: Mutex::new(Vec::new()),
            checked_dirs: Mutex::new(HashSet::new()),
            previous: None,
            next: Mutex::new(HashMap::new()),
            kept: 0.into(),
            newest: None,
            newest_dirs: Mutex::new(HashSet::new()),
        }
    }

    /// Trust `m` as the manifest of what the folder holds now.
    pub fn with_previous(mut self, m: Option<manifest::Manifest>) -> OutDir {
        self.previous = m;
        self
    }

    /// Record `hash` as the render inputs of the file `rel`; true when the
    /// folder already holds that file rendered from the same inputs (it is
    /// then kept as it is). Never in a dry run; never through a link.
    pub fn unchanged(&self, rel: &Path, hash: u128) -> bool {
        if !self.record(rel, hash) {
            return self.copy_from_newest(rel, hash);
        }
        let Ok(p) = self.path_for(rel) else { return false };
        let real = p.parent().is_some_and(|d| self.real_dirs(d).is_ok())
            && std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_file());
        if real {
            self.keep(rel);
        }
        real
    }

    /// As [`OutDir::unchanged`], for a folder another writer fills in whole
    /// (a search index): kept, and claimed, when unchanged and free of links.
    pub fn unchanged_dir(&self, rel: &Path, hash: u128) -> bool {
        if !self.record(rel, hash) {
            return self.copy_dir_from_newest(rel, hash);
        }
        let Ok(dir) = self.path_for(rel) else { return false };
        let real = self.real_dirs(&dir).is_ok()
            && walkdir::WalkDir::new(&dir)
                .into_iter()
                .all(|e| e.is_ok_and(|e| e.file_type().is_dir() || e.file_type().is_file()));
        if real {
            self.claimed.lock().unwrap().push(rel.to_path_buf());
            self.kept.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        real
    }

    /// Trust `m` as the manifest of `root`, the newest build (the output
    /// folder the staging one replaces): a file the staging folder holds an
    /// older version of, but the newest build made from the same inputs, is
    /// copied from there instead of rendered again. Builds alternate between
    /// the two folders, so without this each would redo the previous one's
    /// changes as well.
    pub fn with_newest(mut self, root: PathBuf, m: Option<manifest::Manifest>) -> OutDir {
        self.newest = m.map(|m| (root, m));
        self
    }

    /// The newest build's file or folder `rel`, when it was made from `hash`.
    /// Never through a link: every folder from the newest build's root
    /// down to it must be a real folder.
    fn newest_with(&self, rel: &Path, hash: u128) -> Option<PathBuf> {
        let (root, m) = self.newest.as_ref().filter(|_| !self.dry_run)?;
        if m.routes.get(rel) != Some(&hash) {
            return None;
        }
        let mut dir = root.clone();
        for c in rel.parent()?.components() {
            let Component::Normal(c) = c else { return None };
            dir.push(c);
            if self.newest_dirs.lock().unwrap().contains(&dir) {
                continue;
            }
            if !std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
                return None;
            }
            self.newest_dirs.lock().unwrap().insert(dir.clone());
        }
        Some(root.join(rel))
    }

    /// Copy the newest build's `rel` (see [`OutDir::with_newest`]); true
    /// when it was. A link there is never followed.
    fn copy_from_newest(&self, rel: &Path, hash: u128) -> bool {
        let Some(src) = self.newest_with(rel, hash) else { return false };
        if !std::fs::symlink_metadata(&src).is_ok_and(|m| m.is_file()) {
            return false;
        }
        let Ok(bytes) = read_no_follow(&src) else { return false };
        self.write(rel, &bytes);
        self.kept.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        true
    }

    /// As [`OutDir::copy_from_newest`], for a folder another writer fills in
    /// whole: the staging copy is replaced by the newest one, unless that
    /// holds anything but files and folders.
    fn copy_dir_from_newest(&self, rel: &Path, hash: u128) -> bool {
        let Some(src) = self.newest_with(rel, hash) else { return false };
        let files: Vec<walkdir::DirEntry> = match walkdir::WalkDir::new(&src).min_depth(1).into_iter().collect() {
            Ok(f) => f,
            Err(_) => return false,
        };
        if !std::fs::symlink_metadata(&src).is_ok_and(|m| m.is_dir())
            || files.iter().any(|e| !e.file_type().is_dir() && !e.file_type().is_file())
        {
            return false;
        }
        let Ok(dst) = self.claim_dir(rel) else { return false };
        let copied = std::fs::remove_dir_all(&dst).and_then(|()| std::fs::create_dir(&dst)).is_ok()
            && files.iter().all(|e| {
                let Ok(part) = e.path().strip_prefix(&src) else { return false };
                if e.file_type().is_dir() {
                    std::fs::create_dir(dst.join(part)).is_ok()
                } else {
                    read_no_follow(e.path()).and_then(|b| write_no_follow(&dst.join(part), &b)).is_ok()
                }
            });
        if copied {
            self.kept.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        copied
    }

    /// Put `rel`'s input hash in the next manifest; true when the previous
    /// one has the same hash for it (and this build writes).
    fn record(&self, rel: &Path, hash: u128) -> bool {
        self.next.lock().unwrap().insert(rel.to_path_buf(), hash);
        !self.dry_run && self.previous.as_ref().and_then(|m| m.routes.get(rel)) == Some(&hash)
    }

    fn keep(&self, rel: &Path) {
        self.produced.lock().unwrap().insert(rel.to_path_buf());
        self.kept.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// How many routes were kept from the previous build.
    pub fn kept(&self) -> usize {
        self.kept.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The manifest of what this build wrote.
    pub fn manifest(&self) -> manifest::Manifest {
        manifest::Manifest { routes: self.next.lock().unwrap().clone() }
    }

    /// `rel` must be relative and free of `..`; it is joined below the root.
    pub fn path_for(&self, rel: &Path) -> Result<PathBuf, String> {
        let mut out = self.root.clone();
        for c in rel.components() {
            match c {
                Component::Normal(s) => out.push(s),
                Component::CurDir => {}
                _ => return Err(format!("refusing to write `{}`: outside the output folder", rel.display())),
            }
        }
        Ok(out)
    }

    pub fn write(&self, rel: impl AsRef<Path>, bytes: &[u8]) {
        let rel = rel.as_ref();
        crate::progress::tick();
        self.files.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed);
        if self.dry_run {
            return;
        }
        self.produced.lock().unwrap().insert(rel.to_path_buf());
        // in the manifest too, so the next build's prune knows the file
        self.next.lock().unwrap().entry(rel.to_path_buf()).or_insert(WRITTEN_WHOLE);
        let res = self.path_for(rel).and_then(|p| {
            if let Some(parent) = p.parent() {
                self.real_dirs(parent)?;
            }
            match std::fs::symlink_metadata(&p) {
                // a link planted in the reused staging folder: replace it, never follow it
                Ok(m) if m.is_symlink() => {
                    std::fs::remove_file(&p).map_err(|e| format!("cannot remove the link {}: {e}", p.display()))?
                }
                // The staging folder holds an earlier build: leave files that
                // are already right alone (cheaper than rewriting, keeps mtime).
                Ok(m)
                    if m.is_file()
                        && m.len() == bytes.len() as u64
                        && std::fs::read(&p).is_ok_and(|old| old == bytes) =>
                {
                    return Ok(())
                }
                _ => {}
            }
            write_no_follow(&p, bytes).map_err(|e| format!("cannot write {}: {e}", p.display()))
        });
        if let Err(e) = res {
            self.error(Diagnostic::error("output", rel, 0, 0, e));
        }
    }

    /// Make every folder from the root down to `dir` a real folder: a
    /// symbolic link (or a file) in the way is removed, never followed, so no
    /// write can land outside the output folder.
    fn real_dirs(&self, dir: &Path) -> Result<(), String> {
        if self.checked_dirs.lock().unwrap().contains(dir) {
            return Ok(());
        }
        let rel =
            dir.strip_prefix(&self.root).map_err(|_| format!("{} is outside the output folder", dir.display()))?;
        let mut cur = self.root.clone();
        for c in rel.components() {
            cur.push(c);
            if self.checked_dirs.lock().unwrap().contains(&cur) {
                continue;
            }
            match std::fs::symlink_metadata(&cur) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    std::fs::remove_file(&cur).map_err(|e| format!("cannot remove {}: {e}", cur.display()))?;
                    create_dir(&cur)?;
                }
                Err(_) => create_dir(&cur)?,
            }
            self.checked_dirs.lock().unwrap().insert(cur.clone());
        }
        Ok(())
    }

    /// A folder (output-relative) that another writer fills in whole: made a
    /// real folder as `write` would, and kept by `prune`.
    pub fn claim_dir(&self, rel: &Path) -> Result<PathBuf, String> {
        let dir = self.path_for(rel)?;
        self.real_dirs(&dir)?;
        self.next.lock().unwrap().entry(rel.to_path_buf()).or_insert(WRITTEN_WHOLE);
        self.claimed.lock().unwrap().push(rel.to_path_buf());
        Ok(dir)
    }

    pub fn copy(&self, from: &Path, rel: impl AsRef<Path>) {
        match std::fs::read(from) {
            Ok(b) => self.write(rel, &b),
            Err(e) => self.error(Diagnostic::error("output", from, 0, 0, format!("cannot read: {e}"))),
        }
    }

    /// Remove files (and then empty folders) this build did not produce:
    /// what is left of an earlier build in a reused staging folder. With a
    /// trusted manifest of the folder, which names every file and folder an
    /// earlier build wrote there, only those this build did not produce are
    /// looked at; otherwise the whole folder is walked.
    pub fn prune(&self) {
        let Some(previous) = &self.previous else { return self.prune_walk() };
        let next = self.next.lock().unwrap();
        let claimed = self.claimed.lock().unwrap();
        for rel in previous.routes.keys() {
            if next.contains_key(rel) || claimed.iter().any(|c| rel.starts_with(c)) {
                continue;
            }
            let Ok(path) = self.path_for(rel) else { continue };
            let _ = match std::fs::symlink_metadata(&path) {
                Ok(m) if m.is_dir() => std::fs::remove_dir_all(&path),
                Ok(_) => std::fs::remove_file(&path),
                Err(_) => continue,
            };
            // and the folders it leaves empty
            let mut dir = path.parent();
            while let Some(d) = dir.filter(|d| *d != self.root) {
                if std::fs::remove_dir(d).is_err() {
                    break;
                }
                dir = d.parent();
            }
        }
    }

    fn prune_walk(&self) {
        use rayon::prelude::*;
        let produced = self.produced.lock().unwrap();
        let claimed = self.claimed.lock().unwrap();
        // one walk per top-level entry (the languages, api/, …), side by side
        let tops: Vec<PathBuf> =
            std::fs::read_dir(&self.root).into_iter().flatten().flatten().map(|e| e.path()).collect();
        tops.par_iter().for_each(|top| {
            for e in walkdir::WalkDir::new(top).contents_first(true).into_iter().flatten() {
                let Ok(rel) = e.path().strip_prefix(&self.root) else { continue };
                if claimed.iter().any(|c| rel.starts_with(c))
                    || rel == Path::new(MARKER)
                    || rel == Path::new(manifest::FILE)
                {
                    continue;
                }
                if e.file_type().is_dir() {
                    let _ = std::fs::remove_dir(e.path()); // only succeeds when empty
                } else if !produced.contains(rel) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        });
    }

    pub fn error(&self, d: Diagnostic) {
        self.errors.lock().unwrap().push(d);
    }

    /// The problems found while writing. A template error repeats on every
    /// page that uses the template: it is reported once, with a count.
    pub fn take_errors(&self) -> Diagnostics {
        let all = std::mem::take(&mut *self.errors.lock().unwrap());
        let mut out: Vec<(Diagnostic, usize)> = Vec::new();
        for d in all.0 {
            let cause = |d: &Diagnostic| d.message.split(" (while rendering ").next().unwrap_or_default().to_string();
            match out.iter_mut().find(|(o, _)| o.kind == d.kind && o.file == d.file && cause(o) == cause(&d)) {
                Some((_, n)) => *n += 1,
                None => out.push((d, 0)),
            }
        }
        let mut ds = Diagnostics::new();
        for (mut d, more) in out {
            if more > 0 {
                d.message = format!("{} (and {more} more)", d.message.trim_end_matches(')'));
                d.message.push(')');
            }
            ds.push(d);
        }
        ds
    }

    pub fn stats(&self) -> (usize, u64) {
        (self.files.load(std::sync::atomic::Ordering::Relaxed), self.bytes.load(std::sync::atomic::Ordering::Relaxed))
    }
}

/// The manifest's value for a file written whole (compared byte for byte,
/// not by its inputs): never the hash of a route's inputs in practice.
const WRITTEN_WHOLE: u128 = 0;

/// `create_dir` that accepts a folder another thread made meanwhile.
fn create_dir(dir: &Path) -> Result<(), String> {
    match std::fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(_) if std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) => Ok(()),
        Err(e) => Err(format!("cannot create {}: {e}", dir.display())),
    }
}

/// Read a file without following a symbolic link at its path.
fn read_no_follow(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut o, libc::O_NOFOLLOW);
    let mut bytes = Vec::new();
    o.open(path)?.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Write a file without following a symbolic link at its path (one planted
/// between our check and the write makes the open fail instead).
fn write_no_follow(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut o, libc::O_NOFOLLOW);
    o.open(path)?.write_all(bytes)
}

/// Marks a folder as agora's output. agora replaces and prunes only folders
/// that carry it, so a folder of the user's (`--out docs`) is never emptied.
pub const MARKER: &str = ".agora-output";

const MARKER_TEXT: &str = "This folder is written by agora: every build replaces what is in it.\n";

/// Folders of a site that hold sources: the output may not be inside them.
const SOURCE_DIRS: &[&str] = &["content", "i18n", "static", "themes", "templates"];

/// The page store of builds into `target`: `.<name>.cache` beside it, with
/// the staging folder and the lock (see `content::store`).
pub fn cache_file(target: &Path) -> PathBuf {
    let target = resolved(target).unwrap_or_else(|_| target.to_path_buf());
    let parent = target.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("/"));
    let name = target.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "public".into());
    parent.join(format!(".{name}.cache"))
}

/// Build into a staging folder beside `target`, then swap it in. On error
/// `target` is untouched.
///
/// The staging folder is `.<name>.prev`: after a swap it holds the previous
/// site, and the next build writes over it in place (then prunes what it did
/// not produce). Overwriting reuses the file system's inodes; deleting and
/// re-creating ~20,000 files per build cost more kernel time than rendering.
///
/// A lock file `.<name>.lock` beside the output is held from start to swap,
/// so two builds (or `serve` and a manual build) never mix their files.
pub struct Staging {
    pub target: PathBuf,
    pub tmp: PathBuf,
    /// Held for the life of the build; the OS releases it on exit, however that happens.
    _lock: std::fs::File,
}

/// Why the output folder cannot be used.
#[derive(Debug)]
pub enum StagingError {
    /// Another build holds the lock.
    Busy(PathBuf),
    /// The folder is not one agora may replace.
    Refused(String),
    Io(std::io::Error),
}

impl std::fmt::Display for StagingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StagingError::Busy(lock) => write!(
                f,
                "another agora build is writing this output folder right now (it holds {}); wait for it to finish and run again",
                lock.display()
            ),
            StagingError::Refused(why) => f.write_str(why),
            StagingError::Io(e) => write!(f, "cannot prepare the output folder: {e}"),
        }
    }
}

impl From<std::io::Error> for StagingError {
    fn from(e: std::io::Error) -> Self {
        StagingError::Io(e)
    }
}

/// `path` made absolute, with `.`/`..` resolved and symbolic links of the
/// part that exists followed, so two spellings of a folder compare equal.
fn resolved(path: &Path) -> std::io::Result<PathBuf> {
    let abs = std::path::absolute(path)?;
    let mut existing = abs.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(n), Some(p)) => {
                rest.push(n);
                existing = p.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for n in rest.into_iter().rev() {
        if n == ".." {
            out.pop();
        } else if n != "." {
            out.push(n);
        }
    }
    Ok(out)
}

/// Does `dir` exist with anything in it?
fn non_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some())
}

/// Is `dir` a folder agora made (or an empty one it may take)?
fn ours(dir: &Path) -> bool {
    !non_empty(dir) || std::fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

impl Staging {
    /// Prepare to build `target` for the site at `root`: refuse an output
    /// folder that would take sources or a user's files with it, take the
    /// lock, and repair what a build killed in its swap left behind.
    pub fn new(target: &Path, root: &Path) -> Result<Staging, StagingError> {
        let target = resolved(target)?;
        let root = resolved(root)?;
        let shown = target.display();
        if root.starts_with(&target) {
            return Err(StagingError::Refused(format!(
                "the output folder {shown} contains the site itself ({}): a build replaces its output folder, which would delete the sources; choose a folder such as {}",
                root.display(),
                root.join("public").display()
            )));
        }
        if let Some(src) = SOURCE_DIRS.iter().map(|d| root.join(d)).find(|d| target.starts_with(d)) {
            return Err(StagingError::Refused(format!(
                "the output folder {shown} is inside the site's sources ({}): choose a folder outside content/, i18n/, static/, themes/ and templates/",
                src.display()
            )));
        }
        if std::fs::symlink_metadata(&target).is_ok_and(|m| !m.is_dir()) {
            return Err(StagingError::Refused(format!("the output folder {shown} exists and is not a folder")));
        }
        if !ours(&target) {
            return Err(StagingError::Refused(format!(
                "the output folder {shown} already holds files that agora did not write (it has no {MARKER} file): a build replaces the whole folder, so agora will not use it. Choose a new or empty folder, or delete this one yourself"
            )));
        }
        let parent = target.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("/"));
        let name = target.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "public".into());
        std::fs::create_dir_all(&parent)?;

        let lock = lock(&parent, &name)?;

        let tmp = parent.join(format!(".{name}.prev"));
        recover_swap(&parent, &name, &target, &tmp)?;
        match std::fs::symlink_metadata(&tmp) {
            Ok(m) if m.is_dir() => {
                if !ours(&tmp) {
                    return Err(StagingError::Refused(format!(
                        "{} holds files that agora did not write; agora uses that name for its staging folder: move it away",
                        tmp.display()
                    )));
                }
            }
            // a link or a file where the staging folder goes: never follow it
            Ok(_) => std::fs::remove_file(&tmp)?,
            Err(_) => {}
        }
        std::fs::create_dir_all(&tmp)?;
        std::fs::write(tmp.join(MARKER), MARKER_TEXT)?;
        Ok(Staging { target, tmp, _lock: lock })
    }

    /// Swap the staging folder in. A build killed between the two renames
    /// leaves `.<name>.swap-<pid>`, which the next build puts back.
    pub fn commit(self) -> std::io::Result<()> {
        let parent = self.target.parent().unwrap_or(Path::new("."));
        let name = self.target.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        if !self.target.exists() {
            return std::fs::rename(&self.tmp, &self.target);
        }
        let swap = parent.join(format!(".{name}.swap-{}", std::process::id()));
        std::fs::rename(&self.target, &swap)?;
        if let Err(e) = std::fs::rename(&self.tmp, &self.target) {
            // put the previous site back
            let _ = std::fs::rename(&swap, &self.target);
            return Err(e);
        }
        // the previous site becomes the next build's staging folder
        std::fs::rename(&swap, &self.tmp)
    }

    /// The staging folder stays for reuse; the target was never touched.
    pub fn abort(self) {}
}

/// The advisory lock beside the output folder `<parent>/<name>`, held
/// while a build (or `serve`'s preview) writes; released when dropped.
pub fn lock(parent: &Path, name: &str) -> Result<std::fs::File, StagingError> {
    let lock_path = parent.join(format!(".{name}.lock"));
    let lock = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&lock_path)?;
    match lock.try_lock() {
        Ok(()) => Ok(lock),
        Err(std::fs::TryLockError::WouldBlock) => Err(StagingError::Busy(lock_path)),
        Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
    }
}

/// Finish or undo a swap that a killed build left half done: with no output
/// folder, the newest `.<name>.swap-*` (the previous site) is put back;
/// leftovers become the staging folder or are removed.
fn recover_swap(parent: &Path, name: &str, target: &Path, tmp: &Path) -> std::io::Result<()> {
    let prefix = format!(".{name}.swap-");
    let mut swaps: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(parent)?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()) && ours(&e.path()))
        .map(|e| (e.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH), e.path()))
        .collect();
    swaps.sort();
    while let Some((_, swap)) = swaps.pop() {
        if !target.exists() {
            std::fs::rename(&swap, target)?;
        } else if !tmp.exists() {
            std::fs::rename(&swap, tmp)?;
        } else {
            std::fs::remove_dir_all(&swap)?;
        }
    }
    Ok(())
}

/// Site-relative URL (`/nl/news/x/`) → output-relative folder (Unicode, decoded).
pub fn url_to_dir(url: &str) -> PathBuf {
    url.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_outside() {
        let o = OutDir::new(PathBuf::from("/tmp/x"), true);
        assert!(o.path_for(Path::new("../etc/passwd")).is_err());
        assert!(o.path_for(Path::new("/etc/passwd")).is_err());
        assert_eq!(o.path_for(Path::new("en/a/index.html")).unwrap(), PathBuf::from("/tmp/x/en/a/index.html"));
    }

    #[test]
    fn url_to_dir_decodes() {
        assert_eq!(url_to_dir("/tr/news/%C3%B6%C4%9F/"), PathBuf::from("tr/news/öğ"));
    }
}
