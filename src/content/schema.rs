//! The front-matter schema as Rust types (DESIGN.md §2). Deserialization checks field names and types;
//! vocabulary, cross-field and cross-page rules are checked later in `site::validate`, where the
//! configuration and the other pages are known.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub chrono::NaiveDate);

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let valid_shape = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
        valid_shape.then(|| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()).flatten().map(Date)
    }

    pub fn year(&self) -> i32 {
        chrono::Datelike::year(&self.0)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| {
                    E::custom(format!(
                        "invalid date \"{v}\": write a real calendar date as YYYY-MM-DD, e.g. 2006-08-12"
                    ))
                })
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// Makes an `Option` field required to be present (it may still be `null`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(d)
}

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// Newest first, then by title.
    #[default]
    Date,
    /// Lightest first, then by title.
    Weight,
    /// Alphabetical in the page's language.
    Title,
}

/// Front matter of a page or a section (`_index.md`).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: Option<String>,
    pub doc_type: Option<String>,
    pub date: Option<Date>,
    /// The document's date is not known: it may then be left out (and `event.date` too), and
    /// `unconfirmed` says what is known. Better than a stand-in date that lists, sorts and dates the page
    /// wrongly.
    #[serde(default)]
    pub date_unknown: bool,
    pub updated: Option<Date>,
    pub review_by: Option<Date>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub pillars: Vec<String>,
    #[serde(default)]
    pub geography: Vec<String>,
    #[serde(default)]
    pub instruments: Vec<String>,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    #[serde(default)]
    pub unconfirmed: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub attachments: Vec<AttachmentSpec>,
    /// Languages this page will not be translated into: silences the section's `languages:` promise for
    /// this page only.
    #[serde(default)]
    pub untranslated: Vec<String>,
    #[serde(default)]
    pub draft: bool,
    /// Raw HTML in the body is published as written instead of sanitised: an explicit opt-in that
    /// `check` lists, for pages whose HTML a maintainer has read.
    #[serde(default)]
    pub unsafe_html: bool,
    pub weight: Option<i64>,
    pub slug: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub template: Option<String>,
    pub toc: Option<bool>,
    pub instrument: Option<Instrument>,
    pub law: Option<Law>,
    pub event: Option<Event>,
    pub guide: Option<Guide>,
    // Section-only fields.
    pub sort_by: Option<SortBy>,
    /// At least 1, as in site.toml.
    pub paginate_by: Option<std::num::NonZeroUsize>,
    #[serde(default)]
    pub languages: Vec<String>,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub title: String,
    pub url: String,
    pub publisher: Option<String>,
    pub accessed: Option<Date>,
}

/// A file beside the page, offered for download.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentSpec {
    pub file: String,
    pub title: String,
    pub lang: Option<String>,
}

/// A date and a place.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatePlace {
    pub date: Date,
    pub place: Option<String>,
}

/// Kazakhstan's ratification act.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ratification {
    pub act: String,
    pub number: String,
    pub date: Date,
    pub url: Option<String>,
}

/// A link to an official text in one language.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialText {
    pub lang: String,
    pub url: String,
}

/// The `instrument:` block of conventions and protocols (ECOLEX treaty record, schema.org Legislation).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub full_title: String,
    pub short_title: Option<String>,
    pub parent: Option<String>,
    pub adopted: DatePlace,
    #[serde(deserialize_with = "present")]
    pub in_force: Option<Date>,
    pub status: String,
    #[serde(default)]
    pub parties: Vec<String>,
    pub depositary: Option<String>,
    pub kz_ratification: Option<Ratification>,
    #[serde(default)]
    pub official_text: Vec<OfficialText>,
}

/// The `law:` block of national laws and regulations.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    pub number: String,
    pub adopted: Date,
    #[serde(deserialize_with = "present")]
    pub in_force: Option<Date>,
    pub legal_force: String,
    pub issuer: String,
    pub official_url: String,
    pub consolidated_as_of: Option<Date>,
    #[serde(default)]
    pub articles_cited: Vec<String>,
}

/// A speaker at a lecture or event.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub name: String,
    pub affiliation: Option<String>,
}

/// The `event:` block of lectures and events.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Left out only with `date_unknown: true`.
    #[serde(default)]
    pub date: Option<Date>,
    pub venue: Option<String>,
    pub city: Option<String>,
    #[serde(default)]
    pub organisers: Vec<String>,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    pub language: Option<String>,
}

/// Whether a deadline counts working or calendar days.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DayType {
    Working,
    Calendar,
}

/// One step of a procedure with its deadline.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepDeadline {
    pub step: String,
    pub days: u32,
    pub day_type: DayType,
    pub source: String,
}

/// The `guide:` block of how-to guides.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    #[serde(default)]
    pub audience: Vec<String>,
    #[serde(default)]
    pub legal_basis: Vec<String>,
    #[serde(default)]
    pub steps_deadlines: Vec<StepDeadline>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real_and_iso() {
        assert!(Date::parse("2006-08-12").is_some());
        assert!(Date::parse("2006-02-30").is_none());
        assert!(Date::parse("2006-8-12").is_none());
        assert!(Date::parse("12.08.2006").is_none());
        assert_eq!(Date::parse("2003-11-04").map(|d| d.to_string()).as_deref(), Some("2003-11-04"));
    }
}
