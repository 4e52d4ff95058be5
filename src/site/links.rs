//! Internal links: `@/section/page.md`, `@/section/page.en.md`, `@/section/_index.md`, each with an optional
//! `#anchor`. Parsed and resolved in one place for Markdown bodies, front-matter references and templates.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Config;
use crate::diagnostics::{codes, msg, suggest, Message};

use super::{Site, Target};

/// A parsed `@/…` link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// The document key: `conventions/aktau-protocol`, `conventions` for a section, empty for home.
    pub key: String,
    /// The language named in the file name, if any (`page.en.md`).
    pub lang: Option<String>,
    pub anchor: Option<String>,
}

/// Why an internal link does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    pub message: Message,
    pub help: Message,
    /// The target's file exists but could not be read; its own error is already reported.
    pub known_broken: bool,
}

impl InternalLink {
    /// Parses `@/a/b.md#x`; `None` when `link` is not an internal link at all.
    pub fn parse(link: &str, config: &Config) -> Option<Result<InternalLink, LinkError>> {
        let rest = link.strip_prefix("@/")?;
        let (path, anchor) = match rest.split_once('#') {
            Some((path, anchor)) => (path, Some(anchor.to_string())),
            None => (rest, None),
        };
        let Some(stem) = path.strip_suffix(".md") else {
            return Some(Err(LinkError {
                message: codes::INTERNAL_LINK_NOT_MD.arg("link", link),
                help: msg("help-internal-link-syntax").into(),
                known_broken: false,
            }));
        };
        let (dir, file) = stem.rsplit_once('/').unwrap_or(("", stem));
        let (file, lang) = match file.rsplit_once('.') {
            Some((base, suffix)) if config.has_language(suffix) => (base, Some(suffix.to_string())),
            _ => (file, None),
        };
        let key = match (file, dir) {
            ("_index", dir) => dir.to_string(),
            (file, "") => file.to_string(),
            (file, dir) => format!("{dir}/{file}"),
        };
        Some(Ok(InternalLink { key, lang, anchor }))
    }
}

/// Resolves a link against the `(key, lang)` index: the linking page's language first, then the default one.
/// Keys in `broken` belong to files that exist but failed to load: their error is reported elsewhere.
pub(super) fn resolve_in(
    index: &BTreeMap<(String, String), Target>,
    broken: &BTreeSet<String>,
    link: &InternalLink,
    from_lang: &str,
    config: &Config,
) -> Result<Target, LinkError> {
    let langs = match &link.lang {
        Some(lang) => vec![lang.as_str()],
        None => vec![from_lang, config.default_language.as_str()],
    };
    for lang in langs {
        if let Some(target) = index.get(&(link.key.clone(), lang.to_string())) {
            return Ok(*target);
        }
    }
    let file = if link.key.is_empty() { "_index".to_string() } else { link.key.clone() };
    let known = index.keys().map(|(key, _)| key.as_str());
    let help = match suggest(&link.key, known) {
        Some(close) => msg("did-you-mean-link").arg("suggestion", link_to_key(index, close)),
        None => msg("help-check-link-path").into(),
    };
    Err(LinkError {
        message: codes::BROKEN_INTERNAL_LINK.arg("file", format!("content/{file}.md")),
        help,
        known_broken: broken.contains(&link.key),
    })
}

/// How to write a link to `key`: `@/a/b.md` for a page, `@/a/_index.md` for a section.
fn link_to_key(index: &BTreeMap<(String, String), Target>, key: &str) -> String {
    let is_section = index.iter().any(|((k, _), t)| k == key && matches!(t, Target::Section(_)));
    match (is_section, key.is_empty()) {
        (true, true) => "@/_index.md".to_string(),
        (true, false) => format!("@/{key}/_index.md"),
        (false, _) => format!("@/{key}.md"),
    }
}

impl Site {
    /// Resolves an `@/…` link from a page in `from_lang`.
    pub fn resolve_link(&self, link: &InternalLink, from_lang: &str) -> Result<Target, LinkError> {
        resolve_in(&self.index, &self.broken_keys, link, from_lang, &self.config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            r#"base_url = "https://x.org"
default_language = "ru"
title = { ru = "Т", en = "T" }
[languages.ru]
label = "Русский"
[languages.en]
label = "English"
[doc_types]
page = { ru = "С", en = "P" }
[topics]
"#,
        )
        .expect("config")
    }

    #[test]
    fn parses_internal_links() {
        let c = config();
        let parse = |s: &str| InternalLink::parse(s, &c).map(|r| r.expect("valid"));
        assert_eq!(parse("https://x.org"), None);
        let l = parse("@/conventions/aktau-protocol.md#status").expect("internal");
        assert_eq!((l.key.as_str(), l.lang, l.anchor.as_deref()), ("conventions/aktau-protocol", None, Some("status")));
        let l = parse("@/conventions/aktau-protocol.en.md").expect("internal");
        assert_eq!(l.lang.as_deref(), Some("en"));
        assert_eq!(parse("@/conventions/_index.md").expect("internal").key, "conventions");
        assert_eq!(parse("@/_index.md").expect("internal").key, "");
        assert!(InternalLink::parse("@/conventions/x", &c).expect("internal").is_err());
    }

    #[test]
    fn resolves_to_the_translation_then_the_default() {
        let c = config();
        let mut index = BTreeMap::new();
        index.insert(("a/b".to_string(), "ru".to_string()), Target::Page(0));
        index.insert(("a/b".to_string(), "en".to_string()), Target::Page(1));
        index.insert(("a/c".to_string(), "ru".to_string()), Target::Page(2));
        index.insert(("a".to_string(), "ru".to_string()), Target::Section(0));
        let link = |s: &str| InternalLink::parse(s, &c).expect("internal").expect("valid");
        let broken = BTreeSet::from(["a/d".to_string()]);
        let resolve = |s: &str, lang: &str| resolve_in(&index, &broken, &link(s), lang, &c);
        assert_eq!(resolve("@/a/b.md", "en"), Ok(Target::Page(1)));
        assert_eq!(resolve("@/a/c.md", "en"), Ok(Target::Page(2)));
        assert_eq!(resolve("@/a/b.ru.md", "en"), Ok(Target::Page(0)));
        let err = resolve("@/a/bb.md", "ru").unwrap_err();
        assert_eq!(err.help.to_string(), "did you mean @/a/b.md?");
        assert!(!err.known_broken);
        assert_eq!(resolve("@/aa/_index.md", "ru").unwrap_err().help.to_string(), "did you mean @/a/_index.md?");
        assert!(resolve("@/a/d.md", "ru").unwrap_err().known_broken);
    }
}
