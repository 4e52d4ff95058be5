//! Render: the site model → every output file, in memory. Markdown bodies first (so every page's anchors
//! are known), then tera pages in parallel, then feeds, sitemap and catalog. No file is written here.

mod body;
mod catalog;
mod feeds;
mod frame;
mod jsonld;
mod listings;
mod page_view;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::{codes, Diagnostic};
use crate::site::{PageId, Site};
use crate::templates::{StaticSource, Templates};

pub use body::{render_bodies, Bodies};
pub use frame::is_document;

/// The whole output, in memory: generated files and files to copy.
#[derive(Debug, Default)]
pub struct RenderedSite {
    /// Root-relative path → content.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Root-relative path → file to copy there.
    pub copies: BTreeMap<String, PathBuf>,
}

impl RenderedSite {
    /// Adds a generated file. The model has already reported every conflict between outputs
    /// (`site::claims`), so on a conflict the first claim simply stays.
    fn add(&mut self, path: String, bytes: Vec<u8>) {
        if !self.copies.contains_key(&path) {
            self.files.entry(path).or_insert(bytes);
        }
    }

    /// Adds a file to copy; as with [`RenderedSite::add`], the first claim stays.
    fn add_copy(&mut self, path: String, source: PathBuf) {
        if !self.files.contains_key(&path) {
            self.copies.entry(path).or_insert(source);
        }
    }
}

/// Where rendered files go as they are made: kept in memory (`check`, `serve`) or written at once into the
/// staging folder (`build`, so the whole site is never in memory). Called from many threads.
pub trait Output: Sync {
    fn file(&self, path: String, bytes: Vec<u8>);
    fn copy(&self, path: String, source: PathBuf);
}

/// Keeps the output in memory.
#[derive(Debug, Default)]
pub struct MemoryOutput(Mutex<RenderedSite>);

impl MemoryOutput {
    pub fn into_site(self) -> RenderedSite {
        self.0.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Output for MemoryOutput {
    fn file(&self, path: String, bytes: Vec<u8>) {
        if let Ok(mut site) = self.0.lock() {
            site.add(path, bytes);
        }
    }

    fn copy(&self, path: String, source: PathBuf) {
        if let Ok(mut site) = self.0.lock() {
            site.add_copy(path, source);
        }
    }
}

/// Drops the output: for a run that already failed and renders only to find more problems.
pub struct NoOutput;

impl Output for NoOutput {
    fn file(&self, _: String, _: Vec<u8>) {}
    fn copy(&self, _: String, _: PathBuf) {}
}

/// Renders every output file from the model and the rendered bodies (`render_bodies`) into `output`.
/// Returns every problem.
pub fn render_site(site: &Site, templates: &Templates, bodies: &Bodies, output: &dyn Output) -> Vec<Diagnostic> {
    // The site-wide files are made on one thread while the pages take the others.
    let (mut diagnostics, site_wide) = rayon::join(
        || {
            let mut diagnostics: Vec<Diagnostic> = (0..site.pages.len())
                .into_par_iter()
                .filter_map(|id| {
                    render_page(site, templates, bodies, id).map(|(path, bytes)| output.file(path, bytes)).err()
                })
                .collect();
            listings::render_listings(site, templates, bodies, output, &mut diagnostics);
            diagnostics
        },
        || render_site_wide(site, templates, output),
    );
    diagnostics.extend(site_wide);
    site.assets.par_iter().for_each(|asset| output.copy(asset.rel_path.clone(), asset.source.clone()));
    for (path, bytes) in &templates.assets.files {
        output.file(path.clone(), bytes.clone());
    }
    let copied = templates.theme.static_files().into_iter().filter(|(rel, _)| !templates.assets.replaced.contains(rel));
    copied.collect::<Vec<_>>().into_par_iter().for_each(|(rel, source)| match source {
        StaticSource::Path(path) => output.copy(format!("static/{rel}"), path),
        StaticSource::Bytes(bytes) => output.file(format!("static/{rel}"), bytes.to_vec()),
    });
    diagnostics
}

/// The feeds, the catalog and the search client's strings.
fn render_site_wide(site: &Site, templates: &Templates, output: &dyn Output) -> Option<Diagnostic> {
    for (path, bytes) in feeds::render_feeds(site) {
        output.file(path, bytes);
    }
    output.file(SEARCH_STRINGS.to_string(), search_strings_script(site, templates));
    match catalog::render_catalog(site) {
        Ok(files) => {
            for (path, bytes) in files {
                output.file(path, bytes);
            }
            None
        }
        Err(err) => Some(Diagnostic::error("catalog.csv", codes::CATALOG_UNWRITABLE.arg("detail", err.to_string()))),
    }
}

/// The search client's interface strings, all languages in one small script that every page loads,
/// rather than ~2 KB of the same JSON in every page's search box.
pub const SEARCH_STRINGS: &str = "search/strings.js";

fn search_strings_script(site: &Site, templates: &Templates) -> Vec<u8> {
    let by_lang: Vec<String> = site
        .config
        .language_codes()
        .map(|lang| format!("{}:{}", serde_json::Value::from(lang), templates.i18n.search_json(lang)))
        .collect();
    // As in the index's scripts: line separators are escaped for older JavaScript parsers.
    let json = by_lang.join(",").replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029");
    format!("window.ecolibSearchStrings = {{{json}}};\n").into_bytes()
}

fn render_page(
    site: &Site,
    templates: &Templates,
    bodies: &Bodies,
    id: PageId,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let page = &site.pages[id];
    let frame = frame::Frame { site, templates, lang: page.lang(), dir: &page.dir_url };
    let view = page_view::page_view(&frame, id, &bodies.pages[id]);
    let others: Vec<(String, String)> =
        page.translations.iter().map(|&t| (site.pages[t].lang().to_string(), site.pages[t].dir_url.clone())).collect();
    let summary = page.front().summary.clone().unwrap_or_default();
    let mut context =
        frame.base_context(frame::Kind::Page, page.title(), &summary, frame.language_links(&page.dir_url, &others));
    context.insert("breadcrumbs", &frame.breadcrumbs(Some(page.section)));
    context.insert("page", &view);
    let template = page.front().template.clone().unwrap_or_else(|| "page.html".into());
    let html = templates.render(&template, context, &page.doc.display_path)?;
    Ok((format!("{}index.html", page.dir_url), html))
}
