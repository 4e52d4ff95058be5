//! `ecolib build`: run the pipeline, and write the output only when there is no error.

use std::time::Instant;

use anyhow::Context;

use crate::cli::BuildArgs;
use crate::output::write_site;
use crate::pipeline::{run_pipeline, PipelineOptions};
use crate::search::{build_index, export_static_index, index_dir, search_documents, CACHE_DIR};

pub fn run(args: &BuildArgs) -> anyhow::Result<bool> {
    let started = Instant::now();
    let options = PipelineOptions {
        root: args.site.root.clone(),
        include_drafts: args.site.drafts,
        base_url: args.base_url.clone(),
    };
    let built = match run_pipeline(&options) {
        Ok(built) => built,
        Err(failed) => {
            super::report(&failed.diagnostics, &failed.sources);
            return Ok(false);
        }
    };
    super::report(&built.warnings, &built.sources);
    let output_dir = match &args.output {
        Some(path) => path.clone(),
        None => args.site.root.join(&built.site.config.output_dir),
    };
    let index_started = Instant::now();
    let documents = search_documents(&built.site, built.bodies);
    let cache = args.cache.clone().unwrap_or_else(|| args.site.root.join(CACHE_DIR));
    let index = build_index(&documents, &index_dir(&cache)).context("building the search index")?;
    let index_ms = index_started.elapsed().as_millis() as u64;
    let export_started = Instant::now();
    let mut output = built.output;
    for (path, bytes) in
        export_static_index(&index, &documents, &built.site.config).context("exporting the search index")?
    {
        output.files.insert(path, bytes);
    }
    let export_ms = export_started.elapsed().as_millis() as u64;
    let write_started = Instant::now();
    let stats =
        write_site(&output, &output_dir).with_context(|| format!("writing the site to {}", output_dir.display()))?;
    let t = built.timings;
    tracing::info!(
        load_ms = t.load.as_millis() as u64,
        model_ms = t.model.as_millis() as u64,
        render_ms = t.render.as_millis() as u64,
        index_ms,
        export_ms,
        write_ms = write_started.elapsed().as_millis() as u64,
        "stages"
    );
    let sections = built.site.sections.len();
    eprintln!(
        "{} pages, {sections} sections, {} files ({:.1} MB) written to {} in {} ms",
        built.site.pages.len(),
        stats.files,
        stats.bytes as f64 / 1_048_576.0,
        output_dir.display(),
        started.elapsed().as_millis()
    );
    Ok(true)
}
