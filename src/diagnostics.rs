//! Diagnostics: every problem a stage finds, with the file, the line and a fix.
//!
//! Stages never stop at the first problem: they collect [`Diagnostic`]s and the command reports all of them
//! at once, then exits 1. Rendering shows the offending source line with a caret (codespan-reporting), so an
//! editor sees exactly where to look.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;

/// How serious a finding is: errors fail the build, warnings fail only `check --strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One finding about one place in the site's sources.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, e.g. `content/guides/x.md`.
    pub path: PathBuf,
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error about `path`, with no line yet.
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
            help: None,
        }
    }

    /// A warning about `path`, with no line yet.
    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(path, message) }
    }

    /// Points the diagnostic at a 1-based line.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line.max(1));
        self
    }

    /// Points the diagnostic at a 1-based line and column.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
        self
    }

    /// Adds advice on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// One-line form: `content/x.md:12: error: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {kind}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

/// Source texts by path, so that diagnostics can show the offending line. Texts not inserted are read from
/// the site root when a diagnostic needs them.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    texts: BTreeMap<PathBuf, String>,
    root: Option<PathBuf>,
}

impl SourceMap {
    /// A source map that falls back to reading files under `root`.
    pub fn with_root(root: impl Into<PathBuf>) -> Self {
        SourceMap { texts: BTreeMap::new(), root: Some(root.into()) }
    }

    pub fn insert(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) {
        self.texts.insert(path.into(), text.into());
    }

    /// The text of `path` (relative to the site root), from memory or from disk.
    pub fn get(&self, path: &Path) -> Option<String> {
        if let Some(text) = self.texts.get(path) {
            return Some(text.clone());
        }
        let bytes = std::fs::read(self.root.as_ref()?.join(path)).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// Sorts diagnostics by file, then line, then message, and drops exact repeats.
pub fn sort_diagnostics(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message)));
    diagnostics.dedup();
}

/// Renders diagnostics as plain text with source snippets (no colour codes, so tests can compare it).
pub fn render_diagnostics(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render_one(diagnostic, sources));
    }
    out
}

fn render_one(diagnostic: &Diagnostic, sources: &SourceMap) -> String {
    let mut files = SimpleFiles::new();
    let shown_path = diagnostic.path.display().to_string();
    let located = diagnostic.line.and_then(|line| {
        let text = sources.get(&diagnostic.path)?;
        let range = line_range(&text, line, diagnostic.column)?;
        Some((files.add(shown_path.clone(), text), range))
    });
    let mut cs = match diagnostic.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
    }
    .with_message(&diagnostic.message);
    let mut notes = Vec::new();
    match located {
        Some((file_id, range)) => cs = cs.with_labels(vec![Label::primary(file_id, range)]),
        None => notes.push(match diagnostic.line {
            Some(line) => format!("in {shown_path}:{line}"),
            None => format!("in {shown_path}"),
        }),
    }
    if let Some(help) = &diagnostic.help {
        notes.push(format!("help: {help}"));
    }
    cs = cs.with_notes(notes);
    let config = term::Config::default();
    term::emit_into_string(&config, &files, &cs).unwrap_or_else(|_| format!("{diagnostic}\n"))
}

/// Byte range of a 1-based line (from `column` when given), without the line break.
fn line_range(text: &str, line: usize, column: Option<usize>) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    for _ in 1..line {
        start += text[start..].find('\n')? + 1;
    }
    let len = text[start..].find('\n').unwrap_or(text.len() - start);
    let line_text = text[start..start + len].trim_end_matches('\r');
    let from = match column {
        Some(col) => line_text.char_indices().nth(col.saturating_sub(1)).map_or(line_text.len(), |(i, _)| i),
        None => line_text.len() - line_text.trim_start().len(),
    };
    let end = line_text.len().max(from);
    // An empty span still needs one character for the caret to show.
    Some(start + from..start + end.max(from + usize::from(end == from && end < len)))
}

/// Converts a byte offset into a 1-based (line, column) pair.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The 1-based number of the first line (from `from_line` on) that `matches`, if any.
pub fn find_line(text: &str, from_line: usize, matches: impl Fn(&str) -> bool) -> Option<usize> {
    text.lines().enumerate().skip(from_line.saturating_sub(1)).find(|(_, line)| matches(line)).map(|(i, _)| i + 1)
}

/// Suggests the closest known name for a misspelt one (`oil-spil` → `oil-spills`).
pub fn suggest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|name| (strsim::jaro_winkler(unknown, name), name))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggest_finds_close_names_only() {
        let known = ["oil-spills", "sturgeon", "eia"];
        assert_eq!(suggest("oil-spil", known), Some("oil-spills"));
        assert_eq!(suggest("sturgen", known), Some("sturgeon"));
        assert_eq!(suggest("zzzz", known), None);
    }

    #[test]
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("аб\nвг", "аб\nв".len()), (2, 2));
    }

    #[test]
    fn rendered_diagnostic_shows_the_line() {
        let mut sources = SourceMap::default();
        sources.insert("content/a.md", "---\ntitle: x\ntopics: [oil-spil]\n---\n");
        let d = Diagnostic::error("content/a.md", "unknown topic \"oil-spil\"")
            .at_line(3)
            .with_help("did you mean \"oil-spills\"?");
        let text = render_diagnostics(&[d], &sources);
        assert!(text.contains("content/a.md:3:1"), "{text}");
        assert!(text.contains("topics: [oil-spil]"), "{text}");
        assert!(text.contains("help: did you mean"), "{text}");
    }

    #[test]
    fn diagnostic_without_source_names_the_file() {
        let d = Diagnostic::error("content/b.md", "boom").at_line(7);
        let text = render_diagnostics(&[d], &SourceMap::default());
        assert!(text.contains("in content/b.md:7"), "{text}");
    }
}
