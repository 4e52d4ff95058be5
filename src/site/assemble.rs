//! Assembles the [`Site`] from loaded documents: drafts, sections, URLs, translations, references,
//! attachments, aliases and taxonomies, with every problem collected as a diagnostic.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Config;
use crate::content::schema::SortBy;
use crate::content::{Asset, Content, SourceDoc};
use crate::diagnostics::{codes, msg, Diagnostic, Message};

use super::claims::check_url_claims;
use super::links::{resolve_in, InternalLink};
use super::taxonomy::{build_taxonomies, newest_first};
use super::urls::{is_clean_segment, slugify};
use super::validate::{locate, validate_doc};
use super::{Alias, Attachment, Page, Section, Site, Target};

/// Choices of the command that affect the model.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Keep pages marked `draft: true`.
    pub include_drafts: bool,
}

/// Builds the site model. Returns the site (possibly incomplete) and every problem found.
pub fn assemble_site(config: Config, mut content: Content, options: &BuildOptions) -> (Site, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut broken_keys = content.broken_keys.clone();
    let drafts_skipped = if options.include_drafts { 0 } else { content.docs.iter().filter(|d| d.front.draft).count() };
    let docs: Vec<SourceDoc> =
        std::mem::take(&mut content.docs).into_iter().filter(|d| options.include_drafts || !d.front.draft).collect();
    for doc in &docs {
        diagnostics.extend(validate_doc(doc, &config));
    }
    let docs = drop_duplicates(docs, &config, &mut diagnostics);
    let (section_docs, page_docs): (Vec<_>, Vec<_>) = docs.into_iter().partition(|d| d.is_section);
    let mut sections = build_sections(section_docs, &page_docs, &config, &mut diagnostics);
    let mut index: BTreeMap<(String, String), Target> = BTreeMap::new();
    for (id, section) in sections.iter().enumerate() {
        index.insert((section.key.clone(), section.lang.clone()), Target::Section(id));
    }
    let mut pages = Vec::with_capacity(page_docs.len());
    for doc in page_docs {
        let Some(Target::Section(section)) = index.get(&(doc.dir().to_string(), doc.lang.clone())).copied() else {
            broken_keys.insert(doc.key.clone());
            diagnostics.push(
                Diagnostic::error(&doc.display_path, codes::SECTION_INDEX_MISSING.arg("dir", doc.dir()))
                    .with_help(msg("help-add-section-index")),
            );
            continue;
        };
        let dir_url = page_url(&doc, &sections[section], &mut diagnostics);
        index.insert((doc.key.clone(), doc.lang.clone()), Target::Page(pages.len()));
        pages.push(Page {
            doc,
            dir_url,
            section,
            translations: Vec::new(),
            prev: None,
            next: None,
            instruments: Vec::new(),
            legal_basis: Vec::new(),
            parent_instrument: None,
            protocols: Vec::new(),
            cited_by: Vec::new(),
            attachments: Vec::new(),
        });
    }
    link_translations(&mut pages, &mut sections, &index, &config);
    order_sections(&mut sections, &mut pages);
    let references = References { index: &index, broken: &broken_keys, config: &config };
    resolve_references(&mut pages, &references, &mut diagnostics);
    attach_files(&mut pages, &content, &config, &mut diagnostics);
    let aliases = collect_aliases(&pages, &mut diagnostics);
    let taxonomies = build_taxonomies(&pages, &config);
    let site = Site {
        config,
        pages,
        sections,
        taxonomies,
        aliases,
        assets: content.assets,
        index,
        broken_keys,
        broken_docs: content.broken_docs,
        drafts_skipped,
    };
    check_url_claims(&site, &mut diagnostics);
    (site, diagnostics)
}

/// Two files for one document in one language (`a.md` and `a.ru.md`): keep the first, report the second.
fn drop_duplicates(docs: Vec<SourceDoc>, config: &Config, diagnostics: &mut Vec<Diagnostic>) -> Vec<SourceDoc> {
    let mut seen: BTreeMap<(String, String, bool), std::path::PathBuf> = BTreeMap::new();
    let mut kept = Vec::with_capacity(docs.len());
    for doc in docs {
        let id = (doc.key.clone(), doc.lang.clone(), doc.is_section);
        if let Some(first) = seen.get(&id) {
            diagnostics.push(
                Diagnostic::error(
                    &doc.display_path,
                    codes::DUPLICATE_DOCUMENT.arg("first", first).arg("lang", &doc.lang),
                )
                .with_help(msg("help-keep-one").arg("lang", &config.default_language)),
            );
            continue;
        }
        seen.insert(id, doc.display_path.clone());
        kept.push(doc);
    }
    kept
}

