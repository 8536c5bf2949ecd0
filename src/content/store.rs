//! Loaded pages kept between builds, so `agora build` after a one-file edit
//! parses and renders one file, not 10,000.
//!
//! One file beside the output folder (`.<name>.cache`, see
//! `output::cache_file`): an append-only log of records, each a hash of
//! what a page is loaded from (the file's path and bytes, site.yaml,
//! agora's version) with the file's stamp (length and modification time)
//! and the page `content::load` made of it. A file whose stamp is as kept is
//! not even read; one whose stamp changed is read and looked up by its bytes
//! (a fresh checkout in CI). A build appends the pages it loaded,
//! under the output lock, and rewrites the file with only the pages it used
//! when dead ones outnumber them. Every record carries a checksum: a record
//! cut short by a killed build, or a file from another version, ends the
//! reading there, and what was read stays usable.

use std::collections::{HashMap, HashSet};
use std::io::{Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::Page;
use crate::config::Config;
use crate::diag::Diagnostics;
use crate::hash::InputHash;

const MAGIC: &str = "agora-pages 2";

/// Bytes read of each record to find its key, path and stamp (a path is
/// shorter: `urls` limits segments).
const PREFIX: usize = 2048;

/// A record bigger than this is not believed (a corrupt length).
const MAX_RECORD: u64 = 64 << 20;

pub struct PageStore {
    path: PathBuf,
    /// Hash of site.yaml: a kept page is only good for the same one.
    config_key: u128,
    /// When this build began: a file changed less than a second before it
    /// is not vouched for by its stamp (see [`Stamp`]).
    started: std::time::SystemTime,
    /// The store's file, read a record at a time (not held in memory).
    file: Option<std::fs::File>,
    /// Where its sound records end.
    sound_len: u64,
    /// Key → where its record is in the file (checked when read).
    index: HashMap<u128, std::ops::Range<u64>>,
    /// Source path → its stamp when kept, and the record's key.
    by_path: HashMap<String, (Stamp, u128)>,
    /// Records in the file, dead ones included.
    records: usize,
    /// Pages loaded by this build, to append (serialized only when saved,
    /// from the loaded pages themselves), and every key used.
    new: Mutex<Vec<(u128, String, Stamp)>>,
    used: Mutex<HashSet<u128>>,
}

/// A source file's length and modification time (ns), taken when its page
/// was kept. The same stamp again means the same file without reading it,
/// as in `make` and git; `None` when the file changed so shortly before the
/// build that another save could follow within the clock's resolution and
/// keep the stamp (git's "racily clean" case): then the file is read.
type Stamp = (u64, Option<i128>);

impl PageStore {
    /// The store in `path`; empty when there is none or it is unreadable.
    pub fn open(path: PathBuf, config_key: u128) -> PageStore {
        let mut s = PageStore::empty(path, config_key);
        if let Ok(f) = std::fs::File::open(&s.path) {
            if s.read_records(&f).is_some() {
                s.file = Some(f);
            }
        }
        s
    }

    /// A store at `path` that reads nothing from it (and rewrites it on save).
    pub fn empty(path: PathBuf, config_key: u128) -> PageStore {
        PageStore {
            path,
            config_key,
            started: std::time::SystemTime::now(),
            file: None,
            sound_len: 0,
            index: HashMap::new(),
            by_path: HashMap::new(),
            records: 0,
            new: Mutex::default(),
            used: Mutex::default(),
        }
    }

    /// The page `load` makes of the file at `path`, from the store when the
    /// file (its stamp, or else its bytes), its place in the site,
    /// site.yaml and agora are those it was kept with. Pages with problems
    /// are not kept (their messages must come again), nor `index.md`
    /// bundles (the files beside them may change).
    pub fn page(
        &self,
        config: &Config,
        path: &Path,
        load: impl FnOnce() -> (Option<Page>, Diagnostics),
    ) -> (Option<Page>, Diagnostics) {
        let rel = path.strip_prefix(&config.root).unwrap_or(path).to_string_lossy().into_owned();
        let stamp = self.stamp(path);
        let same_stamp = self.by_path.get(&rel).filter(|(kept, _)| stamp.1.is_some() && *kept == stamp);
        if let Some(&(_, key)) = same_stamp {
            if let Some(p) = self.kept(key) {
                self.used.lock().unwrap().insert(key);
                return (Some(p), Diagnostics::new());
            }
        }
        let Ok(bytes) = std::fs::read(path) else { return load() };
        let key =
            InputHash::new().str(env!("CARGO_PKG_VERSION")).u128(self.config_key).str(&rel).bytes(&bytes).finish();
        let hit = self.kept(key);
        // a page found by its bytes is kept again when its stamp changed, so
        // next time the stamp is enough
        let renew = hit.is_none() || (stamp.1.is_some() && self.by_path.get(&rel).map(|x| x.0) != Some(stamp));
        let (mut page, diags) = match hit {
            Some(p) => (Some(p), Diagnostics::new()),
            None => load(),
        };
        // builds do not read the body (see `Page::body`): not kept in memory either
        if let Some(p) = page.as_mut() {
            p.body = String::new();
        }
        if page.is_some() && diags.is_empty() && path.file_name().is_some_and(|n| n != "index.md") {
            self.used.lock().unwrap().insert(key);
            if renew {
                self.new.lock().unwrap().push((key, rel, stamp));
            }
        }
        (page, diags)
    }

    fn kept(&self, key: u128) -> Option<Page> {
        decode::<(String, Stamp, Page)>(&self.read(key)?, key).map(|(_, _, page)| page)
    }

    /// The bytes of `key`'s record.
    fn read(&self, key: u128) -> Option<Vec<u8>> {
        use std::os::unix::fs::FileExt;
        let at = self.index.get(&key)?;
        let mut rec = vec![0; (at.end - at.start) as usize];
        self.file.as_ref()?.read_exact_at(&mut rec, at.start).ok()?;
        Some(rec)
    }

    fn stamp(&self, path: &Path) -> Stamp {
        let Ok(m) = std::fs::metadata(path) else { return (u64::MAX, None) };
        let modified = m
            .modified()
            .ok()
            .filter(|t| t.checked_add(std::time::Duration::from_secs(1)).is_some_and(|t| t < self.started));
        let ns = modified.and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_nanos() as i128);
        (m.len(), ns)
    }

    /// Index the sound records of the file `f`: by key, and by source path
    /// (a later record wins). `None` when it is not a store of this version.
    fn read_records(&mut self, f: &std::fs::File) -> Option<()> {
        let mut r = std::io::BufReader::with_capacity(1 << 16, f);
        let mut head = vec![0; header().len()];
        r.read_exact(&mut head).ok()?;
        if head != header().as_bytes() {
            return None;
        }
        // a record cut short at the end (a killed build) is not one
        let end = f.metadata().ok()?.len();
        let mut at = head.len() as u64;
        let mut fixed = [0u8; 24];
        loop {
            if r.read_exact(&mut fixed).is_err() {
                break;
            }
            let len = u64::from_le_bytes(fixed[..8].try_into().ok()?);
            if !(16..=MAX_RECORD).contains(&len) || at + 24 + len > end {
                break;
            }
            // the key, path and stamp come first (postcard: fields in order)
            let mut prefix = vec![0; (len as usize).min(PREFIX)];
            if r.read_exact(&mut prefix).is_err() {
                break;
            }
            let Ok(((key, rel, stamp), _)) = postcard::take_from_bytes::<(u128, String, Stamp)>(&prefix) else {
                break;
            };
            if r.seek_relative(len as i64 - prefix.len() as i64).is_err() {
                break;
            }
            self.index.insert(key, at..at + 24 + len);
            self.by_path.insert(rel, (stamp, key));
            self.records += 1;
            at += 24 + len;
        }
        self.sound_len = at;
        Some(())
    }

    /// Append this build's pages (`pages`: what `content::load` returned);
    /// rewrite the file with only the pages this build used when dead ones
    /// outnumber them. Call with the output lock held.
    pub fn save(self, pages: &[std::sync::Arc<Page>]) -> std::io::Result<()> {
        let by_file: HashMap<String, &Page> =
            pages.iter().map(|p| (p.file.to_string_lossy().into_owned(), p.as_ref())).collect();
        let records = |new: &[(u128, String, Stamp)]| -> Vec<u8> {
            let mut out = Vec::new();
            for (key, rel, stamp) in new {
                if let Some(page) = by_file.get(rel) {
                    out.extend(record(*key, &(rel, stamp, *page)));
                }
            }
            out
        };
        let new = std::mem::take(&mut *self.new.lock().unwrap());
        let used = std::mem::take(&mut *self.used.lock().unwrap());
        let too_many = self.records + new.len() > used.len() + used.len() / 4 + 64;
        if self.file.is_none() || too_many {
            let tmp = self.path.with_extension("cache-new");
            let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
            w.write_all(header().as_bytes())?;
            // a page kept again this build has its new record only
            let renewed: HashSet<u128> = new.iter().map(|(k, ..)| *k).collect();
            for k in self.index.keys() {
                if used.contains(k) && !renewed.contains(k) {
                    w.write_all(&self.read(*k).unwrap_or_default())?;
                }
            }
            for chunk in new.chunks(256) {
                w.write_all(&records(chunk))?;
            }
            w.flush()?;
            drop(w);
            return std::fs::rename(&tmp, &self.path);
        }
        if new.is_empty() {
            return Ok(());
        }
        let mut f = std::fs::OpenOptions::new().write(true).open(&self.path)?;
        // a record cut short by a killed build goes first
        f.set_len(self.sound_len)?;
        f.seek(std::io::SeekFrom::End(0))?;
        f.write_all(&records(&new))
    }
}

