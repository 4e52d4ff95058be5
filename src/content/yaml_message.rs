//! The YAML reader's and serde's errors about front matter, taken apart into a diagnostic code and named
//! arguments. The readers word their errors from fixed parts ("did not find expected ',' or ']'", "while
//! parsing a flow sequence", "invalid type: string \"yes\", expected a boolean"); each part becomes a catalog
//! entry, and what the editor wrote (field names, values) and any part we do not know stay as arguments, so
//! the catalogs word the whole sentence in the reader's language.

use crate::diagnostics::{codes, msg, Id, Message};

/// libyaml's problems, by their fixed text.
const PROBLEMS: &[(&str, &str)] = &[
    ("mapping values are not allowed in this context", "yaml-problem-mapping-values"),
    ("block sequence entries are not allowed in this context", "yaml-problem-block-entries"),
    ("did not find expected key", "yaml-problem-expected-key"),
    ("did not find expected ',' or ']'", "yaml-problem-expected-sequence-end"),
    ("did not find expected ',' or '}'", "yaml-problem-expected-mapping-end"),
    ("did not find expected node content", "yaml-problem-expected-node"),
    ("did not find expected '-' indicator", "yaml-problem-expected-dash"),
    ("could not find expected ':'", "yaml-problem-expected-colon"),
    ("found unexpected end of stream", "yaml-problem-end-of-stream"),
    ("control characters are not allowed", "yaml-problem-control-characters"),
    ("found a tab character that violates indentation", "yaml-problem-tab"),
    ("found a tab character where an indentation space is expected", "yaml-problem-tab-indent"),
    ("found character that cannot start any token", "yaml-problem-bad-start"),
    ("found unknown escape character", "yaml-problem-escape"),
    ("found undefined tag handle", "yaml-problem-tag"),
    ("unknown anchor", "yaml-problem-anchor"),
    ("deserializing from YAML containing more than one document is not supported", "yaml-problem-documents"),
];

/// Where libyaml was when it gave up.
const CONTEXTS: &[(&str, &str)] = &[
    ("while scanning a quoted scalar", "yaml-context-quoted"),
    ("while parsing a quoted scalar", "yaml-context-quoted-parse"),
    ("while scanning a plain scalar", "yaml-context-plain"),
    ("while scanning a simple key", "yaml-context-simple-key"),
    ("while parsing a block mapping", "yaml-context-block-mapping"),
    ("while parsing a flow sequence", "yaml-context-flow-sequence"),
    ("while parsing a flow mapping", "yaml-context-flow-mapping"),
    ("while parsing a flow node", "yaml-context-flow-node"),
    ("while parsing a block collection", "yaml-context-block-collection"),
    ("while parsing a block node", "yaml-context-block-node"),
    ("while scanning a block scalar", "yaml-context-block-scalar"),
    ("while parsing a node", "yaml-context-node"),
];

/// The message for a reader's error whose marks are already removed: `problem` and, for libyaml, the
/// `context` it gave.
pub(super) fn describe(problem: &str, context: Option<&str>) -> Message {
    let (at, rest) = split_field(problem);
    if let Some(field) = rest.strip_prefix("unknown field `").and_then(|r| r.split('`').next()) {
        return codes::UNKNOWN_FIELD.arg("field", field);
    }
    if let Some((found, expected)) = rest
        .strip_prefix("invalid type: ")
        .or(rest.strip_prefix("invalid value: "))
        .and_then(|r| r.rsplit_once(", expected "))
    {
        return codes::WRONG_TYPE
            .arg("at", at)
            .arg("found", found_message(found))
            .arg("expected", expected_message(expected));
    }
    if let Some((value, allowed)) = rest.strip_prefix("unknown variant `").and_then(|r| r.split_once("`, expected ")) {
        let allowed = allowed.trim_start_matches("one of ").replace(" or ", ", ");
        return codes::UNKNOWN_VARIANT.arg("at", at).arg("value", value).arg("allowed", allowed);
    }
    if let Some(name) = rest.strip_prefix("duplicate field ").or(rest.strip_prefix("duplicate entry with key ")) {
        return codes::DUPLICATE_FIELD.arg("at", at).arg("name", name.trim_matches(|c| c == '`' || c == '"'));
    }
    if let Some(name) = rest.strip_prefix("missing field `") {
        return codes::MISSING_FIELD.arg("at", at).arg("name", name.trim_end_matches('`'));
    }
    if let Some(value) = rest.strip_prefix("invalid date \"").and_then(|r| r.split('"').next()) {
        return codes::INVALID_DATE.arg("at", at).arg("value", value);
    }
    match PROBLEMS.iter().find(|(known, _)| *known == problem) {
        Some((_, name)) => codes::YAML_SYNTAX.arg("problem", msg(name)).arg("context", context_message(context)),
        None if context.is_some() => codes::YAML_SYNTAX
            .arg("problem", msg("yaml-problem-other").arg("detail", problem))
            .arg("context", context_message(context)),
        None => codes::FRONT_MATTER_INVALID.arg("at", at).arg("detail", rest),
    }
}

