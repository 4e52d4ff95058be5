//! A frame is one output page being rendered: its language and directory. Every URL handed to a template
//! goes through [`Frame::url`], which makes it relative to that directory.

use serde::Serialize;

use crate::site::urls::relative_url;
use crate::site::{Page, PageId, Site, Target, TaxonomyKind};
use crate::templates::context::{DateView, ItemView, LanguageLink, LinkView, OfflineZipView, SiteView, TermView};
use crate::templates::{RenderContext, Templates};

/// What kind of page a template renders, for templates that adapt (`{% if kind == "home" %}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Home,
    Section,
    Page,
    Taxonomy,
    Term,
    NotFound,
    Alias,
    Search,
}

/// The page being rendered.
pub struct Frame<'a> {
    pub site: &'a Site,
    pub templates: &'a Templates,
    pub lang: &'a str,
    /// Root-relative output directory of this page.
    pub dir: &'a str,
}

impl<'a> Frame<'a> {
    /// `to` (root-relative) as seen from this page.
    pub fn url(&self, to: &str) -> String {
        relative_url(self.dir, to, self.site.config.pretty_links)
    }

    /// The absolute URL of a root-relative path, for canonical links, feeds and sitemaps.
    pub fn permalink(&self, to: &str) -> String {
        format!("{}/{to}", self.site.config.base_url)
    }

    pub fn target_link(&self, target: Target) -> LinkView {
        LinkView { title: self.site.target_title(target).to_string(), url: self.url(self.site.target_url(target)) }
    }

    pub fn page_link(&self, id: PageId) -> LinkView {
        self.target_link(Target::Page(id))
    }

    /// A page as a listing entry.
    pub fn item(&self, id: PageId) -> ItemView {
        let page = &self.site.pages[id];
        let vocab = &self.site.config.vocabularies;
        ItemView {
            title: page.title().to_string(),
            url: self.url(&page.dir_url),
            summary: page.front().summary.clone().unwrap_or_default(),
            date: page.front().date.map(|d| DateView::new(d, self.lang)),
            doc_type: page.doc_type().to_string(),
            doc_type_label: vocab.doc_types.label(page.doc_type(), self.lang).to_string(),
            section_title: self.site.sections[page.section].title().to_string(),
            lang: page.lang().to_string(),
        }
    }

    /// Vocabulary values with labels, linked to their term page when the taxonomy has one.
    pub fn terms(
        &self,
        kind: Option<TaxonomyKind>,
        keys: &[String],
        vocabulary: &crate::config::Vocabulary,
    ) -> Vec<TermView> {
        keys.iter()
            .map(|key| TermView {
                key: key.clone(),
                label: vocabulary.label(key, self.lang).to_string(),
                url: kind.and_then(|k| self.term_url(k, key)),
                count: None,
            })
            .collect()
    }

    /// The URL of a term's page in this language, if the term has pages.
    pub fn term_url(&self, kind: TaxonomyKind, key: &str) -> Option<String> {
        let taxonomy = self.site.taxonomy(kind, self.lang)?;
        taxonomy.term(key).map(|t| self.url(&t.dir_url))
    }

    /// The language switcher for a document with translations `others` (page ids or section ids).
    pub fn language_links(&self, own_url: &str, others: &[(String, String)]) -> Vec<LanguageLink> {
        let config = &self.site.config;
        config
            .languages
            .iter()
            .map(|language| {
                let code = language.code.clone();
                let found = if code == self.lang {
                    Some(own_url.to_string())
                } else {
                    others.iter().find(|(l, _)| *l == code).map(|(_, u)| u.clone())
                };
                let home = self
                    .site
                    .home(&code)
                    .map(|h| self.site.sections[h].dir_url.clone())
                    .unwrap_or_else(|| config.language_prefix(&code));
                LanguageLink {
                    label: language.label.clone(),
                    current: code == self.lang,
                    exists: found.is_some(),
                    permalink: found.as_ref().map(|u| self.permalink(u)),
                    url: self.url(found.as_deref().unwrap_or(&home)),
                    code,
                }
            })
            .collect()
    }

