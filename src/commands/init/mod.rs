//! `ecolib init DIR`: a new, working site in an empty folder: site.toml with the chosen languages and
//! declared document types, the built-in default theme referenced (or copied with `--copy-theme`), a home
//! page and one example section of each kind (by date, by weight, by title) with a page, in every language,
//! and a README for its editors. `build` and `check --strict` pass on it at once. It writes only into a new
//! or empty folder and creates every file as new, so it never replaces anything.

mod files;
mod readme;
mod texts;

use std::io::Write as _;
use std::path::Path;

use crate::cli::InitArgs;
use crate::commands::usage_error;
use crate::diagnostics::{msg, Lang};
use crate::templates::theme::builtin_theme_files;

pub use texts::LANGUAGES;

/// The languages of a site made without `--lang`: all that the built-in theme speaks, Russian first.
pub const DEFAULT_LANGUAGES: [&str; 3] = ["ru", "kk", "en"];

/// The language of init's messages: the first `--lang` (the new site's default language) when ecolib has
/// a catalog for it, as `new --lang` words them in the page's language; English without `--lang`.
pub fn message_language(args: &InitArgs) -> Lang {
    args.languages.first().map_or(Lang::En, |code| Lang::from_code(code))
}

/// Writes the new site.
pub fn run(args: &InitArgs) -> anyhow::Result<bool> {
    let lang = message_language(args);
    let languages = languages_of(args, lang)?;
    if !(args.base_url.starts_with("https://") || args.base_url.starts_with("http://")) {
        return Err(usage_error(lang, msg("init-base-url").arg("url", &args.base_url)));
    }
    prepare_folder(&args.dir, lang)?;
    let today = chrono::Utc::now().date_naive();
    let site = files::NewSite { languages: &languages, base_url: &args.base_url, today };
    let mut written = files::site_files(&site).into_iter().map(|(p, t)| (p, t.into_bytes())).collect::<Vec<_>>();
    if args.copy_theme {
        let theme = builtin_theme_files().into_iter().map(|(p, b)| (format!("themes/default/{p}"), b.to_vec()));
        written.extend(theme);
    }
    for (rel, bytes) in &written {
        write_new(&args.dir.join(rel), bytes, lang)?;
    }
    let done = msg("init-done").arg("dir", &args.dir).arg("languages", languages.join(", "));
    println!("{}", lang.render(&done));
    Ok(true)
}

/// A usage error (exit 2), worded in `lang`.
/// A file that could not be written, worded in `lang` with the system's own words.
fn failure(lang: Lang, id: &'static str, path: &Path, err: std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(lang.render(&msg(id).arg("path", path).arg("detail", err.to_string())))
}

/// `--lang` as given (default language first), or [`DEFAULT_LANGUAGES`]; each once, each one `init` has
/// texts for.
fn languages_of(args: &InitArgs, lang: Lang) -> anyhow::Result<Vec<String>> {
    if args.languages.is_empty() {
        return Ok(DEFAULT_LANGUAGES.iter().map(|l| l.to_string()).collect());
    }
    let mut languages: Vec<String> = Vec::new();
    for code in &args.languages {
        if !LANGUAGES.contains(&code.as_str()) {
            let known = LANGUAGES.join(", ");
            return Err(usage_error(lang, msg("init-language-unsupported").arg("lang", code).arg("languages", known)));
        }
        if languages.contains(code) {
            return Err(usage_error(lang, msg("init-language-twice").arg("lang", code)));
        }
        languages.push(code.clone());
    }
    Ok(languages)
}

/// Creates `dir`, or accepts it when it is an empty folder.
fn prepare_folder(dir: &Path, lang: Lang) -> anyhow::Result<()> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => match entries.next() {
            Some(_) => Err(usage_error(lang, msg("init-not-empty").arg("dir", dir))),
            None => Ok(()),
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|err| failure(lang, "init-cannot-create", dir, err))
        }
        Err(_) if dir.exists() => Err(usage_error(lang, msg("init-not-folder").arg("dir", dir))),
        Err(err) => Err(failure(lang, "init-cannot-read", dir, err)),
    }
}

/// Creates `file` (and its folders) with `bytes`; an existing file is never replaced.
fn write_new(file: &Path, bytes: &[u8], lang: Lang) -> anyhow::Result<()> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|err| failure(lang, "init-cannot-create", parent, err))?;
    }
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(file)
        .map_err(|err| failure(lang, "init-cannot-create", file, err))?;
    out.write_all(bytes).map_err(|err| failure(lang, "init-cannot-write", file, err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_init_writes_has_the_builtin_themes_strings() {
        for lang in LANGUAGES {
            assert!(crate::templates::Theme::Builtin.i18n(lang).1.is_ok(), "{lang}");
        }
    }

    #[test]
    fn the_site_toml_of_every_language_choice_is_valid() {
        for languages in [vec!["ru", "kk", "en"], vec!["en"], vec!["kk", "ru"]] {
            let languages: Vec<String> = languages.into_iter().map(String::from).collect();
            let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
            let site = files::NewSite { languages: &languages, base_url: "https://example.org/lib", today };
            let files = files::site_files(&site);
            let (_, toml_text) = files.iter().find(|(p, _)| p == "site.toml").expect("site.toml");
            let config = crate::config::Config::parse(toml_text).unwrap_or_else(|e| panic!("{e:?}\n{toml_text}"));
            assert_eq!(config.language_codes().collect::<Vec<_>>(), languages);
            assert!(!config.doc_types.get("page").document);
            // Home, and a section index and a page for each of the three sections, in every language.
            assert_eq!(files.iter().filter(|(p, _)| p.starts_with("content/")).count(), 7 * languages.len());
        }
    }
}
