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

use anyhow::Context;

use crate::cli::InitArgs;
use crate::commands::UsageError;
use crate::templates::theme::builtin_theme_files;

pub use texts::LANGUAGES;

/// The languages of a site made without `--lang`: all that the built-in theme speaks, Russian first.
pub const DEFAULT_LANGUAGES: [&str; 3] = ["ru", "kk", "en"];

/// Writes the new site.
pub fn run(args: &InitArgs) -> anyhow::Result<bool> {
    let languages = languages_of(args)?;
    if !(args.base_url.starts_with("https://") || args.base_url.starts_with("http://")) {
        return Err(refuse(format!(
            "--base-url \"{}\" is not an absolute http(s) address: write it like https://example.org/library",
            args.base_url
        )));
    }
    prepare_folder(&args.dir)?;
    let today = chrono::Utc::now().date_naive();
    let site = files::NewSite { languages: &languages, base_url: &args.base_url, today };
    let mut written = files::site_files(&site).into_iter().map(|(p, t)| (p, t.into_bytes())).collect::<Vec<_>>();
    if args.copy_theme {
        let theme = builtin_theme_files().into_iter().map(|(p, b)| (format!("themes/default/{p}"), b.to_vec()));
        written.extend(theme);
    }
    for (rel, bytes) in &written {
        write_new(&args.dir.join(rel), bytes)?;
    }
    let dir = args.dir.display();
    println!(
        "A new site in {dir} ({}). Next: ecolib serve --root {dir}; the editors' guide is {dir}/README.md.",
        languages.join(", ")
    );
    Ok(true)
}

fn refuse(message: String) -> anyhow::Error {
    // init speaks English: it has no --lang of its own (its --lang names the site's languages).
    UsageError { message, lang: crate::diagnostics::Lang::En }.into()
}

/// `--lang` as given (default language first), or [`DEFAULT_LANGUAGES`]; each once, each one `init` has
/// texts for.
fn languages_of(args: &InitArgs) -> anyhow::Result<Vec<String>> {
    if args.languages.is_empty() {
        return Ok(DEFAULT_LANGUAGES.iter().map(|l| l.to_string()).collect());
    }
    let mut languages: Vec<String> = Vec::new();
    for lang in &args.languages {
        if !LANGUAGES.contains(&lang.as_str()) {
            return Err(refuse(format!(
                "ecolib init writes sites in {} (the languages of the built-in theme), not \"{lang}\"; add a \
                 language later by copying the theme and its i18n/<lang>.toml",
                LANGUAGES.join(", ")
            )));
        }
        if languages.contains(lang) {
            return Err(refuse(format!("--lang {lang} is given twice")));
        }
        languages.push(lang.clone());
    }
    Ok(languages)
}

/// Creates `dir`, or accepts it when it is an empty folder.
fn prepare_folder(dir: &Path) -> anyhow::Result<()> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(refuse(format!(
                    "{} is not empty: ecolib init writes a new site only into a new or empty folder",
                    dir.display()
                )));
            }
            Ok(())
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))
        }
        Err(_) if dir.exists() => {
            Err(refuse(format!("{} is not a folder: give the folder to create the site in", dir.display())))
        }
        Err(err) => Err(err).with_context(|| format!("reading {}", dir.display())),
    }
}

/// Creates `file` (and its folders) with `bytes`; an existing file is never replaced.
fn write_new(file: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(file)
        .with_context(|| format!("creating {}", file.display()))?;
    out.write_all(bytes).with_context(|| format!("writing {}", file.display()))
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
