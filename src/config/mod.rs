//! `site.toml`: the raw file as written (`ConfigFile`) and the resolved, validated [`Config`] every later
//! stage reads. Unknown keys are errors, and every language must have every label, so a missing Kazakh
//! topic name is caught at build time rather than shown as an empty link.

mod doc_types;
mod vocabulary;

use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;

pub use doc_types::{Block, DocType, DocTypes, Preset, SchemaType};
pub use vocabulary::{Localized, Vocabularies, Vocabulary};

use crate::diagnostics::{find_line, line_col, Diagnostic};

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
                return Err(vec![Diagnostic::error(CONFIG_FILE, format!("cannot read site.toml: {err}")).with_help(
                    format!("run ecolib in the site's folder or pass --root; looked in {}", root.display()),
                )])
            }
        };
        Config::parse(&text).map(|config| (config, text))
    }

    /// Parses and validates the text of `site.toml`.
    pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let raw: ConfigFile = toml::from_str(text).map_err(|err| {
            let mut diagnostic = Diagnostic::error(CONFIG_FILE, err.message().to_string());
            if let Some(span) = err.span() {
                let (line, col) = line_col(text, span.start);
                diagnostic = diagnostic.at(line, col);
            }
            vec![diagnostic.with_help("see README.md, section \"site.toml reference\"")]
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
    let at_key = |key: &str| {
        let line = find_line(text, 1, |l| {
            let l = l.trim_start();
            l.starts_with(&format!("{key} ")) || l.starts_with(&format!("{key}=")) || l.contains(&format!("[{key}"))
        });
        let d = Diagnostic::error(CONFIG_FILE, String::new());
        match line {
            Some(line) => d.at_line(line),
            None => d,
        }
    };
    let mut languages: Vec<Language> = Vec::new();
    for (code, file) in &raw.languages {
        if !is_language_code(code) {
            let mut d = at_key(&format!("languages.{code}"));
            d.message = format!("\"{code}\" is not a language code");
            errors.push(d.with_help("use a lowercase ISO 639-1 code such as ru, kk or en"));
        }
        languages.push(Language { code: code.clone(), label: file.label.clone() });
    }
    match languages.iter().position(|l| l.code == raw.default_language) {
        Some(i) => {
            let default = languages.remove(i);
            languages.insert(0, default);
        }
        None => {
            let mut d = at_key("default_language");
            d.message = format!("default_language \"{}\" is not one of [languages]", raw.default_language);
            errors.push(d.with_help("add a [languages.<code>] table for it or change default_language"));
        }
    }
    let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
    if !(raw.base_url.starts_with("http://") || raw.base_url.starts_with("https://")) {
        let mut d = at_key("base_url");
        d.message = format!("base_url \"{}\" is not an absolute http(s) URL", raw.base_url);
        errors.push(d.with_help("write it like https://example.org/library"));
    }
    if let Some(url) =
        raw.offline_zip_url.as_deref().filter(|u| !(u.starts_with("https://") || u.starts_with("http://")))
    {
        let mut d = at_key("offline_zip_url");
        d.message = format!("offline_zip_url \"{url}\" is not an absolute http(s) URL");
        errors.push(d.with_help(
            "write where the ZIP made by `ecolib pack --zip` is published, like https://example.org/library.zip",
        ));
    }
    if raw.paginate_by == 0 {
        let mut d = at_key("paginate_by");
        d.message = "paginate_by must be at least 1".into();
        errors.push(d);
    }
    if raw.output_dir.is_empty() || raw.output_dir.contains("..") || Path::new(&raw.output_dir).is_absolute() {
        let mut d = at_key("output_dir");
        d.message = format!("output_dir \"{}\" must be a folder inside the site root", raw.output_dir);
        errors.push(d.with_help("use a plain name such as public"));
    } else if let Some(source) = output_dir_in_sources(&raw.output_dir) {
        let mut d = at_key("output_dir");
        d.message = format!(
            "output_dir \"{}\" is or lies inside {source}, which holds the site's sources: a build would replace them",
            raw.output_dir
        );
        errors.push(d.with_help("use a folder of its own such as public"));
    }
    let timezone = match raw.timezone.as_deref().map(parse_timezone).transpose() {
        Ok(timezone) => timezone.unwrap_or(chrono_tz::Tz::UTC),
        Err(wrong) => {
            errors.push(match at_key("timezone").line {
                Some(line) => wrong.at_line(line),
                None => wrong,
            });
            chrono_tz::Tz::UTC
        }
    };
    let mut localized = |name: &str, map: IndexMap<String, String>, required: bool| {
        for code in &codes {
            if required && !map.contains_key(code) {
                let mut d = at_key(name);
                d.message = format!("{name} has no \"{code}\" entry");
                errors.push(d.with_help(format!("add {code} = \"…\" under [{name}]")));
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
            Some(close) => format!("did you mean \"{close}\"?"),
            None => "use a name from the IANA time zone database, such as Asia/Atyrau or UTC".to_string(),
        };
        Diagnostic::error(CONFIG_FILE, format!("timezone \"{name}\" is not an IANA time zone name")).with_help(help)
    })
}

fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests;