/// One section per folder with `_index` and per language that has its own `_index` or pages there.
fn build_sections(
    section_docs: Vec<SourceDoc>,
    page_docs: &[SourceDoc],
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Section> {
    let mut by_key: BTreeMap<String, Vec<SourceDoc>> = BTreeMap::new();
    for doc in section_docs {
        by_key.entry(doc.key.clone()).or_default().push(doc);
    }
    // Every language's home falls back to the default language's; without it `/` would show a made-up one.
    let has_home = by_key.get("").is_some_and(|docs| docs.iter().any(|d| d.lang == config.default_language));
    if !has_home {
        diagnostics.push(
            Diagnostic::error("content/_index.md", codes::HOME_PAGE_MISSING).with_help(msg("help-create-home-page")),
        );
    }
    let mut wanted: BTreeSet<(String, String)> = BTreeSet::new();
    for (key, docs) in &by_key {
        for doc in docs {
            wanted.insert((key.clone(), doc.lang.clone()));
        }
    }
    for doc in page_docs {
        wanted.insert((doc.dir().to_string(), doc.lang.clone()));
    }
    // Every section needs its ancestors in the same language, up to the home page.
    for (key, lang) in wanted.clone() {
        let mut key = key.as_str();
        while let Some((parent, _)) = key.rsplit_once('/') {
            wanted.insert((parent.to_string(), lang.clone()));
            key = parent;
        }
        wanted.insert((String::new(), lang));
    }
    let mut sections = Vec::new();
    for lang in config.language_codes() {
        for (key, _) in wanted.iter().filter(|(_, l)| l == lang) {
            let Some(docs) = by_key.get(key) else {
                continue;
            };
            let own = docs.iter().find(|d| d.lang == lang);
            let doc = own.or_else(|| docs.iter().find(|d| d.lang == config.default_language)).or_else(|| docs.first());
            let Some(doc) = doc else { continue };
            let segments: Vec<String> = key.split('/').filter(|s| !s.is_empty()).map(url_segment).collect();
            let path = if segments.is_empty() { String::new() } else { format!("{}/", segments.join("/")) };
            sections.push(Section {
                key: key.clone(),
                lang: lang.to_string(),
                doc: doc.clone(),
                own_doc: own.is_some(),
                dir_url: format!("{}{path}", config.language_prefix(lang)),
                parent: None,
                subsections: Vec::new(),
                pages: Vec::new(),
                translations: Vec::new(),
            });
        }
    }
    let positions: BTreeMap<(String, String), usize> =
        sections.iter().enumerate().map(|(i, s)| ((s.key.clone(), s.lang.clone()), i)).collect();
    for id in 0..sections.len() {
        let (key, lang) = (sections[id].key.clone(), sections[id].lang.clone());
        if key.is_empty() {
            continue;
        }
        let parent_key = key.rsplit_once('/').map_or("", |(p, _)| p).to_string();
        if let Some(&parent) = positions.get(&(parent_key, lang)) {
            sections[id].parent = Some(parent);
            sections[parent].subsections.push(id);
        }
    }
    let _ = diagnostics;
    sections
}

/// A folder or file name as a URL segment.
fn url_segment(name: &str) -> String {
    if is_clean_segment(name) {
        name.to_string()
    } else {
        slugify(name)
    }
}

fn page_url(doc: &SourceDoc, section: &Section, diagnostics: &mut Vec<Diagnostic>) -> String {
    let file_stem = doc.key.rsplit('/').next().unwrap_or(&doc.key);
    let segment = match &doc.front.slug {
        Some(slug) if is_clean_segment(slug) => slug.clone(),
        Some(slug) => {
            diagnostics.push(
                Diagnostic::error(&doc.display_path, codes::SLUG_NOT_SEGMENT.arg("slug", slug))
                    .at_line(locate(doc, "slug", None))
                    .with_help(msg("help-slug-rules")),
            );
            url_segment(file_stem)
        }
        None => url_segment(file_stem),
    };
    format!("{}{segment}/", section.dir_url)
}

fn link_translations(
    pages: &mut [Page],
    sections: &mut [Section],
    index: &BTreeMap<(String, String), Target>,
    config: &Config,
) {
    let langs: Vec<String> = config.language_codes().map(str::to_string).collect();
    for page in pages.iter_mut() {
        page.translations = langs
            .iter()
            .filter(|l| **l != page.doc.lang)
            .filter_map(|l| match index.get(&(page.doc.key.clone(), l.clone())) {
                Some(Target::Page(id)) => Some(*id),
                _ => None,
            })
            .collect();
    }
    for section in sections.iter_mut() {
        section.translations = langs
            .iter()
            .filter(|l| **l != section.lang)
            .filter_map(|l| match index.get(&(section.key.clone(), l.clone())) {
                Some(Target::Section(id)) => Some(*id),
                _ => None,
            })
            .collect();
    }
}

/// Sorts each section's pages and subsections, and links previous/next pages.
fn order_sections(sections: &mut [Section], pages: &mut [Page]) {
    for (id, page) in pages.iter().enumerate() {
        sections[page.section].pages.push(id);
    }
    for section in sections.iter_mut() {
        let sort_by = section.doc.front.sort_by.unwrap_or_default();
        // Sort keys with a lowercased title are made once per page, not per comparison.
        match sort_by {
            SortBy::Date => section.pages.sort_by(|&a, &b| newest_first(&pages[a], &pages[b])),
            SortBy::Weight => section.pages.sort_by_cached_key(|&id| {
                let page = &pages[id];
                (page.front().weight.unwrap_or(i64::MAX), page.title().to_lowercase(), page.doc.key.clone())
            }),
            SortBy::Title => section.pages.sort_by_cached_key(|&id| {
                let page = &pages[id];
                (page.title().to_lowercase(), page.doc.key.clone())
            }),
        }
        for pair in section.pages.windows(2) {
            pages[pair[0]].next = Some(pair[1]);
            pages[pair[1]].prev = Some(pair[0]);
        }
    }
    let order: Vec<(i64, String, String)> = sections
        .iter()
        .map(|s| (s.doc.front.weight.unwrap_or(i64::MAX), s.title().to_lowercase(), s.key.clone()))
        .collect();
    for section in sections.iter_mut() {
        section.subsections.sort_by(|&a, &b| order[a].cmp(&order[b]));
    }
}

/// What front-matter references resolve against.
struct References<'a> {
    index: &'a BTreeMap<(String, String), Target>,
    broken: &'a BTreeSet<String>,
    config: &'a Config,
}

