//! Pages that publish raw HTML as written (`unsafe_html: true`, per page or in site.toml): listed by
//! `check`, because every script on them runs in each visitor's browser and on every USB stick.

use crate::config::CONFIG_FILE;
use crate::diagnostics::{codes, msg, Diagnostic};
use crate::site::{locate, Site};

/// One warning per page that opted out of sanitising, and one for a site that did.
pub fn unsafe_html_pages(site: &Site, site_toml: Option<&str>, out: &mut Vec<Diagnostic>) {
    if site.config.unsafe_html {
        let line = site_toml.and_then(|text| crate::config::toml_key_line(text, &["unsafe_html"]));
        let d = Diagnostic::warning(CONFIG_FILE, codes::UNSAFE_HTML_SITE).at_line_opt(line);
        out.push(d.with_help(msg("help-unsafe-site")));
    }
    let docs = site.pages.iter().map(|p| &p.doc).chain(site.sections.iter().filter(|s| s.own_doc).map(|s| &s.doc));
    for doc in docs.filter(|doc| doc.front.unsafe_html) {
        out.push(
            Diagnostic::warning(&doc.display_path, codes::UNSAFE_HTML_PAGE)
                .at_line(locate(doc, "unsafe_html", None))
                .with_help(msg("help-unsafe-page")),
        );
    }
}
