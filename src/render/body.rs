//! Renders every page and section body from Markdown, resolving links against the site, then checks the
//! `#anchors` of internal links once every page's headings are known.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::cache::{BuildCache, CachedBody, Fingerprint, Resolution};
use crate::content::SourceDoc;
use crate::diagnostics::{codes, msg, Diagnostic, Message};
use crate::markdown::{
    heading_id, is_data_image, is_script_url, render_markdown, scheme, shorten_url, LinkResolver, MarkdownOptions,
    RawHtmlPolicy, Rendered, ResolvedLink,
};
use crate::site::urls::{percent_decode, relative_url};
use crate::site::{InternalLink, Site, Target};

/// Rendered bodies, by page and by section index.
pub struct Bodies {
    pub pages: Vec<Rendered>,
    pub sections: Vec<Rendered>,
}

/// An internal link with an anchor, to check after rendering.
struct AnchorCheck {
    target: Target,
    anchor: String,
    line: usize,
}

/// Resolves links in one document's body.
struct DocResolver<'a> {
    site: &'a Site,
    doc: &'a SourceDoc,
    /// Output directory of the page being rendered.
    from_dir: &'a str,
    assets: &'a BTreeSet<&'a str>,
    anchors: Vec<AnchorCheck>,
}

impl LinkResolver for DocResolver<'_> {
    fn resolve(&mut self, dest: &str, line: usize) -> Result<ResolvedLink, (Message, Message)> {
        let pretty = self.site.config.pretty_links;
        if dest.starts_with("@/") || is_relative_markdown(dest) {
            let link = if dest.starts_with("@/") { dest.to_string() } else { self.as_internal(dest) };
            let parsed = match InternalLink::parse(&link, &self.site.config) {
                Some(Ok(parsed)) => parsed,
                Some(Err(e)) => return Err((e.message, e.help)),
                None => return Err((codes::LINK_UNREADABLE.arg("link", dest), msg("help-write-internal").into())),
            };
            let target = match self.site.resolve_link(&parsed, &self.doc.lang) {
                Ok(target) => target,
                // The target's own file is broken and reported: no second error for the link.
                Err(e) if e.known_broken => return Ok(ResolvedLink { href: "#".into(), external: false }),
                Err(e) => return Err((e.message, e.help)),
            };
            let mut to = self.site.target_url(target).to_string();
            if let Some(anchor) = &parsed.anchor {
                self.anchors.push(AnchorCheck { target, anchor: anchor.clone(), line });
                to.push('#');
                to.push_str(anchor);
            }
            return Ok(ResolvedLink { href: relative_url(self.from_dir, &to, pretty), external: false });
        }
        if is_script_url(dest) || (scheme(dest).as_deref() == Some("data") && !is_data_image(dest)) {
            return Err((codes::SCRIPT_LINK.arg("url", shorten_url(dest)), msg("help-link-kinds").into()));
        }
        if has_scheme(dest) {
            let external = dest.starts_with("http://") || dest.starts_with("https://");
            return Ok(ResolvedLink { href: dest.to_string(), external });
        }
        if dest.starts_with("//") || dest.starts_with('/') {
            return Err((codes::ROOT_ABSOLUTE_LINK.arg("url", dest), msg("help-relative-links").into()));
        }
        self.resolve_file(dest)
    }
}

impl DocResolver<'_> {
    /// `other.md#x` written relative to this file → `@/dir/other.md#x`.
    fn as_internal(&self, dest: &str) -> String {
        match normalize(self.doc.dir(), dest) {
            Some(path) => format!("@/{path}"),
            None => dest.to_string(),
        }
    }

    /// A file beside the page (image, PDF): must exist under content/.
    fn resolve_file(&self, dest: &str) -> Result<ResolvedLink, (Message, Message)> {
        let (path, suffix) = match dest.find(['?', '#']) {
            Some(i) => (&dest[..i], &dest[i..]),
            None => (dest, ""),
        };
        let decoded = percent_decode(path);
        match normalize(self.doc.dir(), &decoded) {
            Some(rel) if self.assets.contains(rel.as_str()) => {
                let href = relative_url(self.from_dir, &rel, true);
                Ok(ResolvedLink { href: format!("{}{suffix}", encode_path(&href)), external: false })
            }
            Some(rel) => Err((
                codes::LINKED_FILE_MISSING.arg("file", dest).arg("looked", format!("content/{rel}")),
                msg("help-file-beside").into(),
            )),
            None => Err((codes::LINK_LEAVES_CONTENT.arg("file", dest), msg("help-files-inside").into())),
        }
    }
}

fn has_scheme(dest: &str) -> bool {
    match dest.find(':') {
        Some(i) => dest[..i].bytes().all(|b| b.is_ascii_alphabetic() || b == b'+' || b == b'-' || b == b'.') && i > 1,
        None => false,
    }
}

fn is_relative_markdown(dest: &str) -> bool {
    let path = dest.split('#').next().unwrap_or(dest);
    path.ends_with(".md") && !has_scheme(dest) && !dest.starts_with('/')
}

/// Joins `dir` and a relative `path`, resolving `.` and `..`; `None` when it leaves the root.
fn normalize(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// Percent-encodes spaces and other characters that are unsafe in an href, keeping `/` and `.`.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '"' => out.push_str("%22"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            _ => out.push(c),
        }
    }
    out
}

/// Records what every link resolved to, so that a cached body can be checked against the site of a later
/// build.
struct Recording<'r, 'a> {
    inner: &'r mut DocResolver<'a>,
    log: Vec<Resolution>,
}

