//! `ecolib check`: the whole pipeline in memory (templates included, nothing written) plus editorial checks,
//! with findings grouped by file. Exit 1 on errors, and on warnings too with `--strict`.

use std::collections::BTreeMap;
use std::io::Write;

use crate::check::{check_external_links, editorial_checks, external_links, translate, CheckOptions};
use crate::cli::{CheckArgs, OutputFormat};
use crate::diagnostics::{render_diagnostics, sort_diagnostics, Diagnostic, Severity};
use crate::pipeline::{run_pipeline, PipelineOptions};
use crate::search::CACHE_DIR;

pub fn run(args: &CheckArgs) -> anyhow::Result<bool> {
    let options =
        PipelineOptions { root: args.site.root.clone(), include_drafts: args.site.drafts, base_url: None, cache: None };
    let (mut diagnostics, sources, summary) = match run_pipeline(&options) {
        Ok(built) => {
            let today = args.today.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let mut found = built.warnings.clone();
            found.extend(editorial_checks(&built.site, &args.site.root, &CheckOptions { today }));
            let links = external_links(&built.site, &built.bodies);
            let distinct = links.iter().map(|l| l.url.as_str()).collect::<std::collections::BTreeSet<_>>().len();
            let external = if args.external {
                let cache = args.cache.clone().unwrap_or_else(|| args.site.root.join(CACHE_DIR));
                found.extend(check_external_links(&links, &cache, today));
                format!("{distinct} external links checked")
            } else {
                format!("{distinct} external links not checked (use --external)")
            };
            let drafts = match built.site.drafts_skipped {
                0 => String::new(),
                n => format!(", {n} drafts not checked (use --drafts)"),
            };
            let summary = format!(
                "{} pages, {} sections checked, {external}{drafts}",
                built.site.pages.len(),
                built.site.sections.len()
            );
            (found, built.sources, summary)
        }
        Err(failed) => (failed.diagnostics, failed.sources, "the site does not build".to_string()),
    };
    sort_diagnostics(&mut diagnostics);
    let russian = args.lang == "ru";
    if russian {
        diagnostics = diagnostics.iter().map(translate).collect();
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => {
            let report = serde_json::json!({ "errors": errors, "warnings": warnings, "diagnostics": diagnostics });
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        OutputFormat::Text => {
            for (path, group) in group_by_file(&diagnostics) {
                writeln!(out, "── {path} ({})", group.len())?;
                out.write_all(render_diagnostics(&group, &sources).as_bytes())?;
            }
            if russian {
                writeln!(out, "{}: ошибок — {errors}, предупреждений — {warnings}", summary_in_russian(&summary))?;
            } else {
                writeln!(out, "{summary}: {errors} error(s), {warnings} warning(s)")?;
            }
            if args.strict && errors == 0 && warnings > 0 {
                let text = if russian {
                    "--strict: предупреждения считаются ошибками"
                } else {
                    "--strict: warnings count as errors"
                };
                writeln!(out, "{text}")?;
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

/// The summary line in Russian.
fn summary_in_russian(summary: &str) -> String {
    summary
        .replace(" pages, ", " стр., ")
        .replace(" sections checked, ", " разд. проверено, ")
        .replace(" external links not checked (use --external)", " — столько внешних ссылок, не проверены (--external)")
        .replace(" external links checked", " — столько внешних ссылок проверено")
        .replace(" drafts not checked (use --drafts)", " — столько черновиков не проверено (--drafts)")
        .replace("the site does not build", "сайт не собирается")
}
