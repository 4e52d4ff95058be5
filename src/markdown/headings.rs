//! Heading ids: stable, unique per page, and readable in Cyrillic (`#доступ-к-информации`), so that links
//! written by editors in Russian survive edits elsewhere on the page.

use std::collections::{HashMap, HashSet};

use crate::diagnostics::{msg, suggest, Message};
use crate::text::{for_each_lowercase, is_alphanumeric};

/// The id of a heading: lowercase letters and digits of any script, words joined by `-`.
pub fn heading_id(text: &str) -> String {
    let mut id = String::with_capacity(text.len());
    for c in text.trim().chars() {
        for_each_lowercase(c, |lower| push_id_char(&mut id, lower));
    }
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        id.push_str("section");
    }
    id
}

/// Adds one lowercased character to a heading id: letters and digits as they are, one hyphen for a run of
/// spaces, hyphens and underscores, nothing for the rest.
fn push_id_char(id: &mut String, c: char) {
    if is_alphanumeric(c) {
        id.push(c);
    } else if (c.is_whitespace() || c == '-' || c == '_') && !id.ends_with('-') && !id.is_empty() {
        id.push('-');
    }
}

/// The heading ids of one page, made unique by appending `-1`, `-2` … In time linear in the number of
/// headings: a page of 10,000 identical headings must not take minutes.
#[derive(Debug, Default)]
pub(super) struct UniqueIds {
    taken: HashSet<String>,
    /// The next suffix to try for each id that was asked for more than once.
    next_suffix: HashMap<String, usize>,
}

impl UniqueIds {
    /// `id` if it is free, else the first free `id-N`; the result is taken from now on.
    pub(super) fn claim(&mut self, id: String) -> String {
        if self.taken.insert(id.clone()) {
            return id;
        }
        let next = self.next_suffix.entry(id.clone()).or_insert(1);
        loop {
            let candidate = format!("{id}-{next}");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }

    pub(super) fn contains(&self, id: &str) -> bool {
        self.taken.contains(id)
    }
}

/// Advice for a broken anchor: the closest heading id, or the list of ids.
pub fn anchor_help(anchor: &str, anchors: &[String]) -> Message {
    match suggest(anchor, anchors.iter().map(String::as_str)) {
        Some(close) => msg("did-you-mean-anchor").arg("suggestion", close),
        None if anchors.is_empty() => msg("help-no-headings").into(),
        None => msg("help-anchor-list").arg("anchors", format!("#{}", anchors.join(", #"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_letters_give_the_ids_of_the_unicode_rules() {
        let unicode = |text: &str| {
            let mut id = String::new();
            for c in text.trim().chars().flat_map(char::to_lowercase) {
                if c.is_alphanumeric() {
                    id.push(c);
                } else if (c.is_whitespace() || c == '-' || c == '_') && !id.ends_with('-') && !id.is_empty() {
                    id.push('-');
                }
            }
            let id = id.trim_end_matches('-').to_string();
            if id.is_empty() {
                "section".to_string()
            } else {
                id
            }
        };
        for c in ('\u{0}'..='\u{52f}').chain('Ա'..='\u{2000}') {
            let text = format!("a{c}b {c}");
            assert_eq!(heading_id(&text), unicode(&text), "{c:?}");
        }
    }

    #[test]
    fn heading_ids_keep_cyrillic() {
        let cases = [
            ("Доступ к информации", "доступ-к-информации"),
            ("Что такое ОВОС?", "что-такое-овос"),
            ("Step 1: ask", "step-1-ask"),
            ("Қоғамдық тыңдаулар", "қоғамдық-тыңдаулар"),
            ("«Кавычки» — и тире", "кавычки-и-тире"),
            ("???", "section"),
        ];
        for (text, id) in cases {
            assert_eq!(heading_id(text), id, "{text}");
        }
    }

    #[test]
    fn ids_are_made_unique() {
        let mut ids = UniqueIds::default();
        let claimed: Vec<String> = ["a", "a-1", "a", "b", "a", "a-2"].map(|id| ids.claim(id.into())).into();
        assert_eq!(claimed, ["a", "a-1", "a-2", "b", "a-3", "a-2-1"]);
    }

    #[test]
    fn ten_thousand_identical_headings_get_distinct_ids_in_linear_time() {
        let mut ids = UniqueIds::default();
        let claimed: HashSet<String> = (0..10_000).map(|_| ids.claim("пример".into())).collect();
        assert_eq!(claimed.len(), 10_000);
        assert!(claimed.contains("пример-9999"));
    }
}
