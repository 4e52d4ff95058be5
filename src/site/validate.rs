//! Front-matter rules that need the configuration: vocabularies, required fields per document type, blocks
//! that belong to other types, and section-only fields. Every finding points at the line of the field.

use crate::config::{Block, Config, Vocabulary};
use crate::content::schema::FrontMatter;
use crate::content::SourceDoc;
use crate::diagnostics::{find_line, Diagnostic};

/// Longest summary, in characters: it is used as the meta description.
pub const MAX_SUMMARY_CHARS: usize = 300;

/// The file line of `field:` in the front matter (searched at any depth), and of `value` after it when given.
/// Falls back to the first front-matter line.
pub fn locate(doc: &SourceDoc, field: &str, value: Option<&str>) -> usize {
    let key = format!("{field}:");
    // `field:` at the start of a line, after `- `, or inside a flow mapping (`- { file: x, title: y }`).
    let is_field = |line: &str| {
        line.match_indices(&key).any(|(i, _)| {
            let before = line[..i].trim_end();
            before.is_empty() || before.ends_with('-') || before.ends_with('{') || before.ends_with(',')
        })
    };
    locate_with(doc, is_field, value)
}

/// [`locate`] for a top-level field only (`date:` of the page, not `date:` inside `event:`).
pub fn locate_top(doc: &SourceDoc, field: &str, value: Option<&str>) -> usize {
    let key = format!("{field}:");
    locate_with(doc, |line| line.starts_with(&key), value)
}

fn locate_with(doc: &SourceDoc, is_field: impl Fn(&str) -> bool, value: Option<&str>) -> usize {
    let Some(field_line) = find_line(&doc.yaml, 1, is_field) else { return 2 };
    let line = match value {
        Some(value) => find_line(&doc.yaml, field_line, |l| l.contains(value)).unwrap_or(field_line),
        None => field_line,
    };
    // The YAML starts on the file's second line.
    line + 1
}