/// `topics: invalid …` → (the field as a message, `invalid …`); the field is `at-top` when none is named.
fn split_field(message: &str) -> (Message, &str) {
    let named = message.split_once(": ").filter(|(field, _)| {
        !field.is_empty() && field.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']'))
    });
    match named {
        Some((field, rest)) => (msg("at-field").arg("field", field_message(field)), rest),
        None => (Message::from(msg("at-top")), message),
    }
}

/// `sources[0].url` → «sources (item 1).url»: editors count list items from one.
fn field_message(field: &str) -> Message {
    let indexed = field.split_once('[').and_then(|(list, rest)| {
        let (index, rest) = rest.split_once(']')?;
        Some((list, index.parse::<u64>().ok()?, rest))
    });
    match indexed {
        Some((list, index, rest)) => {
            msg("field-item").arg("list", list).arg("item", index + 1).arg("rest", field_text(rest))
        }
        None => Message::from(msg("field-name")).arg("field", field),
    }
}

/// The rest of a field path, nested items included.
fn field_text(rest: &str) -> Message {
    match rest.contains('[') {
        true => field_message(rest),
        false => Message::from(msg("field-name")).arg("field", rest),
    }
}

fn context_message(context: Option<&str>) -> Message {
    match context {
        None => Message::from(msg("yaml-context-none")),
        Some(context) => match CONTEXTS.iter().find(|(known, _)| *known == context) {
            Some((_, name)) => msg(name).into(),
            None => msg("yaml-context-other").arg("detail", context),
        },
    }
}

/// serde's name for what the file has: `string "yes"`, `integer `5``, `sequence` …
fn found_message(found: &str) -> Message {
    let literal = |prefix: &str| found.strip_prefix(prefix).map(|v| v.trim_matches(|c| c == '`' || c == '"'));
    let kinds: [(&str, &str); 4] = [
        ("string ", "found-string"),
        ("integer ", "found-integer"),
        ("floating point ", "found-float"),
        ("boolean ", "found-boolean"),
    ];
    for (prefix, name) in kinds {
        if let Some(value) = literal(prefix) {
            return msg(name).arg("value", value);
        }
    }
    let name = match found {
        "sequence" => "found-sequence",
        "map" => "found-map",
        "unit value" => "found-unit",
        _ => return msg("found-other").arg("detail", found),
    };
    Message::from(msg(name))
}

/// serde's names for what a field needs that the catalogs word themselves (besides `struct …`).
const KNOWN_EXPECTED: [&str; 9] =
    ["a string", "a boolean", "i64", "i32", "u32", "u64", "usize", "a sequence", "a date written YYYY-MM-DD"];

/// serde's name for what the field needs: `a boolean`, `i64`, `struct Instrument` …
fn expected_message(expected: &str) -> Message {
    let name = match expected {
        _ if !KNOWN_EXPECTED.contains(&expected) && !expected.starts_with("struct ") => {
            return msg("expected-other").arg("detail", expected)
        }
        "a string" => "expected-string",
        "a boolean" => "expected-boolean",
        "i64" | "i32" => "expected-integer",
        "u32" | "u64" | "usize" => "expected-unsigned",
        "a sequence" => "expected-sequence",
        "a date written YYYY-MM-DD" => "expected-date",
        _ => "expected-fields",
    };
    msg(name).into()
}

