//! Russian for the YAML parser's and serde's messages about front matter. They are built from parts
//! ("did not find expected ',' or ']', while parsing a flow sequence"; "weight: invalid type: string
//! \"heavy\", expected i64"), so each part is translated on its own and the sentence put back together;
//! field names and values stay as the editor wrote them.

use std::sync::OnceLock;

use regex::{Captures, Regex};

/// What the YAML scanner and parser (libyaml) report, most common first.
const PROBLEMS: &[(&str, &str)] = &[
    ("mapping values are not allowed in this context", "здесь не может стоять двоеточие с пробелом («: »)"),
    ("block sequence entries are not allowed in this context", "здесь не может начинаться пункт списка («- »)"),
    ("did not find expected key", "не найдено имя следующего поля"),
    ("did not find expected ',' or ']'", "не найдена запятая или закрывающая скобка «]»"),
    ("did not find expected ',' or '}'", "не найдена запятая или закрывающая скобка «}»"),
    ("did not find expected node content", "не найдено значение"),
    ("did not find expected '-' indicator", "не найден знак пункта списка «-»"),
    ("could not find expected ':'", "не найдено двоеточие после имени поля"),
    ("found unexpected end of stream", "поля кончились раньше, чем закрылись кавычки или скобки"),
    ("control characters are not allowed", "здесь стоит невидимый управляющий знак (например, нулевой байт)"),
    ("found a tab character that violates indentation", "отступ сделан табуляцией, а нужны пробелы"),
    ("found a tab character where an indentation space is expected", "отступ сделан табуляцией, а нужны пробелы"),
    (
        "found character that cannot start any token",
        "с этого знака значение начинаться не может (например, с @, ` или табуляции): текст возьмите в кавычки, табуляцию замените пробелами",
    ),
    ("found unknown escape character", "неизвестное сочетание с обратной косой чертой «\\» внутри кавычек"),
    ("found undefined tag handle", "неизвестная пометка «!…»: возьмите значение в кавычки"),
    ("unknown anchor", "значение начинается со звёздочки «*»: возьмите его в кавычки"),
    (
        "deserializing from YAML containing more than one document is not supported",
        "поля не читаются как один блок: проверьте отступы в начале строк",
    ),
];

/// Where in the YAML the parser was when it gave up.
const CONTEXTS: &[(&str, &str)] = &[
    ("while scanning a quoted scalar", "в тексте в кавычках"),
    ("while parsing a quoted scalar", "в тексте в кавычках"),
    ("while scanning a plain scalar", "в значении поля"),
    // The problem ("could not find expected ':'") already says it is about a field's name.
    ("while scanning a simple key", ""),
    ("while parsing a block mapping", "в списке полей"),
    ("while parsing a flow sequence", "в списке в квадратных скобках"),
    ("while parsing a flow mapping", "в фигурных скобках"),
    ("while parsing a flow node", "в скобках"),
    ("while parsing a block collection", "в списке"),
    ("while parsing a block node", "в значении поля"),
    ("while scanning a block scalar", "в многострочном тексте"),
    ("while parsing a node", "в значении поля"),
];

/// serde's names for what was found in the file.
fn found_in_russian(found: &str) -> Option<String> {
    let literal =
        |prefix: &str| found.strip_prefix(prefix).map(|v| v.trim_matches(|c| c == '`' || c == '"').to_string());
    Some(match found {
        "sequence" => "список".into(),
        "map" => "набор полей «имя: значение»".into(),
        "unit value" => "пустое значение".into(),
        _ => {
            if let Some(text) = literal("string ") {
                format!("текст «{text}»")
            } else if let Some(n) = literal("integer ") {
                format!("число {n}")
            } else if let Some(n) = literal("floating point ") {
                format!("дробное число {n}")
            } else if let Some(b) = literal("boolean ") {
                format!("значение {b}")
            } else {
                return None;
            }
        }
    })
}

/// serde's names for what the field needs.
fn expected_in_russian(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "a string" => "текст",
        "a boolean" => "true или false",
        "i64" | "i32" => "целое число",
        "u32" | "u64" | "usize" => "целое число не меньше нуля",
        "a sequence" => "список",
        "a date written YYYY-MM-DD" => "дата в виде ГГГГ-ММ-ДД",
        other if other.starts_with("struct ") => "набор полей «имя: значение»",
        _ => return None,
    })
}

/// `attachments[0]` → `attachments (пункт 1)`: editors count list items from one.
fn field_in_russian(field: &str) -> String {
    static INDEX: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(index) = INDEX.get_or_init(|| Regex::new(r"\[(\d+)\]").ok()) else { return field.to_string() };
    index
        .replace_all(field, |c: &Captures<'_>| {
            let n: usize = c[1].parse().unwrap_or(0);
            format!(" (пункт {})", n + 1)
        })
        .into_owned()
}

/// `field: ` before a message, when serde named the field.
fn prefix(c: &Captures<'_>) -> String {
    c.name("field").map_or(String::new(), |f| format!("{}: ", field_in_russian(f.as_str())))
}

/// The patterns of serde's messages, compiled once.
struct Patterns {
    invalid: Regex,
    variant: Regex,
    duplicate: Regex,
    missing: Regex,
    parser: Regex,
}

