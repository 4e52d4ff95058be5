//! Diagnostics as text for the terminal and serve's overlay: the source line with a caret (codespan-reporting),
//! the words from the catalog of the reader's language. No colour codes, so tests can compare the text.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{self, Files, SimpleFile};
use codespan_reporting::term;

use super::{msg, Diagnostic, Lang, Severity, SourceMap};

/// Renders diagnostics in English.
pub fn render_diagnostics(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    render_diagnostics_in(diagnostics, sources, Lang::En)
}

/// Renders diagnostics in `lang`: `error[E0102]: …` with the severity, notes and help worded in it.
pub fn render_diagnostics_in(diagnostics: &[Diagnostic], sources: &SourceMap, lang: Lang) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render_one(diagnostic, sources, lang));
    }
    out
}

fn render_one(diagnostic: &Diagnostic, sources: &SourceMap, lang: Lang) -> String {
    let shown_path = diagnostic.path.display().to_string();
    let located = diagnostic.line.and_then(|line| {
        let text = sources.get(&diagnostic.path)?;
        let range = line_range(&text, line, diagnostic.column.map(|c| c as usize))?;
        Some(Excerpt::new(shown_path.clone(), &text, range))
    });
    let (mut cs, label) = match diagnostic.severity {
        Severity::Error => (CsDiagnostic::error(), ("error", "label-error")),
        Severity::Warning => (CsDiagnostic::warning(), ("warning", "label-warning")),
        Severity::Note => (CsDiagnostic::note(), ("note", "label-note")),
    };
    if !diagnostic.code().is_empty() {
        cs = cs.with_code(diagnostic.code());
    }
    cs = cs.with_message(diagnostic.message_in(lang));
    let mut notes = Vec::new();
    match &located {
        Some((_, range)) => cs = cs.with_labels(vec![Label::primary((), range.clone())]),
        None => {
            let place = match diagnostic.line {
                Some(line) => format!("{shown_path}:{line}"),
                None => shown_path.clone(),
            };
            notes.push(lang.render(&msg("label-in").arg("place", place)));
        }
    }
    if let Some(help) = diagnostic.help_in(lang) {
        notes.push(format!("{}: {help}", lang.text("label-help")));
    }
    cs = cs.with_notes(notes);
    let config = term::Config::default();
    let files = located.map_or_else(|| Excerpt::plain(shown_path), |(excerpt, _)| excerpt);
    let rendered = term::emit_into_string(&config, &files, &cs).unwrap_or_else(|_| format!("{diagnostic}\n"));
    // codespan names the severity in English at the start of the header line.
    match (lang, rendered.strip_prefix(label.0)) {
        (Lang::En, _) | (_, None) => rendered,
        (_, Some(rest)) => format!("{}{rest}", lang.text(label.1)),
    }
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
