//! One hash for everything agora compares between builds: the inputs of a
//! route (`output::deps`, the manifest), a page's source (`content`), the
//! page store's keys and checksums.

use std::hash::Hasher as _;

use siphasher::sip128::{Hasher128, SipHasher13};

/// A 128-bit hash of render inputs. `io::Write`, so serde can stream into it.
#[derive(Clone, Default)]
pub struct InputHash(SipHasher13);

impl InputHash {
    pub fn new() -> InputHash {
        InputHash::default()
    }

    pub fn bytes(&mut self, b: &[u8]) -> &mut Self {
        // length first, so ("ab","c") and ("a","bc") differ
        self.0.write_u64(b.len() as u64);
        self.0.write(b);
        self
    }

    pub fn str(&mut self, s: &str) -> &mut Self {
        self.bytes(s.as_bytes())
    }

    pub fn u128(&mut self, v: u128) -> &mut Self {
        self.0.write_u128(v);
        self
    }

    /// `v` as JSON (what a template sees).
    pub fn json<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> &mut Self {
        // Writing into a hasher cannot fail; a value that cannot be
        // serialized is hashed as far as it got plus a marker.
        if serde_json::to_writer(&mut *self, v).is_err() {
            self.str("\u{0}unserializable");
        }
        self.0.write_u8(0xff);
        self
    }

    /// `v` through its `Hash` implementation.
    pub fn hashed<T: std::hash::Hash + ?Sized>(&mut self, v: &T) -> &mut Self {
        v.hash(&mut self.0);
        self
    }

    pub fn finish(&self) -> u128 {
        self.0.finish128().as_u128()
    }
}

impl std::io::Write for InputHash {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_tell_values_apart() {
        let h = |a: &str, b: &str| InputHash::new().str(a).str(b).finish();
        assert_ne!(h("ab", "c"), h("a", "bc"));
        assert_eq!(h("a", "b"), h("a", "b"));
        let j = |v: serde_json::Value| InputHash::new().json(&v).finish();
        assert_ne!(j(serde_json::json!({"t": "x"})), j(serde_json::json!({"t": "y"})));
    }
}
