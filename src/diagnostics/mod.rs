//! Diagnostics: every problem a stage finds, with the file, the line and a fix.
//!
//! Stages never stop at the first problem: they collect [`Diagnostic`]s and the command reports all of them
//! at once, then exits 1. A diagnostic is data: a stable code ([`codes`]), named arguments and a help
//! message; its words come from the catalog of the reader's language ([`catalog`]) only when it is printed.
//! Rendering shows the offending source line with a caret (codespan-reporting), so an editor sees exactly
//! where to look.

pub mod catalog;
pub mod codes;
mod docs;
mod message;
mod render;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub use catalog::Lang;
pub use docs::diagnostics_markdown;
pub use message::{Arg, ArgsMap, Id, Message};
pub use render::{render_diagnostics, render_diagnostics_in};

/// The id of a help or command text in the catalogs (`did-you-mean`, `build-summary` …).
pub const fn msg(name: &'static str) -> Id {
    Id::text(name)
}

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, e.g. `content/guides/x.md`.
    pub path: PathBuf,
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known. (u32 and a boxed help keep a `Result<_, Diagnostic>`
    /// small.)
    pub column: Option<u32>,
    /// What is wrong: its id carries the code.
    pub message: Message,
    /// What to do about it.
    pub help: Option<Box<Message>>,
    /// Found in a draft: printed as what is still to do there.
    pub in_draft: bool,
}

impl Diagnostic {
    /// An error about `path`, with no line yet.
    pub fn error(path: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
            help: None,
            in_draft: false,
        }
    }

    /// A warning about `path`, with no line yet.
    pub fn warning(path: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(path, message) }
    }

    /// A note about `path`, with no line yet.
    pub fn note(path: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Diagnostic { severity: Severity::Note, ..Diagnostic::error(path, message) }
    }

    /// Points the diagnostic at a 1-based line.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line.max(1));
        self
    }

    /// Points the diagnostic at a 1-based line, when known.
    pub fn at_line_opt(self, line: Option<usize>) -> Self {
        match line {
            Some(line) => self.at_line(line),
            None => self,
        }
    }

    /// Points the diagnostic at a 1-based line and column.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(u32::try_from(column.max(1)).unwrap_or(u32::MAX));
        self
    }

    /// Adds advice on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(Box::new(help.into()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The stable code, e.g. `E0102`.
    pub fn code(&self) -> &'static str {
        self.message.id.code.unwrap_or("")
    }

    /// The message in `lang`, marked as a draft's gap when it is one.
    pub fn message_in(&self, lang: Lang) -> String {
        let text = lang.render(&self.message);
        match self.in_draft {
            true => lang.render(&msg("draft-gap").arg("message", text)),
            false => text,
        }
    }

    /// The help in `lang`, if any.
    pub fn help_in(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|help| lang.render(help))
    }

    /// The diagnostic for programs (`check --format json`): the words in `lang` and the code and arguments
    /// they were made from.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code(),
            "name": self.message.id.name,
            "args": ArgsMap(&self.message.args),
            "message": self.message_in(lang),
            "help": self.help_in(lang),
            "help_id": self.help.as_ref().map(|h| h.id.name),
            "help_args": self.help.as_ref().map(|h| ArgsMap(&h.args)),
            "draft": self.in_draft,
        })
    }
}

impl fmt::Display for Diagnostic {
    /// One-line English form: `content/x.md:12: error[E0102]: message`.
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
        write!(f, ": {kind}[{}]: {}", self.code(), self.message_in(Lang::En))?;
        if let Some(help) = self.help_in(Lang::En) {
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

/// Sorts diagnostics by file, then line, then code and arguments, and drops exact repeats.
pub fn sort_diagnostics(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message)));
    diagnostics.dedup();
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
mod tests;
