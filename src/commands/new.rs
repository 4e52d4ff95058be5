//! `ecolib new <section>/<slug>`: starts a page with the full front matter its document type needs, today's
//! date, and short comments in the page's language listing the allowed vocabulary values with their labels.
//! Never overwrites a file.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{bail, Context};

use crate::cli::NewArgs;
use crate::config::{Config, Vocabulary};
use crate::content::front_matter::{parse_front_matter, split_front_matter};
use crate::content::schema::{NEEDS_REVIEW_BY, NOT_DOCUMENTS};
use crate::content::CONTENT_DIR;
use crate::site::urls::slugify;

/// Writes the page. Refusals are in Russian for a Russian or Kazakh page (its editors read Russian).
pub fn run(args: &NewArgs) -> anyhow::Result<bool> {
    let mut russian = args.lang.as_deref().is_some_and(reads_russian);
    match create(args, &mut russian) {
        Err(err) if russian => {
            eprintln!("ошибка: {err:#}");
            Ok(false)
        }
        result => result,
    }
}

fn reads_russian(lang: &str) -> bool {
    matches!(lang, "ru" | "kk")
}

fn create(args: &NewArgs, russian: &mut bool) -> anyhow::Result<bool> {
    let (config, _) = Config::load(&args.root)
        .map_err(|errors| anyhow::anyhow!(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))?;
    let lang = args.lang.clone().unwrap_or_else(|| config.default_language.clone());
    *russian = reads_russian(&lang);
    let say = |english: String, russian_text: String| if *russian { russian_text } else { english };
    if !config.has_language(&lang) {
        let codes = config.language_codes().collect::<Vec<_>>().join(", ");
        bail!(say(
            format!("\"{lang}\" is not a language of this site (site.toml has: {codes})"),
            format!("«{lang}» — не язык этого сайта (в site.toml есть: {codes})"),
        ));
    }
    let doc_type = args.doc_type.clone().unwrap_or_else(|| "page".to_string());
    if !config.vocabularies.doc_types.contains(&doc_type) {
        let close = crate::diagnostics::suggest(&doc_type, config.vocabularies.doc_types.keys());
        let all = config.vocabularies.doc_types.keys().collect::<Vec<_>>().join(", ");
        let hint =
            close.map(|c| say(format!("did you mean \"{c}\"? "), format!("может быть, «{c}»? "))).unwrap_or_default();
        bail!(say(
            format!("unknown type \"{doc_type}\": {hint}use one of {all}"),
            format!("неизвестный вид документа «{doc_type}»: {hint}выберите один из: {all}"),
        ));
    }
    let path = args.path.trim_matches('/');
    let (section, slug) = match (path.rsplit_once('/'), &args.title) {
        (Some((section, slug)), _) => (section.to_string(), slug.trim_end_matches(".md").to_string()),
        (None, Some(title)) => (path.to_string(), slugify(title)),
        (None, None) => bail!(say(
            "give the page as <section>/<slug>, or a --title to make the slug from".into(),
            "укажите страницу как <раздел>/<имя> или добавьте --title: имя получится из заголовка".into(),
        )),
    };
    if slug.is_empty() || !slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        bail!(say(
            format!("the slug \"{slug}\" must be lowercase Latin letters, digits and hyphens (it becomes the address)"),
            format!(
                "имя «{slug}» должно состоять из строчных латинских букв, цифр и дефисов (из него получится адрес)"
            ),
        ));
    }
    let section_dir = args.root.join(CONTENT_DIR).join(&section);
    if !section_dir.join("_index.md").exists() {
        bail!(say(
            format!(
                "there is no section {CONTENT_DIR}/{section}/ (no _index.md): create it first or pick another section"
            ),
            format!(
                "раздела {CONTENT_DIR}/{section}/ нет (нет _index.md): сначала создайте его или выберите другой раздел"
            ),
        ));
    }
    let suffix = if lang == config.default_language { String::new() } else { format!(".{lang}") };
    let file = section_dir.join(format!("{slug}{suffix}.md"));
    if file.exists() {
        let shown = file.display();
        bail!(say(
            format!("{shown} already exists: ecolib new never overwrites a page"),
            format!("{shown} уже есть: ecolib new никогда не перезаписывает страницы"),
        ));
    }
    let today = args.today.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let title = args.title.clone().unwrap_or_default();
    let hints = hints_for(&lang);
    // A translation starts as a copy of the original: dates, topics, links and blocks stay the same.
    let original = section_dir.join(format!("{slug}.md"));
    let text = match std::fs::read_to_string(&original) {
        Ok(text) if !suffix.is_empty() => translation_draft(&text, &slug, hints),
        _ => {
            let unpromised = if suffix.is_empty() { promised_translations(&section_dir, &lang) } else { Vec::new() };
            let page = NewPage { doc_type: &doc_type, title: &title, lang: &lang, today, unpromised };
            front_matter(&config, &page, hints)
        }
    };
    std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
    println!("{}", file.display());
    Ok(true)
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
    audience: &'static str,
    untranslated: &'static str,
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
    audience: "who it is for; any of:",
    untranslated: "remove the leading \"# \" if no translation into these languages is planned",
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
    audience: "кому адресовано; любые из:",
    untranslated: "уберите «# » в начале строки, если перевода на эти языки не будет",
    translation: "# Перевод {slug}.md: переведите title, summary, full_title, place, unconfirmed, названия\n\
                  # вложений и текст; даты, темы, ссылки и остальное оставьте как в оригинале.\n",
};

