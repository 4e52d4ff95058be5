//! `site.toml`: the raw file as written (`ConfigFile`) and the resolved, validated [`Config`] every later
//! stage reads. Unknown keys are errors, and every language must have every label, so a missing Kazakh
//! topic name is caught at build time rather than shown as an empty link.

mod doc_types;
mod spans;
mod vocabulary;

pub use spans::toml_key_line;

use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;

pub use doc_types::{Block, DocType, DocTypes, Preset, SchemaType};
pub use vocabulary::{Localized, Vocabularies, Vocabulary};

use crate::diagnostics::{codes, line_col, msg, Diagnostic, Message};

/// The file name of the site configuration, at the site root.
pub const CONFIG_FILE: &str = "site.toml";

/// `site.toml` exactly as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    base_url: String,
    default_language: String,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default = "default_output_dir")]
    output_dir: String,
    #[serde(default)]
    pretty_links: bool,
    #[serde(default = "default_true")]
    smart_punctuation: bool,
    #[serde(default)]
    unsafe_html: bool,
    /// Where the whole library is published as one ZIP (`ecolib pack --zip`), for the offline page.
    #[serde(default)]
    offline_zip_url: Option<String>,
    #[serde(default = "default_paginate_by")]
    paginate_by: usize,
    #[serde(default)]
    timezone: Option<String>,
    title: IndexMap<String, String>,
    #[serde(default)]
    description: IndexMap<String, String>,
    #[serde(default)]
    publisher: IndexMap<String, String>,
    languages: IndexMap<String, LanguageFile>,
    /// Labels only, or a full declaration (`doc_types.rs`).
    doc_types: doc_types::RawDocTypes,
    topics: IndexMap<String, IndexMap<String, String>>,
    #[serde(default)]
    statuses: IndexMap<String, IndexMap<String, String>>,
    #[serde(default)]
    geography: IndexMap<String, IndexMap<String, String>>,
    #[serde(default)]
    pillars: IndexMap<String, IndexMap<String, String>>,
    #[serde(default)]
    audiences: IndexMap<String, IndexMap<String, String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    label: String,
}

/// The library as one ZIP file on the web.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflineZip {
    /// An absolute http(s) address.
    pub url: String,
    /// Its size, when the build was given the file (`--offline-zip`).
    pub bytes: Option<u64>,
}

/// The source folder or file at the root that `output_dir` is or lies inside (`.`, `content`,
/// `themes/x` …), if any.
fn output_dir_in_sources(output_dir: &str) -> Option<&'static str> {
    let first = Path::new(output_dir).components().find(|c| !matches!(c, std::path::Component::CurDir));
    let Some(std::path::Component::Normal(first)) = first else {
        return Some("the site root");
    };
    crate::output::SOURCE_NAMES.iter().copied().find(|name| first == std::ffi::OsStr::new(name))
}

fn default_theme() -> String {
    "default".into()
}
fn default_output_dir() -> String {
    "public".into()
}
fn default_true() -> bool {
    true
}
fn default_paginate_by() -> usize {
    20
}

/// One language of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code as used in file names and URLs: `ru`, `kk`, `en`.
    pub code: String,
    /// The language's name in itself, for the switcher: «Қазақша».
    pub label: String,
}

/// The resolved site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Absolute site URL without a trailing slash; used only for canonical links, sitemap, feeds, Open Graph.
    pub base_url: String,
    pub default_language: String,
    /// Default language first, then the others in `site.toml` order.
    pub languages: Vec<Language>,
    pub theme: String,
    pub output_dir: String,
    pub pretty_links: bool,
    pub smart_punctuation: bool,
    /// Raw HTML in every page is published as written instead of sanitised (see `unsafe_html` in front
    /// matter). Off by default: editors' Markdown must not run script.
    pub unsafe_html: bool,
    /// The library as one ZIP for download: its address from site.toml, its size from `build
    /// --offline-zip FILE`.
    pub offline_zip: Option<OfflineZip>,
    pub paginate_by: usize,
    /// The site's IANA time zone (`Asia/Atyrau`): "today" for `new` is the date there. UTC when not set.
    pub timezone: chrono_tz::Tz,
    pub title: Localized,
    pub description: Localized,
    pub publisher: Localized,
    pub vocabularies: Vocabularies,
    /// What each `doc_types` key means (its labels are in `vocabularies.doc_types`).
    pub doc_types: DocTypes,
}

