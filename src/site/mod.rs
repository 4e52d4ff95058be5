//! Model: the whole site as plain, immutable data. Pages, sections, translations, taxonomies, aliases and
//! every URL are decided here, once; rendering never guesses a URL.

mod assemble;
mod claims;
mod links;
mod taxonomy;
pub mod urls;
mod validate;

use std::collections::BTreeMap;

use crate::config::Config;
use crate::content::schema::FrontMatter;
use crate::content::{Asset, SourceDoc};

pub use assemble::{assemble_site, BuildOptions};
pub use links::{InternalLink, LinkError};
pub use taxonomy::{by_title, newest_first, Taxonomy, TaxonomyKind, Term};
pub use validate::{locate, locate_top};

/// Index of a page in [`Site::pages`].
pub type PageId = usize;
/// Index of a section in [`Site::sections`].
pub type SectionId = usize;

/// A file offered for download beside a page.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub title: String,
    /// Root-relative output path of the copied file.
    pub url: String,
    /// Upper-case extension: `PDF`, `DOCX`.
    pub format: String,
    pub size: u64,
    pub lang: Option<String>,
}

/// One page in one language.
#[derive(Debug, Clone)]
pub struct Page {
    pub doc: SourceDoc,
    /// Root-relative output directory: `en/conventions/aktau-protocol/`.
    pub dir_url: String,
    pub section: SectionId,
    /// The same document in the other languages, in site language order.
    pub translations: Vec<PageId>,
    pub prev: Option<PageId>,
    pub next: Option<PageId>,
    /// Resolved `instruments:` references.
    pub instruments: Vec<PageId>,
    /// Resolved `guide.legal_basis` references.
    pub legal_basis: Vec<PageId>,
    /// The convention a protocol belongs to.
    pub parent_instrument: Option<PageId>,
    /// Protocols whose `parent` is this page.
    pub protocols: Vec<PageId>,
    /// Pages that list this one in `instruments`, `legal_basis` or `parent`.
    pub cited_by: Vec<PageId>,
    pub attachments: Vec<Attachment>,
}

impl Page {
    pub fn front(&self) -> &FrontMatter {
        &self.doc.front
    }
    pub fn lang(&self) -> &str {
        &self.doc.lang
    }
    pub fn title(&self) -> &str {
        &self.doc.front.title
    }
    pub fn doc_type(&self) -> &str {
        self.doc.front.doc_type.as_deref().unwrap_or("page")
    }
}

/// One section (a folder with `_index.md`) in one language.
#[derive(Debug, Clone)]
pub struct Section {
    pub key: String,
    pub lang: String,
    /// The `_index` file of this language, or of the default language when this one has none.
    pub doc: SourceDoc,
    /// True when `doc` is this language's own `_index` file.
    pub own_doc: bool,
    pub dir_url: String,
    pub parent: Option<SectionId>,
    pub subsections: Vec<SectionId>,
    /// Pages in display order.
    pub pages: Vec<PageId>,
    pub translations: Vec<SectionId>,
}

impl Section {
    pub fn title(&self) -> &str {
        &self.doc.front.title
    }
    pub fn is_home(&self) -> bool {
        self.key.is_empty()
    }
    pub fn paginate_by(&self, config: &Config) -> usize {
        self.doc.front.paginate_by.map_or(config.paginate_by, std::num::NonZeroUsize::get)
    }

    /// How many listing pages the section has (at least one).
    pub fn page_count(&self, config: &Config) -> usize {
        urls::page_count(self.pages.len(), self.paginate_by(config))
    }
}

/// An old URL that redirects to a page.
#[derive(Debug, Clone)]
pub struct Alias {
    /// Root-relative directory of the redirect page.
    pub dir_url: String,
    pub target: PageId,
}

/// What a `(key, language)` pair names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    Page(PageId),
    Section(SectionId),
}

/// The assembled site.
#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub pages: Vec<Page>,
    pub sections: Vec<Section>,
    pub taxonomies: Vec<Taxonomy>,
    pub aliases: Vec<Alias>,
    pub assets: Vec<Asset>,
    /// `(key, lang)` → page or section.
    pub index: BTreeMap<(String, String), Target>,
    /// Keys of documents that exist but could not be loaded or placed; links to them are not reported.
    pub broken_keys: std::collections::BTreeSet<String>,
    /// Files whose front matter failed (with empty front matter): only their bodies are checked.
    pub broken_docs: Vec<SourceDoc>,
    /// Pages and sections left out because they are drafts.
    pub drafts_skipped: usize,
}

impl Site {
    /// The home section of a language.
    pub fn home(&self, lang: &str) -> Option<SectionId> {
        match self.index.get(&(String::new(), lang.to_string())) {
            Some(Target::Section(id)) => Some(*id),
            _ => None,
        }
    }

    /// The root-relative URL of a page or section.
    pub fn target_url(&self, target: Target) -> &str {
        match target {
            Target::Page(id) => &self.pages[id].dir_url,
            Target::Section(id) => &self.sections[id].dir_url,
        }
    }

    /// The title of a page or section.
    pub fn target_title(&self, target: Target) -> &str {
        match target {
            Target::Page(id) => self.pages[id].title(),
            Target::Section(id) => self.sections[id].title(),
        }
    }

    /// The taxonomy of one kind in one language.
    pub fn taxonomy(&self, kind: TaxonomyKind, lang: &str) -> Option<&Taxonomy> {
        self.taxonomies.iter().find(|t| t.kind == kind && t.lang == lang)
    }

    /// Pages that are documents (not plain pages or glossary terms), in `lang`.
    pub fn pages_in(&self, lang: &str) -> impl Iterator<Item = (PageId, &Page)> + '_ {
        let lang = lang.to_string();
        self.pages.iter().enumerate().filter(move |(_, p)| p.lang() == lang)
    }
}
