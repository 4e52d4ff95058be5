//! Front-matter rules that need the configuration: vocabularies, required fields per document type, blocks
//! that belong to other types, and section-only fields. Every finding points at the line of the field.

use crate::config::{Block, Config, Vocabulary};
use crate::content::schema::FrontMatter;
use crate::content::{FieldPlaces, SourceDoc};
use crate::diagnostics::{codes, msg, Diagnostic, Message};

/// Longest summary, in characters: it is used as the meta description.
pub const MAX_SUMMARY_CHARS: usize = 300;

/// The file line of the `field` key in the front matter (at any depth), and of `value` under it when given,
/// from the YAML parser's marks. Falls back to the first front-matter line.
pub fn locate(doc: &SourceDoc, field: &str, value: Option<&str>) -> usize {
    locate_in(doc, field, value, false)
}

/// [`locate`] for a top-level field only (`date:` of the page, not `date:` inside `event:`).
pub fn locate_top(doc: &SourceDoc, field: &str, value: Option<&str>) -> usize {
    locate_in(doc, field, value, true)
}

fn locate_in(doc: &SourceDoc, field: &str, value: Option<&str>, top_only: bool) -> usize {
    // The YAML starts on the file's second line.
    FieldPlaces::read(&doc.yaml).line_of(field, value, top_only).map_or(2, |line| line + 1)
}

/// All rule violations of one document.
pub fn validate_doc(doc: &SourceDoc, config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let front = &doc.front;
    let err = |field: &str, value: Option<&str>, message: Message, help: &'static str| {
        Diagnostic::error(&doc.display_path, message).at_line(locate(doc, field, value)).with_help(msg(help))
    };
    if front.title.trim().is_empty() {
        out.push(err("title", None, codes::TITLE_EMPTY.into(), "help-title"));
    }
    if let Some(summary) = &front.summary {
        let chars = summary.chars().count();
        if chars > MAX_SUMMARY_CHARS {
            out.push(err(
                "summary",
                None,
                codes::SUMMARY_TOO_LONG.arg("count", chars).arg("max", MAX_SUMMARY_CHARS),
                "help-shorten-summary",
            ));
        }
    }
    if doc.is_section {
        check_section_fields(doc, &mut out);
    } else {
        check_page_fields(doc, config, &mut out);
    }
    let vocab = &config.vocabularies;
    check_values(doc, "topics", &front.topics, &vocab.topics, &mut out);
    check_values(doc, "pillars", &front.pillars, &vocab.pillars, &mut out);
    check_values(doc, "geography", &front.geography, &vocab.geography, &mut out);
    for lang in &front.languages {
        if !config.has_language(lang) {
            out.push(err(
                "languages",
                Some(lang),
                codes::NOT_A_SITE_LANGUAGE.arg("value", lang),
                "help-language-codes",
            ));
        }
    }
    for source in &front.sources {
        if source.title.trim().is_empty() {
            out.push(err("sources", None, codes::SOURCE_WITHOUT_TITLE.into(), "help-source-title"));
        }
        let host = source.url.split_once("://").map_or("", |(_, rest)| rest.split('/').next().unwrap_or(""));
        if !(source.url.starts_with("https://") || source.url.starts_with("http://"))
            || !host.contains('.') && !host.contains(':')
        {
            out.push(err(
                "url",
                Some(&source.url),
                codes::SOURCE_URL_NOT_WEB.arg("url", &source.url),
                "help-full-address",
            ));
        }
    }
    out
}

fn check_values(doc: &SourceDoc, field: &str, values: &[String], vocabulary: &Vocabulary, out: &mut Vec<Diagnostic>) {
    for value in values {
        if !vocabulary.contains(value) {
            out.push(vocabulary.unknown_value(value, &doc.display_path).at_line(locate(doc, field, Some(value))));
        }
    }
}

