//! `ecolib build`: run the pipeline, and write the output only when there is no error. `--lang ru` reports
//! in Russian, for the editors who build the site themselves.

use std::path::Path;
use std::time::Instant;

use anyhow::Context;

use crate::cli::BuildArgs;
use crate::config::Config;
use crate::diagnostics::{msg, Lang};
use crate::output::{check_cache_apart, check_folder, FolderRole, Refusal, Staging, WriteStats};
use crate::pipeline::{run_pipeline_to, IndexFailure, IndexTarget, Indexed, PipelineOptions};
use crate::render::{NoOutput, Output};
use crate::search::{index_dir, CACHE_DIR};

pub fn run(args: &BuildArgs) -> anyhow::Result<bool> {
    let started = Instant::now();
    let cache = args.cache.clone().unwrap_or_else(|| args.site.root.join(CACHE_DIR));
    // site.toml is loaded once, here: where the output goes must be known before pages stream into a
    // staging folder beside it. One that does not load makes no folder at all (the pipeline reports it).
    let loaded = Config::load(&args.site.root).ok();
    let output_dir = match (&args.output, &loaded) {
        (Some(path), _) => path.clone(),
        (None, Some((config, _))) => args.site.root.join(&config.output_dir),
        (None, None) => args.site.root.join("public"),
    };
    // Before anything is written: ecolib replaces only folders it wrote, never the sources.
    let refused = |refusal: Refusal| super::UsageError::new(args.lang, &refusal.message());
    check_folder(&args.site.root, &output_dir, FolderRole::Output, args.force).map_err(refused)?;
    check_folder(&args.site.root, &cache, FolderRole::Cache, true).map_err(refused)?;
    check_cache_apart(&cache, &output_dir).map_err(refused)?;
    let staging = match loaded {
        Some(_) => Some(Staging::create(&output_dir).with_context(|| say(args.lang, "build-preparing", &output_dir))?),
        None => None,
    };
    let output: &dyn Output = match &staging {
        Some(staging) => staging,
        None => &NoOutput,
    };
    let options = PipelineOptions {
        root: args.site.root.clone(),
        include_drafts: args.site.drafts,
        base_url: args.base_url.clone(),
        offline_zip: args.offline_zip.clone(),
        cache: None,
        index: IndexTarget::Disk(index_dir(&cache)),
        config: loaded,
    };
    let built = match run_pipeline_to(&options, output) {
        Ok(built) => built,
        Err(failed) => {
            super::report(&failed.diagnostics, &failed.sources, args.lang);
            return Ok(false);
        }
    };
    // With no staging folder there was no loaded site.toml, and so no build to get here.
    let Some(staging) = staging else { anyhow::bail!(args.lang.text("build-config-changed")) };
    super::report(&built.warnings, &built.sources, args.lang);
    let indexed = built.index.map_err(|failure| index_error(failure, args.lang))?;
    let stats = finish_with_index(staging, &output_dir, indexed, args.lang)?;
    let t = built.timings;
    tracing::info!(
        load_ms = t.load.as_millis() as u64,
        model_ms = t.model.as_millis() as u64,
        render_ms = t.render.as_millis() as u64,
        index_ms = t.index.as_millis() as u64,
        export_ms = t.export.as_millis() as u64,
        "stages"
    );
    let (pages, sections, files) = (built.site.pages.len(), built.site.sections.len(), stats.files);
    let megabytes = format!("{:.1}", stats.bytes as f64 / 1_048_576.0);
    // Russian and Kazakh write a decimal comma.
    let megabytes = if args.lang == crate::diagnostics::Lang::En { megabytes } else { megabytes.replace('.', ",") };
    let summary = msg("build-summary")
        .arg("pages", pages)
        .arg("sections", sections)
        .arg("files", files)
        .arg("megabytes", megabytes)
        .arg("dir", output_dir.as_path())
        .arg("ms", started.elapsed().as_millis().to_string());
    eprintln!("{}", args.lang.render(&summary));
    Ok(true)
}

/// An index stage that failed, in the reader's language.
fn index_error(failure: IndexFailure, lang: Lang) -> anyhow::Error {
    match failure {
        IndexFailure::Index(err) => anyhow::Error::new(err).context(lang.text("build-indexing")),
        IndexFailure::Export(err) => anyhow::Error::new(err).context(lang.text("build-exporting")),
        IndexFailure::Panicked => anyhow::anyhow!(lang.text("build-index-panicked")),
    }
}

/// Adds the search index's files to the staging folder, which holds the pages already, and swaps it in.
fn finish_with_index(staging: Staging, output_dir: &Path, indexed: Indexed, lang: Lang) -> anyhow::Result<WriteStats> {
    staging.streamed().with_context(|| say(lang, "build-writing-site", output_dir))?;
    for (path, bytes) in indexed.files {
        staging.file(path, bytes);
    }
    let stats = staging.streamed().with_context(|| say(lang, "build-writing-index", output_dir))?;
    staging.commit().with_context(|| say(lang, "build-replacing", output_dir))?;
    // `ecolib search` follows the site only once the site is in place.
    if let Some(index) = indexed.staged {
        index.commit().with_context(|| lang.text("build-replacing-index"))?;
    }
    Ok(stats)
}

/// A step's description naming its folder, for an error's context, in the reader's language.
fn say(lang: Lang, name: &'static str, dir: &Path) -> String {
    lang.render(&msg(name).arg("dir", dir))
}