fn patterns() -> Option<&'static Patterns> {
    static PATTERNS: OnceLock<Option<Patterns>> = OnceLock::new();
    PATTERNS
        .get_or_init(|| {
            let field = r"^(?:(?P<field>[\w.\[\]]+): )?";
            Some(Patterns {
                invalid: Regex::new(&format!(
                    r"{field}invalid (?:type|value): (?P<found>.+), expected (?P<expected>.+)$"
                ))
                .ok()?,
                variant: Regex::new(&format!(r"{field}unknown variant `(?P<value>.+?)`, expected (?P<allowed>.+)$"))
                    .ok()?,
                duplicate: Regex::new(&format!(r"{field}duplicate (?:field|entry with key) `?(?P<name>[^`]+)`?$"))
                    .ok()?,
                missing: Regex::new(&format!(r"{field}missing field `(?P<name>.+)`$")).ok()?,
                parser: Regex::new(r"^(?P<problem>.+?)(?:, (?P<context>while [^,]+?))?(?: at line \d+ column \d+)?$")
                    .ok()?,
            })
        })
        .as_ref()
}

/// The Russian form of a YAML or serde message about front matter, when it is one.
pub(super) fn to_russian(text: &str) -> Option<String> {
    let p = patterns()?;
    if let Some(c) = p.invalid.captures(text) {
        let found = found_in_russian(&c["found"])?;
        let expected = expected_in_russian(&c["expected"])?;
        return Some(format!("{}ожидается {expected}, а здесь {found}", prefix(&c)));
    }
    if let Some(c) = p.variant.captures(text) {
        let allowed = c["allowed"].trim_start_matches("one of ").replace(" or ", ", ");
        return Some(format!("{}неизвестное значение `{}`; можно: {allowed}", prefix(&c), &c["value"]));
    }
    if let Some(c) = p.duplicate.captures(text) {
        return Some(format!("{}поле `{}` написано дважды", prefix(&c), &c["name"]));
    }
    if let Some(c) = p.missing.captures(text) {
        return Some(format!("{}нет обязательного поля `{}`", prefix(&c), &c["name"]));
    }
    let c = p.parser.captures(text)?;
    let problem = PROBLEMS.iter().find(|(en, _)| *en == &c["problem"])?.1;
    let context = c.name("context").and_then(|m| CONTEXTS.iter().find(|(en, _)| *en == m.as_str()));
    Some(match context {
        Some((_, where_)) if !where_.is_empty() => format!("{problem} ({where_})"),
        _ => problem.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_and_serde_messages_in_russian() {
        let cases = [
            ("mapping values are not allowed in this context", "здесь не может стоять двоеточие с пробелом («: »)"),
            (
                "did not find expected ',' or ']', while parsing a flow sequence at line 2 column 9",
                "не найдена запятая или закрывающая скобка «]» (в списке в квадратных скобках)",
            ),
            (
                "found unexpected end of stream, while scanning a quoted scalar at line 1 column 8",
                "поля кончились раньше, чем закрылись кавычки или скобки (в тексте в кавычках)",
            ),
            (
                "could not find expected ':', while scanning a simple key at line 3 column 1",
                "не найдено двоеточие после имени поля",
            ),
            (
                "draft: invalid type: string \"yes please\", expected a boolean",
                "draft: ожидается true или false, а здесь текст «yes please»",
            ),
            (
                "weight: invalid type: floating point `-1.5`, expected i64",
                "weight: ожидается целое число, а здесь дробное число -1.5",
            ),
            (
                "instrument: invalid type: integer `5`, expected struct Instrument",
                "instrument: ожидается набор полей «имя: значение», а здесь число 5",
            ),
            (
                "invalid type: sequence, expected struct FrontMatter",
                "ожидается набор полей «имя: значение», а здесь список",
            ),
            (
                "topics[0]: invalid type: map, expected a string",
                "topics (пункт 1): ожидается текст, а здесь набор полей «имя: значение»",
            ),
            (
                "sort_by: unknown variant `dat`, expected one of `date`, `weight`, `title`",
                "sort_by: неизвестное значение `dat`; можно: `date`, `weight`, `title`",
            ),
            (
                "guide.steps_deadlines[0].day_type: unknown variant `workin`, expected `working` or `calendar`",
                "guide.steps_deadlines (пункт 1).day_type: неизвестное значение `workin`; можно: `working`, `calendar`",
            ),
            ("instrument: duplicate field `full_title`", "instrument: поле `full_title` написано дважды"),
            ("duplicate field `title`", "поле `title` написано дважды"),
            ("attachments[0]: missing field `title`", "attachments (пункт 1): нет обязательного поля `title`"),
            ("missing field `title`", "нет обязательного поля `title`"),
        ];
        for (en, ru) in cases {
            assert_eq!(to_russian(en).as_deref(), Some(ru), "{en}");
        }
    }

    #[test]
    fn unknown_parts_are_left_to_the_caller() {
        assert_eq!(to_russian("something new"), None);
        assert_eq!(to_russian("x: invalid type: newtype struct, expected a string"), None);
    }
}
