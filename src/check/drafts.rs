//! Drafts: `ecolib new` writes every page with `draft: true`, so the build leaves it out until the editor
//! has filled it in. `check` lists each draft with what is still missing: the site's documents are
//! assembled again with drafts included, and bodies rendered, exactly as `build --drafts` would, and the
//! problems found in draft files become notes: a draft is work in progress, so it never fails a build or
//! `check --strict` (CI stays green while a page is being written). The rules stay in `site` and `render`; none are
//! repeated here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::content::load_content;
use crate::diagnostics::{codes, msg, Diagnostic, Severity};
use crate::render::render_bodies;
use crate::site::{assemble_site, locate_top, BuildOptions, Site};

/// A note per gap of each draft (at the gap's line), or one saying the draft is ready. Nothing when
/// the site was built with its drafts (`--drafts`): then their problems are already reported as errors.
pub fn unfinished_drafts(site: &Site, root: &Path, out: &mut Vec<Diagnostic>) {
    if site.drafts_skipped == 0 {
        return;
    }
    let (content, _) = load_content(root, &site.config);
    let drafts: Vec<(PathBuf, usize)> = content
        .docs
        .iter()
        .filter(|doc| doc.front.draft)
        .map(|doc| (doc.display_path.clone(), locate_top(doc, "draft", None)))
        .collect();
    let paths: BTreeSet<&PathBuf> = drafts.iter().map(|(path, _)| path).collect();
    let options = BuildOptions { include_drafts: true };
    let (with_drafts, mut found) = assemble_site(site.config.clone(), content, &options);
    found.extend(render_bodies(&with_drafts, None).1);
    let mut gaps: Vec<Diagnostic> = found.into_iter().filter(|d| paths.contains(&d.path)).map(as_gap).collect();
    for (path, draft_line) in &drafts {
        if !gaps.iter().any(|gap| &gap.path == path) {
            out.push(
                Diagnostic { in_draft: true, ..Diagnostic::note(path, codes::DRAFT_COMPLETE) }
                    .at_line(*draft_line)
                    .with_help(msg("help-publish-draft")),
            );
        }
    }
    out.append(&mut gaps);
}

/// A problem of a draft, reported as what is still to do (prefixed, so editors tell it from problems of
/// published pages).
fn as_gap(mut diagnostic: Diagnostic) -> Diagnostic {
    diagnostic.severity = Severity::Note;
    diagnostic.in_draft = true;
    diagnostic
}
