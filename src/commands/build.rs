//! `ecolib build`: run the pipeline, and write the output only when there is no error.

use std::time::Instant;

use anyhow::Context;

use crate::cli::BuildArgs;
use crate::output::write_site;
use crate::pipeline::{run_pipeline, PipelineOptions};

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
    let output = match &args.output {
        Some(path) => path.clone(),
        None => args.site.root.join(&built.site.config.output_dir),
    };
    let write_started = Instant::now();
    let stats = write_site(&built.output, &output)
        .with_context(|| format!("writing the site to {}", output.display()))?;
    let t = built.timings;
    tracing::info!(
        load_ms = t.load.as_millis() as u64,
        model_ms = t.model.as_millis() as u64,
        render_ms = t.render.as_millis() as u64,
        write_ms = write_started.elapsed().as_millis() as u64,
        "stages"
    );
    let sections = built.site.sections.len();
    eprintln!(
        "{} pages, {sections} sections, {} files ({:.1} MB) written to {} in {} ms",
        built.site.pages.len(),
        stats.files,
        stats.bytes as f64 / 1_048_576.0,
        output.display(),
        started.elapsed().as_millis()
    );
    Ok(true)
}
