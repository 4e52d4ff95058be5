//! Heading ids: stable, unique per page, and readable in Cyrillic (`#доступ-к-информации`), so that links
//! written by editors in Russian survive edits elsewhere on the page.

use crate::diagnostics::suggest;

/// The id of a heading: lowercase letters and digits of any script, words joined by `-`.
pub fn heading_id(text: &str) -> String {
    let mut id = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_') && !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        id.push_str("section");
    }
    id
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
