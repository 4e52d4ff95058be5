//! The text `ecolib new` writes: the front matter a document type needs, with comments in the page's
//! language listing the allowed values, marked `draft: true` until the editor has filled it in; or, for a
//! translation, a copy of the original with a note on what to translate. Values from the command line (the
//! title) are written as YAML double-quoted scalars, so they read back exactly as typed.

use std::fmt::Write as _;
use std::path::Path;

use crate::config::{Block, Config, Vocabulary};
use crate::content::front_matter::{parse_front_matter, split_front_matter};

/// What a new page is.
pub struct NewPage<'a> {
    pub doc_type: &'a str,
    pub title: &'a str,
    pub lang: &'a str,
    pub today: chrono::NaiveDate,
    /// The file name without language and `.md`: the document's identity across languages.
    pub slug: &'a str,
    /// A language other than the site's default: the page translates `<slug>.md` when that exists.
    pub is_translation: bool,
    /// The text of the type's `skeleton` file from site.toml, when it declares one.
    pub skeleton: Option<&'a str>,
}

/// The text of a new page in `section_dir`. A translation starts as a copy of its original, when there is
/// one: dates, topics, links and blocks stay the same.
pub fn page_text(config: &Config, page: &NewPage<'_>, section_dir: &Path) -> String {
    let hints = hints_for(page.lang);
    match std::fs::read_to_string(section_dir.join(format!("{}.md", page.slug))) {
        Ok(original) if page.is_translation => translation_draft(&original, page.slug, hints),
        _ => match page.skeleton {
            Some(skeleton) => from_skeleton(skeleton, page, hints),
            None => {
                let unpromised =
                    if page.is_translation { Vec::new() } else { promised_translations(section_dir, page.lang) };
                front_matter(config, page, &unpromised, hints)
            }
        },
    }
}

/// The comments written into a new page, in one language.
struct Hints {
    summary: &'static str,
    date: &'static str,
    review_by: &'static str,
    topics: &'static str,
    optional_list: &'static str,
    one_of: &'static str,
    in_force: &'static str,
    parties: &'static str,
    parent: &'static str,
    audience: &'static str,
    untranslated: &'static str,
    /// After `draft: true`: what the line is for.
    draft: &'static str,
    /// The note on a translation's copy of its original; `{slug}` is the original's name.
    translation: &'static str,
}

const ENGLISH: Hints = Hints {
    summary: "one or two plain sentences, at most 300 characters",
    date: "the document's own date: adoption, event, publication",
    review_by: "when to re-check status and dates",
    topics: "1 to 5 of:",
    optional_list: "optional; any of:",
    one_of: "one of:",
    in_force: "YYYY-MM-DD, or null with the reason in unconfirmed",
    parties: "country codes: AZ, IR, KZ, RU, TM",
    parent: "the instrument it belongs to: \"@/<section>/<page>.md\"",
    audience: "who it is for; any of:",
    untranslated: "remove the leading \"# \" if no translation into these languages is planned",
    draft: "remove this line when every field is filled in: until then build leaves the page out and check \
            lists what is missing",
    translation: "# Translation of {slug}.md: translate title, summary, full_title, place, unconfirmed,\n\
                  # attachment titles and the text; keep dates, topics, links and the rest as in the original.\n",
};

/// Russian, also for Kazakh pages: the centre's Kazakh-speaking editors read Russian, and a wrong Kazakh
/// hint would be worse than none.
const RUSSIAN: Hints = Hints {
    summary: "одно-два простых предложения, до 300 знаков",
    date: "дата самого документа: принятия, события, публикации",
    review_by: "когда перепроверить статус и даты",
    topics: "от 1 до 5 из списка:",
    optional_list: "можно не заполнять; любые из:",
    one_of: "одно из:",
    in_force: "ГГГГ-ММ-ДД или null, а причину — в unconfirmed",
    parties: "коды стран: AZ, IR, KZ, RU, TM",
    parent: "документ, к которому он относится: \"@/<раздел>/<страница>.md\"",
    audience: "кому адресовано; любые из:",
    untranslated: "уберите «# » в начале строки, если перевода на эти языки не будет",
    draft: "удалите эту строку, когда заполните все поля: до тех пор build пропускает страницу, а check \
            перечисляет, чего не хватает",
    translation: "# Перевод {slug}.md: переведите title, summary, full_title, place, unconfirmed, названия\n\
                  # вложений и текст; даты, темы, ссылки и остальное оставьте как в оригинале.\n",
};

fn hints_for(lang: &str) -> &'static Hints {
    match lang {
        "ru" | "kk" => &RUSSIAN,
        _ => &ENGLISH,
    }
}

