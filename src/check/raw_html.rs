//! Pages that publish raw HTML as written (`unsafe_html: true`, per page or in site.toml): listed by
//! `check`, because every script on them runs in each visitor's browser and on every USB stick.

use crate::config::CONFIG_FILE;
use crate::diagnostics::{find_line, Diagnostic};
use crate::site::{locate, Site};

/// One warning per page that opted out of sanitising, and one for a site that did.
pub fn unsafe_html_pages(site: &Site, site_toml: Option<&str>, out: &mut Vec<Diagnostic>) {
    if site.config.unsafe_html {
        let line = site_toml.and_then(|text| find_line(text, 1, |l| l.trim_start().starts_with("unsafe_html")));
        let mut d = Diagnostic::warning(
            CONFIG_FILE,
            "unsafe_html = true: raw HTML in every page is published as written, scripts included",
        );
        if let Some(line) = line {
            d = d.at_line(line);
        }
        out.push(d.with_help("remove it unless every editor's HTML is reviewed; ecolib sanitises raw HTML without it"));
    }
    let docs = site.pages.iter().map(|p| &p.doc).chain(site.sections.iter().filter(|s| s.own_doc).map(|s| &s.doc));
    for doc in docs.filter(|doc| doc.front.unsafe_html) {
        out.push(
            Diagnostic::warning(
                &doc.display_path,
                "unsafe_html: true: this page's raw HTML is published as written, scripts included",
            )
            .at_line(locate(doc, "unsafe_html", None))
            .with_help("remove it when the page no longer needs raw HTML; without it ecolib sanitises the HTML"),
        );
    }
}
