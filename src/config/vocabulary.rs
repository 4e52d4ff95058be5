//! Controlled vocabularies (doc types, topics, statuses, geography, pillars, audiences): keys used in front
//! matter, with a label per language. One definition serves validation, templates, facets and the catalog.

use indexmap::IndexMap;

use super::spans::toml_key_line;
use crate::diagnostics::{codes, msg, suggest, Diagnostic};

use super::CONFIG_FILE;

/// A string in several languages, falling back to the first one given.
#[derive(Debug, Clone, Default)]
pub struct Localized(IndexMap<String, String>);

impl Localized {
    pub fn new(map: IndexMap<String, String>) -> Self {
        Localized(map)
    }

    /// The text in `lang`, else in the first language given, else "".
    pub fn get(&self, lang: &str) -> &str {
        self.0.get(lang).or_else(|| self.0.values().next()).map_or("", String::as_str)
    }
}

/// One controlled vocabulary from `site.toml`.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// The table name in site.toml: `topics`.
    pub table: &'static str,
    /// What one value is called in messages: `topic`.
    pub noun: &'static str,
    entries: IndexMap<String, Localized>,
}

impl Vocabulary {
    pub fn new(table: &'static str, noun: &'static str, entries: IndexMap<String, IndexMap<String, String>>) -> Self {
        Vocabulary { table, noun, entries: entries.into_iter().map(|(k, v)| (k, Localized::new(v))).collect() }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.entries.contains_key(key)
    }

    /// Keys in `site.toml` order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// The label of `key` in `lang`; the key itself when unknown.
    pub fn label<'a>(&'a self, key: &'a str, lang: &str) -> &'a str {
        self.entries.get(key).map_or(key, |l| l.get(lang))
    }

    /// Position of a key in `site.toml`, for stable ordering of facets.
    pub fn position(&self, key: &str) -> usize {
        self.entries.get_index_of(key).unwrap_or(usize::MAX)
    }

    /// The error for a value that is not in this vocabulary, with the closest key as a suggestion.
    pub fn unknown_value(&self, value: &str, path: &std::path::Path) -> Diagnostic {
        let diagnostic = Diagnostic::error(path, codes::unknown_value_code(self.table).arg("value", value));
        match suggest(value, self.keys()) {
            Some(close) => diagnostic.with_help(msg("did-you-mean").arg("suggestion", close)),
            None => diagnostic.with_help(
                msg("help-use-vocabulary")
                    .arg("table", self.table)
                    .arg("keys", self.keys().collect::<Vec<_>>().join(", ")),
            ),
        }
    }

    /// Every key must be a slug and have a label in every language.
    pub(super) fn check(&self, languages: &[String], text: &str) -> Vec<Diagnostic> {
        let mut errors = Vec::new();
        for (key, labels) in &self.entries {
            let line = toml_key_line(text, &[self.table, key]).or_else(|| toml_key_line(text, &[self.table]));
            let at = |d: Diagnostic| match line {
                Some(line) => d.at_line(line),
                None => d,
            };
            if !key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                let message = codes::VOCABULARY_KEY_NOT_SLUG.arg("vocabulary", self.noun).arg("key", key);
                errors.push(at(Diagnostic::error(CONFIG_FILE, message).with_help(msg("help-slug-chars"))));
            }
            for code in languages {
                if !labels.0.contains_key(code) {
                    let message =
                        codes::VOCABULARY_LABEL_MISSING.arg("vocabulary", self.noun).arg("key", key).arg("lang", code);
                    let help = msg("help-add-label").arg("lang", code).arg("table", self.table);
                    errors.push(at(Diagnostic::error(CONFIG_FILE, message).with_help(help)));
                }
            }
        }
        errors
    }
}

/// All vocabularies of the site.
#[derive(Debug, Clone)]
pub struct Vocabularies {
    pub doc_types: Vocabulary,
    pub topics: Vocabulary,
    pub statuses: Vocabulary,
    pub geography: Vocabulary,
    pub pillars: Vocabulary,
    pub audiences: Vocabulary,
}

impl Vocabularies {
    pub fn all(&self) -> [&Vocabulary; 6] {
        [&self.doc_types, &self.topics, &self.statuses, &self.geography, &self.pillars, &self.audiences]
    }
}
