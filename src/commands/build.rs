//! `ecolib build`: run the pipeline, and write the output only when there is no error. `--lang ru` reports
//! in Russian, for the editors who build the site themselves.

use std::path::Path;
use std::time::Instant;

use anyhow::Context;

use crate::check::{russian_labels, translate};
use crate::cli::{BuildArgs, MessageLanguage};
use crate::diagnostics::{render_diagnostics, Diagnostic, SourceMap};
use crate::output::{Staging, WriteStats};
use crate::pipeline::{run_pipeline, PipelineOptions};
use crate::render::{Bodies, RenderedSite};
use crate::search::{build_index, export_static_index, index_dir, search_documents, CACHE_DIR};
use crate::site::Site;

pub fn run(args: &BuildArgs) -> anyhow::Result<bool> {
    let started = Instant::now();
    let options = PipelineOptions {
        root: args.site.root.clone(),
        include_drafts: args.site.drafts,
        base_url: args.base_url.clone(),
        cache: None,
    };
    let built = match run_pipeline(&options) {
        Ok(built) => built,
        Err(failed) => {
            report(&failed.diagnostics, &failed.sources, args.lang);
            return Ok(false);
        }
    };
    report(&built.warnings, &built.sources, args.lang);
    let output_dir = match &args.output {
        Some(path) => path.clone(),
        None => args.site.root.join(&built.site.config.output_dir),
    };
    let cache = args.cache.clone().unwrap_or_else(|| args.site.root.join(CACHE_DIR));
    let (stats, times) = write_with_index(&built.site, built.bodies, &built.output, &output_dir, &cache)?;
    let t = built.timings;
    tracing::info!(
        load_ms = t.load.as_millis() as u64,
        model_ms = t.model.as_millis() as u64,
        render_ms = t.render.as_millis() as u64,
        index_ms = times.index_ms,
        export_ms = times.export_ms,
        write_pages_ms = times.write_ms,
        "stages"
    );
    let (pages, sections, files) = (built.site.pages.len(), built.site.sections.len(), stats.files);
    let (megabytes, dir, ms) = (stats.bytes as f64 / 1_048_576.0, output_dir.display(), started.elapsed().as_millis());
    match args.lang {
        MessageLanguage::En => {
            eprintln!(
                "{pages} pages, {sections} sections, {files} files ({megabytes:.1} MB) written to {dir} in {ms} ms"
            );
        }
        MessageLanguage::Ru => {
            let megabytes = format!("{megabytes:.1}").replace('.', ",");
            eprintln!("страниц — {pages}, разделов — {sections}; в {dir} записано файлов: {files} ({megabytes} МБ) за {ms} мс");
        }
    }
    Ok(true)
}

/// Prints the diagnostics to stderr in the chosen language, with a closing count.
fn report(diagnostics: &[Diagnostic], sources: &SourceMap, lang: MessageLanguage) {
    if lang == MessageLanguage::En {
        return super::report(diagnostics, sources);
    }
    let translated: Vec<Diagnostic> = diagnostics.iter().map(translate).collect();
    let errors = translated.iter().filter(|d| d.is_error()).count();
    let warnings = translated.len() - errors;
    eprint!("{}", russian_labels(&render_diagnostics(&translated, sources)));
    if errors > 0 {
        eprintln!(
            "ошибок — {errors}, предупреждений — {warnings}: ничего не записано, прежняя версия сайта не изменилась."
        );
    } else if warnings > 0 {
        eprintln!("предупреждений — {warnings}.");
    }
}

/// How long the last stages took, in milliseconds.
struct StageTimes {
    index_ms: u64,
    export_ms: u64,
    write_ms: u64,
}

/// Writes the pages while the search index (CPU) is built; the index's files join the same staging folder,
/// and the new site replaces the old one only when both are done.
fn write_with_index(
    site: &Site,
    bodies: Bodies,
    output: &RenderedSite,
    output_dir: &Path,
    cache: &Path,
) -> anyhow::Result<(WriteStats, StageTimes)> {
    let staging = Staging::create(output_dir).with_context(|| format!("preparing {}", output_dir.display()))?;
    let (index_result, write_result) = std::thread::scope(|scope| {
        let index = scope.spawn(move || {
            let started = Instant::now();
            let documents = search_documents(site, bodies);
            let index = build_index(&documents, &index_dir(cache)).context("building the search index")?;
            let index_ms = started.elapsed().as_millis() as u64;
            let started = Instant::now();
            let files = export_static_index(&index, &documents, &site.config).context("exporting the search index")?;
            anyhow::Ok((files, index_ms, started.elapsed().as_millis() as u64))
        });
        let started = Instant::now();
        let written = staging.write(output).map(|stats| (stats, started.elapsed().as_millis() as u64));
        (index.join(), written)
    });
    let (files, index_ms, export_ms) =
        index_result.map_err(|_| anyhow::anyhow!("the search index thread panicked"))??;
    let (mut stats, write_ms) =
        write_result.with_context(|| format!("writing the site to {}", output_dir.display()))?;
    let search = RenderedSite { files: files.into_iter().collect(), copies: Default::default() };
    let search_stats =
        staging.write(&search).with_context(|| format!("writing the search index to {}", output_dir.display()))?;
    stats.files += search_stats.files;
    stats.bytes += search_stats.bytes;
    staging.commit().with_context(|| format!("replacing {}", output_dir.display()))?;
    Ok((stats, StageTimes { index_ms, export_ms, write_ms }))
}
