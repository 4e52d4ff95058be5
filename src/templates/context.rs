//! The data templates see (documented in `themes/default/README.md`). Views are plain serializable structs
//! built per output page; every URL in them is already relative to that page.

use serde::Serialize;

use crate::content::schema::{Date, DayType, SourceRef, StepDeadline};
use crate::markdown::TocEntry;

/// A date as ISO text and in words of the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub iso: String,
    pub text: String,
}

impl DateView {
    pub fn new(date: Date, lang: &str) -> DateView {
        DateView { iso: date.to_string(), text: super::human_date(date, lang) }
    }
}

/// A link with a title.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: String,
}

/// A vocabulary value: key, label in the page's language, and the URL of its listing when it has one.
#[derive(Debug, Clone, Serialize)]
pub struct TermView {
    pub key: String,
    pub label: String,
    pub url: Option<String>,
    pub count: Option<usize>,
}

/// A page in a listing.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub date: Option<DateView>,
    pub doc_type: String,
    pub doc_type_label: String,
    pub section_title: String,
    pub lang: String,
}

/// One entry of the language switcher.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    pub code: String,
    pub label: String,
    pub url: String,
    /// Absolute URL, for `hreflang` alternates (only when the translation exists).
    pub permalink: Option<String>,
    /// This is the language of the current page.
    pub current: bool,
    /// A translation of this page exists (else `url` goes to that language's home page).
    pub exists: bool,
}

/// Facts shared by every page of a language.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    pub publisher: String,
    pub base_url: String,
    pub default_language: String,
    /// The library as one ZIP, for the offline page (`offline_zip_url` in site.toml).
    pub offline_zip: Option<OfflineZipView>,
}

/// Where to download the whole library, and how big it is.
#[derive(Debug, Clone, Serialize)]
pub struct OfflineZipView {
    pub url: String,
    /// «10,5 МБ»; absent when the build was not given the file.
    pub size: Option<String>,
}

/// Page numbers of a paginated listing.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    pub pages: Vec<PageNumber>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageNumber {
    pub number: usize,
    pub url: String,
    pub current: bool,
    /// Page numbers before this one were left out (the theme shows `…`).
    pub gap_before: bool,
}

/// An attachment, ready to show.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentView {
    pub title: String,
    pub url: String,
    pub format: String,
    pub size: String,
    pub lang: Option<String>,
    pub lang_label: Option<String>,
}

