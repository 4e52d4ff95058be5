//! What the search index knows of a page: its text by field and the facets it can be filtered by. Derived
//! from the model and the rendered bodies, never from HTML.

use serde::Serialize;

use super::index::FIELD_COUNT;
use crate::render::Bodies;
use crate::site::Site;

/// One page as the search index sees it.
#[derive(Debug, Clone, Serialize)]
pub struct SearchDocument {
    /// `ru:conventions/aktau-protocol`: language and document key.
    pub id: String,
    pub lang: String,
    /// Root-relative URL of the page's folder.
    pub url: String,
    pub title: String,
    pub summary: String,
    /// `##` and `###` headings, one per line.
    pub headings: String,
    /// The body as plain text.
    pub body: String,
    /// Tags and the labels of the page's topics, doc type and pillars in its language, one per line.
    pub tags: String,
    /// Title of the page's section, for the breadcrumb in results.
    pub section: String,
    pub doc_type: String,
    pub topics: Vec<String>,
    pub pillars: Vec<String>,
    pub year: Option<i32>,
    /// ISO date, when the page has one.
    pub date: Option<String>,
}

impl SearchDocument {
    /// The texts of the index's text fields, in the order of [`TEXT_FIELDS`](super::index::TEXT_FIELDS).
    pub fn texts(&self) -> [&str; FIELD_COUNT] {
        [&self.title, &self.summary, &self.headings, &self.body, &self.tags]
    }
}

/// Every page of the site, grouped by language in the order of the site's languages and otherwise in the
/// model's order (deterministic), with its rendered body's headings and plain text (`texts`, by page, as
/// the pipeline's index stage hands them over). Grouping by language makes a document's language a range of doc
/// ids, which the browser client reads from the manifest instead of a file with one entry per page.
pub fn search_documents(site: &Site, bodies: &Bodies, texts: Vec<String>) -> Vec<SearchDocument> {
    let mut documents: Vec<SearchDocument> = site
        .pages
        .iter()
        .zip(&bodies.pages)
        .zip(texts)
        .map(|((page, body), text)| {
            let front = page.front();
            SearchDocument {
                id: format!("{}:{}", page.lang(), page.doc.key),
                lang: page.lang().to_string(),
                url: page.dir_url.clone(),
                title: page.title().to_string(),
                summary: front.summary.clone().unwrap_or_default(),
                headings: body.toc.iter().map(|e| e.title.as_str()).collect::<Vec<_>>().join("\n"),
                body: text,
                tags: tag_text(site, page),
                section: site.sections[page.section].title().to_string(),
                doc_type: page.doc_type().to_string(),
                topics: front.topics.clone(),
                pillars: front.pillars.clone(),
                year: front.date.map(|d| d.year()),
                date: front.date.map(|d| d.to_string()),
            }
        })
        .collect();
    let order = |lang: &str| site.config.language_codes().position(|code| code == lang).unwrap_or(usize::MAX);
    documents.sort_by_key(|d| order(&d.lang)); // stable: the model's order within a language
    documents
}

/// A page's tags and the labels of its topics, doc type and pillars in its language, one per line: what a
/// reader sees on the page as its keywords.
fn tag_text(site: &Site, page: &crate::site::Page) -> String {
    let (front, lang, vocab) = (page.front(), page.lang(), &site.config.vocabularies);
    let mut lines: Vec<&str> = front.tags.iter().map(String::as_str).collect();
    lines.extend(front.topics.iter().map(|t| vocab.topics.label(t, lang)));
    lines.push(vocab.doc_types.label(page.doc_type(), lang));
    lines.extend(front.pillars.iter().map(|p| vocab.pillars.label(p, lang)));
    lines.join("\n")
}
