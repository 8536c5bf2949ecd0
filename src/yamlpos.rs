//! Finding where a key sits in YAML text.
//!
//! serde_yaml values carry no positions, so to point an editor at the right
//! line we look keys up in the text itself. This handles block mappings and
//! flow mappings on one line (`en: { name: English }`), which is what site
//! configs and front matter are made of; anything else falls back to the
//! line of the nearest enclosing key.

pub struct KeyLocator<'a> {
    lines: Vec<&'a str>,
    /// Line number (1-based) of the first line of `text` in its file.
    first_line: usize,
}

impl<'a> KeyLocator<'a> {
    pub fn new(text: &'a str, first_line: usize) -> Self {
        KeyLocator { lines: text.lines().collect(), first_line }
    }

    /// Line and column (1-based, in the file) of the last key of `path` that
    /// could be found. An empty path gives the first line.
    pub fn find(&self, path: &[&str]) -> (usize, usize) {
        let mut best = (self.first_line, 1);
        let (mut start, mut end) = (0, self.lines.len());
        let mut parent_indent: Option<usize> = None;
        let mut inline_line: Option<usize> = None;
        for key in path {
            if let Some(li) = inline_line {
                // Inside a flow mapping on one line: look for `key:` after the parent.
                if let Some(col) = find_key_in(self.lines[li], key, 0) {
                    best = (self.first_line + li, col + 1);
                    continue;
                }
                return best;
            }
            let mut found = None;
            for i in start..end {
                let line = self.lines[i];
                let trimmed = line.trim_start();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    continue;
                }
                let indent = line.len() - trimmed.len();
                if let Some(p) = parent_indent {
                    if indent <= p && !trimmed.starts_with("- ") {
                        break;
                    }
                }
                let body = trimmed.strip_prefix("- ").unwrap_or(trimmed);
                let body_indent = indent + (trimmed.len() - body.len());
                if key_matches(body, key) {
                    found = Some((i, body_indent));
                    break;
                }
            }
            match found {
                Some((i, ind)) => {
                    best = (self.first_line + i, ind + 1);
                    let rest = self.lines[i][ind..].split_once(':').map(|x| x.1).unwrap_or("");
                    if rest.trim_start().starts_with('{') {
                        inline_line = Some(i);
                    }
                    parent_indent = Some(ind);
                    start = i + 1;
                    end = self.lines.len();
                }
                None => return best,
            }
        }
        best
    }
}

fn key_matches(body: &str, key: &str) -> bool {
    for quote in ["", "\"", "'"] {
        if let Some(rest) =
            body.strip_prefix(quote).and_then(|b| b.strip_prefix(key)).and_then(|b| b.strip_prefix(quote))
        {
            if rest.trim_start().starts_with(':') {
                return true;
            }
        }
    }
    false
}

/// Byte column of `key:` inside a flow mapping line, at or after `from`.
fn find_key_in(line: &str, key: &str, from: usize) -> Option<usize> {
    let mut pos = from;
    while let Some(i) = line[pos..].find(key) {
        let at = pos + i;
        let before = line[..at].trim_end().chars().last();
        let after = line[at + key.len()..].trim_start();
        if matches!(before, Some('{') | Some(',')) && after.starts_with(':') {
            return Some(line[..at].chars().count());
        }
        pos = at + key.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_and_flow_keys() {
        let t = "title: x\nlanguages:\n  en: { name: E }\n  nl: { name: N, fallback: [en] }\ncourse:\n  starts: 2024-01-01\n  ends: 2023-01-01\n";
        let l = KeyLocator::new(t, 1);
        assert_eq!(l.find(&["title"]), (1, 1));
        assert_eq!(l.find(&["languages", "nl"]), (4, 3));
        assert_eq!(l.find(&["languages", "nl", "fallback"]), (4, 18));
        assert_eq!(l.find(&["course", "ends"]), (7, 3));
        // missing leaf: the parent's position
        assert_eq!(l.find(&["course", "format"]), (5, 1));
    }

    #[test]
    fn offset_and_list_items() {
        let t = "authors:\n  - name: A\n    role: r\n";
        let l = KeyLocator::new(t, 2);
        assert_eq!(l.find(&["authors"]), (2, 1));
        assert_eq!(l.find(&["authors", "role"]), (4, 5));
    }
}
