//! `ecolib new <section>/<slug>`: starts a page with the full front matter its document type needs, today's
//! date in the site's time zone, and short comments in the page's language listing the allowed vocabulary
//! values with their labels. The page starts as a draft, so `build` stays green until the editor has filled
//! it in. Never overwrites a file and never writes outside `content/`: a section or slug that is not a URL
//! name is refused as a usage error (exit 2) before any path is made from it.

mod place;
mod skeleton;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};

use crate::cli::NewArgs;
use crate::commands::UsageError;
use crate::config::Config;
use crate::content::CONTENT_DIR;

pub use place::MAX_NAME_CHARS;
use place::{parse_place, Place};
use skeleton::{page_text, NewPage};

/// Writes the page. Refusals are in Russian for a Russian or Kazakh page (its editors read Russian).
pub fn run(args: &NewArgs) -> anyhow::Result<bool> {
    run_at(args, Utc::now())
}

/// [`run`] as if the clock showed `now`: today is `now`'s date in the site's time zone.
pub fn run_at(args: &NewArgs, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let mut voice = Voice { russian: args.lang.as_deref().is_some_and(reads_russian) };
    match create(args, now, &mut voice) {
        Ok(file) => {
            println!("{}", file.display());
            Ok(true)
        }
        // `main` prints a usage error in its language and exits 2.
        Err(err) if err.is::<UsageError>() => Err(err),
        Err(err) if voice.russian => {
            eprintln!("ошибка: {err:#}");
            Ok(false)
        }
        Err(err) => Err(err),
    }
}

fn reads_russian(lang: &str) -> bool {
    matches!(lang, "ru" | "kk")
}

/// The language refusals are worded in.
struct Voice {
    russian: bool,
}

impl Voice {
    fn say(&self, english: String, russian: String) -> String {
        if self.russian {
            russian
        } else {
            english
        }
    }

    /// A usage error (exit 2): the command line asks for something that cannot be done.
    fn refuse(&self, english: String, russian: String) -> anyhow::Error {
        UsageError { message: self.say(english, russian), russian: self.russian }.into()
    }
}

/// The date `new` writes as today's: `--today`, or the calendar date of `now` where the site is.
fn today_at(args: &NewArgs, config: &Config, now: DateTime<Utc>) -> NaiveDate {
    args.today.unwrap_or_else(|| now.with_timezone(&config.timezone).date_naive())
}

fn create(args: &NewArgs, now: DateTime<Utc>, voice: &mut Voice) -> anyhow::Result<PathBuf> {
    let (config, _) = Config::load(&args.root)
        .map_err(|errors| anyhow::anyhow!(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))?;
    let lang = args.lang.clone().unwrap_or_else(|| config.default_language.clone());
    voice.russian = reads_russian(&lang);
    check_language(&config, &lang, voice)?;
    let doc_type = args.doc_type.clone().unwrap_or_else(|| "page".to_string());
    check_doc_type(&config, &doc_type, voice)?;
    let title = args.title.clone().unwrap_or_default();
    if title.chars().any(char::is_control) {
        return Err(voice.refuse(
            "the title has a line break, tab or another control character: write it on one line".into(),
            "в заголовке есть перенос строки, табуляция или другой управляющий знак: напишите его в одну строку".into(),
        ));
    }
    let place = place_of(args, voice)?;
    let section_dir = section_dir(&args.root, &place.section, voice)?;
    let suffix = if lang == config.default_language { String::new() } else { format!(".{lang}") };
    let file = section_dir.join(format!("{}{suffix}.md", place.slug));
    let skeleton = skeleton_of(&args.root, &config, &doc_type, voice)?;
    let page = NewPage {
        skeleton: skeleton.as_deref(),
        doc_type: &doc_type,
        title: &title,
        lang: &lang,
        today: today_at(args, &config, now),
        slug: &place.slug,
        is_translation: !suffix.is_empty(),
    };
    let text = page_text(&config, &page, &section_dir);
    write_new(&file, &text, voice)?;
    Ok(file)
}

fn check_language(config: &Config, lang: &str, voice: &Voice) -> anyhow::Result<()> {
    if config.has_language(lang) {
        return Ok(());
    }
    let codes = config.language_codes().collect::<Vec<_>>().join(", ");
    Err(voice.refuse(
        format!("\"{lang}\" is not a language of this site (site.toml has: {codes})"),
        format!("«{lang}» — не язык этого сайта (в site.toml есть: {codes})"),
    ))
}

