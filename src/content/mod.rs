//! Load: find the site's files (walkdir), read them, split and parse front matter. Knows nothing of HTML or
//! URLs; the result is plain data for `site` to assemble.

pub mod front_matter;
mod places;
pub mod schema;
mod yaml_message;

pub use places::FieldPlaces;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{codes, line_col, msg, Diagnostic, Message, SourceMap};
use crate::fs::describe_io;

use front_matter::{parse_front_matter, split_front_matter};
use schema::FrontMatter;

/// The folder of Markdown sources, relative to the site root.
pub const CONTENT_DIR: &str = "content";

/// One Markdown file, parsed.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// Path inside `content/`, with `/` separators: `conventions/aktau-protocol.en.md`.
    pub source_path: String,
    /// Path shown in messages, relative to the site root: `content/conventions/aktau-protocol.en.md`.
    pub display_path: PathBuf,
    /// Identity shared by all translations: `conventions/aktau-protocol`; a section's key is its folder
    /// (`conventions`), the home page's is empty.
    pub key: String,
    pub lang: String,
    pub is_section: bool,
    pub front: FrontMatter,
    /// The raw YAML, for locating values in messages.
    pub yaml: String,
    pub body: String,
    /// File line of the first body line.
    pub body_line: usize,
}

impl SourceDoc {
    /// Folder inside `content/` that holds the file (`conventions`), empty at the top.
    pub fn dir(&self) -> &str {
        self.source_path.rsplit_once('/').map_or("", |(dir, _)| dir)
    }
}

/// A non-Markdown file under `content/`, copied to the same place in the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Path inside `content/` with `/` separators.
    pub rel_path: String,
    /// Where it is on disk.
    pub source: PathBuf,
    pub size: u64,
}

/// Everything read from `content/`.
#[derive(Debug, Default)]
pub struct Content {
    pub docs: Vec<SourceDoc>,
    pub assets: Vec<Asset>,
    pub sources: SourceMap,
    /// Keys of documents whose file could not be read or parsed: links to them are not reported again.
    pub broken_keys: std::collections::BTreeSet<String>,
    /// Files whose front matter failed, with empty front matter: their bodies are still checked.
    pub broken_docs: Vec<SourceDoc>,
    /// Paths inside `content/` of symbolic links, refused (and reported) rather than followed: an attachment
    /// named by one is not reported missing as well.
    pub links: std::collections::BTreeSet<String>,
}

/// Reads every file under `<root>/content`. Problems are collected, not fatal: the caller decides.
pub fn load_content(root: &Path, config: &Config) -> (Content, Vec<Diagnostic>) {
    let content_dir = root.join(CONTENT_DIR);
    let mut diagnostics = Vec::new();
    let mut markdown = Vec::new();
    let mut assets = Vec::new();
    let mut links = std::collections::BTreeSet::new();
    for entry in WalkDir::new(&content_dir).sort_by_file_name().into_iter().filter_entry(|e| !is_ignored(e.file_name()))
    {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().map_or_else(|| PathBuf::from(CONTENT_DIR), |p| display_path(root, p));
                let reason = err.io_error().map_or_else(|| err.to_string(), describe_io);
                diagnostics.push(Diagnostic::error(path, codes::FILE_UNREADABLE.arg("detail", reason)));
                continue;
            }
        };
        let Ok(rel) = entry.path().strip_prefix(&content_dir) else {
            continue;
        };
        let rel_path = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if entry.path_is_symlink() {
            diagnostics.push(refuse_link(root, entry.path()));
            links.insert(rel_path);
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        if rel_path.ends_with(".md") {
            markdown.push((rel_path, entry.path().to_path_buf()));
        } else {
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            assets.push(Asset { rel_path, source: entry.path().to_path_buf(), size });
        }
    }
    if !content_dir.is_dir() {
        diagnostics.push(Diagnostic::error(CONTENT_DIR, codes::CONTENT_MISSING).with_help(msg("help-create-home")));
    }
    let results: Vec<(String, Parsed)> =
        markdown.par_iter().map(|(rel_path, path)| read_doc(root, rel_path, path, config)).collect();
    let mut content = Content { assets, sources: SourceMap::with_root(root), ..Content::default() };
    for link in links.iter().filter(|l| l.ends_with(".md")) {
        // Links to a refused page are not reported as broken as well.
        if let Ok(identity) = doc_identity(link, config) {
            content.broken_keys.insert(identity.key);
        }
    }
    content.links = links;
    content.docs.reserve(results.len());
    for (text, result) in results {
        match result {
            // Parsed files are read again from disk if a later stage reports on them (SourceMap::get):
            // keeping every text twice in memory would cost as much as the whole library.
            Ok(doc) => content.docs.push(doc),
            Err(failed) => {
                let (diagnostic, partial) = *failed;
                if let Ok(identity) = doc_identity(&rel_of(&diagnostic.path), config) {
                    content.broken_keys.insert(identity.key);
                }
                content.sources.insert(diagnostic.path.clone(), text);
                diagnostics.push(diagnostic);
                content.broken_docs.extend(partial.map(|doc| *doc));
            }
        }
    }
    (content, diagnostics)
}

