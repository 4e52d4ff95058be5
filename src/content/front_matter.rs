//! Splits a Markdown file into YAML front matter and body, and parses the YAML. This is the only module that
//! knows serde_yaml (deprecated upstream): swapping the YAML crate touches this file alone.

use super::schema::FrontMatter;
use super::yaml_message;
use crate::diagnostics::{codes, msg, Message};

/// A problem with the front matter, located by 1-based line and column in the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    pub line: usize,
    pub column: Option<usize>,
    pub message: Message,
    /// Boxed: a `Result<_, FrontMatterError>` stays small.
    pub help: Box<Message>,
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
            message: codes::NO_FRONT_MATTER.into(),
            help: Box::new(msg("help-start-front-matter").into()),
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
        message: codes::FRONT_MATTER_NOT_CLOSED.into(),
        help: Box::new(msg("help-close-front-matter").into()),
    })
}

/// Parses the YAML of a split file into the schema.
pub fn parse_front_matter(split: &Split<'_>) -> Result<FrontMatter, FrontMatterError> {
    if split.yaml.trim().is_empty() {
        return Err(FrontMatterError {
            line: 1,
            column: None,
            message: codes::FRONT_MATTER_EMPTY.into(),
            help: Box::new(msg("help-add-title-field").into()),
        });
    }
    serde_yaml::from_str(split.yaml).map_err(|err| {
        let marks = YamlMarks::read(&err.to_string());
        let (line, column) = marks.place(split.yaml, err.location().map(|l| (l.line(), l.column())));
        let message = yaml_message::describe(&marks.problem, marks.context.as_deref());
        let help = marks
            .bracket_help(line)
            .unwrap_or_else(|| yaml_message::help_for(&message, &expected_fields(&marks.problem)));
        FrontMatterError { line, column, help: Box::new(help), message }
    })
}

/// The YAML starts on the file's second line, after the opening `---`.
const YAML_FIRST_LINE: usize = 2;

/// A place the parser names in its message, counted inside the YAML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// 1-based line and column.
    LineColumn(usize, usize),
    /// Byte offset, for problems the reader finds before it counts lines (a NUL, a control character).
    Offset(usize),
}

/// A parser message taken apart: libyaml writes `problem [at MARK][, while CONTEXT [at MARK]]` (serde's own
/// messages have the problem part only). The marks are the parser's, read back from its text because
/// serde_yaml exposes only the problem's.
#[derive(Debug, Clone, PartialEq, Eq)]
struct YamlMarks {
    problem: String,
    problem_mark: Option<Mark>,
    context: Option<String>,
    context_mark: Option<Mark>,
}

impl YamlMarks {
    fn read(message: &str) -> Self {
        let (head, context) = match message.rfind(", while ") {
            Some(at) => (&message[..at], Some(&message[at + 2..])),
            None => (message, None),
        };
        let (problem, problem_mark) = split_mark(head);
        let (context, context_mark) = match context.map(split_mark) {
            Some((context, mark)) => (Some(context), mark),
            None => (None, None),
        };
        YamlMarks { problem, problem_mark, context, context_mark }
    }

    /// The file line and column where the problem starts. A parser that ran out of text (an unclosed quote)
    /// reports the end; what it was reading began at the context's mark, which is where to look.
    fn place(&self, yaml: &str, location: Option<(usize, usize)>) -> (usize, Option<usize>) {
        let ran_out = self.problem.contains("unexpected end of stream");
        let mark = match (ran_out, self.context_mark, self.problem_mark) {
            (true, Some(context), _) => Some(context),
            (_, _, Some(problem)) => Some(problem),
            _ => location.map(|(line, column)| Mark::LineColumn(line, column)),
        };
        let (line, column) = match mark {
            Some(Mark::LineColumn(line, column)) => (line, Some(column)),
            Some(Mark::Offset(offset)) => {
                let offset = (0..=offset.min(yaml.len())).rev().find(|&i| yaml.is_char_boundary(i)).unwrap_or(0);
                let (line, column) = crate::diagnostics::line_col(yaml, offset);
                (line, Some(column))
            }
            None => (1, None),
        };
        (line + YAML_FIRST_LINE - 1, column)
    }

