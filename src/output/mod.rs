//! Writing the site: HTML, feeds, sitemap, static files (and, from their own
//! modules, the content API and search index) into a temporary folder that
//! replaces the output folder only when everything succeeded.

pub mod api;
pub mod feeds;
pub mod html;
pub mod search;
pub mod sitemap;
pub mod xml;

use std::collections::HashSet;
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
        }
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
        self.files.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed);
        if self.dry_run {
            return;
        }
        self.produced.lock().unwrap().insert(rel.to_path_buf());
        let res = self.path_for(rel).and_then(|p| {
            // The staging folder holds an earlier build: leave files that are
            // already right alone (cheaper than rewriting, keeps their mtime).
            if std::fs::metadata(&p).is_ok_and(|m| m.len() == bytes.len() as u64)
                && std::fs::read(&p).is_ok_and(|old| old == bytes)
            {
                return Ok(());
            }
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&p, bytes).map_err(|e| format!("cannot write {}: {e}", p.display()))
        });
        if let Err(e) = res {
            self.error(Diagnostic::error("output", rel, 0, 0, e));
        }
    }

    pub fn copy(&self, from: &Path, rel: impl AsRef<Path>) {
        match std::fs::read(from) {
            Ok(b) => self.write(rel, &b),
            Err(e) => self.error(Diagnostic::error("output", from, 0, 0, format!("cannot read: {e}"))),
        }
    }

    /// A folder some other writer fills in whole (kept by `prune`).
    pub fn claim(&self, rel: impl AsRef<Path>) {
        self.claimed.lock().unwrap().push(rel.as_ref().to_path_buf());
    }

    /// Remove files (and then empty folders) this build did not produce:
    /// what is left of an earlier build in a reused staging folder.
    pub fn prune(&self) {
        let produced = self.produced.lock().unwrap();
        let claimed = self.claimed.lock().unwrap();
        for e in walkdir::WalkDir::new(&self.root).min_depth(1).contents_first(true).into_iter().flatten() {
            let Ok(rel) = e.path().strip_prefix(&self.root) else { continue };
            if claimed.iter().any(|c| rel.starts_with(c)) {
                continue;
            }
            if e.file_type().is_dir() {
                let _ = std::fs::remove_dir(e.path()); // only succeeds when empty
            } else if !produced.contains(rel) {
                let _ = std::fs::remove_file(e.path());
            }
        }
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

/// Build into a staging folder beside `target`, then swap it in. On error
/// `target` is untouched.
///
/// The staging folder is `.<name>.prev`: after a swap it holds the previous
/// site, and the next build writes over it in place (then prunes what it did
/// not produce). Overwriting reuses the file system's inodes; deleting and
/// re-creating ~20,000 files per build cost more kernel time than rendering.
pub struct Staging {
    pub target: PathBuf,
    pub tmp: PathBuf,
}

impl Staging {
    pub fn new(target: &Path) -> std::io::Result<Staging> {
        let target = if target.is_absolute() { target.to_path_buf() } else { std::env::current_dir()?.join(target) };
        let parent = target.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
        let name = target.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "public".into());
        std::fs::create_dir_all(&parent)?;
        let tmp = parent.join(format!(".{name}.prev"));
        if tmp.exists() && !tmp.is_dir() {
            std::fs::remove_file(&tmp)?;
        }
        std::fs::create_dir_all(&tmp)?;
        Ok(Staging { target, tmp })
    }

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
