//! Diagnostics: every problem a run finds, with file, line and column.
//!
//! Stages collect into a `Diagnostics` list instead of returning at the first
//! problem, so one run reports all errors (SPEC §3).

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// One finding. `line` and `column` are 1-based and count from the first line
/// of the file; 0 means "unknown / whole file".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Short machine-readable kind, e.g. `front-matter`, `broken-link`, `fluent-syntax`.
    pub kind: String,
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn error(kind: &str, file: impl AsRef<Path>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind: kind.to_string(),
            file: file.as_ref().to_path_buf(),
            line,
            column,
            message: message.into(),
        }
    }

    pub fn warning(kind: &str, file: impl AsRef<Path>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(kind, file, line, column, message) }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // Messages quote editors' text: control characters in it must not
        // reach the terminal (ESC sequences could rewrite the screen).
        let file = self.file.display().to_string();
        let file = printable(&file);
        let message = printable(&self.message);
        match (self.line, self.column) {
            (0, _) => write!(f, "{sev}[{}]: {file}: {message}", self.kind),
            (l, 0) => write!(f, "{sev}[{}]: {file}:{l}: {message}", self.kind),
            (l, c) => write!(f, "{sev}[{}]: {file}:{l}:{c}: {message}", self.kind),
        }
    }
}

/// `s` with control characters other than newline shown as `\u{1b}`.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n') {
        return s.into();
    }
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { c.escape_unicode().to_string() } else { c.to_string() })
        .collect::<String>()
        .into()
}

/// An ordered collection of findings.
#[derive(Debug, Default, Clone, serde::Serialize)]
#[serde(transparent)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.severity == Severity::Error).count()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
    /// Sort by file, line, column so output is stable across parallel runs.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message)));
    }
    /// Print every finding to stderr, one a line: how the commands show
    /// the warnings and errors of a run (`agora check` prints its findings
    /// as its answer, on stdout).
    pub fn eprint(&self) {
        for d in self.iter() {
            eprintln!("{d}");
        }
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_chars() {
        let t = "ab\nçd\nef";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(line_col(t, 5), (2, 2)); // after 'ç' (2 bytes)
        assert_eq!(line_col(t, t.len()), (3, 3));
    }

    #[test]
    fn display_includes_location() {
        let d = Diagnostic::error("front-matter", "content/en/a.md", 3, 7, "bad date");
        assert_eq!(d.to_string(), "error[front-matter]: content/en/a.md:3:7: bad date");
    }
}
