//! Translations as editors keep them: each translation states the same facts as its original (type, dates,
//! topics, status), each page has the translations its section promises unless it says `untranslated:`,
//! and `untranslated:` names real languages.

use std::collections::BTreeSet;

use crate::content::schema::FrontMatter;
use crate::content::CONTENT_DIR;
use crate::diagnostics::{codes, msg, Diagnostic};
use crate::site::{locate, locate_top, Page, Site, Target};

/// One fact that must read the same in every language version of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SharedFact {
    /// How the editor sees the field: `date`, `instrument: in_force`.
    name: &'static str,
    /// The YAML key `locate` looks for.
    key: &'static str,
    /// The value as written in messages; `None` when the field is absent.
    value: Option<String>,
    /// Whether `value` appears in the file as written (dates, keys), so the line of the value can be found.
    literal: bool,
}

impl SharedFact {
    fn new(name: &'static str, key: &'static str, value: Option<String>) -> Self {
        SharedFact { name, key, value, literal: true }
    }

    /// A list compared as a set, written sorted: `[biodiversity, oil-spills]`; empty counts as absent.
    fn set(name: &'static str, values: &[String]) -> Self {
        let set: BTreeSet<&str> = values.iter().map(String::as_str).collect();
        let value = (!set.is_empty()).then(|| format!("[{}]", set.into_iter().collect::<Vec<_>>().join(", ")));
        SharedFact { name, key: name, value, literal: false }
    }

    /// The file line of this fact in `page`.
    fn line_in(&self, page: &Page) -> usize {
        let value = self.value.as_deref().filter(|_| self.literal);
        // Page-level facts are named by their key; block facts (`instrument: adopted`) are not.
        if self.name == self.key {
            locate_top(&page.doc, self.key, value)
        } else {
            locate(&page.doc, self.key, value)
        }
    }
}

/// The facts of a page that its translations must repeat.
fn shared_facts(front: &FrontMatter) -> Vec<SharedFact> {
    let date = |d: Option<crate::content::schema::Date>| d.map(|d| d.to_string());
    // `in_force: null` is a statement too ("not in force"), so it is compared as written.
    let in_force = |d: Option<crate::content::schema::Date>| Some(d.map_or("null".to_string(), |d| d.to_string()));
    let mut facts = vec![
        SharedFact::new("doc_type", "doc_type", front.doc_type.clone()),
        SharedFact::new("date", "date", date(front.date)),
        SharedFact::set("topics", &front.topics),
        SharedFact::set("pillars", &front.pillars),
    ];
    if let Some(i) = &front.instrument {
        facts.extend([
            SharedFact::new("instrument: adopted", "adopted", date(Some(i.adopted.date))),
            SharedFact::new("instrument: in_force", "in_force", in_force(i.in_force)),
            SharedFact::new("instrument: status", "status", Some(i.status.clone())),
            SharedFact::new(
                "instrument: kz_ratification",
                "kz_ratification",
                date(i.kz_ratification.as_ref().map(|r| r.date)),
            ),
        ]);
    }
    if let Some(law) = &front.law {
        facts.extend([
            SharedFact::new("law: adopted", "adopted", date(Some(law.adopted))),
            SharedFact::new("law: in_force", "in_force", in_force(law.in_force)),
            SharedFact::new("law: legal_force", "legal_force", Some(law.legal_force.clone())),
        ]);
    }
    if let Some(event) = &front.event {
        facts.push(SharedFact::new("event: date", "event", date(event.date)));
    }
    facts
}

/// The default-language page a translation was made from, if it is part of the site.
fn original_of<'a>(site: &'a Site, page: &Page) -> Option<&'a Page> {
    if page.lang() == site.config.default_language {
        return None;
    }
    match site.index.get(&(page.doc.key.clone(), site.config.default_language.clone())) {
        Some(Target::Page(id)) => Some(&site.pages[*id]),
        _ => None,
    }
}

/// Every translation states the same type, dates, topics, pillars and status as its original.
pub(super) fn translations_differing(site: &Site, out: &mut Vec<Diagnostic>) {
    for page in &site.pages {
        let Some(original) = original_of(site, page) else { continue };
        let theirs = shared_facts(original.front());
        let original_path = original.doc.display_path.display();
        for ours in shared_facts(page.front()) {
            // A field of a block the original lacks is reported through doc_type (the blocks follow it).
            let Some(their) = theirs.iter().find(|t| t.name == ours.name) else { continue };
            let message = match (&their.value, &ours.value) {
                (Some(a), Some(b)) if a == b => continue,
                (None, None) => continue,
                (Some(a), Some(b)) => codes::TRANSLATION_DIFFERS.arg("theirs", a).arg("ours", b),
                (Some(a), None) => codes::TRANSLATION_LACKS.arg("theirs", a),
                (None, Some(b)) => codes::TRANSLATION_ADDS.arg("ours", b),
            };
            let message = message.arg("field", ours.name).arg("original", original_path.to_string());
            let help = msg("help-same-facts");
            out.push(Diagnostic::warning(&page.doc.display_path, message).at_line(ours.line_in(page)).with_help(help));
        }
    }
}

/// A section's `languages:` promises every page in those languages, except those the page lists in
/// `untranslated:`.
pub(super) fn missing_translations(site: &Site, out: &mut Vec<Diagnostic>) {
    for section in site.sections.iter().filter(|s| s.lang == site.config.default_language) {
        let promised = &section.doc.front.languages;
        for &id in &section.pages {
            let page = &site.pages[id];
            let have: BTreeSet<&str> =
                std::iter::once(page.lang()).chain(page.translations.iter().map(|&t| site.pages[t].lang())).collect();
            let waived = &page.front().untranslated;
            for lang in promised.iter().filter(|l| !have.contains(l.as_str()) && !waived.contains(l)) {
                let key = &page.doc.key;
                out.push(
                    Diagnostic::warning(&page.doc.display_path, codes::TRANSLATION_MISSING.arg("lang", lang))
                        .with_help(
                            msg("help-add-translation")
                                .arg("file", format!("{CONTENT_DIR}/{key}.{lang}.md"))
                                .arg("lang", lang),
                        ),
                );
            }
        }
    }
}

/// `untranslated:` names languages of the site other than the page's own, for which no translation exists,
/// and stands on the original, where the promise is checked.
pub(super) fn check_untranslated(site: &Site, out: &mut Vec<Diagnostic>) {
    for page in &site.pages {
        let waived = &page.front().untranslated;
        if waived.is_empty() {
            continue;
        }
        let line = |value: Option<&str>| locate(&page.doc, "untranslated", value);
        let path = &page.doc.display_path;
        if page.lang() != site.config.default_language {
            let original = format!("{}.md", page.doc.key);
            out.push(
                Diagnostic::warning(
                    path,
                    codes::UNTRANSLATED_ON_TRANSLATION.arg("original", format!("{CONTENT_DIR}/{original}")),
                )
                .at_line(line(None))
                .with_help(msg("help-move-to-original")),
            );
            continue;
        }
        for lang in waived {
            // Unknown codes and the page's own language are errors of the build (`site::validate`).
            let translation = page.translations.iter().map(|&t| &site.pages[t]).find(|t| t.lang() == lang);
            if let Some(translation) = translation {
                out.push(
                    Diagnostic::warning(
                        path,
                        codes::UNTRANSLATED_BUT_EXISTS.arg("lang", lang).arg("path", &translation.doc.display_path),
                    )
                    .at_line(line(Some(lang)))
                    .with_help(msg("help-remove-untranslated").arg("lang", lang)),
                );
            }
        }
    }
}