/// The line that keeps a new page out of the build until it is filled in.
fn draft_line(hints: &Hints) -> String {
    format!("draft: true # {}\n", hints.draft)
}

/// The original's text with a note on what to translate and a `draft: true` line, inserted after the
/// opening `---`. The original's `untranslated:` (with its list, or `new`'s commented hint for it) is left
/// out: it belongs to the original only; so is its own `draft:` line, which the translation's replaces.
fn translation_draft(original: &str, slug: &str, hints: &Hints) -> String {
    let note = format!("{}{}", hints.translation.replace("{slug}", slug), draft_line(hints));
    let mut kept = String::with_capacity(original.len());
    let mut in_untranslated = false;
    for line in original.split_inclusive('\n') {
        // The key, the list under it (indented or `- ` items), and `new`'s commented hint for it.
        in_untranslated = line.starts_with("untranslated:")
            || (in_untranslated && (line.starts_with([' ', '\t']) || line.starts_with("- ") || line.trim_end() == "-"))
            || line.starts_with("# untranslated:");
        if !in_untranslated && !line.starts_with("draft:") {
            kept.push_str(line);
        }
    }
    after_opening_line(&kept, &note)
}

/// `text` with `insert` after its opening `---` line (before everything when there is none).
fn after_opening_line(text: &str, insert: &str) -> String {
    // The opening line as the front-matter reader accepts it: after a BOM, with `\r\n` from Windows editors.
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let opening_end = body.find('\n').map_or(body.len(), |i| i + 1);
    if body[..opening_end].trim_end() == "---" {
        format!("{}{insert}{}", &body[..opening_end], &body[opening_end..])
    } else {
        format!("{insert}{text}")
    }
}

/// A page from the type's skeleton file: `{title}` (as a YAML string), `{today}`, `{review_by}` (a year
/// from today) and `{lang}` are filled in, and the page starts as a draft like every new page.
fn from_skeleton(skeleton: &str, page: &NewPage<'_>, hints: &Hints) -> String {
    let text = skeleton
        .replace("{title}", &yaml_quoted(page.title))
        .replace("{today}", &page.today.to_string())
        .replace("{review_by}", &(page.today + chrono::Days::new(365)).to_string())
        .replace("{lang}", page.lang);
    let has_draft_line = text.lines().any(|line| line.starts_with("draft:"));
    if has_draft_line {
        text
    } else {
        after_opening_line(&text, &draft_line(hints))
    }
}

/// The languages the section's `_index.md` promises besides `lang`: a new page may waive them.
fn promised_translations(section_dir: &Path, lang: &str) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(section_dir.join("_index.md")) else { return Vec::new() };
    let front = split_front_matter(&text).ok().and_then(|split| parse_front_matter(&split).ok());
    front.map(|f| f.languages.into_iter().filter(|l| l != lang).collect()).unwrap_or_default()
}

/// A vocabulary's keys with their labels in `lang`, one comment line each, indented by `indent`.
fn listed(vocabulary: &Vocabulary, lang: &str, indent: &str) -> String {
    vocabulary.keys().map(|key| format!("{indent}#   {key} — {}\n", vocabulary.label(key, lang))).collect()
}

/// The front matter of a new page.
fn front_matter(config: &Config, page: &NewPage<'_>, unpromised: &[String], hints: &Hints) -> String {
    let (vocab, lang, today, doc_type) = (&config.vocabularies, page.lang, page.today, page.doc_type);
    let declared = config.doc_types.get(doc_type);
    let is_document = declared.document;
    let mut s = format!("---\n{}", draft_line(hints));
    let _ = writeln!(s, "title: {}", yaml_quoted(page.title));
    let _ = writeln!(s, "summary: \"\" # {}", hints.summary);
    let _ = writeln!(s, "doc_type: {doc_type}");
    if is_document {
        let _ = writeln!(s, "date: {today} # {}", hints.date);
    }
    let _ = writeln!(s, "updated: {today}");
    if declared.review_by_required {
        let _ = writeln!(s, "review_by: {} # {}", today + chrono::Days::new(365), hints.review_by);
    }
    if is_document {
        let _ = write!(s, "topics: [] # {}\n{}", hints.topics, listed(&vocab.topics, lang, ""));
    }
    let _ = write!(s, "pillars: [] # {}\n{}", hints.optional_list, listed(&vocab.pillars, lang, ""));
    let _ = write!(s, "geography: [] # {}\n{}", hints.optional_list, listed(&vocab.geography, lang, ""));
    if is_document {
        s.push_str("sources:\n  - title: \"\"\n    url: \"https://\"\n");
    }
    if !unpromised.is_empty() {
        let _ = writeln!(s, "# untranslated: [{}] # {}", unpromised.join(", "), hints.untranslated);
    }
    s.push_str(&type_block(config, page, hints));
    s.push_str("---\n\n");
    s
}