fn check_doc_type(config: &Config, doc_type: &str, voice: &Voice) -> anyhow::Result<()> {
    let doc_types = &config.vocabularies.doc_types;
    if doc_types.contains(doc_type) {
        return Ok(());
    }
    let close = crate::diagnostics::suggest(doc_type, doc_types.keys());
    let all = doc_types.keys().collect::<Vec<_>>().join(", ");
    let hint =
        close.map(|c| voice.say(format!("did you mean \"{c}\"? "), format!("может быть, «{c}»? "))).unwrap_or_default();
    Err(voice.refuse(
        format!("unknown type \"{doc_type}\": {hint}use one of {all}"),
        format!("неизвестный вид документа «{doc_type}»: {hint}выберите один из: {all}"),
    ))
}

/// The text of the file site.toml names as the type's `skeleton`, if it names one.
fn skeleton_of(root: &Path, config: &Config, doc_type: &str, voice: &Voice) -> anyhow::Result<Option<String>> {
    let Some(file) = config.doc_types.get(doc_type).skeleton.as_deref() else { return Ok(None) };
    match std::fs::read_to_string(root.join(file)) {
        Ok(text) => Ok(Some(text)),
        Err(err) => anyhow::bail!(voice.say(
            format!("cannot read {file}, the skeleton site.toml names for doc type \"{doc_type}\": {err}"),
            format!("не удалось прочитать {file} — заготовку вида «{doc_type}» из site.toml: {err}"),
        )),
    }
}

/// The section and slug from the command line, checked as names.
fn place_of(args: &NewArgs, voice: &Voice) -> anyhow::Result<Place> {
    match parse_place(&args.path, args.title.as_deref()) {
        Ok(Some(place)) => Ok(place),
        Ok(None) => Err(voice.refuse(
            "give the page as <section>/<slug>, or a --title to make the slug from".into(),
            "укажите страницу как <раздел>/<имя> или добавьте --title: имя получится из заголовка".into(),
        )),
        Err(problem) => {
            let (english, russian) = problem.describe();
            let path = &args.path;
            Err(voice.refuse(
                format!(
                    "cannot make a page at \"{path}\": {english}. Give it as <section>/<slug> inside {CONTENT_DIR}/, \
                     e.g. guides/complaint: lowercase Latin letters, digits and hyphens, at most {MAX_NAME_CHARS} \
                     characters each (they become the address)"
                ),
                format!(
                    "нельзя создать страницу «{path}»: {russian}. Укажите её как <раздел>/<имя> внутри \
                     {CONTENT_DIR}/, например guides/complaint: строчные латинские буквы, цифры и дефисы, не больше \
                     {MAX_NAME_CHARS} знаков в каждой части (из них получится адрес)"
                ),
            ))
        }
    }
}

/// The folder of an existing section (one with `_index.md`).
fn section_dir(root: &Path, section: &str, voice: &Voice) -> anyhow::Result<PathBuf> {
    let dir = root.join(CONTENT_DIR).join(section);
    if dir.join("_index.md").is_file() {
        return Ok(dir);
    }
    Err(voice.refuse(
        format!(
            "there is no section {CONTENT_DIR}/{section}/ (no _index.md): create it first (the folder with an \
             _index.md holding at least `title: …`) or pick another section"
        ),
        format!(
            "раздела {CONTENT_DIR}/{section}/ нет (нет _index.md): сначала создайте его (папку с файлом _index.md, \
             где есть хотя бы `title: …`) или выберите другой раздел"
        ),
    ))
}

/// Creates `file` with `text`; never replaces anything, not even a dangling symbolic link (whose target
/// could be outside the site), and the check and the creation are one step.
fn write_new(file: &Path, text: &str, voice: &Voice) -> anyhow::Result<()> {
    let mut out = match std::fs::OpenOptions::new().write(true).create_new(true).open(file) {
        Ok(out) => out,
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            let shown = file.display();
            anyhow::bail!(voice.say(
                format!("{shown} already exists: ecolib new never overwrites a page"),
                format!("{shown} уже есть: ecolib new никогда не перезаписывает страницы"),
            ));
        }
        Err(err) => return Err(err).with_context(|| format!("creating {}", file.display())),
    };
    out.write_all(text.as_bytes()).with_context(|| format!("writing {}", file.display()))
}

#[cfg(test)]
mod tests;