impl LinkResolver for Recording<'_, '_> {
    fn resolve(&mut self, dest: &str, line: usize) -> Result<ResolvedLink, (Message, Message)> {
        let outcome = self.inner.resolve(dest, line);
        self.log.push((dest.to_string(), line, outcome.clone()));
        outcome
    }
}

/// Renders all bodies in parallel and reports broken links and anchors. With a cache, a body whose text
/// and options are unchanged is reused when each of its links still resolves exactly as before (the
/// renderer reads nothing else from the site).
pub fn render_bodies(site: &Site, cache: Option<&BuildCache>) -> (Bodies, Vec<Diagnostic>) {
    let assets: BTreeSet<&str> = site.assets.iter().map(|a| a.rel_path.as_str()).collect();
    let render = |doc: &SourceDoc, from_dir: &str| {
        let options = MarkdownOptions {
            smart_punctuation: site.config.smart_punctuation,
            lang: doc.lang.clone(),
            first_line: doc.body_line,
            raw_html: if doc.front.unsafe_html || site.config.unsafe_html {
                RawHtmlPolicy::Allow
            } else {
                RawHtmlPolicy::Sanitise
            },
        };
        let mut resolver = DocResolver { site, doc, from_dir, assets: &assets, anchors: Vec::new() };
        let Some(cache) = cache else {
            let rendered = render_markdown(&doc.body, &options, &mut resolver);
            return (rendered, resolver.anchors);
        };
        let key = Fingerprint::new()
            .str(&doc.source_path)
            .str(from_dir)
            .str(&doc.lang)
            .number(doc.body_line as u128)
            .number(options.smart_punctuation as u128)
            .number((options.raw_html == RawHtmlPolicy::Allow) as u128)
            .str(&doc.body)
            .finish();
        if let Some(hit) = cache.body(key) {
            // Replaying in order also collects the anchors to check, as rendering would.
            if hit.resolutions.iter().all(|(dest, line, outcome)| resolver.resolve(dest, *line) == *outcome) {
                return (hit.rendered.clone(), resolver.anchors);
            }
            resolver.anchors.clear();
        }
        let mut recording = Recording { inner: &mut resolver, log: Vec::new() };
        let rendered = render_markdown(&doc.body, &options, &mut recording);
        let resolutions = recording.log;
        cache.store_body(key, CachedBody { rendered: rendered.clone(), resolutions });
        (rendered, resolver.anchors)
    };
    let pages: Vec<(Rendered, Vec<AnchorCheck>)> = site.pages.par_iter().map(|p| render(&p.doc, &p.dir_url)).collect();
    // A section whose `_index` is borrowed from the default language shows no body: it is in another language.
    let sections: Vec<(Rendered, Vec<AnchorCheck>)> = site
        .sections
        .par_iter()
        .map(|s| if s.own_doc { render(&s.doc, &s.dir_url) } else { (Rendered::default(), Vec::new()) })
        .collect();
    let mut anchors: BTreeMap<Target, &[String]> = BTreeMap::new();
    for (id, (rendered, _)) in pages.iter().enumerate() {
        anchors.insert(Target::Page(id), &rendered.anchors);
    }
    for (id, (rendered, _)) in sections.iter().enumerate() {
        anchors.insert(Target::Section(id), &rendered.anchors);
    }
    // Files whose front matter failed: their links and images are checked too, so one run reports all.
    let broken: Vec<(Rendered, Vec<AnchorCheck>)> = site.broken_docs.par_iter().map(|d| render(d, "")).collect();
    let mut diagnostics = Vec::new();
    let docs = site.pages.iter().map(|p| &p.doc).chain(site.sections.iter().map(|s| &s.doc)).chain(&site.broken_docs);
    for (doc, (rendered, checks)) in docs.zip(pages.iter().chain(sections.iter()).chain(broken.iter())) {
        for problem in &rendered.problems {
            let d = if problem.warning {
                Diagnostic::warning(&doc.display_path, &problem.message)
            } else {
                Diagnostic::error(&doc.display_path, &problem.message)
            };
            diagnostics.push(d.at_line(problem.line).with_help(&problem.help));
        }
        for check in checks {
            let known = anchors.get(&check.target).copied().unwrap_or(&[]);
            // An anchor copied from the address bar arrives percent-encoded.
            let decoded = percent_decode(&check.anchor);
            if !known.iter().any(|a| *a == check.anchor || *a == decoded || *a == heading_id(&decoded)) {
                diagnostics.push(
                    Diagnostic::error(
                        &doc.display_path,
                        codes::BROKEN_ANCHOR.arg("page", site.target_title(check.target)).arg("anchor", &check.anchor),
                    )
                    .at_line(check.line)
                    .with_help(crate::markdown::anchor_help(&check.anchor, known)),
                );
            }
        }
    }
    let bodies = Bodies {
        pages: pages.into_iter().map(|(r, _)| r).collect(),
        sections: sections.into_iter().map(|(r, _)| r).collect(),
    };
    (bodies, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_paths() {
        assert_eq!(normalize("guides", "form.docx").as_deref(), Some("guides/form.docx"));
        assert_eq!(normalize("guides", "../img/a.png").as_deref(), Some("img/a.png"));
        assert_eq!(normalize("", "../x"), None);
    }

    #[test]
    fn schemes_are_recognised() {
        assert!(has_scheme("https://x.org"));
        assert!(has_scheme("mailto:a@b.kz"));
        assert!(!has_scheme("c:file")); // one-letter "schemes" are Windows drive letters
        assert!(!has_scheme("file.pdf"));
    }
}