impl References<'_> {
    /// Resolves one reference to a page; reports it at its line when it does not resolve.
    fn resolve(&self, doc: &SourceDoc, field: &str, link: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<usize> {
        let error = |message: Message, help: Message| {
            Diagnostic::error(&doc.display_path, message).at_line(locate(doc, field, Some(link))).with_help(help)
        };
        let parsed = match InternalLink::parse(link, self.config) {
            Some(Ok(parsed)) => parsed,
            Some(Err(e)) => {
                diagnostics.push(error(e.message, e.help));
                return None;
            }
            None => {
                diagnostics.push(error(
                    codes::NOT_INTERNAL_LINK.arg("field", field).arg("value", link),
                    msg("help-internal-link-form").into(),
                ));
                return None;
            }
        };
        match resolve_in(self.index, self.broken, &parsed, &doc.lang, self.config) {
            Ok(Target::Page(target)) => Some(target),
            Ok(Target::Section(_)) => {
                diagnostics.push(error(
                    codes::LINK_TO_SECTION.arg("field", field).arg("value", link),
                    msg("help-name-a-page").into(),
                ));
                None
            }
            Err(e) if e.known_broken => None,
            Err(e) => {
                diagnostics.push(error(e.message, e.help));
                None
            }
        }
    }
}

/// Resolves `instruments`, `guide.legal_basis` and `instrument.parent`, and records the reverse links.
fn resolve_references(pages: &mut [Page], references: &References<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let mut cited: Vec<(usize, usize)> = Vec::new();
    let mut protocols: Vec<(usize, usize)> = Vec::new();
    for (id, page) in pages.iter_mut().enumerate() {
        let doc = &page.doc;
        let mut resolve = |field: &str, link: &String| references.resolve(doc, field, link, diagnostics);
        let instruments: Vec<usize> = doc.front.instruments.iter().filter_map(|l| resolve("instruments", l)).collect();
        let legal_basis: Vec<usize> = doc
            .front
            .guide
            .iter()
            .flat_map(|g| g.legal_basis.iter())
            .filter_map(|l| resolve("legal_basis", l))
            .collect();
        let parent = doc.front.instrument.as_ref().and_then(|i| i.parent.as_ref()).and_then(|l| resolve("parent", l));
        for &target in instruments.iter().chain(&legal_basis).chain(&parent) {
            cited.push((target, id));
        }
        if let Some(parent) = parent {
            protocols.push((parent, id));
        }
        page.instruments = instruments;
        page.legal_basis = legal_basis;
        page.parent_instrument = parent;
    }
    for (target, by) in cited {
        if target != by && !pages[target].cited_by.contains(&by) {
            pages[target].cited_by.push(by);
        }
    }
    for (parent, protocol) in protocols {
        pages[parent].protocols.push(protocol);
    }
    let order: Vec<(String, String)> = pages.iter().map(|p| (p.doc.key.clone(), p.doc.lang.clone())).collect();
    let adopted: Vec<_> = pages.iter().map(|p| p.front().date).collect();
    for page in pages.iter_mut() {
        page.cited_by.sort_by(|&a, &b| order[a].cmp(&order[b]));
        page.protocols.sort_by(|&a, &b| (adopted[a], &order[a]).cmp(&(adopted[b], &order[b])));
    }
}

