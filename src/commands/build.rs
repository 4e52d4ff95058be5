//! `ecolib build`: run the pipeline, and write the output only when there is no error. `--lang ru` reports
//! in Russian, for the editors who build the site themselves.

use std::path::Path;
use std::time::Instant;

use anyhow::Context;

use crate::cli::BuildArgs;
use crate::config::Config;
use crate::diagnostics::{msg, Lang};
use crate::output::{check_cache_apart, check_folder, FolderRole, Refusal, Staging, WriteStats};
use crate::pipeline::{run_pipeline_with, PipelineOptions};
use crate::render::{Bodies, NoOutput, Output};
use crate::search::{
    export_static_index, index_dir, on_own_threads, search_documents, stage_index, StagedIndex, CACHE_DIR,
};
use crate::site::Site;

pub fn run(args: &BuildArgs) -> anyhow::Result<bool> {
    let started = Instant::now();
    let options = PipelineOptions {
        root: args.site.root.clone(),
        include_drafts: args.site.drafts,
        base_url: args.base_url.clone(),
        offline_zip: args.offline_zip.clone(),
        cache: None,
    };
    let cache = args.cache.clone().unwrap_or_else(|| args.site.root.join(CACHE_DIR));
    // Pages go straight into a staging folder as they are rendered; it replaces the output only when the
    // whole site, search index included, is there. A site.toml that does not load makes no folder at all
    // (the pipeline reports it).
    let config = Config::load(&args.site.root).ok().map(|(config, _)| config);
    let output_dir = match (&args.output, &config) {
        (Some(path), _) => path.clone(),
        (None, Some(config)) => args.site.root.join(&config.output_dir),
        (None, None) => args.site.root.join("public"),
    };
    // Before anything is written: ecolib replaces only folders it wrote, never the sources.
    let refused = |refusal: Refusal| super::UsageError::new(args.lang, &refusal.message());
    check_folder(&args.site.root, &output_dir, FolderRole::Output, args.force).map_err(refused)?;
    check_folder(&args.site.root, &cache, FolderRole::Cache, true).map_err(refused)?;
    check_cache_apart(&cache, &output_dir).map_err(refused)?;
    let staging = match config {
        Some(_) => Some(Staging::create(&output_dir).with_context(|| say(args.lang, "build-preparing", &output_dir))?),
        None => None,
    };
    let output: &dyn Output = match &staging {
        Some(staging) => staging,
        None => &NoOutput,
    };
    // The search index is built on its own thread from the moment the bodies are rendered, while the
    // templates run and the pages are written.
    let mut indexing = None;
    let result = run_pipeline_with(
        &options,
        |site, bodies, texts| {
            let (site, bodies, dir) = (site.clone(), bodies.clone(), index_dir(&cache));
            let lang = args.lang;
            indexing = Some(std::thread::spawn(move || {
                on_own_threads(|| index_and_export(&site, &bodies, texts, &dir, lang))
            }));
        },
        output,
    );
    let built = match result {
        Ok(built) => built,
        Err(failed) => {
            // Let a started index finish its own staging folder rather than leave it half written.
            if let Some(thread) = indexing {
                let _ = thread.join();
            }
            super::report(&failed.diagnostics, &failed.sources, args.lang);
            return Ok(false);
        }
    };
    let indexing = indexing.ok_or_else(|| anyhow::anyhow!(args.lang.text("build-index-not-started")))?;
    let Some(staging) = staging else {
        // site.toml did not load before the pipeline but did in it (saved meanwhile): nothing to write into.
        let _ = indexing.join();
        anyhow::bail!(args.lang.text("build-config-changed"));
    };
    super::report(&built.warnings, &built.sources, args.lang);
    let (stats, times) = finish_with_index(staging, &output_dir, indexing, args.lang)?;
    let t = built.timings;
    tracing::info!(
        load_ms = t.load.as_millis() as u64,
        model_ms = t.model.as_millis() as u64,
        render_ms = t.render.as_millis() as u64,
        index_ms = times.index_ms,
        export_ms = times.export_ms,
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

/// How long the last stages took, in milliseconds.
struct StageTimes {
    index_ms: u64,
    export_ms: u64,
}

/// The staged search index and its static export: (index, files, index ms, export ms).
type Indexed = anyhow::Result<(StagedIndex, Vec<(String, Vec<u8>)>, u64, u64)>;

fn index_and_export(site: &Site, bodies: &Bodies, texts: Vec<String>, dir: &Path, lang: Lang) -> Indexed {
    let started = Instant::now();
    let documents = search_documents(site, bodies, texts);
    let staged = stage_index(&documents, dir).with_context(|| lang.text("build-indexing"))?;
    let index_ms = started.elapsed().as_millis() as u64;
    let started = Instant::now();
    let files =
        export_static_index(staged.index(), &documents, &site.config).with_context(|| lang.text("build-exporting"))?;
    Ok((staged, files, index_ms, started.elapsed().as_millis() as u64))
}

/// Adds the search index's files to the staging folder, which holds the pages already, and swaps it in.
fn finish_with_index(
    staging: Staging,
    output_dir: &Path,
    indexing: std::thread::JoinHandle<Indexed>,
    lang: Lang,
) -> anyhow::Result<(WriteStats, StageTimes)> {
    let index_result = indexing.join();
    let (index, files, index_ms, export_ms) =
        index_result.map_err(|_| anyhow::anyhow!(lang.text("build-index-panicked")))??;
    staging.streamed().with_context(|| say(lang, "build-writing-site", output_dir))?;
    for (path, bytes) in files {
        staging.file(path, bytes);
    }
    let stats = staging.streamed().with_context(|| say(lang, "build-writing-index", output_dir))?;
    staging.commit().with_context(|| say(lang, "build-replacing", output_dir))?;
    // `ecolib search` follows the site only once the site is in place.
    index.commit().with_context(|| lang.text("build-replacing-index"))?;
    Ok((stats, StageTimes { index_ms, export_ms }))
}

/// A step's description naming its folder, for an error's context, in the reader's language.
fn say(lang: Lang, name: &'static str, dir: &Path) -> String {
    lang.render(&msg(name).arg("dir", dir))
}
