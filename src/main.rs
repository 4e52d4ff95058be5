//! The `ecolib` binary: parse the command line, set up logging, run the command, map the result to an exit
//! code (0 ok, 1 the site has problems, 2 usage error).

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: a build allocates and frees millions of small strings on several threads; glibc's allocator
/// was a tenth of the CPU time and kept freed memory.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = ecolib::cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("ECOLIB_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .without_time()
        .init();
    match ecolib::commands::run(cli.command) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) => match err.downcast_ref::<ecolib::commands::UsageError>() {
            Some(usage) => {
                eprintln!("{}", usage.labelled());
                ExitCode::from(2)
            }
            None => {
                eprintln!("error: {err:#}");
                ExitCode::from(1)
            }
        },
    }
}