    /// Advice naming the file line where an unclosed `[` or `{` opened, when that is not the line reported.
    fn bracket_help(&self, file_line: usize) -> Option<Message> {
        let context = self.context.as_deref()?;
        let closing = match context {
            "while parsing a flow sequence" => "]",
            "while parsing a flow mapping" => "}",
            _ => return None,
        };
        let Some(Mark::LineColumn(line, _)) = self.context_mark else { return None };
        let opened = line + YAML_FIRST_LINE - 1;
        (opened != file_line)
            .then(|| msg("help-unclosed-bracket").arg("line", opened.to_string()).arg("bracket", closing))
    }
}

/// `did not find key at line 5 column 7` → (`did not find key`, line 5 column 7); likewise `at position 19`.
fn split_mark(text: &str) -> (String, Option<Mark>) {
    let number = |s: &str| s.parse::<usize>().ok();
    if let Some((before, at)) = text.rsplit_once(" at line ") {
        if let Some((line, column)) = at.split_once(" column ") {
            if let (Some(line), Some(column)) = (number(line), number(column)) {
                return (before.to_string(), Some(Mark::LineColumn(line, column)));
            }
        }
    }
    if let Some((before, at)) = text.rsplit_once(" at position ") {
        if let Some(offset) = number(at) {
            return (before.to_string(), Some(Mark::Offset(offset)));
        }
    }
    (text.to_string(), None)
}

/// The fields serde lists as expected after an unknown one.
fn expected_fields(message: &str) -> Vec<&str> {
    message
        .split("expected one of ")
        .nth(1)
        .map(|list| list.split(", ").map(|f| f.trim_matches('`')).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Lang;

    fn en(message: &Message) -> String {
        Lang::En.render(message)
    }

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
        assert_eq!(en(&err.message), "the front matter is not closed");
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
        assert!(en(&err.message).starts_with("topics: invalid type"), "{err:?}");
        assert_eq!(err.line, 3);
    }

    #[test]
    fn unknown_fields_get_a_suggestion() {
        let split = split_front_matter("---\ntitle: A\ntitel: B\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert_eq!(en(&err.message), "unknown field `titel`");
        assert_eq!(en(&err.help), "did you mean `title`?");
        assert_eq!(err.line, 3);
    }

    #[test]
    fn yaml_messages_carry_no_yaml_relative_line() {
        let marks = YamlMarks::read(
            "did not find expected ',' at line 5 column 7, while parsing a flow sequence at line 4 column 7",
        );
        assert_eq!(marks.problem, "did not find expected ','");
        assert_eq!(marks.context.as_deref(), Some("while parsing a flow sequence"));
        let marks = YamlMarks::read("title: invalid type at line 2 column 8");
        assert_eq!((marks.problem.as_str(), marks.context), ("title: invalid type", None));
    }

    #[test]
    fn unclosed_quote_is_reported_at_the_opening_quote_in_file_lines() {
        let split = split_front_matter("---\ntitle: \"x\nsummary: y\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert_eq!((err.line, err.column), (2, Some(8)), "{err:?}");
        assert_eq!(en(&err.message), "found unexpected end of stream, while scanning a quoted scalar");
        assert!(en(&err.help).starts_with("close the quotes"), "{err:?}");
    }

    #[test]
    fn an_unclosed_bracket_is_named_by_its_file_line_in_the_help() {
        let split = split_front_matter("---\ntitle: A\ntags: [a, b\nweight: 3\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert_eq!(err.line, 4, "{err:?}");
        assert_eq!(en(&err.message), "did not find expected ',' or ']', while parsing a flow sequence");
        assert_eq!(en(&err.help), "the brackets opened on line 3 are not closed: add `]`");
    }

    #[test]
    fn control_character_is_reported_at_its_own_line_and_column() {
        let split = split_front_matter("---\ntitle: Заголовок\nsummary: y\0z\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert_eq!((err.line, err.column), (3, Some(11)), "{err:?}");
        assert_eq!(en(&err.message), "control characters are not allowed");
    }

    #[test]
    fn bad_date_is_reported_on_its_line() {
        let split = split_front_matter("---\ntitle: A\ndate: 2006-13-01\n---\n").expect("split");
        let err = parse_front_matter(&split).unwrap_err();
        assert!(en(&err.message).contains("invalid date \"2006-13-01\""), "{err:?}");
        assert_eq!(err.line, 3);
    }
}