    /// Breadcrumbs from the home page down to (not including) the current page.
    pub fn breadcrumbs(&self, mut section: Option<usize>) -> Vec<LinkView> {
        let mut crumbs = Vec::new();
        while let Some(id) = section {
            crumbs.push(self.target_link(Target::Section(id)));
            section = self.site.sections[id].parent;
        }
        crumbs.reverse();
        crumbs
    }

    /// The context every template gets.
    pub fn base_context(
        &self,
        kind: Kind,
        title: &str,
        description: &str,
        languages: Vec<LanguageLink>,
    ) -> RenderContext {
        let config = &self.site.config;
        let mut context = RenderContext::new();
        context.insert("kind", &kind);
        context.insert("lang", self.lang);
        context.insert("lang_label", config.language_label(self.lang));
        context.insert_shared("t", self.templates.i18n.strings(self.lang));
        let depth = self.dir.split('/').filter(|s| !s.is_empty()).count();
        context.insert("root", &"../".repeat(depth));
        context.insert_shared("assets", self.templates.assets_view());
        context.insert(
            "site",
            &SiteView {
                title: config.title.get(self.lang).to_string(),
                description: config.description.get(self.lang).to_string(),
                publisher: config.publisher.get(self.lang).to_string(),
                base_url: config.base_url.clone(),
                default_language: config.default_language.clone(),
                offline_zip: config.offline_zip.as_ref().map(|zip| OfflineZipView {
                    url: zip.url.clone(),
                    size: zip.bytes.map(|bytes| crate::templates::human_size(bytes, self.lang)),
                }),
            },
        );
        context.insert("page_title", title);
        context.insert("description", description);
        context.insert("canonical", &self.permalink(self.dir));
        context.insert("languages", &languages);
        let home = self.site.home(self.lang);
        context.insert("home_url", &self.url(&home.map(|h| self.site.sections[h].dir_url.clone()).unwrap_or_default()));
        context.insert("feed_url", &self.url(&format!("{}atom.xml", config.language_prefix(self.lang))));
        context.insert("search_url", &self.url(&format!("{}search/", config.language_prefix(self.lang))));
        let topics = self.site.taxonomy(TaxonomyKind::Topic, self.lang).map(|t| self.url(&t.dir_url));
        context.insert("topics_url", &topics.unwrap_or_else(|| self.url("")));
        context.insert("nav", &self.navigation(home));
        context.insert("taxonomies", &self.taxonomy_links());
        context
    }

    /// Top-level sections of this language, marked `active` when the current page is inside one.
    fn navigation(&self, home: Option<usize>) -> Vec<serde_json::Value> {
        let Some(home) = home else { return Vec::new() };
        self.site.sections[home]
            .subsections
            .iter()
            .map(|&id| {
                let section = &self.site.sections[id];
                serde_json::json!({
                    "title": section.title(),
                    "url": self.url(&section.dir_url),
                    "active": self.dir.starts_with(&section.dir_url),
                })
            })
            .collect()
    }

    /// Links to each taxonomy's index in this language (for the footer and home page).
    fn taxonomy_links(&self) -> Vec<LinkView> {
        TaxonomyKind::ALL
            .iter()
            .filter_map(|&kind| {
                let taxonomy = self.site.taxonomy(kind, self.lang)?;
                Some(LinkView {
                    title: self.templates.i18n.get(self.lang, &format!("taxonomy_{}", kind.slug())).to_string(),
                    url: self.url(&taxonomy.dir_url),
                })
            })
            .collect()
    }
}

/// True for pages whose doc type is declared a document (not a plain page or a glossary term).
pub fn is_document(site: &Site, page: &Page) -> bool {
    site.config.doc_types.get(page.doc_type()).document
}
