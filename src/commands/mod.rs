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

use crate::cli::{Command, MessageLanguage};
use crate::diagnostics::{render_diagnostics, Diagnostic, SourceMap};

/// Runs a command. `Ok(false)` means the site has problems (exit 1).
pub fn run(command: Command) -> anyhow::Result<bool> {
    match command {
        Command::Build(args) => in_language(args.lang, build::run(&args)),
        Command::Search(args) => search::run(&args),
        Command::Check(args) => in_language(args.lang, check::run(&args)),
        Command::New(args) => new::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Pack(args) => pack::run(&args),
        Command::Verify(args) => verify::run(&args),
    }
}

/// The command line asks for something that cannot be done as given: `main` prints it and exits 2, as for
/// clap's own refusals. The message is already in the reader's language; `russian` picks the label.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct UsageError {
    pub message: String,
    pub russian: bool,
}

impl From<crate::output::Refusal> for UsageError {
    fn from(refusal: crate::output::Refusal) -> Self {
        UsageError { message: refusal.to_string(), russian: false }
    }
}

/// A command's failure (a folder that cannot be written, …) labelled in the language of its messages.
pub(super) fn in_language(lang: MessageLanguage, result: anyhow::Result<bool>) -> anyhow::Result<bool> {
    match (result, lang) {
        (Err(err), MessageLanguage::Ru) => match err.downcast::<UsageError>() {
            // `main` prints usage errors (exit 2), labelled in Russian.
            Ok(usage) => Err(UsageError { russian: true, ..usage }.into()),
            Err(err) => {
                eprintln!("ошибка: {err:#}");
                Ok(false)
            }
        },
        (result, _) => result,
    }
}

/// Prints diagnostics to stderr with a closing count.
pub fn report(diagnostics: &[Diagnostic], sources: &SourceMap) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(render_diagnostics(diagnostics, sources).as_bytes());
    if errors > 0 {
        let _ = writeln!(
            stderr,
            "{errors} error(s), {warnings} warning(s): nothing was written; the previous output is unchanged."
        );
    } else if warnings > 0 {
        let _ = writeln!(stderr, "{warnings} warning(s).");
    }
}
