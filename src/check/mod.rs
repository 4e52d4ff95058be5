//! Editorial checks beyond what a build needs: missing promised translations, duplicate titles, overdue
//! reviews, pages no listing reaches, and file names that break on USB sticks (FAT32/exFAT).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;

mod external;
mod russian;

pub use external::{check_external_links, ExternalLink};
pub use russian::translate;

use crate::content::CONTENT_DIR;
use crate::diagnostics::Diagnostic;
use crate::site::{Site, Target};

/// Longest path under `content/` that copies safely to every stick and archive tool.
pub const MAX_PATH_CHARS: usize = 200;
/// Characters FAT32 and exFAT do not allow in names.
const FORBIDDEN: &[char] = &['<', '>', ':', '"', '\\', '|', '?', '*'];

/// What the checks need besides the site.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The date `review_by` is compared with.
    pub today: NaiveDate,
}

/// Runs every editorial check.
pub fn editorial_checks(site: &Site, root: &Path, options: &CheckOptions) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    missing_translations(site, &mut out);
    duplicate_titles(site, &mut out);
    overdue_reviews(site, options.today, &mut out);
    unreachable_pages(site, &mut out);
    unsafe_file_names(root, &mut out);
    out
}

/// A section's `languages:` promises every page in those languages.
fn missing_translations(site: &Site, out: &mut Vec<Diagnostic>) {
    for section in site.sections.iter().filter(|s| s.lang == site.config.default_language) {
        let promised = &section.doc.front.languages;
        for &id in &section.pages {
            let page = &site.pages[id];
            let have: BTreeSet<&str> =
                std::iter::once(page.lang()).chain(page.translations.iter().map(|&t| site.pages[t].lang())).collect();
            for lang in promised.iter().filter(|l| !have.contains(l.as_str())) {
                let (dir, stem) = page.doc.key.rsplit_once('/').unwrap_or(("", &page.doc.key));
                out.push(
                    Diagnostic::warning(&page.doc.display_path, format!("no {lang} translation, which the section promises"))
                        .with_help(format!("add {CONTENT_DIR}/{dir}/{stem}.{lang}.md, or remove {lang} from `languages:` in the section's _index.md")),
                );
            }
        }
    }
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
                    format!("the title «{}» is also used by {}", page.title(), first.doc.display_path.display()),
                )
                .at_line(crate::site::locate(&page.doc, "title", None))
                .with_help("give each page a title that tells it apart"),
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
                Diagnostic::warning(&page.doc.display_path, format!("review was due on {review_by}"))
                    .at_line(crate::site::locate(&page.doc, "review_by", None))
                    .with_help(
                        "check the page's facts against its sources, then set review_by and updated to new dates",
                    ),
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
            out.push(Diagnostic::warning(&page.doc.display_path, "no listing reaches this page").with_help(
                "every folder needs an _index.md in this language or the default one, up to content/_index.md",
            ));
        }
    }
}

/// Names that FAT32/exFAT sticks refuse, names that differ only in case, and very long paths.
fn unsafe_file_names(root: &Path, out: &mut Vec<Diagnostic>) {
    let content = root.join(CONTENT_DIR);
    let mut by_lower: BTreeMap<String, String> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&content).sort_by_file_name().into_iter().filter_map(Result::ok) {
        let Ok(rel) = entry.path().strip_prefix(root) else { continue };
        let shown = rel.to_string_lossy().replace('\\', "/");
        let name = entry.file_name().to_string_lossy();
        if name.chars().any(|c| FORBIDDEN.contains(&c) || c.is_control()) || name.ends_with('.') || name.ends_with(' ')
        {
            out.push(
                Diagnostic::error(&shown, format!("the name «{name}» cannot be copied to a USB stick (FAT32/exFAT)"))
                    .with_help(
                        "use Latin letters, digits and hyphens; no < > : \" \\ | ? *, no dot or space at the end",
                    ),
            );
        }
        if shown.chars().count() > MAX_PATH_CHARS {
            out.push(
                Diagnostic::error(
                    &shown,
                    format!("the path is {} characters long, more than {MAX_PATH_CHARS}", shown.chars().count()),
                )
                .with_help("shorten the folder or file name"),
            );
        }
        let lower = shown.to_lowercase();
        match by_lower.get(&lower) {
            Some(first) if *first != shown => out.push(
                Diagnostic::error(&shown, format!("differs from {first} only in upper/lower case"))
                    .with_help("USB sticks do not tell such names apart: rename one of them"),
            ),
            _ => {
                by_lower.insert(lower, shown);
            }
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
        for url in urls.into_iter().filter(|u| u.starts_with("http://") || u.starts_with("https://")) {
            // The YAML starts on the file's second line.
            let line = crate::diagnostics::find_line(&page.doc.yaml, 1, |l| l.contains(url)).map(|l| l + 1);
            links.push(ExternalLink { url: url.to_string(), path: path.clone(), line });
        }
    }
    links
}
