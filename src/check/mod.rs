//! Editorial checks beyond what a build needs: translations that are missing or disagree with their
//! original, duplicate titles, overdue reviews, pages no listing reaches, and file names that break on USB
//! sticks (FAT32/exFAT) or turn into unexpected addresses, and sources that cite a site's home page.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;

mod drafts;
mod external;
mod names;
mod raw_html;
mod sources;
mod translations;

pub use external::{check_external_links, ExternalLink};
pub use names::MAX_PATH_CHARS;

use crate::content::FieldPlaces;
use crate::diagnostics::{codes, msg, Diagnostic};
use crate::site::{Site, Target};

/// What the checks need besides the site.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The date `review_by` is compared with.
    pub today: NaiveDate,
}

/// Runs every editorial check.
pub fn editorial_checks(site: &Site, root: &Path, options: &CheckOptions) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    translations::missing_translations(site, &mut out);
    translations::check_untranslated(site, &mut out);
    translations::translations_differing(site, &mut out);
    duplicate_titles(site, &mut out);
    overdue_reviews(site, options.today, &mut out);
    unreachable_pages(site, &mut out);
    names::unsafe_file_names(root, &mut out);
    names::transliterated_names(site, &mut out);
    let site_toml = std::fs::read_to_string(root.join(crate::config::CONFIG_FILE)).ok();
    raw_html::unsafe_html_pages(site, site_toml.as_deref(), &mut out);
    drafts::unfinished_drafts(site, root, &mut out);
    sources::bare_domain_sources(site, &mut out);
    out
}

/// Two pages with one title in one language confuse readers and search results.
fn duplicate_titles(site: &Site, out: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<(String, String), &crate::site::Page> = BTreeMap::new();
    for page in &site.pages {
        let key = (page.lang().to_string(), page.title().trim().to_lowercase());
        match seen.get(&key) {
            Some(first) => out.push(
                Diagnostic::warning(
                    &page.doc.display_path,
                    codes::DUPLICATE_TITLE.arg("title", page.title()).arg("first", &first.doc.display_path),
                )
                .at_line(crate::site::locate(&page.doc, "title", None))
                .with_help(msg("help-distinct-title")),
            ),
            None => {
                seen.insert(key, page);
            }
        }
    }
}

/// Facts that go stale (status, ratifications) must be re-checked by `review_by`.
fn overdue_reviews(site: &Site, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    for page in &site.pages {
        if let Some(review_by) = page.front().review_by.filter(|d| d.0 < today) {
            out.push(
                Diagnostic::warning(&page.doc.display_path, codes::REVIEW_OVERDUE.arg("date", review_by.to_string()))
                    .at_line(crate::site::locate(&page.doc, "review_by", None))
                    .with_help(msg("help-review")),
            );
        }
    }
}

/// Pages that no chain of listings from a home page reaches.
fn unreachable_pages(site: &Site, out: &mut Vec<Diagnostic>) {
    let mut reached: BTreeSet<Target> = BTreeSet::new();
    let mut queue: Vec<usize> = site.config.language_codes().filter_map(|l| site.home(l)).collect();
    while let Some(id) = queue.pop() {
        if !reached.insert(Target::Section(id)) {
            continue;
        }
        let section = &site.sections[id];
        reached.extend(section.pages.iter().map(|&p| Target::Page(p)));
        queue.extend(&section.subsections);
    }
    for (id, page) in site.pages.iter().enumerate() {
        if !reached.contains(&Target::Page(id)) {
            out.push(
                Diagnostic::warning(&page.doc.display_path, codes::UNREACHABLE_PAGE).with_help(msg("help-index-chain")),
            );
        }
    }
}

/// Every link to another site: in page texts (with their lines) and in front matter (sources, official
/// texts, ratification acts, laws).
pub fn external_links(site: &Site, bodies: &crate::render::Bodies) -> Vec<ExternalLink> {
    let mut links = Vec::new();
    for (page, body) in site.pages.iter().zip(&bodies.pages) {
        let path = page.doc.display_path.clone();
        for (url, line) in &body.external_links {
            links.push(ExternalLink { url: url.clone(), path: path.clone(), line: Some(*line) });
        }
        let front = page.front();
        let mut urls: Vec<&str> = front.sources.iter().map(|s| s.url.as_str()).collect();
        if let Some(instrument) = &front.instrument {
            urls.extend(instrument.official_text.iter().map(|t| t.url.as_str()));
            urls.extend(instrument.kz_ratification.as_ref().and_then(|r| r.url.as_deref()));
        }
        urls.extend(front.law.as_ref().map(|l| l.official_url.as_str()));
        urls.retain(|u| u.starts_with("http://") || u.starts_with("https://"));
        let places = if urls.is_empty() { FieldPlaces::default() } else { FieldPlaces::read(&page.doc.yaml) };
        for url in urls {
            // The YAML starts on the file's second line.
            let line = places.line_of_value(url).map(|l| l + 1);
            links.push(ExternalLink { url: url.to_string(), path: path.clone(), line });
        }
    }
    links
}