/// All rule violations of one document.
pub fn validate_doc(doc: &SourceDoc, config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let front = &doc.front;
    let err = |field: &str, value: Option<&str>, message: String, help: &str| {
        Diagnostic::error(&doc.display_path, message).at_line(locate(doc, field, value)).with_help(help.to_string())
    };
    if front.title.trim().is_empty() {
        out.push(err("title", None, "the title is empty".into(), "give the page a title in its language"));
    }
    if let Some(summary) = &front.summary {
        let chars = summary.chars().count();
        if chars > MAX_SUMMARY_CHARS {
            out.push(err(
                "summary",
                None,
                format!("the summary has {chars} characters, more than {MAX_SUMMARY_CHARS}"),
                "shorten it to one or two sentences; put the rest in the text",
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
                format!("\"{lang}\" is not a language of this site"),
                "use the codes under [languages] in site.toml",
            ));
        }
    }
    for source in &front.sources {
        if source.title.trim().is_empty() {
            out.push(err(
                "sources",
                None,
                "a source has no title".into(),
                "name the document or page the facts come from",
            ));
        }
        let host = source.url.split_once("://").map_or("", |(_, rest)| rest.split('/').next().unwrap_or(""));
        if !(source.url.starts_with("https://") || source.url.starts_with("http://"))
            || !host.contains('.') && !host.contains(':')
        {
            out.push(err(
                "url",
                Some(&source.url),
                format!("source URL \"{}\" is not a web address", source.url),
                "write the full address starting with https://",
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
                Diagnostic::error(&doc.display_path, format!("`{field}` is not used on a section's _index.md"))
                    .at_line(locate(doc, field, None))
                    .with_help("remove it, or move the text into a page of the section"),
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
            let codes: Vec<&str> = config.language_codes().collect();
            let d = Diagnostic::error(path, format!("\"{lang}\" is not a language of this site")).at_line(line);
            out.push(match crate::diagnostics::suggest(lang, codes.iter().copied()) {
                Some(close) => d.with_help(format!("did you mean \"{close}\"?")),
                None => {
                    d.with_help(format!("use one of the codes under [languages] in site.toml: {}", codes.join(", ")))
                }
            });
        } else if *lang == doc.lang {
            out.push(
                Diagnostic::error(path, format!("`untranslated` lists {lang}, the language of this page itself"))
                    .at_line(line)
                    .with_help(format!("remove {lang} from `untranslated`")),
            );
        }
    }
}

fn check_page_fields(doc: &SourceDoc, config: &Config, out: &mut Vec<Diagnostic>) {
    let f = &doc.front;
    let path = &doc.display_path;
    // An empty field (`summary: ""`, `topics: []`) is pointed at; an absent one at the title.
    let missing = |field: &str, why: &str| {
        let present = crate::diagnostics::find_line(&doc.yaml, 1, |l| l.starts_with(&format!("{field}:"))).is_some();
        Diagnostic::error(path, format!("`{field}` is missing"))
            .at_line(locate(doc, if present { field } else { "title" }, None))
            .with_help(why.to_string())
    };
    for (field, present) in [
        ("sort_by", f.sort_by.is_some()),
        ("paginate_by", f.paginate_by.is_some()),
        ("languages", !f.languages.is_empty()),
    ] {
        if present {
            out.push(
                Diagnostic::error(path, format!("`{field}` is only used in a section's _index.md"))
                    .at_line(locate(doc, field, None))
                    .with_help("remove it from this page"),
            );
        }
    }
    check_untranslated_codes(doc, config, out);
    if f.summary.as_deref().is_none_or(|s| s.trim().is_empty()) {
        out.push(missing("summary", "add a plain-language summary of one or two sentences (at most 300 characters)"));
    }
    let Some(doc_type) = f.doc_type.as_deref() else {
        out.push(missing("doc_type", "add doc_type: with a key from [doc_types] in site.toml, e.g. page or guide"));
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
            out.push(missing(
                "date",
                "add date: YYYY-MM-DD, the document's own key date (adoption, event, publication)",
            ));
        }
        if f.topics.is_empty() {
            out.push(missing("topics", "add 1 to 5 topics from [topics] in site.toml"));
        }
        if f.sources.is_empty() {
            out.push(missing("sources", "add at least one source: - {title: …, url: https://…}"));
        }
    }
    if f.topics.len() > 5 {
        out.push(
            Diagnostic::error(path, format!("{} topics given; at most 5 are allowed", f.topics.len()))
                .at_line(locate(doc, "topics", None))
                .with_help("keep the topics the page is mainly about; use tags for the rest"),
        );
    }
    if declared.review_by_required && f.review_by.is_none() {
        out.push(missing(
            "review_by",
            "this type states facts that go stale: add review_by: YYYY-MM-DD, when to re-check them",
        ));
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
            Diagnostic::error(&doc.display_path, "`date_unknown: true` beside a date")
                .at_line(at("date_unknown"))
                .with_help("keep the date if it is known, or remove it and keep date_unknown"),
        );
    } else if f.date_unknown && f.unconfirmed.is_empty() {
        out.push(
            Diagnostic::error(&doc.display_path, "`date_unknown: true` needs a line in `unconfirmed`")
                .at_line(at("date_unknown"))
                .with_help("say in unconfirmed what is known of the date and where to check it"),
        );
    } else if event_date == Some(false) && !f.date_unknown {
        out.push(
            Diagnostic::error(&doc.display_path, "`event` has no `date`")
                .at_line(at("event"))
                .with_help("add date: YYYY-MM-DD under event:, or date_unknown: true if nobody knows it"),
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
                true => format!("`{key}:` is not used by any doc_type of this site"),
                false => format!("`{key}:` is only for doc_type {}", types.join(" or ")),
            };
            out.push(
                Diagnostic::error(path, message)
                    .at_line(locate(doc, key, None))
                    .with_help(format!("remove the block or change doc_type (now \"{doc_type}\")")),
            );
        } else if !present && belongs {
            out.push(
                Diagnostic::error(path, format!("doc_type \"{doc_type}\" needs an `{key}:` block"))
                    .at_line(locate(doc, "doc_type", None))
                    .with_help("docs/front-matter.md lists its fields"),
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
                Diagnostic::error(
                    path,
                    format!("doc_type \"{doc_type}\" needs `parent:`, the instrument it belongs to"),
                )
                .at_line(locate(doc, "instrument", None))
                .with_help("add parent: \"@/<section>/<page>.md\" to the instrument block"),
            );
        }
        for party in &instrument.parties {
            if party.len() != 2 || !party.bytes().all(|b| b.is_ascii_uppercase()) {
                out.push(
                    Diagnostic::error(path, format!("party \"{party}\" is not an ISO 3166 country code"))
                        .at_line(locate(doc, "parties", Some(party)))
                        .with_help("use two capital letters: AZ, IR, KZ, RU, TM"),
                );
            }
        }
        if let (Some(in_force), adopted) = (instrument.in_force, instrument.adopted.date) {
            if in_force < adopted {
                out.push(
                    Diagnostic::error(path, format!("in_force {in_force} is before the adoption date {adopted}"))
                        .at_line(locate(doc, "in_force", None))
                        .with_help("check both dates against the official source"),
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
