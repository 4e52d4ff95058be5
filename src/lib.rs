//! ecolib: a static site generator for environmental information libraries.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! site.toml ─┐
//! content/ ──┼─▶ load ─▶ model ─▶ render ─▶ index ─▶ write ─▶ public/
//! themes/ ───┘
//! ```
//!
//! - [`config`]: `site.toml`, raw and resolved.
//! - [`content`] (load): files under `content/`, front matter parsed into the schema.
//! - [`site`] (model): pages, sections, translations, taxonomies and every URL, decided once.
//! - [`markdown`], [`templates`], [`render`]: HTML for every page, in memory; [`assets`]: the theme's
//!   scripts bundled and minified, and its files under content-hashed names.
//! - [`search`] (index): the tantivy index and the static index derived from it for the browser.
//! - [`output`] (write): the staged, atomic write of `public/` (the render module itself does no file I/O).
//! - [`pipeline`] runs the stages for the [`commands`]; [`diagnostics`] carries every problem with its file
//!   and line.
//! - [`text`]: letters and case for heading ids and the search analyzer, without Unicode tables.
//!
//! The stages keep their jobs but overlap in time: render hands each file to an
//! [`render::Output`] as it is made (kept in memory for `check` and `serve`; the write stage's staging
//! folder for `build`, so the whole site is never held in memory), and the index starts on its own thread
//! as soon as the bodies are rendered ([`pipeline::run_pipeline_to`], [`pipeline::IndexTarget`]). `serve` keeps a [`cache`] of
//! results keyed by their whole input between rebuilds.
//!
//! The same `public/` works on a web server and opened from disk: every link is relative.

pub mod assets;
pub mod cache;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod fs;
pub mod markdown;
pub mod output;
pub mod pack;
pub mod pipeline;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod templates;
pub mod text;