fn header() -> String {
    format!("{MAGIC} {}\n", env!("CARGO_PKG_VERSION"))
}

/// Length, checksum, then the key and what is kept: the site-relative
/// source path, its stamp and the page (read back by `read_records` and
/// `kept`).
fn record<T: serde::Serialize>(key: u128, kept: &T) -> Vec<u8> {
    let body = postcard::to_stdvec(&(key, kept)).unwrap_or_default();
    let mut out = Vec::with_capacity(body.len() + 24);
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&InputHash::new().bytes(&body).finish().to_le_bytes());
    out.extend_from_slice(&body);
    out
}

fn decode<T: serde::de::DeserializeOwned>(rec: &[u8], key: u128) -> Option<T> {
    let sum = u128::from_le_bytes(rec.get(8..24)?.try_into().ok()?);
    let body = rec.get(24..)?;
    if InputHash::new().bytes(body).finish() != sum {
        return None;
    }
    let (k, r) = postcard::from_bytes::<(u128, T)>(body).ok()?;
    (k == key).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(dir: &Path) -> Config {
        std::fs::write(
            dir.join("site.yaml"),
            "title: T\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  en: { name: English, title: T }\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.join("content/en/news")).unwrap();
        Config::load(dir).unwrap()
    }

    fn entry(dir: &Path, name: &str, title: &str) {
        let text = format!(
            "---\ntitle: {title}\ndate: 2024-05-01\nextra_key: [1, {{a: b}}]\n---\nSome *text* and [a link](x.png).\n"
        );
        std::fs::write(dir.join("content/en/news").join(name), text).unwrap();
    }

    fn load(config: &Config, store: &PageStore) -> Vec<std::sync::Arc<Page>> {
        let (pages, diags) = super::super::load_with(config, Some(store), None);
        assert!(diags.is_empty(), "{diags:?}");
        pages.into_iter().map(std::sync::Arc::new).collect()
    }

    /// One build's use of the store.
    fn load_save(config: &Config, store: PageStore) -> Vec<std::sync::Arc<Page>> {
        let pages = load(config, &store);
        store.save(&pages).unwrap();
        pages
    }

    /// Fields of a page that `load` makes, as text, for comparing.
    fn shown(p: &Page) -> String {
        format!(
            "{:?}",
            (&p.url, &p.fm.title, &p.fm.extra, &p.fm.date, &p.html, &p.body_hash, &p.summary, p.digest, p.word_count)
        )
    }

    #[test]
    fn kept_pages_equal_loaded_ones_and_a_torn_tail_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let config = site(dir.path());
        entry(dir.path(), "a.md", "A");
        entry(dir.path(), "b.md", "B");
        let path = dir.path().join(".public.cache");
        let fresh: Vec<String> = super::super::load(&config).0.iter().map(shown).collect();

        let store = PageStore::open(path.clone(), 1);
        let pages = load(&config, &store);
        assert_eq!(pages.iter().map(|p| shown(p)).collect::<Vec<_>>(), fresh);
        assert_eq!(store.new.lock().unwrap().len(), 2);
        store.save(&pages).unwrap();

        let store = PageStore::open(path.clone(), 1);
        assert_eq!(store.index.len(), 2);
        assert_eq!(load(&config, &store).iter().map(|p| shown(p)).collect::<Vec<_>>(), fresh);
        assert!(store.new.lock().unwrap().is_empty(), "both pages came from the store");
        // another site.yaml: nothing kept is good for it
        let other = PageStore::open(path.clone(), 2);
        load(&config, &other);
        assert_eq!(other.new.lock().unwrap().len(), 2);

        // an edit is loaded again, the other page is not
        entry(dir.path(), "b.md", "B, edited");
        let pages = load(&config, &store);
        assert_eq!(pages[1].fm.title, "B, edited");
        assert_eq!(store.new.lock().unwrap().len(), 1);
        store.save(&pages).unwrap();
        assert_eq!(PageStore::open(path.clone(), 1).index.len(), 3);

        // a killed build's half record: the sound ones stay, the next save cuts it off
        let full = std::fs::read(&path).unwrap();
        std::fs::write(&path, &full[..full.len() - 5]).unwrap();
        let store = PageStore::open(path.clone(), 1);
        assert_eq!(store.index.len(), 2);
        assert_eq!(load_save(&config, store)[1].fm.title, "B, edited");
        assert_eq!(PageStore::open(path.clone(), 1).index.len(), 3);

        // garbage and other versions are not read
        std::fs::write(&path, b"\x00garbage").unwrap();
        assert!(PageStore::open(path.clone(), 1).index.is_empty());
        std::fs::write(&path, full.iter().map(|b| b ^ 1).collect::<Vec<_>>()).unwrap();
        assert!(PageStore::open(path.clone(), 1).index.is_empty());
        // a flipped byte inside a record: that page is loaded again, not trusted
        let mut bad = full.clone();
        let n = bad.len();
        bad[n - 30] ^= 0x55;
        std::fs::write(&path, &bad).unwrap();
        let store = PageStore::open(path, 1);
        assert_eq!(load(&config, &store)[1].fm.title, "B, edited");
        assert_eq!(store.new.lock().unwrap().len(), 1);
    }

    #[test]
    fn a_files_stamp_vouches_for_it_once_it_is_a_second_old() {
        let dir = tempfile::tempdir().unwrap();
        let config = site(dir.path());
        let path = dir.path().join(".public.cache");
        let file = dir.path().join("content/en/news/a.md");
        let age = |secs: u64| {
            let t = std::time::SystemTime::now() - std::time::Duration::from_secs(secs);
            std::fs::File::options().write(true).open(&file).unwrap().set_modified(t).unwrap();
            t
        };
        entry(dir.path(), "a.md", "A");
        // just written: not vouched for by its stamp, read every time
        let store = PageStore::open(path.clone(), 1);
        load_save(&config, store);
        let store = PageStore::open(path.clone(), 1);
        assert_eq!(store.by_path.values().next().unwrap().0 .1, None);
        let pages = load(&config, &store);
        assert!(store.new.lock().unwrap().is_empty(), "same bytes, nothing new to keep");
        store.save(&pages).unwrap();

        // an hour old: found by its bytes once more, then kept with its stamp
        let t = age(3600);
        let store = PageStore::open(path.clone(), 1);
        let pages = load(&config, &store);
        assert_eq!(store.new.lock().unwrap().len(), 1, "kept again with its stamp");
        store.save(&pages).unwrap();
        // The stamp is now trusted: the file is not read. A change that keeps
        // length and time (never an editor's save) goes unseen, as in make.
        entry(dir.path(), "a.md", "Z");
        std::fs::File::options().write(true).open(&file).unwrap().set_modified(t).unwrap();
        let store = PageStore::open(path.clone(), 1);
        assert_eq!(load(&config, &store)[0].fm.title, "A");
        assert!(store.new.lock().unwrap().is_empty());
        // a save changes the time: read again
        age(10);
        assert_eq!(load(&config, &PageStore::open(path, 1))[0].fm.title, "Z");
    }

    #[test]
    fn dead_pages_are_compacted_away() {
        let dir = tempfile::tempdir().unwrap();
        let config = site(dir.path());
        entry(dir.path(), "a.md", "Stays");
        let path = dir.path().join(".public.cache");
        for round in 0..150 {
            entry(dir.path(), "b.md", &format!("Edit {round}"));
            load_save(&config, PageStore::open(path.clone(), 1));
        }
        let store = PageStore::open(path, 1);
        assert!(store.index.len() <= 2 * 2 + 64 + 1, "{} records for 2 live pages", store.index.len());
        assert_eq!(load(&config, &store)[1].fm.title, "Edit 149");
        assert!(store.new.lock().unwrap().is_empty());
    }
}