/// A symbolic link under content/ is refused, never followed: it could pull in (and publish) any file on the
/// computer, and a USB stick or a zip of the site does not keep it.
fn refuse_link(root: &Path, path: &Path) -> Diagnostic {
    let shown = display_path(root, path);
    let help = if path.is_dir() { "help-copy-folder" } else { "help-copy-file" };
    Diagnostic::error(&shown, codes::SYMBOLIC_LINK.arg("path", &shown)).with_help(msg(help))
}

/// The path inside `content/` of a shown path (`content/a/b.md` → `a/b.md`).
fn rel_of(shown: &Path) -> String {
    let rel = shown.strip_prefix(CONTENT_DIR).unwrap_or(shown);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Hidden files and editors' temporary files are not part of the site.
fn is_ignored(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
}

fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Reads one Markdown file; returns its text (for diagnostics) and the parsed document or the problem.
fn read_doc(root: &Path, rel_path: &str, path: &Path, config: &Config) -> (String, Parsed) {
    let shown = display_path(root, path);
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            let diagnostic = Diagnostic::error(shown, codes::FILE_UNREADABLE.arg("detail", describe_io(&err)));
            return (String::new(), Err(Box::new((diagnostic, None))));
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.as_bytes();
            let valid = String::from_utf8_lossy(&bytes[..err.utf8_error().valid_up_to()]).into_owned();
            let (line, column) = line_col(&valid, valid.len());
            let diagnostic = Diagnostic::error(shown, codes::NOT_UTF8.arg("byte", valid.len().to_string()))
                .at(line, column)
                .with_help(msg("help-save-utf8"));
            return (valid, Err(Box::new((diagnostic, None))));
        }
    };
    let result = parse_doc(&shown, rel_path, &text, config);
    (text, result)
}

/// Who a Markdown file is: its document key, language and whether it is a section's `_index`.
struct Identity {
    key: String,
    lang: String,
    is_section: bool,
}

/// Reads the identity from the path: `conventions/aktau-protocol.en.md` → (`conventions/aktau-protocol`, en).
fn doc_identity(rel_path: &str, config: &Config) -> Result<Identity, (Message, Message)> {
    let (dir, file_name) = rel_path.rsplit_once('/').unwrap_or(("", rel_path));
    let stem = file_name.trim_end_matches(".md");
    let (stem, lang) = match stem.rsplit_once('.') {
        Some((base, suffix)) if config.has_language(suffix) => (base, suffix.to_string()),
        Some((_, suffix)) if crate::config::is_language_code(suffix) => {
            let known = config.language_codes().collect::<Vec<_>>().join(", ");
            return Err((
                codes::FILE_LANGUAGE_UNKNOWN.arg("suffix", suffix),
                msg("help-translation-name").arg("codes", known),
            ));
        }
        _ => (stem, config.default_language.clone()),
    };
    let is_section = stem == "_index";
    let key = match (is_section, dir.is_empty()) {
        (true, _) => dir.to_string(),
        (false, true) => stem.to_string(),
        (false, false) => format!("{dir}/{stem}"),
    };
    Ok(Identity { key, lang, is_section })
}

/// A parsed file, or its problem and, when only the front matter failed, the file with empty front matter.
type Parsed = Result<SourceDoc, Box<(Diagnostic, Option<Box<SourceDoc>>)>>;

fn parse_doc(shown: &Path, rel_path: &str, text: &str, config: &Config) -> Parsed {
    let Identity { key, lang, is_section } = doc_identity(rel_path, config)
        .map_err(|(message, help)| Box::new((Diagnostic::error(shown, message).with_help(help), None)))?;
    let locate = |err: front_matter::FrontMatterError| {
        let diagnostic = Diagnostic::error(shown, err.message).with_help(*err.help);
        match err.column {
            Some(column) => diagnostic.at(err.line, column),
            None => diagnostic.at_line(err.line),
        }
    };
    let split = split_front_matter(text).map_err(|e| Box::new((locate(e), None)))?;
    let doc = |front| SourceDoc {
        source_path: rel_path.to_string(),
        display_path: shown.to_path_buf(),
        key: key.clone(),
        lang: lang.clone(),
        is_section,
        front,
        yaml: split.yaml.to_string(),
        body: split.body.to_string(),
        body_line: split.body_line,
    };
    match parse_front_matter(&split) {
        Ok(front) => Ok(doc(front)),
        // The body is still checked (links, images), so one run reports the file's other problems too.
        Err(e) => Err(Box::new((locate(e), Some(Box::new(doc(FrontMatter::default())))))),
    }
}