impl Config {
    /// Reads and validates `site.toml` from the site root.
    pub fn load(root: &Path) -> Result<(Config, String), Vec<Diagnostic>> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                return Err(vec![Diagnostic::error(
                    CONFIG_FILE,
                    codes::CONFIG_UNREADABLE.arg("detail", crate::fs::describe_io(&err)),
                )
                .with_help(msg("help-config-root").arg("root", root))])
            }
        };
        Config::parse(&text).map(|config| (config, text))
    }

    /// Parses and validates the text of `site.toml`.
    pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let raw: ConfigFile = toml::from_str(text).map_err(|err| {
            let mut diagnostic = Diagnostic::error(CONFIG_FILE, codes::CONFIG_SYNTAX.arg("detail", err.message()));
            if let Some(span) = err.span() {
                let (line, col) = line_col(text, span.start);
                diagnostic = diagnostic.at(line, col);
            }
            vec![diagnostic.with_help(msg("help-config-reference"))]
        })?;
        resolve(raw, text)
    }

    /// Codes of all languages, default first.
    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l.code == code)
    }

    pub fn language_label<'a>(&'a self, code: &'a str) -> &'a str {
        self.languages.iter().find(|l| l.code == code).map_or(code, |l| l.label.as_str())
    }

    /// URL prefix of a language's pages: empty for the default language, `en/` for English.
    pub fn language_prefix(&self, code: &str) -> String {
        if code == self.default_language {
            String::new()
        } else {
            format!("{code}/")
        }
    }
}

