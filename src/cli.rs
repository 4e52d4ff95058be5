//! Command-line interface (clap derive): one `Args` struct per command, shared flags flattened.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// ecolib builds the environmental information library: a static site that works on the web and from a
/// USB stick, with search.
#[derive(Debug, Parser)]
#[command(name = "ecolib", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Search the library (the index of the last build), ranked as on the site.
    Search(SearchArgs),
    /// Check the site without writing it: every build error plus editorial checks.
    Check(CheckArgs),
    /// Start a new page with the front matter its type needs.
    New(NewArgs),
    /// Preview the site on 127.0.0.1, rebuilt and reloaded on every change.
    Serve(ServeArgs),
}

/// Flags every command that reads a site shares.
#[derive(Debug, Args, Clone)]
pub struct SiteArgs {
    /// The site's folder: the one with site.toml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

#[derive(Debug, Args, Clone)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site (default: output_dir from site.toml, inside the root).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Use this base URL instead of site.toml's (for canonical links, sitemap and feeds).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Where to keep the search index (default: .ecolib-cache in the root).
    #[arg(long)]
    pub cache: Option<PathBuf>,
    /// Replace the output folder even if it holds files ecolib did not write (they are deleted). Never
    /// allowed for the site's sources.
    #[arg(long)]
    pub force: bool,
    /// The language of the messages: en (default) or ru.
    #[arg(long, value_enum, default_value_t = MessageLanguage::En)]
    pub lang: MessageLanguage,
}

/// The language `build` and `check` report in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum MessageLanguage {
    #[default]
    En,
    Ru,
}

#[derive(Debug, Args, Clone)]
pub struct SearchArgs {
    /// What to look for: words, "a phrase", -excluded.
    // A query may start with an exclusion («-вода»): it is the query, not an unknown option.
    #[arg(allow_hyphen_values = true)]
    pub query: String,
    /// The site's folder: the one with site.toml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Only pages in this language (ru, kk, en).
    #[arg(long)]
    pub lang: Option<String>,
    /// Only this document type (protocol, guide …).
    #[arg(long = "type")]
    pub doc_type: Option<String>,
    /// Only pages with this topic.
    #[arg(long)]
    pub topic: Option<String>,
    /// How many results.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Print results as JSON.
    #[arg(long)]
    pub json: bool,
    /// Where the search index is kept (default: .ecolib-cache in the root).
    #[arg(long)]
    pub cache: Option<PathBuf>,
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum OutputFormat {
    #[default]
    Text,
    Json,
}

#[derive(Debug, Args, Clone)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Fail on warnings too (for CI and before a commit).
    #[arg(long)]
    pub strict: bool,
    /// text for people, json for programs.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// The date overdue reviews are counted from (default: today).
    #[arg(long, value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,
    /// Also check that links to other sites still work (online; results kept for a week).
    #[arg(long)]
    pub external: bool,
    /// The language of the messages: en (default) or ru.
    #[arg(long, value_enum, default_value_t = MessageLanguage::En)]
    pub lang: MessageLanguage,
    /// Where the link-check results are kept (default: .ecolib-cache in the root).
    #[arg(long)]
    pub cache: Option<PathBuf>,
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("\"{text}\" is not a date YYYY-MM-DD"))
}

#[derive(Debug, Args, Clone)]
pub struct NewArgs {
    /// `<section>/<slug>`, e.g. guides/complaint; or just `<section>` with --title to make the slug from it.
    pub path: String,
    /// The document type (a key of `[doc_types]` in site.toml).
    #[arg(long = "type")]
    pub doc_type: Option<String>,
    /// The page's language (default: the site's default language).
    #[arg(long)]
    pub lang: Option<String>,
    /// The title; a Cyrillic title is transliterated for the slug when none is given.
    #[arg(long)]
    pub title: Option<String>,
    /// The site's folder: the one with site.toml.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The date written as today's (default: today).
    #[arg(long, value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The port on 127.0.0.1.
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Open the preview in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Poll for changes instead of file-system events (network drives, some virtual machines).
    #[arg(long)]
    pub poll: bool,
    /// Quiet time after the last change before rebuilding, in milliseconds.
    #[arg(long, default_value_t = 120)]
    pub debounce_ms: u64,
    /// The language of the messages, in the terminal and in the browser's error overlay: en (default) or ru.
    #[arg(long, value_enum, default_value_t = MessageLanguage::En)]
    pub lang: MessageLanguage,
}
