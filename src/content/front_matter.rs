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
            help: "start the file with a line `---`, the fields (title: …), and another `---` line"
                .into(),
        });
    }
    let mut offset = first_line_end;
    let mut line = 2;
    while offset < text.len() {
        let end = text[offset..]
            .find('\n')
            .map_or(text.len(), |i| offset + i + 1);
        if text[offset..end].trim_end() == "---" {
            return Ok(Split {
                yaml: &text[first_line_end..offset],
                body: &text[end..],
                body_line: line + 1,
            });
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
        let (line, column) = err
            .location()
            .map_or((1, None), |l| (l.line() + 1, Some(l.column())));
        let message = err.to_string();
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        FrontMatterError {
            line,
            column,
            help: help_for(&message),
            message,
        }
    })
}

/// Advice for the most common YAML mistakes.
fn help_for(message: &str) -> String {
    if message.contains("unknown field") {
        "check the spelling; docs/front-matter.md lists every field".into()
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
    fn bad_date_is_reported_on_its_line() {
        let split = split_front_matter("---\ntitle: A\ndate: 2006-13-01\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert!(
            err.message.contains("invalid date \"2006-13-01\""),
            "{err:?}"
        );
        assert_eq!(err.line, 3);
    }
}