fn resolve(raw: ConfigFile, text: &str) -> Result<Config, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    // The line from the TOML parser's spans: `languages.ru` is `[languages.ru]` or `ru = …` in `[languages]`.
    let at_key = |key: &str, message: Message| {
        let path: Vec<&str> = match key.split_once('.') {
            Some((table, name)) => vec![table, name],
            None => vec![key],
        };
        Diagnostic::error(CONFIG_FILE, message).at_line_opt(toml_key_line(text, &path))
    };
    let mut languages: Vec<Language> = Vec::new();
    for (code, file) in &raw.languages {
        if !is_language_code(code) {
            let d = at_key(&format!("languages.{code}"), codes::LANGUAGE_CODE.arg("code", code));
            errors.push(d.with_help(msg("help-language-code")));
        }
        languages.push(Language { code: code.clone(), label: file.label.clone() });
    }
    match languages.iter().position(|l| l.code == raw.default_language) {
        Some(i) => {
            let default = languages.remove(i);
            languages.insert(0, default);
        }
        None => {
            let d = at_key("default_language", codes::DEFAULT_LANGUAGE_UNKNOWN.arg("value", &raw.default_language));
            errors.push(d.with_help(msg("help-default-language")));
        }
    }
    let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
    if !(raw.base_url.starts_with("http://") || raw.base_url.starts_with("https://")) {
        let d = at_key("base_url", codes::BASE_URL_NOT_ABSOLUTE.arg("value", &raw.base_url));
        errors.push(d.with_help(msg("help-base-url")));
    }
    if let Some(url) =
        raw.offline_zip_url.as_deref().filter(|u| !(u.starts_with("https://") || u.starts_with("http://")))
    {
        let d = at_key("offline_zip_url", codes::OFFLINE_ZIP_URL_NOT_ABSOLUTE.arg("value", url));
        errors.push(d.with_help(msg("help-offline-zip-url")));
    }
    if raw.paginate_by == 0 {
        errors.push(at_key("paginate_by", codes::PAGINATE_BY_ZERO.into()));
    }
    if raw.output_dir.is_empty() || raw.output_dir.contains("..") || Path::new(&raw.output_dir).is_absolute() {
        let d = at_key("output_dir", codes::OUTPUT_DIR_OUTSIDE.arg("value", &raw.output_dir));
        errors.push(d.with_help(msg("help-output-dir-plain")));
    } else if let Some(source) = output_dir_in_sources(&raw.output_dir) {
        let message = codes::OUTPUT_DIR_IN_SOURCES.arg("value", &raw.output_dir).arg("sources", source);
        errors.push(at_key("output_dir", message).with_help(msg("help-output-dir-own")));
    }
    let timezone = match raw.timezone.as_deref().map(parse_timezone).transpose() {
        Ok(timezone) => timezone.unwrap_or(chrono_tz::Tz::UTC),
        Err(wrong) => {
            let line = at_key("timezone", codes::TIMEZONE_UNKNOWN.into()).line;
            errors.push(wrong.at_line_opt(line));
            chrono_tz::Tz::UTC
        }
    };
    let mut localized = |name: &str, map: IndexMap<String, String>, required: bool| {
        for code in &codes {
            if required && !map.contains_key(code) {
                let d = at_key(name, codes::LOCALIZED_ENTRY_MISSING.arg("table", name).arg("lang", code));
                errors.push(d.with_help(msg("help-add-localized").arg("lang", code).arg("table", name)));
            }
        }
        Localized::new(map)
    };
    let title = localized("title", raw.title, true);
    let description = localized("description", raw.description, false);
    let publisher = localized("publisher", raw.publisher, false);
    let (doc_type_labels, doc_types, doc_type_errors) = doc_types::resolve_doc_types(raw.doc_types, text);
    errors.extend(doc_type_errors);
    let vocabularies = Vocabularies {
        doc_types: Vocabulary::new("doc_types", "doc_type", doc_type_labels),
        topics: Vocabulary::new("topics", "topic", raw.topics),
        statuses: Vocabulary::new("statuses", "status", raw.statuses),
        geography: Vocabulary::new("geography", "geography", raw.geography),
        pillars: Vocabulary::new("pillars", "pillar", raw.pillars),
        audiences: Vocabulary::new("audiences", "audience", raw.audiences),
    };
    for vocabulary in vocabularies.all() {
        errors.extend(vocabulary.check(&codes, text));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Config {
        base_url: raw.base_url.trim_end_matches('/').to_string(),
        default_language: raw.default_language,
        languages,
        theme: raw.theme,
        output_dir: raw.output_dir,
        pretty_links: raw.pretty_links,
        smart_punctuation: raw.smart_punctuation,
        unsafe_html: raw.unsafe_html,
        offline_zip: raw.offline_zip_url.map(|url| OfflineZip { url, bytes: None }),
        paginate_by: raw.paginate_by,
        timezone,
        title,
        description,
        publisher,
        vocabularies,
        doc_types,
    })
}

/// An IANA time zone name (`Asia/Atyrau`, `UTC`), or an error suggesting the closest known name.
fn parse_timezone(name: &str) -> Result<chrono_tz::Tz, Diagnostic> {
    name.parse::<chrono_tz::Tz>().map_err(|_| {
        let known = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name());
        let help = match crate::diagnostics::suggest(name, known) {
            Some(close) => msg("did-you-mean").arg("suggestion", close),
            None => msg("help-timezone").into(),
        };
        Diagnostic::error(CONFIG_FILE, codes::TIMEZONE_UNKNOWN.arg("value", name)).with_help(help)
    })
}

/// The one rule for a language code, wherever one is written (a `[languages.<code>]` table, a translation's
/// file name `page.<code>.md`, an attachment's `lang`): two or three lowercase Latin letters, an ISO 639-1
/// code (`ru`, `kk`, `en`) or, for a language that has none, an ISO 639-2/3 code (`kaa` Karakalpak).
pub fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests;