fn check_section_fields(doc: &SourceDoc, out: &mut Vec<Diagnostic>) {
    let f = &doc.front;
    let page_only = [
        ("doc_type", f.doc_type.is_some()),
        ("date", f.date.is_some()),
        ("date_unknown", f.date_unknown),
        ("review_by", f.review_by.is_some()),
        ("instrument", f.instrument.is_some()),
        ("law", f.law.is_some()),
        ("event", f.event.is_some()),
        ("guide", f.guide.is_some()),
        ("attachments", !f.attachments.is_empty()),
        ("aliases", !f.aliases.is_empty()),
        ("slug", f.slug.is_some()),
        ("untranslated", !f.untranslated.is_empty()),
    ];
    for (field, present) in page_only {
        if present {
            out.push(
                Diagnostic::error(&doc.display_path, codes::PAGE_FIELD_ON_SECTION.arg("field", field))
                    .at_line(locate(doc, field, None))
                    .with_help(msg("help-section-field")),
            );
        }
    }
}

/// `untranslated:` names other languages of the site (whether their translations exist is `check`'s
/// business: the build does not depend on it).
fn check_untranslated_codes(doc: &SourceDoc, config: &Config, out: &mut Vec<Diagnostic>) {
    let path = &doc.display_path;
    for lang in &doc.front.untranslated {
        let line = locate(doc, "untranslated", Some(lang));
        if !config.has_language(lang) {
            let known: Vec<&str> = config.language_codes().collect();
            let d = Diagnostic::error(path, codes::NOT_A_SITE_LANGUAGE.arg("value", lang)).at_line(line);
            out.push(match crate::diagnostics::suggest(lang, known.iter().copied()) {
                Some(close) => d.with_help(msg("did-you-mean").arg("suggestion", close)),
                None => d.with_help(msg("help-site-languages").arg("codes", known.join(", "))),
            });
        } else if *lang == doc.lang {
            out.push(
                Diagnostic::error(path, codes::UNTRANSLATED_OWN_LANGUAGE.arg("lang", lang))
                    .at_line(line)
                    .with_help(msg("help-remove-untranslated").arg("lang", lang)),
            );
        }
    }
}

fn check_page_fields(doc: &SourceDoc, config: &Config, out: &mut Vec<Diagnostic>) {
    let f = &doc.front;
    let path = &doc.display_path;
    // An empty field (`summary: ""`, `topics: []`) is pointed at; an absent one at the title.
    let missing = |field: &str, why: &'static str| {
        let present = FieldPlaces::read(&doc.yaml).line_of(field, None, true).is_some();
        Diagnostic::error(path, codes::FIELD_MISSING.arg("field", field))
            .at_line(locate(doc, if present { field } else { "title" }, None))
            .with_help(msg(why))
    };
    for (field, present) in [
        ("sort_by", f.sort_by.is_some()),
        ("paginate_by", f.paginate_by.is_some()),
        ("languages", !f.languages.is_empty()),
    ] {
        if present {
            out.push(
                Diagnostic::error(path, codes::SECTION_FIELD_ON_PAGE.arg("field", field))
                    .at_line(locate(doc, field, None))
                    .with_help(msg("help-remove-from-page")),
            );
        }
    }
    check_untranslated_codes(doc, config, out);
    if f.summary.as_deref().is_none_or(|s| s.trim().is_empty()) {
        out.push(missing("summary", "help-add-summary"));
    }
    let Some(doc_type) = f.doc_type.as_deref() else {
        out.push(missing("doc_type", "help-add-doc-type"));
        return;
    };
    if !config.vocabularies.doc_types.contains(doc_type) {
        out.push(config.vocabularies.doc_types.unknown_value(doc_type, path).at_line(locate(doc, "doc_type", None)));
        return;
    }
    let declared = config.doc_types.get(doc_type);
    check_unknown_date(doc, out);
    if declared.document {
        if f.date.is_none() && !f.date_unknown {
            out.push(missing("date", "help-add-date"));
        }
        if f.topics.is_empty() {
            out.push(missing("topics", "help-add-topics"));
        }
        if f.sources.is_empty() {
            out.push(missing("sources", "help-add-sources"));
        }
    }
    if f.topics.len() > 5 {
        out.push(
            Diagnostic::error(path, codes::TOO_MANY_TOPICS.arg("count", f.topics.len()))
                .at_line(locate(doc, "topics", None))
                .with_help(msg("help-fewer-topics")),
        );
    }
    if declared.review_by_required && f.review_by.is_none() {
        out.push(missing("review_by", "help-add-review-by"));
    }
    check_blocks(doc, doc_type, config, out);
}