/// Advice for a reader's error, by its code and parts.
pub(super) fn help_for(message: &Message, expected_fields: &[&str]) -> Message {
    let is = |id: Id| message.id == id;
    let problem = match message.get("problem") {
        Some(crate::diagnostics::Arg::Message(problem)) => problem.id.name,
        _ => "",
    };
    if is(codes::UNKNOWN_FIELD) {
        let field = match message.get("field") {
            Some(crate::diagnostics::Arg::Text(field)) => field.as_str(),
            _ => "",
        };
        return match crate::diagnostics::suggest(field, expected_fields.iter().copied()) {
            Some(close) => msg("did-you-mean-field").arg("suggestion", close),
            None => msg("help-field-spelling").into(),
        };
    }
    let name = if is(codes::INVALID_DATE) {
        "help-date-form"
    } else if is(codes::MISSING_FIELD) {
        "help-add-field"
    } else if problem == "yaml-problem-end-of-stream" {
        "help-close-quotes"
    } else if problem == "yaml-problem-control-characters" {
        "help-delete-control"
    } else if is(codes::WRONG_TYPE) {
        "help-value-form"
    } else {
        "help-yaml-line"
    };
    msg(name).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Lang;

    fn both(problem: &str, context: Option<&str>) -> (String, String) {
        let message = describe(problem, context);
        (Lang::En.render(&message), Lang::Ru.render(&message))
    }

    #[test]
    fn parser_and_serde_errors_are_worded_from_the_catalogs() {
        let cases = [
            (
                "did not find expected ',' or ']'",
                Some("while parsing a flow sequence"),
                "did not find expected ',' or ']', while parsing a flow sequence",
                "не найдена запятая или закрывающая скобка «]» (в списке в квадратных скобках)",
            ),
            (
                "could not find expected ':'",
                Some("while scanning a simple key"),
                "could not find expected ':', while scanning a simple key",
                "не найдено двоеточие после имени поля",
            ),
            (
                "draft: invalid type: string \"yes please\", expected a boolean",
                None,
                "draft: invalid type: string \"yes please\", expected a boolean",
                "draft: ожидается true или false, а здесь текст «yes please»",
            ),
            (
                "weight: invalid type: floating point `-1.5`, expected i64",
                None,
                "weight: invalid type: floating point `-1.5`, expected an integer",
                "weight: ожидается целое число, а здесь дробное число -1.5",
            ),
            (
                "sort_by: unknown variant `dat`, expected one of `date`, `weight`, `title`",
                None,
                "sort_by: unknown variant `dat`, expected one of `date`, `weight`, `title`",
                "sort_by: неизвестное значение `dat`; можно: `date`, `weight`, `title`",
            ),
            (
                "guide.steps_deadlines[0].day_type: unknown variant `workin`, expected `working` or `calendar`",
                None,
                "guide.steps_deadlines (item 1).day_type: unknown variant `workin`, expected one of `working`, `calendar`",
                "guide.steps_deadlines (пункт 1).day_type: неизвестное значение `workin`; можно: `working`, `calendar`",
            ),
            ("duplicate field `title`", None, "duplicate field `title`", "поле `title` написано дважды"),
            (
                "attachments[0]: missing field `title`",
                None,
                "attachments (item 1): missing field `title`",
                "attachments (пункт 1): нет обязательного поля `title`",
            ),
        ];
        for (problem, context, en, ru) in cases {
            assert_eq!(both(problem, context), (en.to_string(), ru.to_string()), "{problem}");
        }
    }

    #[test]
    fn an_unknown_part_keeps_the_readers_words() {
        let message = describe("x: invalid type: newtype struct, expected a string", None);
        assert_eq!(message.id, codes::WRONG_TYPE);
        assert!(Lang::Ru.render(&message).contains("newtype struct"), "{}", Lang::Ru.render(&message));
        let other = describe("something new", None);
        assert_eq!(other.id, codes::FRONT_MATTER_INVALID);
        assert_eq!(Lang::Kk.render(&other), "something new");
    }
}
