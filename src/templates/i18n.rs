//! Interface strings of the theme, one TOML file per language (`i18n/ru.toml`). Every language must have
//! every key the default language has, so no page shows a raw key.

use super::{SharedValue, Theme};
use crate::config::Config;
use crate::diagnostics::{codes, line_col, msg, Diagnostic};
use std::collections::BTreeMap;

/// Interface strings by language, then key.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    by_lang: BTreeMap<String, BTreeMap<String, String>>,
    /// Per language, the strings of the search client (`search_*`, `taxonomy_*`) as JSON, made once.
    search_json: BTreeMap<String, String>,
    /// Per language, all strings as one template value, made once.
    values: BTreeMap<String, SharedValue>,
}

impl Translations {
    /// Reads the theme's `i18n/<lang>.toml` for every site language.
    pub fn load(theme: &Theme, config: &Config) -> Result<Translations, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let mut by_lang = BTreeMap::new();
        let mut texts = BTreeMap::new();
        for lang in config.language_codes() {
            let (shown, text) = theme.i18n(lang);
            let text = match text {
                Ok(text) => text,
                Err(err) => {
                    errors.push(
                        Diagnostic::error(
                            &shown,
                            codes::THEME_STRINGS_UNREADABLE.arg("lang", lang).arg("detail", err.to_string()),
                        )
                        .with_help(msg("help-copy-strings").arg("default", &config.default_language).arg("lang", lang)),
                    );
                    continue;
                }
            };
            match toml::from_str::<BTreeMap<String, String>>(&text) {
                Ok(strings) => {
                    by_lang.insert(lang.to_string(), strings);
                    texts.insert(lang.to_string(), (shown, text));
                }
                Err(err) => {
                    let mut d = Diagnostic::error(&shown, codes::THEME_STRINGS_SYNTAX.arg("detail", err.message()))
                        .with_help(msg("help-strings-syntax"));
                    if let Some(span) = err.span() {
                        let (line, col) = line_col(&text, span.start);
                        d = d.at(line, col);
                    }
                    errors.push(d);
                }
            }
        }
        if let Some(default) = by_lang.get(&config.default_language) {
            for (lang, strings) in &by_lang {
                for key in default.keys().filter(|k| !strings.contains_key(*k)) {
                    let shown = texts.get(lang).map(|(p, _)| p.clone()).unwrap_or_default();
                    errors.push(
                        Diagnostic::error(shown, codes::THEME_STRING_MISSING.arg("key", key).arg("lang", lang))
                            .with_help(msg("help-add-string").arg("key", key).arg("default", &config.default_language)),
                    );
                }
                for key in strings.keys().filter(|k| !default.contains_key(*k)) {
                    let (shown, text) = texts.get(lang).cloned().unwrap_or_default();
                    let d = Diagnostic::error(shown, codes::THEME_STRING_EXTRA.arg("key", key))
                        .with_help(msg("help-remove-string"));
                    errors.push(d.at_line_opt(crate::config::toml_key_line(&text, &[key.as_str()])));
                }
            }
        }
        if errors.is_empty() {
            let search_json = by_lang
                .iter()
                .map(|(lang, strings)| {
                    let client: BTreeMap<&String, &String> = strings
                        .iter()
                        .filter(|(k, _)| k.starts_with("search_") || k.starts_with("taxonomy_"))
                        .collect();
                    (lang.clone(), serde_json::to_string(&client).unwrap_or_default())
                })
                .collect();
            let values = by_lang.iter().map(|(lang, strings)| (lang.clone(), SharedValue::new(strings))).collect();
            Ok(Translations { by_lang, search_json, values })
        } else {
            Err(errors)
        }
    }

    /// The search client's strings of one language, as JSON.
    pub fn search_json(&self, lang: &str) -> &str {
        self.search_json.get(lang).map_or("{}", String::as_str)
    }

    /// All strings of one language, as a template value.
    pub fn strings(&self, lang: &str) -> &SharedValue {
        static NONE: std::sync::LazyLock<SharedValue> =
            std::sync::LazyLock::new(|| SharedValue::new(&BTreeMap::<String, String>::new()));
        self.values.get(lang).unwrap_or(&NONE)
    }

    /// One string; the key itself when missing.
    pub fn get<'a>(&'a self, lang: &str, key: &'a str) -> &'a str {
        self.by_lang.get(lang).and_then(|s| s.get(key)).map_or(key, String::as_str)
    }
}
