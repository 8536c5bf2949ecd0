//! The build manifest: for each route of an output folder, a hash of what
//! it was rendered from (template set, Fluent files, site.yaml, agora's
//! version, the build date and the route's own render context).
//!
//! Each folder carries the manifest of its own files (`.agora-manifest`).
//! A build reads the staging folder's, deletes it before writing anything
//! (a killed build leaves no manifest, so the next one renders everything),
//! skips the routes whose hash is unchanged, and writes the new manifest
//! last, only after a build without errors or warnings from rendering.
//! A manifest that is corrupt or from another agora version is ignored.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const FILE: &str = ".agora-manifest";

const MAGIC: &str = "agora-manifest 1";

pub use crate::hash::InputHash;

/// Route path (output-relative) → hash of its render inputs.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub routes: HashMap<PathBuf, u128>,
}

impl Manifest {
    /// The manifest of `dir`, if it has a sound one written by this version.
    pub fn read(dir: &Path) -> Option<Manifest> {
        let text = std::fs::read_to_string(dir.join(FILE)).ok()?;
        Manifest::parse(&text)
    }

    fn parse(text: &str) -> Option<Manifest> {
        let mut lines = text.split_inclusive('\n');
        let header = lines.next()?.trim_end_matches('\n');
        if header != format!("{MAGIC} {}", env!("CARGO_PKG_VERSION")) {
            return None;
        }
        let sum = lines.next()?.trim_end_matches('\n').strip_prefix("checksum ")?;
        let body: String = lines.collect();
        if format!("{:032x}", InputHash::new().str(&body).finish()) != sum {
            return None;
        }
        let mut routes = HashMap::new();
        for line in body.lines() {
            let (hash, path) = line.split_once(' ')?;
            routes.insert(PathBuf::from(path), u128::from_str_radix(hash, 16).ok()?);
        }
        Some(Manifest { routes })
    }

    fn render(&self) -> String {
        let mut rows: Vec<(&PathBuf, &u128)> = self.routes.iter().collect();
        rows.sort();
        let mut body = String::with_capacity(rows.len() * 80);
        for (path, hash) in rows {
            body.push_str(&format!("{hash:032x} {}\n", path.to_string_lossy()));
        }
        let sum = InputHash::new().str(&body).finish();
        format!("{MAGIC} {}\nchecksum {sum:032x}\n{body}", env!("CARGO_PKG_VERSION"))
    }

    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::write(dir.join(FILE), self.render())
    }

    /// Remove `dir`'s manifest (before its files change).
    pub fn remove(dir: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(dir.join(FILE)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_distrust() {
        let mut m = Manifest::default();
        m.routes.insert(PathBuf::from("en/news/x/index.html"), 42);
        m.routes.insert(PathBuf::from("tr/haberler/öğretmen/index.html"), u128::MAX);
        let text = m.render();
        assert_eq!(Manifest::parse(&text), Some(m.clone()));
        // any changed byte of the body, or another version, and it is not trusted
        assert!(text.contains("0002a "));
        assert_eq!(Manifest::parse(&text.replace("0002a ", "0002b ")), None);
        assert_eq!(Manifest::parse(&text.replace(env!("CARGO_PKG_VERSION"), "0.0.0-other")), None);
        assert_eq!(Manifest::parse(&text[..text.len() - 3]), None);
        assert_eq!(Manifest::parse(""), None);
        assert_eq!(Manifest::parse("\u{0}\u{1}garbage"), None);
    }
}
