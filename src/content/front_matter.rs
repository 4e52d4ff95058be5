//! Splits a Markdown file into YAML front matter and body, and parses the YAML. This is the only module that
//! knows serde_yaml (deprecated upstream): swapping the YAML crate touches this file alone.

use super::schema::FrontMatter;

/// A problem with the front matter, located by 1-based line and column in the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    pub line: usize,
    pub column: Option<usize>,
    pub message: String,
    pub help: String,
}

/// The two parts of a page file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines.
    pub yaml: &'a str,
    /// The Markdown after the closing `---` line.
    pub body: &'a str,
    /// File line of the first body line.
    pub body_line: usize,
}

/// Separates front matter from the body. The file must start with a `---` line and the front matter must end
/// with another `---` line.
pub fn split_front_matter(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "---" {
        return Err(FrontMatterError {
            line: 1,
            column: None,
            message: "the file does not start with front matter".into(),
            help: "start the file with a line `---`, the fields (title: …), and another `---` line".into(),
        });
    }
    let mut offset = first_line_end;
    let mut line = 2;
    while offset < text.len() {
        let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i + 1);
        if text[offset..end].trim_end() == "---" {
            return Ok(Split { yaml: &text[first_line_end..offset], body: &text[end..], body_line: line + 1 });
        }
        offset = end;
        line += 1;
    }
    Err(FrontMatterError {
        line: 1,
        column: None,
        message: "the front matter is not closed".into(),
        help: "add a line `---` after the last front-matter field, before the text".into(),
    })
}

/// Parses the YAML of a split file into the schema.
pub fn parse_front_matter(split: &Split<'_>) -> Result<FrontMatter, FrontMatterError> {
    if split.yaml.trim().is_empty() {
        return Err(FrontMatterError {
            line: 1,
            column: None,
            message: "the front matter is empty".into(),
            help: "add at least `title: …` between the `---` lines".into(),
        });
    }
    serde_yaml::from_str(split.yaml).map_err(|err| {
        // YAML lines count from the line after the opening `---`.
        let (line, column) = err.location().map_or((1, None), |l| (l.line() + 1, Some(l.column())));
        let message = strip_yaml_location(&err.to_string());
        let help = help_for(&message);
        let message = match unknown_field_name(&message) {
            Some(field) => format!("unknown field `{field}`"),
            None => message,
        };
        FrontMatterError { line, column, help, message }
    })
}

/// serde_yaml puts its own line numbers (counted inside the YAML) into messages; ours point into the file.
fn strip_yaml_location(message: &str) -> String {
    let Some(start) = message.find(" at line ") else { return message.to_string() };
    let rest = &message[start + " at line ".len()..];
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let line_len = digits(rest);
    let Some(after_column) = rest[line_len..].strip_prefix(" column ") else { return message.to_string() };
    let column_len = digits(after_column);
    format!("{}{}", &message[..start], &after_column[column_len..])
}

/// The misspelt name in serde's "unknown field `titel`, expected one of …".
fn unknown_field_name(message: &str) -> Option<&str> {
    let rest = message.split("unknown field `").nth(1)?;
    rest.split('`').next()
}

/// The fields serde lists as expected after an unknown one.
fn expected_fields(message: &str) -> Vec<&str> {
    message
        .split("expected one of ")
        .nth(1)
        .map(|list| list.split(", ").map(|f| f.trim_matches('`')).collect())
        .unwrap_or_default()
}

/// Advice for the most common YAML mistakes.
fn help_for(message: &str) -> String {
    if let Some(field) = unknown_field_name(message) {
        match crate::diagnostics::suggest(field, expected_fields(message)) {
            Some(close) => format!("did you mean `{close}`?"),
            None => "check the spelling; docs/front-matter.md lists every field".into(),
        }
    } else if message.contains("invalid date") {
        "write dates as YYYY-MM-DD".into()
    } else if message.contains("missing field") {
        "add the field; docs/front-matter.md says which fields each type needs".into()
    } else if message.contains("invalid type") {
        "check the value's form: lists are [a, b] or lines starting with `- `; text with a colon needs quotes".into()
    } else {
        "check the YAML syntax on this line: indentation, colons, quotes".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let split = split_front_matter("---\ntitle: A\n---\n# Body\n").expect("valid");
        assert_eq!(split.yaml, "title: A\n");
        assert_eq!(split.body, "# Body\n");
        assert_eq!(split.body_line, 4);
    }

    #[test]
    fn accepts_crlf_and_bom() {
        let split = split_front_matter("\u{feff}---\r\ntitle: A\r\n---\r\nx").expect("valid");
        assert_eq!(split.body, "x");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = split_front_matter("---\ntitle: A\n# Body\n").unwrap_err();
        assert_eq!(err.message, "the front matter is not closed");
    }

    #[test]
    fn missing_front_matter_is_an_error() {
        let err = split_front_matter("# Body\n").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn yaml_error_line_is_the_file_line() {
        let text = "---\ntitle: A\nsummary: [unclosed\n---\n";
        let split = split_front_matter(text).expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert!(err.line >= 3, "{err:?}");
    }

    #[test]
    fn wrong_type_names_the_field_and_line() {
        let split = split_front_matter("---\ntitle: A\ntopics: 5\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert!(err.message.starts_with("topics: invalid type"), "{err:?}");
        assert_eq!(err.line, 3);
    }

    #[test]
    fn unknown_fields_get_a_suggestion() {
        let split = split_front_matter("---\ntitle: A\ntitel: B\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert_eq!(err.message, "unknown field `titel`");
        assert_eq!(err.help, "did you mean `title`?");
        assert_eq!(err.line, 3);
    }

    #[test]
    fn yaml_messages_carry_no_yaml_relative_line() {
        assert_eq!(
            strip_yaml_location("did not find expected ',' at line 5 column 7, while parsing a flow sequence"),
            "did not find expected ',', while parsing a flow sequence"
        );
        assert_eq!(strip_yaml_location("title: invalid type at line 2 column 8"), "title: invalid type");
    }

    #[test]
    fn bad_date_is_reported_on_its_line() {
        let split = split_front_matter("---\ntitle: A\ndate: 2006-13-01\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert!(err.message.contains("invalid date \"2006-13-01\""), "{err:?}");
        assert_eq!(err.line, 3);
    }
}
