//! Per-document files of the static index: result rows and snippet text in small groups of consecutive
//! documents, facet values, and the value lists and labels they refer to.

use serde_json::{json, Value};

use super::files::DataFile;
use crate::config::Config;
use crate::search::document::SearchDocument;

/// Characters of page text kept for snippets.
pub const SNIPPET_TEXT_CHARS: usize = 700;

/// The start of a page's text that snippets are made from: its first [`SNIPPET_TEXT_CHARS`] characters.
pub fn snippet_text(body: &str) -> &str {
    let end = body.char_indices().nth(SNIPPET_TEXT_CHARS).map_or(body.len(), |(i, _)| i);
    &body[..end]
}

/// Files of `per_file` consecutive rows each: `<prefix>-<n>` holds documents `n × per_file …`.
pub fn row_files(prefix: &str, rows: Vec<Value>, per_file: usize) -> Vec<DataFile> {
    rows.chunks(per_file.max(1))
        .enumerate()
        .map(|(n, chunk)| DataFile::new(format!("{prefix}-{n}"), json!({ "rows": chunk })))
        .collect()
}

/// The value lists that rows and facets refer to by index.
pub struct ValueLists<'a> {
    pub langs: Vec<&'a str>,
    doc_types: Vec<&'a str>,
    topics: Vec<&'a str>,
    pillars: Vec<&'a str>,
    /// Section titles of the documents, in order of first appearance.
    pub sections: Vec<&'a str>,
}

impl<'a> ValueLists<'a> {
    pub fn new(documents: &'a [SearchDocument], config: &'a Config) -> ValueLists<'a> {
        let vocab = &config.vocabularies;
        let mut sections: Vec<&str> = Vec::new();
        for d in documents {
            if !sections.contains(&d.section.as_str()) {
                sections.push(&d.section);
            }
        }
        ValueLists {
            langs: config.language_codes().collect(),
            doc_types: vocab.doc_types.keys().collect(),
            topics: vocab.topics.keys().collect(),
            pillars: vocab.pillars.keys().collect(),
            sections,
        }
    }

    pub fn values(&self) -> Value {
        json!({ "lang": self.langs, "doc_type": self.doc_types, "topic": self.topics, "pillar": self.pillars })
    }

    /// `[key, url, title, section, docType, date]`: `key` is `""` when it is the URL without its slashes
    /// and language folder (the client derives it), `section` and `docType` are indexes (or the text
    /// itself when it is in no list).
    pub fn doc_row(&self, d: &SearchDocument) -> Value {
        let key = d.id.split_once(':').map_or(d.id.as_str(), |(_, key)| key);
        let key = if derived_key(&d.url, &d.lang) == key { "" } else { key };
        let index =
            |list: &[&str], value: &str| list.iter().position(|v| *v == value).map_or(Value::from(value), Value::from);
        json!([
            key,
            d.url,
            d.title,
            index(&self.sections, &d.section),
            index(&self.doc_types, &d.doc_type),
            d.date.clone().unwrap_or_default()
        ])
    }

    /// Facet values of every document, as indexes into the value lists of the manifest.
    pub fn facet_rows(&self, documents: &[SearchDocument]) -> Vec<Value> {
        let position =
            |list: &[&str], value: &str| list.iter().position(|v| *v == value).map_or(Value::Null, Value::from);
        documents
            .iter()
            .map(|d| {
                json!([
                    position(&self.doc_types, &d.doc_type),
                    d.year.unwrap_or(0),
                    d.topics.iter().map(|t| position(&self.topics, t)).collect::<Vec<_>>(),
                    d.pillars.iter().map(|p| position(&self.pillars, p)).collect::<Vec<_>>(),
                ])
            })
            .collect()
    }
}

/// The languages of the documents as runs `[langIndex, count]` in doc id order: one run per language,
/// since `search_documents` groups the documents by language.
pub fn lang_runs(documents: &[SearchDocument], langs: &[&str]) -> Value {
    let mut runs: Vec<(Value, usize)> = Vec::new();
    for d in documents {
        let lang = langs.iter().position(|l| *l == d.lang).map_or(Value::Null, Value::from);
        match runs.last_mut() {
            Some((last, count)) if *last == lang => *count += 1,
            _ => runs.push((lang, 1)),
        }
    }
    Value::Array(runs.into_iter().map(|(lang, count)| json!([lang, count])).collect())
}

/// The document key the client derives from a URL: without the trailing slash and a leading
/// `<lang>/` folder (`en/conventions/tehran/` → `conventions/tehran`).
fn derived_key<'u>(url: &'u str, lang: &str) -> &'u str {
    let url = url.strip_suffix('/').unwrap_or(url);
    url.strip_prefix(lang).and_then(|rest| rest.strip_prefix('/')).unwrap_or(url)
}

/// Labels of facet values in every language of the site.
pub fn labels(config: &Config) -> Value {
    let vocab = &config.vocabularies;
    let langs: Vec<&str> = config.language_codes().collect();
    let table = |keys: Vec<&str>, label: &dyn Fn(&str, &str) -> String| -> Value {
        let mut map = serde_json::Map::new();
        for key in keys {
            let per_lang: serde_json::Map<String, Value> =
                langs.iter().map(|l| (l.to_string(), Value::from(label(key, l)))).collect();
            map.insert(key.to_string(), Value::Object(per_lang));
        }
        Value::Object(map)
    };
    json!({
        "lang": table(langs.clone(), &|key, _| config.language_label(key).to_string()),
        "doc_type": table(vocab.doc_types.keys().collect(), &|key, lang| vocab.doc_types.label(key, lang).to_string()),
        "topic": table(vocab.topics.keys().collect(), &|key, lang| vocab.topics.label(key, lang).to_string()),
        "pillar": table(vocab.pillars.keys().collect(), &|key, lang| vocab.pillars.label(key, lang).to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_derived_from_urls() {
        for (url, lang, key) in [
            ("conventions/tehran/", "ru", "conventions/tehran"),
            ("en/conventions/tehran/", "en", "conventions/tehran"),
            ("rules/x/", "ru", "rules/x"),
            ("", "ru", ""),
        ] {
            assert_eq!(derived_key(url, lang), key, "{url}");
        }
    }

    #[test]
    fn rows_are_grouped_by_consecutive_documents() {
        let files = row_files("r", (0..5).map(Value::from).collect(), 2);
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["r-0", "r-1", "r-2"]);
        assert_eq!(files[2].data, json!({ "rows": [4] }));
    }
}
