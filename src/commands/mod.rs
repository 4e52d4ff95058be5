//! Commands: thin layers over the pipeline. Each returns whether it succeeded; `main` turns that into the
//! exit code (0 ok, 1 build or check failure, 2 usage error).

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod pack;
pub mod search;
pub mod serve;
pub mod verify;

use std::io::Write;

use crate::cli::Command;
use crate::diagnostics::{msg, render_diagnostics_in, Diagnostic, Lang, SourceMap};

/// Runs a command. `Ok(false)` means the site has problems (exit 1).
pub fn run(command: Command) -> anyhow::Result<bool> {
    match command {
        Command::Build(args) => in_language(args.lang, build::run(&args)),
        Command::Search(args) => {
            let lang = args.lang.as_deref().map_or(Lang::En, Lang::from_code);
            in_language(lang, search::run(&args))
        }
        Command::Check(args) => in_language(args.lang, check::run(&args)),
        Command::New(args) => new::run(&args),
        Command::Init(args) => in_language(init::message_language(&args), init::run(&args)),
        Command::Serve(args) => in_language(args.lang, serve::run(&args)),
        Command::Pack(args) => in_language(args.lang, pack::run(&args)),
        Command::Verify(args) => in_language(args.lang, verify::run(&args)),
    }
}

/// The command line asks for something that cannot be done as given: `main` prints it and exits 2, as for
/// clap's own refusals. The message is already in the reader's language; `lang` picks the label.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct UsageError {
    pub message: String,
    pub lang: Lang,
}

impl UsageError {
    /// A usage error worded from the catalog of `lang`.
    pub fn new(lang: Lang, message: &crate::diagnostics::Message) -> Self {
        UsageError { message: lang.render(message), lang }
    }

    /// How `main` prints it: `error: …`, labelled in the reader's language.
    pub fn labelled(&self) -> String {
        format!("{}: {}", self.lang.text("label-error"), self.message)
    }
}

/// A usage error (exit 2) worded from the catalog of `lang`, as a command returns it.
pub(super) fn usage_error(lang: Lang, message: impl Into<crate::diagnostics::Message>) -> anyhow::Error {
    UsageError::new(lang, &message.into()).into()
}

/// A command's failure (a folder that cannot be written, …) labelled in the language of its messages.
pub(super) fn in_language(lang: Lang, result: anyhow::Result<bool>) -> anyhow::Result<bool> {
    match (result, lang) {
        (Err(err), Lang::Ru | Lang::Kk) => match err.downcast::<UsageError>() {
            // `main` prints usage errors (exit 2), labelled in their own language.
            Ok(usage) => Err(usage.into()),
            Err(err) => {
                eprintln!("{}: {err:#}", lang.text("label-error"));
                Ok(false)
            }
        },
        (result, _) => result,
    }
}

/// Prints diagnostics to stderr in `lang`, with a closing count.
pub fn report(diagnostics: &[Diagnostic], sources: &SourceMap, lang: Lang) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(render_diagnostics_in(diagnostics, sources, lang).as_bytes());
    let counts = |name| msg(name).arg("errors", errors).arg("warnings", warnings);
    if errors > 0 {
        let _ = writeln!(stderr, "{}", lang.render(&counts("report-failed")));
    } else if warnings > 0 {
        let _ = writeln!(stderr, "{}", lang.render(&counts("report-warnings")));
    }
}
