//! Diagnostics: every problem a stage finds, with the file, the line and a fix.
//!
//! Stages never stop at the first problem: they collect [`Diagnostic`]s and the command reports all of them
//! at once, then exits 1. Rendering shows the offending source line with a caret (codespan-reporting), so an
//! editor sees exactly where to look.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{self, Files, SimpleFile};
use codespan_reporting::term;

/// How serious a finding is: errors fail the build, warnings fail only `check --strict`, notes (work in
/// progress, such as a draft's gaps) fail nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
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
            Severity::Note => "note",
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
    let shown_path = diagnostic.path.display().to_string();
    let located = diagnostic.line.and_then(|line| {
        let text = sources.get(&diagnostic.path)?;
        let range = line_range(&text, line, diagnostic.column)?;
        Some(Excerpt::new(shown_path.clone(), &text, range))
    });
    let mut cs = match diagnostic.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
        Severity::Note => CsDiagnostic::note(),
    }
    .with_message(&diagnostic.message);
    let mut notes = Vec::new();
    match &located {
        Some((_, range)) => cs = cs.with_labels(vec![Label::primary((), range.clone())]),
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
    let files = located.map_or_else(|| Excerpt::plain(shown_path), |(excerpt, _)| excerpt);
    term::emit_into_string(&config, &files, &cs).unwrap_or_else(|_| format!("{diagnostic}\n"))
}

/// Lines longer than this (minified HTML, a pasted table) are shown cut around the column.
const MAX_SHOWN_CHARS: usize = 200;
/// Characters kept on each side of the column when a line is cut.
const CONTEXT_CHARS: usize = 100;

/// The source codespan shows: the file's text with the diagnostic's line cut to a window around the column
/// when it is very long, so a 200 KB line is not echoed whole. Columns stay those of the file.
struct Excerpt {
    file: SimpleFile<String, String>,
    cut: Option<Cut>,
}

/// Where a line was cut: its 0-based index, the characters dropped before the window, and whether a `…`
/// stands in for them.
struct Cut {
    line_index: usize,
    dropped_chars: usize,
    ellipsis_chars: usize,
}

impl Excerpt {
    /// A file with no text, for diagnostics that show none.
    fn plain(name: String) -> Self {
        Excerpt { file: SimpleFile::new(name, String::new()), cut: None }
    }

    /// The excerpt of `text` for a label at `range`, and the label's range in it.
    fn new(name: String, text: &str, range: Range<usize>) -> (Self, Range<usize>) {
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let total = line.chars().count();
        if total <= MAX_SHOWN_CHARS {
            return (Excerpt { file: SimpleFile::new(name, text.to_string()), cut: None }, range);
        }
        let column = line[..range.start - line_start].chars().count();
        let (first, last) = (column.saturating_sub(CONTEXT_CHARS), (column + CONTEXT_CHARS).min(total));
        let byte_at = |chars: usize| line.char_indices().nth(chars).map_or(line.len(), |(i, _)| i);
        let (from, to) = (byte_at(first), byte_at(last));
        let before = if first > 0 { "…" } else { "" };
        let after = if last < total { "…" } else { "" };
        let source = format!("{}{before}{}{after}{}", &text[..line_start], &line[from..to], &text[line_end..]);
        let shift = |byte: usize| {
            line_start + before.len() + byte.clamp(line_start + from, line_start + to) - line_start - from
        };
        let label = shift(range.start)..shift(range.end).max(shift(range.start));
        let cut = Cut {
            line_index: text[..line_start].matches('\n').count(),
            dropped_chars: first,
            ellipsis_chars: before.chars().count(),
        };
        (Excerpt { file: SimpleFile::new(name, source), cut: Some(cut) }, label)
    }
}

impl<'a> Files<'a> for Excerpt {
    type FileId = ();
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<String, files::Error> {
        Ok(self.file.name().clone())
    }

    fn source(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.file.source())
    }

    fn line_index(&'a self, id: (), byte_index: usize) -> Result<usize, files::Error> {
        self.file.line_index(id, byte_index)
    }

    fn line_range(&'a self, id: (), line_index: usize) -> Result<Range<usize>, files::Error> {
        self.file.line_range(id, line_index)
    }

    /// The column in the file, not in the cut line.
    fn column_number(&'a self, id: (), line_index: usize, byte_index: usize) -> Result<usize, files::Error> {
        let column = self.file.column_number(id, line_index, byte_index)?;
        Ok(match &self.cut {
            Some(cut) if cut.line_index == line_index => column.saturating_sub(cut.ellipsis_chars) + cut.dropped_chars,
            _ => column,
        })
    }
}

/// Byte range of a 1-based line (from `column` when given), without the line break.
fn line_range(text: &str, line: usize, column: Option<usize>) -> Option<Range<usize>> {
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
    fn long_source_line_is_cut_around_the_column() {
        let line = format!("{}NEEDLE{}", "a".repeat(150_000), "b".repeat(50_000));
        let mut sources = SourceMap::default();
        sources.insert("content/a.md", format!("---\ntitle: x\n---\n{line}\n"));
        let d = Diagnostic::error("content/a.md", "broken").at(4, 150_001);
        let text = render_diagnostics(&[d], &sources);
        assert!(text.len() < 2_000, "the line is echoed whole: {} bytes", text.len());
        assert!(text.contains("content/a.md:4:150001"), "{text}");
        assert!(text.contains(&format!("…{}NEEDLE{}…", "a".repeat(100), "b".repeat(94))), "{text}");
        let caret_line = text.lines().find(|l| l.contains('^')).unwrap_or_default();
        let source_line = text.lines().find(|l| l.contains("NEEDLE")).unwrap_or_default();
        let caret_at = caret_line.chars().position(|c| c == '^');
        assert_eq!(caret_at, source_line.chars().position(|c| c == 'N'), "{text}");
    }

    #[test]
    fn short_lines_are_shown_whole() {
        let mut sources = SourceMap::default();
        sources.insert("content/a.md", format!("{}\n", "a".repeat(200)));
        let text = render_diagnostics(&[Diagnostic::error("content/a.md", "x").at(1, 5)], &sources);
        assert!(text.contains(&"a".repeat(200)) && !text.contains('…'), "{text}");
    }

    #[test]
    fn diagnostic_without_source_names_the_file() {
        let d = Diagnostic::error("content/b.md", "boom").at_line(7);
        let text = render_diagnostics(&[d], &SourceMap::default());
        assert!(text.contains("in content/b.md:7"), "{text}");
    }
}
