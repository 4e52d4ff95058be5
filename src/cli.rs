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
    /// Start a new site in a new or empty folder: site.toml, example pages in every language, a README.
    Init(InitArgs),
    /// Preview the site on 127.0.0.1, rebuilt and reloaded on every change.
    Serve(ServeArgs),
    /// Put the built library on a USB stick (copying only what changed) or into one ZIP, with a manifest.
    Pack(PackArgs),
    /// Read a packed library back and compare every file with its manifest.
    Verify(VerifyArgs),
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
    /// The ZIP made by `ecolib pack --zip` for the address in site.toml's offline_zip_url: the offline
    /// page shows its size.
    #[arg(long)]
    pub offline_zip: Option<PathBuf>,
    /// Replace the output folder even if it holds files ecolib did not write (they are deleted). Never
    /// allowed for the site's sources.
    #[arg(long)]
    pub force: bool,
    /// The language of the messages: en (default), ru or kk.
    #[arg(long, value_enum, default_value_t = MessageLanguage::En)]
    pub lang: MessageLanguage,
}

/// The language messages are printed in: en, ru or kk (one catalog each).
pub use crate::diagnostics::Lang as MessageLanguage;

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
    /// The language of the messages: en (default), ru or kk.
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
    /// `<section>/<slug>`, e.g. guides/complaint: lowercase Latin letters, digits and hyphens, at most 80
    /// characters each, in an existing section; or just `<section>` with --title to make the slug from it.
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
    /// The date written as today's (default: today in site.toml's `timezone`).
    #[arg(long, value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,
}

#[derive(Debug, Args, Clone)]
pub struct InitArgs {
    /// The folder of the new site: created if missing, else it must be empty.
    pub dir: PathBuf,
    /// A language of the site, the default language first; repeat it: --lang ru --lang en. Without it: ru
    /// (default), kk, en. ru, kk and en are the languages of the built-in theme. The messages are in the
    /// first one given (in English without --lang), as `new --lang` words them in the page's language.
    #[arg(long = "lang")]
    pub languages: Vec<String>,
    /// Copy the built-in theme into themes/default/ to change it, instead of using it from ecolib.
    #[arg(long)]
    pub copy_theme: bool,
    /// The site's address on the web (canonical links, sitemap, feeds); change it in site.toml later.
    #[arg(long, default_value = "https://example.org/library")]
    pub base_url: String,
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
    /// The language of the messages, in the terminal and in the browser's error overlay: en (default), ru or kk.
    #[arg(long, value_enum, default_value_t = MessageLanguage::En)]
    pub lang: MessageLanguage,
}

#[derive(Debug, Args, Clone)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["to", "zip"])))]
pub struct PackArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Write the library into this existing folder: a USB stick's root, or a folder on it.
    #[arg(long)]
    pub to: Option<PathBuf>,
    /// Write the library as one ZIP file instead.
    #[arg(long)]
    pub zip: Option<PathBuf>,
    /// Pack this already built site instead of building it.
    #[arg(long)]
    pub from: Option<PathBuf>,
    /// The folder the site goes under, beside the start pages.
    #[arg(long, default_value = crate::pack::DEFAULT_PACK_NAME)]
    pub name: String,
    /// Also remove files in the pack folder that no pack wrote.
    #[arg(long)]
    pub clean: bool,
    /// Read every file on the stick back instead of trusting the last manifest, and replace the damaged ones
    /// (after `verify` reported changed files).
    #[arg(long)]
    pub reread: bool,
    /// The language of the messages: en (default), ru or kk.
    #[arg(long, value_enum, default_value_t = MessageLanguage::En)]
    pub lang: MessageLanguage,
}

#[derive(Debug, Args, Clone)]
pub struct VerifyArgs {
    /// The stick's root (or the folder given to `pack --to`), or the pack folder itself.
    pub dir: PathBuf,
    /// The pack folder's name, when DIR is the folder that holds it.
    #[arg(long, default_value = crate::pack::DEFAULT_PACK_NAME)]
    pub name: String,
    /// The language of the messages: en (default), ru or kk.
    #[arg(long, value_enum, default_value_t = MessageLanguage::En)]
    pub lang: MessageLanguage,
}
