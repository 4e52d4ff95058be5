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
}
