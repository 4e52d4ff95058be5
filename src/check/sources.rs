//! Sources that cite a whole site: a URL with no path (`https://adilet.zan.kz`) in `sources:`, a law's
//! `official_url`, an instrument's official texts and ratification act, or a guide's deadline sources sends
//! the reader to a home page to hunt for the document, and proves nothing when the document moves. The page
//! should cite the exact document.

use crate::content::{FieldPlaces, SourceDoc};
use crate::diagnostics::{codes, msg, Diagnostic};
use crate::site::Site;

/// Warns on every source URL that is only a site's address.
pub(super) fn bare_domain_sources(site: &Site, out: &mut Vec<Diagnostic>) {
    let pages = site.pages.iter().map(|p| &p.doc);
    let sections = site.sections.iter().filter(|s| s.own_doc).map(|s| &s.doc);
    for doc in pages.chain(sections) {
        report_bare_domains(doc, out);
    }
}

/// Every URL of a page that is meant to point at a document.
fn cited_urls(doc: &SourceDoc) -> Vec<&str> {
    let front = &doc.front;
    let mut urls: Vec<&str> = front.sources.iter().map(|s| s.url.as_str()).collect();
    if let Some(law) = &front.law {
        urls.push(&law.official_url);
    }
    if let Some(instrument) = &front.instrument {
        urls.extend(instrument.official_text.iter().map(|t| t.url.as_str()));
        urls.extend(instrument.kz_ratification.as_ref().and_then(|r| r.url.as_deref()));
    }
    if let Some(guide) = &front.guide {
        urls.extend(guide.steps_deadlines.iter().map(|d| d.source.as_str()));
    }
    urls
}

fn report_bare_domains(doc: &SourceDoc, out: &mut Vec<Diagnostic>) {
    let bare: Vec<&str> = cited_urls(doc).into_iter().filter(|url| is_bare_domain(url)).collect();
    let places = if bare.is_empty() { FieldPlaces::default() } else { FieldPlaces::read(&doc.yaml) };
    for url in bare {
        // The YAML starts on the file's second line.
        let line = places.line_of_value(url).map_or(2, |l| l + 1);
        let url = url.trim();
        out.push(
            Diagnostic::warning(&doc.display_path, codes::SOURCE_HOME_PAGE.arg("url", url))
                .at_line(line)
                .with_help(msg("help-cite-document")),
        );
    }
}

/// True for `https://host`, `https://host/` and `https://host/#top`: a web address with no path or query.
fn is_bare_domain(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let Some(scheme_len) = ["https://", "http://"].iter().find(|s| lower.starts_with(**s)).map(|s| s.len()) else {
        return false;
    };
    let rest = &url[scheme_len..];
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if rest[..host_end].is_empty() {
        // `https://` alone is reported by the build as not a web address.
        return false;
    }
    let after_host = &rest[host_end..];
    let before_fragment = after_host.split('#').next().unwrap_or("");
    before_fragment.is_empty() || before_fragment == "/"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_without_path_or_query_is_a_bare_domain() {
        for url in ["https://adilet.zan.kz", "https://adilet.zan.kz/", "HTTP://Example.org/#top", " https://a.kz "] {
            assert!(is_bare_domain(url), "{url}");
        }
        for url in [
            "https://adilet.zan.kz/rus/docs/Z070000212_",
            "https://example.org/?id=5",
            "https://example.org//",
            "https://",
            "ftp://example.org",
            "example.org",
        ] {
            assert!(!is_bare_domain(url), "{url}");
        }
    }

    #[test]
    fn a_site_address_is_found_as_a_whole_value_not_in_a_longer_one() {
        let yaml =
            "sources:\n  - url: https://adilet.zan.kz/rus/docs/Z07\n  - { title: A, url: \"https://adilet.zan.kz\" }\n";
        assert_eq!(FieldPlaces::read(yaml).line_of_value("https://adilet.zan.kz"), Some(3));
    }
}
