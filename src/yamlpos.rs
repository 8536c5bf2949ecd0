//! Finding where a key sits in YAML text.
//!
//! serde_yaml values carry no positions, so to point an editor at the right
//! line we look keys up in the text itself. This handles block mappings and
//! flow mappings on one line (`en: { name: English }`), which is what site
//! configs and front matter are made of; anything else falls back to the
//! line of the nearest enclosing key.

use std::collections::HashMap;

/// Deepest nesting of mappings and sequences accepted. Front matter and
/// site.yaml are a few levels deep; 50,000 levels made the parser crawl.
pub const MAX_DEPTH: usize = 64;

/// Largest YAML document accepted (front matter, site.yaml): real ones are a
/// few KiB, and tens of thousands of keys are a mistake or an attack.
pub const MAX_BYTES: usize = 256 * 1024;

/// A YAML error: 1-based line and column in the file, and the message.
pub type YamlError = (usize, usize, String);

/// Parse YAML that starts at line `first_line` of its file, with positions
/// counted in the file. Size and nesting are bounded before the parser runs.
pub fn parse(text: &str, first_line: usize) -> Result<serde_yaml::Value, YamlError> {
    if text.len() > MAX_BYTES {
        return Err((
            first_line,
            1,
            format!("the YAML is {} KiB; at most {} KiB is accepted", text.len() / 1024, MAX_BYTES / 1024),
        ));
    }
    if let Some((line, col)) = too_deep(text) {
        return Err((line + first_line - 1, col, format!("the YAML is nested more than {MAX_DEPTH} levels deep here")));
    }
    if text.trim().is_empty() {
        return Ok(serde_yaml::Value::Mapping(Default::default()));
    }
    serde_yaml::from_str(text).map_err(|e| {
        let msg = e.to_string();
        let msg = match msg.find(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        let (line, col) = match e.location() {
            // a duplicate key is reported at its mapping; point at the second occurrence
            Some(_) if msg.starts_with("duplicate entry") => duplicate_key(text, &msg).unwrap_or((1, 1)),
            Some(l) => (l.line(), l.column()),
            // alias expansion limits carry no position: point at the first alias
            None => first_alias(text).unwrap_or((1, 1)),
        };
        (line + first_line - 1, col, format!("invalid YAML: {msg}"))
    })
}

/// Where nesting first exceeds `MAX_DEPTH`: flow brackets, or block
/// indentation levels (each deeper indent opens a level). 1-based, in `text`.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut indents: Vec<usize> = Vec::new();
    // open flow brackets, which may span lines
    let mut flow = 0usize;
    for (i, line) in text.lines().enumerate() {
        let body = line.trim_start_matches([' ', '-']);
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        if flow == 0 {
            let indent = line.len() - body.len();
            while indents.last().is_some_and(|&d| d >= indent) {
                indents.pop();
            }
            indents.push(indent);
        }
        let mut quote: Option<char> = None;
        // a quote opens a string only where a value starts; `#` starts a
        // comment only after white space
        let (mut sig, mut prev): (Option<char>, Option<char>) = (None, None);
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => continue,
                (None, '"' | '\'') if matches!(sig, None | Some(':' | '-' | ',' | '[' | '{')) => quote = Some(c),
                (None, '#') if prev.is_none_or(char::is_whitespace) => break,
                (None, '[' | '{') => flow += 1,
                (None, ']' | '}') => flow = flow.saturating_sub(1),
                _ => {}
            }
            prev = Some(c);
            if !c.is_whitespace() {
                sig = Some(c);
            }
            if indents.len() + flow > MAX_DEPTH {
                return Some((i + 1, col + 1));
            }
        }
    }
    None
}

/// 1-based position of the first `*alias` in `text`.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let chars: Vec<char> = line.chars().collect();
        (0..chars.len()).find_map(|c| {
            let after_sep = c == 0 || matches!(chars[c - 1], ' ' | '[' | ',' | '{' | ':');
            (chars[c] == '*' && after_sep && chars.get(c + 1).is_some_and(|n| n.is_alphanumeric()))
                .then_some((i + 1, c + 1))
        })
    })
}

/// The second occurrence of the key a duplicate-key message names.
fn duplicate_key(text: &str, msg: &str) -> Option<(usize, usize)> {
    let key = msg.split('"').nth(1)?;
    let mut seen = std::collections::HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let body = line.trim_start().strip_prefix("- ").unwrap_or(line.trim_start());
        if key_matches(body, key) {
            let indent = line.len() - body.len();
            if !seen.insert(indent) {
                return Some((i + 1, indent + 1));
            }
        }
    }
    None
}

/// Top-level blocks of a YAML mapping: (key, text including continuation lines).
pub fn yaml_blocks(yaml: &str) -> Vec<(Option<String>, String)> {
    let mut blocks: Vec<(Option<String>, String)> = Vec::new();
    for line in yaml.split_inclusive('\n') {
        let starts_key = line.starts_with(|c: char| !c.is_whitespace() && c != '#' && c != '-') && line.contains(':');
        if starts_key {
            let k = line.split(':').next().unwrap_or("").trim().trim_matches(['"', '\'']).to_string();
            blocks.push((Some(k), line.to_string()));
        } else if let Some(last) = blocks.last_mut() {
            last.1.push_str(line);
        } else {
            blocks.push((None, line.to_string()));
        }
    }
    blocks
}

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

impl KeyLocator<'_> {
    /// Line (in the file) of every top-level key, in one pass: with tens of
    /// thousands of keys, `find` per key was quadratic. The first wins.
    pub fn top_level_lines(&self) -> HashMap<String, usize> {
        let mut out = HashMap::new();
        for (i, line) in self.lines.iter().enumerate() {
            if line.starts_with([' ', '\t', '#', '-']) {
                continue;
            }
            if let Some((k, _)) = line.split_once(':') {
                let k = k.trim_end().trim_matches(['"', '\'']);
                out.entry(k.to_string()).or_insert(self.first_line + i);
            }
        }
        out
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
    if key.is_empty() {
        return None; // `{"": x}`: nothing to look for (and `find("")` never advances)
    }
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
    fn empty_keys_in_flow_mappings_do_not_hang() {
        // found by fuzzing (fuzz/regressions/front_matter)
        let l = KeyLocator::new("image: {\"\": }\n", 2);
        assert_eq!(l.find(&["image", ""]), (2, 1));
    }

    #[test]
    fn offset_and_list_items() {
        let t = "authors:\n  - name: A\n    role: r\n";
        let l = KeyLocator::new(t, 2);
        assert_eq!(l.find(&["authors"]), (2, 1));
        assert_eq!(l.find(&["authors", "role"]), (4, 5));
    }
}