/// The `instrument:` block with labels and resolved links.
#[derive(Debug, Clone, Serialize)]
pub struct InstrumentView {
    pub full_title: String,
    pub short_title: Option<String>,
    pub parent: Option<LinkView>,
    pub adopted: DateView,
    pub adopted_place: Option<String>,
    pub in_force: Option<DateView>,
    pub status: String,
    pub status_label: String,
    pub parties: Vec<String>,
    pub depositary: Option<String>,
    pub kz_ratification: Option<RatificationView>,
    pub official_text: Vec<OfficialTextView>,
    pub protocols: Vec<ProtocolView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatificationView {
    pub act: String,
    pub number: String,
    pub date: DateView,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OfficialTextView {
    pub lang: String,
    pub lang_label: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProtocolView {
    pub title: String,
    pub url: String,
    pub adopted: Option<DateView>,
    pub status_label: Option<String>,
}

/// The `law:` block with labels.
#[derive(Debug, Clone, Serialize)]
pub struct LawView {
    pub number: String,
    pub adopted: DateView,
    pub in_force: Option<DateView>,
    pub legal_force: String,
    pub legal_force_label: String,
    pub issuer: String,
    pub official_url: String,
    pub consolidated_as_of: Option<DateView>,
    pub articles_cited: Vec<String>,
}

/// The `event:` block.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    /// None with `date_unknown: true`.
    pub date: Option<DateView>,
    pub venue: Option<String>,
    pub city: Option<String>,
    pub organisers: Vec<String>,
    pub speakers: Vec<crate::content::schema::Speaker>,
    pub language: Option<String>,
}

/// The `guide:` block with labels and resolved links.
#[derive(Debug, Clone, Serialize)]
pub struct GuideView {
    pub audience: Vec<TermView>,
    pub legal_basis: Vec<LinkView>,
    pub steps_deadlines: Vec<DeadlineView>,
}

/// One step of a guide with its deadline, and where the deadline comes from: a link when the source is a
/// web address, named after the page's `sources:` entry with that address.
#[derive(Debug, Clone, Serialize)]
pub struct DeadlineView {
    pub step: String,
    pub days: u32,
    pub day_type: DayType,
    /// As written in the front matter.
    pub source: String,
    /// The source's address, when it is one.
    pub source_url: Option<String>,
    /// The title of the page's source with that address.
    pub source_title: Option<String>,
}

impl DeadlineView {
    pub fn new(deadline: &StepDeadline, sources: &[SourceRef]) -> Self {
        let source = deadline.source.trim();
        let is_url = source.starts_with("https://") || source.starts_with("http://");
        DeadlineView {
            step: deadline.step.clone(),
            days: deadline.days,
            day_type: deadline.day_type,
            source: deadline.source.clone(),
            source_url: is_url.then(|| source.to_string()),
            source_title: sources.iter().find(|s| is_url && s.url.trim() == source).map(|s| s.title.clone()),
        }
    }
}

/// A source with its access date in words.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub title: String,
    pub url: String,
    pub publisher: Option<String>,
    pub accessed: Option<DateView>,
}

impl SourceView {
    pub fn new(source: &SourceRef, lang: &str) -> SourceView {
        SourceView {
            title: source.title.clone(),
            url: source.url.clone(),
            publisher: source.publisher.clone(),
            accessed: source.accessed.map(|d| DateView::new(d, lang)),
        }
    }
}

/// Everything a document page shows.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    pub title: String,
    pub summary: String,
    pub doc_type: String,
    pub doc_type_label: String,
    pub is_document: bool,
    pub date: Option<DateView>,
    /// `date_unknown: true`: the theme says so instead of showing no date.
    pub date_unknown: bool,
    pub updated: Option<DateView>,
    pub review_by: Option<DateView>,
    pub topics: Vec<TermView>,
    pub pillars: Vec<TermView>,
    pub geography: Vec<TermView>,
    pub tags: Vec<TermView>,
    pub authors: Vec<String>,
    pub sources: Vec<SourceView>,
    pub unconfirmed: Vec<String>,
    pub attachments: Vec<AttachmentView>,
    pub content: String,
    pub toc: Vec<TocEntry>,
    pub show_toc: bool,
    pub instrument: Option<InstrumentView>,
    pub law: Option<LawView>,
    pub event: Option<EventView>,
    pub guide: Option<GuideView>,
    pub instruments: Vec<ItemView>,
    pub cited_by: Vec<ItemView>,
    pub section: LinkView,
    pub prev: Option<LinkView>,
    pub next: Option<LinkView>,
    pub source_path: String,
    /// schema.org JSON-LD, already safe to put inside `<script type="application/ld+json">`.
    pub jsonld: String,
}

/// Everything a section or home page shows.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    pub title: String,
    pub summary: String,
    pub content: String,
    pub toc: Vec<TocEntry>,
    pub pages: Vec<ItemView>,
    pub subsections: Vec<SubsectionView>,
    pub pagination: Option<Pagination>,
    pub is_home: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubsectionView {
    pub title: String,
    pub summary: String,
    pub url: String,
    pub count: usize,
}

/// A taxonomy (the list of topics, of years …) or one of its terms.
#[derive(Debug, Clone, Serialize)]
pub struct TaxonomyView {
    /// `topics`, `pillars`, `types`, `years`, `tags`.
    pub kind: String,
    pub title: String,
    pub url: String,
    pub terms: Vec<TermView>,
}

/// One term's page.
#[derive(Debug, Clone, Serialize)]
pub struct TermPageView {
    pub key: String,
    pub label: String,
    pub pages: Vec<ItemView>,
    pub pagination: Option<Pagination>,
}
