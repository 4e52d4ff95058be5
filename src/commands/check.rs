//! `ecolib check`: the whole pipeline in memory (templates included, nothing written) plus editorial checks,
//! with findings grouped by file. Exit 1 on errors, and on warnings too with `--strict`.

use std::collections::BTreeMap;
use std::io::Write;

use crate::check::{check_external_links, editorial_checks, external_links, russian_labels, translate, CheckOptions};
use crate::cli::{CheckArgs, MessageLanguage, OutputFormat};
use crate::diagnostics::{render_diagnostics, sort_diagnostics, Diagnostic, Severity};
use crate::pipeline::{run_pipeline, PipelineOptions};
use crate::search::CACHE_DIR;

pub fn run(args: &CheckArgs) -> anyhow::Result<bool> {
    let options = PipelineOptions {
        root: args.site.root.clone(),
        include_drafts: args.site.drafts,
        base_url: None,
        offline_zip: None,
        cache: None,
    };
    let russian = args.lang == MessageLanguage::Ru;
    let (mut diagnostics, sources, summary) = match run_pipeline(&options) {
        Ok(built) => {
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
            (found, built.sources, if russian { counts.in_russian() } else { counts.in_english() })
        }
        Err(failed) => {
            let summary = if russian { "сайт не собирается" } else { "the site does not build" };
            (failed.diagnostics, failed.sources, summary.to_string())
        }
    };
    sort_diagnostics(&mut diagnostics);
    if russian {
        diagnostics = diagnostics.iter().map(translate).collect();
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
    let notes = diagnostics.len() - errors - warnings;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => {
            let report = serde_json::json!({ "errors": errors, "warnings": warnings, "notes": notes, "diagnostics": diagnostics });
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        OutputFormat::Text => {
            for (path, group) in group_by_file(&diagnostics) {
                writeln!(out, "── {path} ({})", group.len())?;
                let rendered = render_diagnostics(&group, &sources);
                let rendered = if russian { russian_labels(&rendered) } else { rendered };
                out.write_all(rendered.as_bytes())?;
            }
            if russian {
                let notes = if notes > 0 { format!(", заметок — {notes}") } else { String::new() };
                writeln!(out, "{summary}: ошибок — {errors}, предупреждений — {warnings}{notes}")?;
            } else {
                let notes = if notes > 0 { format!(", {notes} note(s)") } else { String::new() };
                writeln!(out, "{summary}: {errors} error(s), {warnings} warning(s){notes}")?;
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
    fn in_english(&self) -> String {
        let Counts { pages, sections, links, .. } = self;
        let links = if self.links_checked {
            format!("{links} external links checked")
        } else {
            format!("{links} external links not checked (use --external)")
        };
        let drafts = match self.drafts {
            0 => String::new(),
            n => format!(", {n} drafts (not published; their gaps are notes)"),
        };
        format!("{pages} pages, {sections} sections checked, {links}{drafts}")
    }

    fn in_russian(&self) -> String {
        let Counts { pages, sections, links, .. } = self;
        let links = if self.links_checked {
            format!("внешних ссылок — {links}, проверены")
        } else {
            format!("внешних ссылок — {links}, не проверялись (--external)")
        };
        let drafts = match self.drafts {
            0 => String::new(),
            n => format!("; черновиков — {n} (не публикуются; чего в них не хватает — в заметках)"),
        };
        format!("проверено страниц — {pages}, разделов — {sections}; {links}{drafts}")
    }
}
