//! `ecolib check`: the whole pipeline in memory (templates included, nothing written) plus editorial checks,
//! with findings grouped by file. Exit 1 on errors, and on warnings too with `--strict`.

use std::collections::BTreeMap;
use std::io::Write;

use crate::check::{check_external_links, editorial_checks, external_links, CheckOptions};
use crate::cli::{CheckArgs, OutputFormat};
use crate::diagnostics::{msg, render_diagnostics_in, sort_diagnostics, Diagnostic, Message, Severity};
use crate::pipeline::{run_pipeline, PipelineOptions};
use crate::search::CACHE_DIR;

pub fn run(args: &CheckArgs) -> anyhow::Result<bool> {
    let options = PipelineOptions {
        root: args.site.root.clone(),
        include_drafts: args.site.drafts,
        base_url: None,
        offline_zip: None,
        cache: None,
        index: crate::pipeline::IndexTarget::Memory,
        config: None,
    };
    let lang = args.lang;
    let (mut diagnostics, sources, summary) = match run_pipeline(&options) {
        Ok(built) => {
            // The index stage runs in check too: what only it meets (tantivy, the file system) is not missed.
            if let Err(failure) = &built.index {
                anyhow::bail!("{}: {failure}", lang.text("build-indexing"));
            }
            let today = args.today.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let mut found = built.warnings.clone();
            found.extend(editorial_checks(&built.site, &args.site.root, &CheckOptions { today }));
            let links = external_links(&built.site, &built.bodies);
            if args.external {
                let cache = args.cache.clone().unwrap_or_else(|| args.site.root.join(CACHE_DIR));
                found.extend(check_external_links(&links, &cache, today));
            }
            let counts = Counts {
                pages: built.site.pages.len(),
                sections: built.site.sections.len(),
                links: links.iter().map(|l| l.url.as_str()).collect::<std::collections::BTreeSet<_>>().len(),
                links_checked: args.external,
                drafts: built.site.drafts_skipped,
            };
            (found, built.sources, counts.message())
        }
        Err(failed) => (failed.diagnostics, failed.sources, msg("check-does-not-build").into()),
    };
    sort_diagnostics(&mut diagnostics);
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
    let notes = diagnostics.len() - errors - warnings;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => {
            let diagnostics: Vec<serde_json::Value> = diagnostics.iter().map(|d| d.to_json(lang)).collect();
            let report = serde_json::json!({ "errors": errors, "warnings": warnings, "notes": notes, "diagnostics": diagnostics });
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        OutputFormat::Text => {
            for (path, group) in group_by_file(&diagnostics) {
                writeln!(out, "── {path} ({})", group.len())?;
                out.write_all(render_diagnostics_in(&group, &sources, lang).as_bytes())?;
            }
            let totals = msg("check-totals")
                .arg("summary", summary)
                .arg("errors", errors)
                .arg("warnings", warnings)
                .arg("notes", notes);
            writeln!(out, "{}", lang.render(&totals))?;
            if args.strict && errors == 0 && warnings > 0 {
                writeln!(out, "{}", lang.text("check-strict"))?;
            }
        }
    }
    Ok(errors == 0 && (!args.strict || warnings == 0))
}

fn group_by_file(diagnostics: &[Diagnostic]) -> BTreeMap<String, Vec<Diagnostic>> {
    let mut groups: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    for d in diagnostics {
        groups.entry(d.path.display().to_string()).or_default().push(d.clone());
    }
    groups
}

/// What a check covered, for its closing line.
struct Counts {
    pages: usize,
    sections: usize,
    /// Distinct external links.
    links: usize,
    links_checked: bool,
    drafts: usize,
}

impl Counts {
    /// The closing line's first part, worded by the catalog.
    fn message(&self) -> Message {
        let links = match self.links_checked {
            true => msg("check-links-checked"),
            false => msg("check-links-unchecked"),
        };
        msg("check-summary")
            .arg("pages", self.pages)
            .arg("sections", self.sections)
            .arg("links", links.arg("count", self.links))
            .arg("drafts", self.drafts)
    }
}
