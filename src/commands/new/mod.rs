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
use crate::diagnostics::{msg, Lang, Message};

pub use place::MAX_NAME_CHARS;
use place::{parse_place, Place};
use skeleton::{page_text, NewPage};

/// Writes the page. Messages are in the page's language (`--lang`, or the site's default) when ecolib has a
/// catalog for it, as `--lang` gives them in every command.
pub fn run(args: &NewArgs) -> anyhow::Result<bool> {
    run_at(args, Utc::now())
}

/// [`run`] as if the clock showed `now`: today is `now`'s date in the site's time zone.
pub fn run_at(args: &NewArgs, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let mut voice = Voice { lang: args.lang.as_deref().map_or(Lang::En, Lang::from_code) };
    match create(args, now, &mut voice) {
        Ok(file) => {
            println!("{}", file.display());
            Ok(true)
        }
        // `main` prints a usage error in its language and exits 2.
        Err(err) if err.is::<UsageError>() => Err(err),
        Err(err) if voice.lang != Lang::En => {
            eprintln!("{}: {err:#}", voice.lang.text("label-error"));
            Ok(false)
        }
        Err(err) => Err(err),
    }
}

/// The language messages are worded in.
struct Voice {
    lang: Lang,
}

impl Voice {
    fn say(&self, message: impl Into<Message>) -> String {
        self.lang.render(&message.into())
    }

    /// A usage error (exit 2): the command line asks for something that cannot be done.
    fn refuse(&self, message: impl Into<Message>) -> anyhow::Error {
        crate::commands::usage_error(self.lang, message)
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
    voice.lang = Lang::from_code(&lang);
    check_language(&config, &lang, voice)?;
    let doc_type = args.doc_type.clone().unwrap_or_else(|| "page".to_string());
    check_doc_type(&config, &doc_type, voice)?;
    let title = args.title.clone().unwrap_or_default();
    if title.chars().any(char::is_control) {
        return Err(voice.refuse(msg("new-title-control")));
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
    Err(voice.refuse(msg("new-unknown-language").arg("lang", lang).arg("codes", codes)))
}

fn check_doc_type(config: &Config, doc_type: &str, voice: &Voice) -> anyhow::Result<()> {
    let doc_types = &config.vocabularies.doc_types;
    if doc_types.contains(doc_type) {
        return Ok(());
    }
    let close = crate::diagnostics::suggest(doc_type, doc_types.keys());
    let all = doc_types.keys().collect::<Vec<_>>().join(", ");
    let hint = close.map(|c| voice.say(msg("new-did-you-mean").arg("suggestion", c))).unwrap_or_default();
    Err(voice.refuse(msg("new-unknown-type").arg("doc_type", doc_type).arg("hint", hint).arg("all", all)))
}

/// The text of the file site.toml names as the type's `skeleton`, if it names one.
fn skeleton_of(root: &Path, config: &Config, doc_type: &str, voice: &Voice) -> anyhow::Result<Option<String>> {
    let Some(file) = config.doc_types.get(doc_type).skeleton.as_deref() else { return Ok(None) };
    match std::fs::read_to_string(root.join(file)) {
        Ok(text) => Ok(Some(text)),
        Err(err) => anyhow::bail!(voice.say(
            msg("new-skeleton-unreadable").arg("file", file).arg("doc_type", doc_type).arg("detail", err.to_string())
        )),
    }
}

/// The section and slug from the command line, checked as names.
fn place_of(args: &NewArgs, voice: &Voice) -> anyhow::Result<Place> {
    match parse_place(&args.path, args.title.as_deref()) {
        Ok(Some(place)) => Ok(place),
        Ok(None) => Err(voice.refuse(msg("new-no-slug"))),
        Err(problem) => Err(voice.refuse(
            msg("new-bad-place")
                .arg("path", &args.path)
                .arg("problem", problem.describe())
                .arg("content", CONTENT_DIR)
                .arg("max", MAX_NAME_CHARS),
        )),
    }
}

/// The folder of an existing section (one with `_index.md`).
fn section_dir(root: &Path, section: &str, voice: &Voice) -> anyhow::Result<PathBuf> {
    let dir = root.join(CONTENT_DIR).join(section);
    if dir.join("_index.md").is_file() {
        return Ok(dir);
    }
    Err(voice.refuse(msg("new-no-section").arg("section", format!("{CONTENT_DIR}/{section}/"))))
}

/// Creates `file` with `text`; never replaces anything, not even a dangling symbolic link (whose target
/// could be outside the site), and the check and the creation are one step.
fn write_new(file: &Path, text: &str, voice: &Voice) -> anyhow::Result<()> {
    let mut out = match std::fs::OpenOptions::new().write(true).create_new(true).open(file) {
        Ok(out) => out,
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            anyhow::bail!(voice.say(msg("new-exists").arg("file", file)));
        }
        Err(err) => return Err(err).with_context(|| format!("creating {}", file.display())),
    };
    out.write_all(text.as_bytes()).with_context(|| format!("writing {}", file.display()))
}

#[cfg(test)]
mod tests;