fn hints_for(lang: &str) -> &'static Hints {
    match lang {
        "ru" | "kk" => &RUSSIAN,
        _ => &ENGLISH,
    }
}

/// The original's text with a note on what to translate, inserted after the opening `---`. The original's
/// `untranslated:` (with its list, or `new`'s commented hint for it) is left out: it belongs to the
/// original only.
fn translation_draft(original: &str, slug: &str, hints: &Hints) -> String {
    let note = hints.translation.replace("{slug}", slug);
    let mut kept = String::with_capacity(original.len());
    let mut in_untranslated = false;
    for line in original.split_inclusive('\n') {
        // The key, the list under it (indented or `- ` items), and `new`'s commented hint for it.
        in_untranslated = line.starts_with("untranslated:")
            || (in_untranslated && (line.starts_with([' ', '\t']) || line.starts_with("- ") || line.trim_end() == "-"))
            || line.starts_with("# untranslated:");
        if !in_untranslated {
            kept.push_str(line);
        }
    }
    match kept.strip_prefix("---\n") {
        Some(rest) => format!("---\n{note}{rest}"),
        None => format!("{note}{kept}"),
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

/// What a new page is.
struct NewPage<'a> {
    doc_type: &'a str,
    title: &'a str,
    lang: &'a str,
    today: chrono::NaiveDate,
    /// Promised languages the editor may waive with `untranslated:`.
    unpromised: Vec<String>,
}

/// The front matter of a new page.
fn front_matter(config: &Config, page: &NewPage<'_>, hints: &Hints) -> String {
    let (vocab, lang, today, doc_type) = (&config.vocabularies, page.lang, page.today, page.doc_type);
    let is_document = !NOT_DOCUMENTS.contains(&doc_type);
    let mut s = String::from("---\n");
    let _ = writeln!(s, "title: \"{}\"", page.title.replace('"', "'"));
    let _ = writeln!(s, "summary: \"\" # {}", hints.summary);
    let _ = writeln!(s, "doc_type: {doc_type}");
    if is_document {
        let _ = writeln!(s, "date: {today} # {}", hints.date);
    }
    let _ = writeln!(s, "updated: {today}");
    if NEEDS_REVIEW_BY.contains(&doc_type) {
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
    if !page.unpromised.is_empty() {
        let _ = writeln!(s, "# untranslated: [{}] # {}", page.unpromised.join(", "), hints.untranslated);
    }
    s.push_str(&type_block(config, page, hints));
    s.push_str("---\n\n");
    s
}

/// The block a document type requires, with every field present.
fn type_block(config: &Config, page: &NewPage<'_>, hints: &Hints) -> String {
    let (vocab, lang, today) = (&config.vocabularies, page.lang, page.today);
    let statuses = format!("# {}\n{}", hints.one_of, listed(&vocab.statuses, lang, "  "));
    match page.doc_type {
        "convention" | "protocol" => format!(
            "instrument:\n  full_title: \"\"\n{}  adopted: {{ date: {today}, place: \"\" }}\n  in_force: null # {}\n  status: in-force {statuses}  parties: [] # {}\n  kz_ratification: {{ act: \"\", number: \"\", date: {today} }}\n  official_text: []\n",
            if page.doc_type == "protocol" { "  parent: \"@/conventions/tehran-convention.md\"\n" } else { "" },
            hints.in_force,
            hints.parties,
        ),
        "national-law" | "regulation" => format!(
            "law:\n  number: \"\"\n  adopted: {today}\n  in_force: null # {}\n  legal_force: in-force {statuses}  issuer: \"\"\n  official_url: \"https://adilet.zan.kz/\"\n",
            hints.in_force,
        ),
        "lecture" | "event" => format!("event:\n  date: {today}\n  city: \"\"\n  venue: \"\"\n  organisers: []\n  speakers: [] # - {{ name: \"\", affiliation: \"\" }}\n"),
        "guide" => format!(
            "guide:\n  audience: [citizens] # {}\n{}  legal_basis: [] # \"@/laws/….md\"\n",
            hints.audience,
            listed(&vocab.audiences, lang, "  "),
        ),
        _ => String::new(),
    }
}
