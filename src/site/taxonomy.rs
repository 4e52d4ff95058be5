//! Taxonomies: per language, the pages grouped by topic, pillar, document type, year and tag. Each term gets
//! a listing page; each taxonomy an index of its terms.

use std::collections::{BTreeMap, HashMap};

use crate::config::Config;

use super::urls::slugify;
use super::{Page, PageId};

/// The kinds of grouping the site offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TaxonomyKind {
    Topic,
    Pillar,
    DocType,
    Year,
    Tag,
}

impl TaxonomyKind {
    pub const ALL: [TaxonomyKind; 5] =
        [TaxonomyKind::Topic, TaxonomyKind::Pillar, TaxonomyKind::DocType, TaxonomyKind::Year, TaxonomyKind::Tag];

    /// The URL segment, also the key of the taxonomy's name in the theme's i18n files (`taxonomy_topics`).
    pub fn slug(self) -> &'static str {
        match self {
            TaxonomyKind::Topic => "topics",
            TaxonomyKind::Pillar => "pillars",
            TaxonomyKind::DocType => "types",
            TaxonomyKind::Year => "years",
            TaxonomyKind::Tag => "tags",
        }
    }
}

/// One term (`oil-spills`, `2011`, `каспий`) and its pages.
#[derive(Debug, Clone)]
pub struct Term {
    pub key: String,
    pub label: String,
    /// Root-relative directory of the term's page.
    pub dir_url: String,
    /// Newest first.
    pub pages: Vec<PageId>,
}

/// One taxonomy in one language.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub kind: TaxonomyKind,
    pub lang: String,
    pub dir_url: String,
    pub terms: Vec<Term>,
    /// Term key → position in `terms` (every page looks up the terms it shows).
    by_key: HashMap<String, usize>,
}

impl Taxonomy {
    /// The term with this key.
    pub fn term(&self, key: &str) -> Option<&Term> {
        self.by_key.get(key).map(|&i| &self.terms[i])
    }
}

/// Builds every taxonomy for every language from the pages.
pub(super) fn build_taxonomies(pages: &[Page], config: &Config) -> Vec<Taxonomy> {
    let mut taxonomies = Vec::new();
    for lang in config.language_codes() {
        for kind in TaxonomyKind::ALL {
            let taxonomy = build_one(kind, lang, pages, config);
            if !taxonomy.terms.is_empty() {
                taxonomies.push(taxonomy);
            }
        }
    }
    taxonomies
}

fn build_one(kind: TaxonomyKind, lang: &str, pages: &[Page], config: &Config) -> Taxonomy {
    let vocab = &config.vocabularies;
    // (sort key, term key) → (label, pages)
    let mut terms: BTreeMap<(i64, String), (String, Vec<PageId>)> = BTreeMap::new();
    // A few hundred tags recur on thousands of pages: each is transliterated once.
    let mut tag_keys: HashMap<&str, String> = HashMap::new();
    for (id, page) in pages.iter().enumerate().filter(|(_, p)| p.lang() == lang) {
        let front = page.front();
        let entries: Vec<(i64, String, String)> = match kind {
            TaxonomyKind::Topic => front
                .topics
                .iter()
                .map(|t| (vocab.topics.position(t) as i64, t.clone(), vocab.topics.label(t, lang).to_string()))
                .collect(),
            TaxonomyKind::Pillar => front
                .pillars
                .iter()
                .map(|t| (vocab.pillars.position(t) as i64, t.clone(), vocab.pillars.label(t, lang).to_string()))
                .collect(),
            TaxonomyKind::DocType => {
                let t = page.doc_type();
                vec![(vocab.doc_types.position(t) as i64, t.to_string(), vocab.doc_types.label(t, lang).to_string())]
            }
            TaxonomyKind::Year => front
                .date
                .map(|d| (-(d.year() as i64), d.year().to_string(), d.year().to_string()))
                .into_iter()
                .collect(),
            TaxonomyKind::Tag => front
                .tags
                .iter()
                .map(|t| (0, tag_keys.entry(t).or_insert_with(|| slugify(t)).clone(), t.clone()))
                .filter(|(_, k, _)| !k.is_empty())
                .collect(),
        };
        for (order, key, label) in entries {
            let entry = terms.entry((order, key)).or_insert_with(|| (label, Vec::new()));
            // Pages come in id order, so a page listed twice under one term is the last one.
            if entry.1.last() != Some(&id) {
                entry.1.push(id);
            }
        }
    }
    let dir_url = format!("{}{}/", config.language_prefix(lang), kind.slug());
    let mut terms: Vec<Term> = terms
        .into_iter()
        .map(|((_, key), (label, mut ids))| {
            ids.sort_by(|&a, &b| newest_first(&pages[a], &pages[b]));
            Term { dir_url: format!("{dir_url}{key}/"), key, label, pages: ids }
        })
        .collect();
    if kind == TaxonomyKind::Tag {
        terms.sort_by_key(|t| (t.label.to_lowercase(), t.key.clone()));
    }
    let by_key = terms.iter().enumerate().map(|(i, t)| (t.key.clone(), i)).collect();
    Taxonomy { kind, lang: lang.to_string(), dir_url, terms, by_key }
}

/// Newest first, undated last, then by title: the one order of dated lists (sections sorted by date,
/// taxonomy pages, the home page's latest documents).
pub fn newest_first(a: &Page, b: &Page) -> std::cmp::Ordering {
    b.front().date.cmp(&a.front().date).then_with(|| by_title(a, b))
}

/// Pages of the same date: by title (lowercased only then), then by key, so the order never depends on the
/// order pages were read in.
pub fn by_title(a: &Page, b: &Page) -> std::cmp::Ordering {
    a.title().to_lowercase().cmp(&b.title().to_lowercase()).then_with(|| a.doc.key.cmp(&b.doc.key))
}
