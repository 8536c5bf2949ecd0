//! A page's rendered HTML, held in memory or spilled to a file.
//!
//! The HTML of every page is most of what a site weighs in memory (8 KiB a
//! page on average, 800 MiB at 100,000 pages), yet a build reads it only
//! when it writes that page's own files: its HTML page, its API document,
//! its search document, a feed entry. So `agora build` writes each page's
//! HTML to one unnamed file beside the output as soon as the page is loaded
//! (a [`Spill`]) and keeps only where it is; the writers read it back with
//! one `pread` each and drop it again. Peak memory then holds what listings,
//! feeds and the sitemap need (titles, dates, summaries, URLs, terms), not
//! the bodies. `agora serve` and `agora check` keep the HTML in memory.

use std::borrow::Cow;
use std::io;
use std::os::unix::fs::FileExt as _;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::diag::Diagnostic;

/// Rendered, sanitized HTML of a page's Markdown body.
#[derive(Clone)]
pub struct Html(Repr);

#[derive(Clone)]
enum Repr {
    Mem(String),
    Spilled { spill: Arc<Spill>, at: u64, len: usize },
}

impl Html {
    /// The HTML (read back from the spill file when it is there).
    pub fn get(&self) -> io::Result<Cow<'_, str>> {
        match &self.0 {
            Repr::Mem(s) => Ok(Cow::Borrowed(s)),
            Repr::Spilled { spill, at, len } => {
                let mut buf = vec![0; *len];
                spill.file.read_exact_at(&mut buf, *at)?;
                String::from_utf8(buf)
                    .map(Cow::Owned)
                    .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "spilled HTML is not UTF-8"))
            }
        }
    }

    /// [`Html::get`], its failure said as a build error of the page `file`.
    pub fn read(&self, file: &Path) -> Result<Cow<'_, str>, Diagnostic> {
        self.get().map_err(|e| {
            Diagnostic::error(
                "build",
                file,
                0,
                0,
                format!("cannot read the page's HTML back from the build's spill file: {e}"),
            )
        })
    }

    /// Moves the HTML out of memory into `spill`. When the file cannot take
    /// it (a full disk), the HTML stays in memory: nothing is lost.
    pub fn spill_to(&mut self, spill: &Arc<Spill>) {
        let Repr::Mem(s) = &self.0 else { return };
        if let Ok(at) = spill.put(s.as_bytes()) {
            self.0 = Repr::Spilled { spill: spill.clone(), at, len: s.len() };
        }
    }

    pub fn is_spilled(&self) -> bool {
        matches!(self.0, Repr::Spilled { .. })
    }
}

impl From<String> for Html {
    fn from(s: String) -> Html {
        Html(Repr::Mem(s))
    }
}

impl Default for Html {
    fn default() -> Html {
        Html(Repr::Mem(String::new()))
    }
}

impl std::fmt::Debug for Html {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.get() {
            Ok(s) => s.fmt(f),
            Err(e) => write!(f, "<unreadable spilled HTML: {e}>"),
        }
    }
}

/// Serialized as its text (the page store keeps it so).
impl serde::Serialize for Html {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = self.get().map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }
}

impl<'de> serde::Deserialize<'de> for Html {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Html, D::Error> {
        String::deserialize(d).map(Html::from)
    }
}

/// An unnamed file (it has no name from the start, or loses it at once,
/// so a killed build leaves nothing behind) that pages' HTML is appended to
/// from many threads: each write takes its own range.
pub struct Spill {
    file: std::fs::File,
    end: AtomicU64,
}

impl Spill {
    /// A spill file in `dir` (beside the output: a temporary folder may be
    /// memory itself, tmpfs).
    pub fn new_in(dir: &Path) -> io::Result<Arc<Spill>> {
        Ok(Arc::new(Spill { file: tempfile::tempfile_in(dir)?, end: AtomicU64::new(0) }))
    }

    /// Appends `bytes`; where they start.
    fn put(&self, bytes: &[u8]) -> io::Result<u64> {
        let at = self.end.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        self.file.write_all_at(bytes, at)?;
        Ok(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spilled_html_reads_back_as_written_from_many_threads() {
        let dir = tempfile::tempdir().unwrap();
        let spill = Spill::new_in(dir.path()).unwrap();
        let texts: Vec<String> =
            (0..200).map(|i| format!("<p>page {i} – ünïcödé {}</p>", "x".repeat(i * 37))).collect();
        let mut htmls: Vec<Html> = texts.iter().cloned().map(Html::from).collect();
        use rayon::prelude::*;
        htmls.par_iter_mut().for_each(|h| h.spill_to(&spill));
        for (h, t) in htmls.iter().zip(&texts) {
            assert!(h.is_spilled());
            assert_eq!(h.get().unwrap(), t.as_str());
        }
        // nothing named is left in the folder
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        // serialized as text, read back into memory
        let bytes = postcard::to_stdvec(&htmls[5]).unwrap();
        let back: Html = postcard::from_bytes(&bytes).unwrap();
        assert!(!back.is_spilled());
        assert_eq!(back.get().unwrap(), texts[5].as_str());
    }
}