/// Finds each attachment among the files beside its page.
fn attach_files(pages: &mut [Page], content: &Content, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    let by_path: BTreeMap<&str, &Asset> = content.assets.iter().map(|a| (a.rel_path.as_str(), a)).collect();
    for page in pages.iter_mut() {
        let dir = page.doc.dir().to_string();
        for spec in page.doc.front.attachments.clone() {
            let rel = if dir.is_empty() { spec.file.clone() } else { format!("{dir}/{}", spec.file) };
            // Located only for a report: finding the line takes a YAML read.
            let line = || locate(&page.doc, "file", Some(&spec.file));
            if spec.file.contains("..") || spec.file.starts_with('/') {
                diagnostics.push(
                    Diagnostic::error(&page.doc.display_path, codes::ATTACHMENT_OUTSIDE.arg("file", &spec.file))
                        .at_line(line())
                        .with_help(msg("help-attachment-beside")),
                );
                continue;
            }
            if let Some(lang) = &spec.lang {
                if !config.has_language(lang) && !crate::config::is_language_code(lang) {
                    diagnostics.push(
                        Diagnostic::error(&page.doc.display_path, codes::ATTACHMENT_LANGUAGE.arg("lang", lang))
                            .at_line(locate(&page.doc, "lang", Some(lang)))
                            .with_help(msg("help-language-code")),
                    );
                }
            }
            match by_path.get(rel.as_str()) {
                Some(asset) => page.attachments.push(Attachment {
                    title: spec.title.clone(),
                    url: rel.clone(),
                    format: rel.rsplit_once('.').map_or(String::new(), |(_, ext)| ext.to_uppercase()),
                    size: asset.size,
                    lang: spec.lang.clone(),
                }),
                // A symbolic link is reported where it is found.
                None if content.links.contains(&rel) => {}
                None => diagnostics.push(
                    Diagnostic::error(&page.doc.display_path, codes::ATTACHMENT_MISSING.arg("file", &spec.file))
                        .at_line(line())
                        .with_help(msg("help-put-file-at").arg("path", format!("content/{rel}"))),
                ),
            }
        }
    }
}

fn collect_aliases(pages: &[Page], diagnostics: &mut Vec<Diagnostic>) -> Vec<Alias> {
    let mut aliases = Vec::new();
    for (id, page) in pages.iter().enumerate() {
        for alias in &page.front().aliases {
            let path = alias.trim_start_matches('/').trim_end_matches("index.html");
            let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            if segments.is_empty() || segments.iter().any(|s| *s == ".." || *s == "." || s.contains('\\')) {
                diagnostics.push(
                    Diagnostic::error(&page.doc.display_path, codes::ALIAS_OUTSIDE.arg("alias", alias))
                        .at_line(locate(&page.doc, "aliases", Some(alias)))
                        .with_help(msg("help-alias-form")),
                );
                continue;
            }
            aliases.push(Alias { dir_url: format!("{}/", segments.join("/")), target: id });
        }
    }
    aliases
}
