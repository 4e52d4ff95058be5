//! Builds the view of one document page: metadata like a law library's record, resolved links both ways,
//! attachments, and JSON-LD.

use crate::markdown::Rendered;
use crate::site::{PageId, TaxonomyKind};
use crate::templates::context::{
    AttachmentView, DateView, DeadlineView, EventView, GuideView, InstrumentView, LawView, OfficialTextView, PageView,
    ProtocolView, RatificationView, SourceView, TermView,
};
use crate::templates::human_size;

use super::frame::{is_document, Frame};
use super::jsonld::page_jsonld;

/// Pages with at least this many `##`/`###` headings show a table of contents.
const TOC_MIN_HEADINGS: usize = 3;

pub fn page_view(frame: &Frame<'_>, id: PageId, body: &Rendered) -> PageView {
    let site = frame.site;
    let page = &site.pages[id];
    let front = page.front();
    let lang = frame.lang;
    let vocab = &site.config.vocabularies;
    let date = |d| DateView::new(d, lang);
    let tags = front
        .tags
        .iter()
        .map(|tag| {
            let key = crate::site::urls::slugify(tag);
            TermView { url: frame.term_url(TaxonomyKind::Tag, &key), key, label: tag.clone(), count: None }
        })
        .collect();
    let attachments = page
        .attachments
        .iter()
        .map(|a| AttachmentView {
            title: a.title.clone(),
            url: frame.url(&a.url),
            format: a.format.clone(),
            size: human_size(a.size, lang),
            lang_label: a.lang.as_ref().map(|l| site.config.language_label(l).to_string()),
            lang: a.lang.clone(),
        })
        .collect();
    PageView {
        title: page.title().to_string(),
        summary: front.summary.clone().unwrap_or_default(),
        doc_type: page.doc_type().to_string(),
        doc_type_label: vocab.doc_types.label(page.doc_type(), lang).to_string(),
        is_document: is_document(site, page),
        date: front.date.map(date),
        date_unknown: front.date_unknown,
        updated: front.updated.map(date),
        review_by: front.review_by.map(date),
        topics: frame.terms(Some(TaxonomyKind::Topic), &front.topics, &vocab.topics),
        pillars: frame.terms(Some(TaxonomyKind::Pillar), &front.pillars, &vocab.pillars),
        geography: frame.terms(None, &front.geography, &vocab.geography),
        tags,
        authors: front.authors.clone(),
        sources: front.sources.iter().map(|s| SourceView::new(s, lang)).collect(),
        unconfirmed: front.unconfirmed.clone(),
        attachments,
        content: body.html.clone(),
        toc: body.toc.clone(),
        show_toc: front.toc.unwrap_or(body.toc.len() >= TOC_MIN_HEADINGS),
        instrument: instrument_view(frame, id),
        law: front.law.as_ref().map(|law| LawView {
            number: law.number.clone(),
            adopted: date(law.adopted),
            in_force: law.in_force.map(date),
            legal_force: law.legal_force.clone(),
            legal_force_label: vocab.statuses.label(&law.legal_force, lang).to_string(),
            issuer: law.issuer.clone(),
            official_url: law.official_url.clone(),
            consolidated_as_of: law.consolidated_as_of.map(date),
            articles_cited: law.articles_cited.clone(),
        }),
        event: front.event.as_ref().map(|event| EventView {
            date: event.date.map(date),
            venue: event.venue.clone(),
            city: event.city.clone(),
            organisers: event.organisers.clone(),
            speakers: event.speakers.clone(),
            language: event.language.clone(),
        }),
        guide: front.guide.as_ref().map(|guide| GuideView {
            audience: frame.terms(None, &guide.audience, &vocab.audiences),
            legal_basis: page.legal_basis.iter().map(|&p| frame.page_link(p)).collect(),
            steps_deadlines: guide.steps_deadlines.iter().map(|d| DeadlineView::new(d, &front.sources)).collect(),
        }),
        instruments: page.instruments.iter().map(|&p| frame.item(p)).collect(),
        cited_by: page.cited_by.iter().map(|&p| frame.item(p)).collect(),
        section: frame.target_link(crate::site::Target::Section(page.section)),
        prev: page.prev.map(|p| frame.page_link(p)),
        next: page.next.map(|p| frame.page_link(p)),
        source_path: page.doc.display_path.to_string_lossy().replace('\\', "/"),
        jsonld: page_jsonld(frame, id, body),
    }
}

fn instrument_view(frame: &Frame<'_>, id: PageId) -> Option<InstrumentView> {
    let site = frame.site;
    let page = &site.pages[id];
    let instrument = page.front().instrument.as_ref()?;
    let lang = frame.lang;
    let statuses = &site.config.vocabularies.statuses;
    Some(InstrumentView {
        full_title: instrument.full_title.clone(),
        short_title: instrument.short_title.clone(),
        parent: page.parent_instrument.map(|p| frame.page_link(p)),
        adopted: DateView::new(instrument.adopted.date, lang),
        adopted_place: instrument.adopted.place.clone(),
        in_force: instrument.in_force.map(|d| DateView::new(d, lang)),
        status: instrument.status.clone(),
        status_label: statuses.label(&instrument.status, lang).to_string(),
        parties: instrument.parties.clone(),
        depositary: instrument.depositary.clone(),
        kz_ratification: instrument.kz_ratification.as_ref().map(|r| RatificationView {
            act: r.act.clone(),
            number: r.number.clone(),
            date: DateView::new(r.date, lang),
            url: r.url.clone(),
        }),
        official_text: instrument
            .official_text
            .iter()
            .map(|t| OfficialTextView {
                lang_label: site.config.language_label(&t.lang).to_string(),
                lang: t.lang.clone(),
                url: t.url.clone(),
            })
            .collect(),
        protocols: page
            .protocols
            .iter()
            .map(|&p| {
                let protocol = site.pages[p].front().instrument.as_ref();
                ProtocolView {
                    title: site.pages[p].title().to_string(),
                    url: frame.url(&site.pages[p].dir_url),
                    adopted: protocol.map(|i| DateView::new(i.adopted.date, lang)),
                    status_label: protocol.map(|i| statuses.label(&i.status, lang).to_string()),
                }
            })
            .collect(),
    })
}