/// `date_unknown: true` replaces the dates, never sits beside them, and is explained in `unconfirmed`.
fn check_unknown_date(doc: &SourceDoc, out: &mut Vec<Diagnostic>) {
    let f = &doc.front;
    let at = |field: &str| locate(doc, field, None);
    let event_date = f.event.as_ref().map(|e| e.date.is_some());
    if f.date_unknown && (f.date.is_some() || event_date == Some(true)) {
        out.push(
            Diagnostic::error(&doc.display_path, codes::DATE_UNKNOWN_WITH_DATE)
                .at_line(at("date_unknown"))
                .with_help(msg("help-keep-date")),
        );
    } else if f.date_unknown && f.unconfirmed.is_empty() {
        out.push(
            Diagnostic::error(&doc.display_path, codes::DATE_UNKNOWN_UNCONFIRMED)
                .at_line(at("date_unknown"))
                .with_help(msg("help-say-unconfirmed")),
        );
    } else if event_date == Some(false) && !f.date_unknown {
        out.push(
            Diagnostic::error(&doc.display_path, codes::EVENT_WITHOUT_DATE)
                .at_line(at("event"))
                .with_help(msg("help-event-date")),
        );
    }
}

/// Each type-specific block is required for the types that declare it and forbidden on the others.
fn check_blocks(doc: &SourceDoc, doc_type: &str, config: &Config, out: &mut Vec<Diagnostic>) {
    let f: &FrontMatter = &doc.front;
    let path = &doc.display_path;
    let declared = config.doc_types.get(doc_type);
    for block in Block::ALL {
        let present = match block {
            Block::Instrument => f.instrument.is_some(),
            Block::Law => f.law.is_some(),
            Block::Event => f.event.is_some(),
            Block::Guide => f.guide.is_some(),
        };
        let (key, belongs) = (block.key(), declared.block == Some(block));
        if present && !belongs {
            let types: Vec<&str> = config.doc_types.with_block(block).collect();
            let message = match types.is_empty() {
                true => codes::BLOCK_UNUSED.arg("block", key),
                false => codes::BLOCK_NOT_FOR_TYPE.arg("block", key).arg("types", types.join(" or ")),
            };
            out.push(
                Diagnostic::error(path, message)
                    .at_line(locate(doc, key, None))
                    .with_help(msg("help-remove-block").arg("doc_type", doc_type)),
            );
        } else if !present && belongs {
            out.push(
                Diagnostic::error(path, codes::BLOCK_MISSING.arg("doc_type", doc_type).arg("block", key))
                    .at_line(locate(doc, "doc_type", None))
                    .with_help(msg("help-block-fields")),
            );
        }
    }
    let statuses = &config.vocabularies.statuses;
    if let Some(instrument) = &f.instrument {
        if !statuses.contains(&instrument.status) {
            out.push(statuses.unknown_value(&instrument.status, path).at_line(locate(doc, "status", None)));
        }
        if declared.parent_required && instrument.parent.is_none() && instrument.status != "under-negotiation" {
            out.push(
                Diagnostic::error(path, codes::PROTOCOL_WITHOUT_PARENT.arg("doc_type", doc_type))
                    .at_line(locate(doc, "instrument", None))
                    .with_help(msg("help-add-parent")),
            );
        }
        for party in &instrument.parties {
            if party.len() != 2 || !party.bytes().all(|b| b.is_ascii_uppercase()) {
                out.push(
                    Diagnostic::error(path, codes::PARTY_NOT_ISO.arg("party", party))
                        .at_line(locate(doc, "parties", Some(party)))
                        .with_help(msg("help-iso-codes")),
                );
            }
        }
        if let (Some(in_force), adopted) = (instrument.in_force, instrument.adopted.date) {
            if in_force < adopted {
                out.push(
                    Diagnostic::error(
                        path,
                        codes::IN_FORCE_BEFORE_ADOPTION
                            .arg("in_force", in_force.to_string())
                            .arg("adopted", adopted.to_string()),
                    )
                    .at_line(locate(doc, "in_force", None))
                    .with_help(msg("help-check-dates")),
                );
            }
        }
    }
    if let Some(law) = &f.law {
        if !statuses.contains(&law.legal_force) {
            out.push(statuses.unknown_value(&law.legal_force, path).at_line(locate(doc, "legal_force", None)));
        }
    }
    if let Some(guide) = &f.guide {
        check_values(doc, "audience", &guide.audience, &config.vocabularies.audiences, out);
    }
}
