//! Heading ids: stable, unique per page, and readable in Cyrillic (`#доступ-к-информации`), so that links
//! written by editors in Russian survive edits elsewhere on the page.

use crate::diagnostics::suggest;
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

/// Makes `id` unique among `taken` by appending `-1`, `-2` …
pub(super) fn unique_id(id: String, taken: &[String]) -> String {
    if !taken.contains(&id) {
        return id;
    }
    (1..).map(|n| format!("{id}-{n}")).find(|candidate| !taken.contains(candidate)).unwrap_or(id)
}

/// Advice for a broken anchor: the closest heading id, or the list of ids.
pub fn anchor_help(anchor: &str, anchors: &[String]) -> String {
    match suggest(anchor, anchors.iter().map(String::as_str)) {
        Some(close) => format!("did you mean #{close}?"),
        None if anchors.is_empty() => "the page has no headings to link to".into(),
        None => format!("the page's headings are: #{}", anchors.join(", #")),
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
        let taken = vec!["a".to_string(), "a-1".to_string()];
        assert_eq!(unique_id("a".into(), &taken), "a-2");
        assert_eq!(unique_id("b".into(), &taken), "b");
    }
}