/// The block a document type requires, with every field present.
fn type_block(config: &Config, page: &NewPage<'_>, hints: &Hints) -> String {
    let (vocab, lang, today) = (&config.vocabularies, page.lang, page.today);
    let declared = config.doc_types.get(page.doc_type);
    let statuses = format!("# {}\n{}", hints.one_of, listed(&vocab.statuses, lang, "  "));
    let Some(block) = declared.block else { return String::new() };
    match block {
        Block::Instrument => format!(
            "instrument:\n  full_title: \"\"\n{}  adopted: {{ date: {today}, place: \"\" }}\n  in_force: null # {}\n  status: in-force {statuses}  parties: [] # {}\n  kz_ratification: {{ act: \"\", number: \"\", date: {today} }}\n  official_text: []\n",
            if declared.parent_required { format!("  parent: \"\" # {}\n", hints.parent) } else { String::new() },
            hints.in_force,
            hints.parties,
        ),
        Block::Law => format!(
            "law:\n  number: \"\"\n  adopted: {today}\n  in_force: null # {}\n  legal_force: in-force {statuses}  issuer: \"\"\n  official_url: \"https://\"\n",
            hints.in_force,
        ),
        Block::Event => format!("event:\n  date: {today}\n  city: \"\"\n  venue: \"\"\n  organisers: []\n  speakers: [] # - {{ name: \"\", affiliation: \"\" }}\n"),
        Block::Guide => format!(
            "guide:\n  audience: [{}] # {}\n{}  legal_basis: [] # \"@/<section>/<page>.md\"\n",
            vocab.audiences.keys().next().unwrap_or_default(),
            hints.audience,
            listed(&vocab.audiences, lang, "  "),
        ),
    }
}

/// `text` as a YAML double-quoted scalar that reads back as exactly `text`. JSON's string syntax is YAML's
/// double-quoted style, except that YAML readers take NEL, LS and PS for line breaks and refuse DEL, C1
/// controls, the BOM and U+FFFE/U+FFFF inside a document: those are escaped as `\uXXXX` too.
fn yaml_quoted(text: &str) -> String {
    let json = serde_json::Value::String(text.to_string()).to_string();
    let mut quoted = String::with_capacity(json.len());
    for c in json.chars() {
        if matches!(c, '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}') {
            let _ = write!(quoted, "\\u{:04X}", u32::from(c));
        } else {
            quoted.push(c);
        }
    }
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The title `yaml_quoted` gives, read back by the front-matter parser the build uses.
    fn read_back(title: &str) -> String {
        let text = format!("---\ntitle: {}\n---\n", yaml_quoted(title));
        let split = split_front_matter(&text).expect("split");
        parse_front_matter(&split).expect("parses").title
    }

    #[test]
    fn titles_read_back_exactly() {
        for title in [
            "\"a\": b",
            "Закон: обзор # не комментарий",
            "- list? no",
            "«ёлочки» и „лапки“",
            "C:\\path\\and \\n",
            "'single' \"double\"",
            "",
            " leading and trailing ",
            "@/conventions/x.md",
            "line\u{2028}separator\u{85}next\u{feff}bom\u{7f}del",
            "tab\tand\nnewline",
            "* & ! | > % {} []",
        ] {
            assert_eq!(read_back(title), title);
        }
    }

    /// The front matter of a translation draft of `original`, as the build reads it.
    fn translation_of(original: &str) -> crate::content::schema::FrontMatter {
        let text = translation_draft(original, "x", &RUSSIAN);
        parse_front_matter(&split_front_matter(&text).expect("split")).expect("parses")
    }

    #[test]
    fn a_translation_of_a_draft_has_one_draft_line() {
        let front = translation_of("---\ndraft: true # remove when done\ntitle: T\n---\nText.\n");
        assert!(front.draft);
        assert_eq!(front.title, "T");
        assert!(translation_of("---\ntitle: T\ndraft: false\n---\n").draft, "a translation starts as a draft");
    }

    #[test]
    fn a_translation_of_a_windows_file_keeps_its_front_matter() {
        for original in ["---\r\ntitle: T\r\n---\r\nText.\r\n", "\u{feff}---\ntitle: T\n---\n"] {
            let front = translation_of(original);
            assert_eq!((front.title.as_str(), front.draft), ("T", true), "{original:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_title_reads_back_exactly(title in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(read_back(&title), title);
        }
    }
}
