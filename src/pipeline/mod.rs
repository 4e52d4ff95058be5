//! The whole pipeline: load → model → render → index, the output going to a target (a staging folder
//! for `build`, memory for `serve`, nowhere for `check`). `build` writes its result, `check` inspects it,
//! `serve` serves it; none of them re-implements a stage.

mod index;
mod priority;

pub use index::{IndexFailure, IndexTarget, Indexed};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cache::BuildCache;
use crate::config::{Config, CONFIG_FILE};
use crate::content::load_content;
use crate::diagnostics::{codes, msg, sort_diagnostics, Diagnostic, SourceMap};
use crate::render::{render_bodies, render_site, Bodies, NoOutput, Output};
use crate::site::{assemble_site, BuildOptions, Site};
use crate::templates::Templates;

/// What to build.
#[derive(Debug, Clone)]
pub struct PipelineOptions {
    /// The site root: the folder with `site.toml`.
    pub root: PathBuf,
    pub include_drafts: bool,
    /// Replaces `base_url` from site.toml (e.g. for a local preview).
    pub base_url: Option<String>,
    /// The published ZIP of the library (`build --offline-zip`): its size is shown on the offline page.
    pub offline_zip: Option<PathBuf>,
    /// Results of earlier builds in this process to reuse (`serve`).
    pub cache: Option<Arc<BuildCache>>,
    /// Where the search index goes.
    pub index: IndexTarget,
    /// site.toml as the command already loaded it (`build` needs it before the pipeline, to know where
    /// the output goes): loaded once.
    pub config: Option<(Config, String)>,
}

impl PipelineOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        PipelineOptions {
            root: root.into(),
            include_drafts: false,
            base_url: None,
            offline_zip: None,
            cache: None,
            index: IndexTarget::Memory,
            config: None,
        }
    }
}

/// How long each stage took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub load: Duration,
    pub model: Duration,
    pub render: Duration,
    pub index: Duration,
    pub export: Duration,
}

/// A site built in memory.
pub struct Built {
    pub site: Arc<Site>,
    pub bodies: Arc<Bodies>,
    /// Findings that do not fail the build.
    pub warnings: Vec<Diagnostic>,
    pub sources: SourceMap,
    pub timings: Timings,
    /// The index stage's result: its files, and the staged index for `build` to commit.
    pub index: Result<Indexed, IndexFailure>,
}

/// A build that found errors: all of them, with warnings, and the sources to show them.
pub struct Failed {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceMap,
}

/// Runs load, model and render for the problems they find (`check`): every page is rendered, templates
/// included, and the output is dropped. Stops after the first stage that found errors, reporting all of
/// that stage's.
/// Records the size of the library's ZIP for the offline page; it must exist and site.toml must say
/// where it is published.
fn apply_offline_zip(config: &mut Config, file: &Path) -> Result<(), Diagnostic> {
    let Some(zip) = config.offline_zip.as_mut() else {
        return Err(
            Diagnostic::error(CONFIG_FILE, codes::OFFLINE_ZIP_WITHOUT_URL).with_help(msg("help-add-offline-zip-url"))
        );
    };
    let meta = crate::fs::metadata(file).map_err(|err| {
        Diagnostic::error(file, codes::OFFLINE_ZIP_UNREADABLE.arg("detail", err.to_string()))
            .with_help(msg("help-make-zip"))
    })?;
    zip.bytes = Some(meta.len());
    Ok(())
}

/// Runs every stage with nothing written (`check`): every page is rendered, templates included, and the
/// search index is built in memory.
pub fn run_pipeline(options: &PipelineOptions) -> Result<Built, Failed> {
    run_pipeline_to(options, &NoOutput)
}

/// Runs every stage, the rendered files going to `output` as they are made. The index stage starts on
/// threads of its own as soon as the bodies are known to be good (it needs the model, the bodies and each
/// page's plain text, moved out of the bodies: nothing else reads it) and runs while the templates render.
/// When errors are known before rendering, nothing goes to `output` and no index is built.
pub fn run_pipeline_to(options: &PipelineOptions, output: &dyn Output) -> Result<Built, Failed> {
    let root = options.root.as_path();
    let mut timings = Timings::default();
    let started = Instant::now();
    let loaded = match options.config.clone() {
        Some(loaded) => Ok(loaded),
        None => Config::load(root),
    };
    let (mut config, config_text) =
        loaded.map_err(|diagnostics| Failed { diagnostics, sources: config_sources(root) })?;
    if let Some(base_url) = &options.base_url {
        config.base_url = base_url.trim_end_matches('/').to_string();
    }
    if let Some(file) = &options.offline_zip {
        apply_offline_zip(&mut config, file)
            .map_err(|diagnostic| Failed { diagnostics: vec![diagnostic], sources: config_sources(root) })?;
    }
    let (content, mut diagnostics) = load_content(root, &config);
    let mut sources = content.sources.clone();
    sources.insert(CONFIG_FILE, config_text);
    let templates = Templates::load(root, &config, &mut sources).map(|t| t.with_cache(options.cache.clone()));
    timings.load = started.elapsed();
    let started = Instant::now();
    let (site, model_diagnostics) =
        assemble_site(config, content, &BuildOptions { include_drafts: options.include_drafts });
    diagnostics.extend(model_diagnostics);
    timings.model = started.elapsed();
    let templates = match templates {
        Ok(templates) => Some(templates),
        Err(errors) => {
            diagnostics.extend(errors);
            None
        }
    };
    let fail = |mut diagnostics: Vec<Diagnostic>, sources: SourceMap| {
        sort_diagnostics(&mut diagnostics);
        Failed { diagnostics, sources }
    };
    // Render even when earlier stages found errors, so that one run reports broken links and template
    // errors too; links to files that failed to load are not reported twice (`Site::broken_keys`).
    let started = Instant::now();
    let Some(templates) = templates else {
        let (_, body_diagnostics) = render_bodies(&site, options.cache.as_deref());
        diagnostics.extend(body_diagnostics);
        return Err(fail(diagnostics, sources));
    };
    let (mut bodies, body_diagnostics) = render_bodies(&site, options.cache.as_deref());
    diagnostics.extend(body_diagnostics);
    let texts: Vec<String> = bodies.pages.iter_mut().map(|b| std::mem::take(&mut b.plain_text)).collect();
    let (site, bodies) = (Arc::new(site), Arc::new(bodies));
    let failed_already = diagnostics.iter().any(Diagnostic::is_error);
    let indexing = (!failed_already)
        .then(|| index::start(site.clone(), bodies.clone(), texts, options.index.clone(), options.cache.clone()));
    let output = if failed_already { &NoOutput as &dyn Output } else { output };
    let render = || render_site(&site, &templates, &bodies, output);
    diagnostics.extend(if indexing.is_some() { priority::behind_the_index(render) } else { render() });
    timings.render = started.elapsed();
    // Also after errors: a started index finishes its own staging folder rather than leave it half written.
    let indexed = indexing.map(index::finish);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(fail(diagnostics, sources));
    }
    let index = indexed.unwrap_or(Err(IndexFailure::Panicked));
    if let Ok(done) = &index {
        (timings.index, timings.export) = (done.index_time, done.export_time);
    }
    sort_diagnostics(&mut diagnostics);
    Ok(Built { site, bodies, warnings: diagnostics, sources, timings, index })
}

fn config_sources(root: &Path) -> SourceMap {
    let mut sources = SourceMap::with_root(root);
    if let Ok(text) = std::fs::read_to_string(root.join(CONFIG_FILE)) {
        sources.insert(CONFIG_FILE, text);
    }
    sources
}
