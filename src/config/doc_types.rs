//! The document-type registry: what each key of `[doc_types]` in site.toml means. A type declares its
//! labels and, optionally, whether it is a "document" (listed, catalogued, needs a date, topics and
//! sources), the block its front matter needs, whether `review_by` is required, its schema.org type and the
//! file `ecolib new` starts its pages from. Validation, JSON-LD, listings, feeds, `new` and the theme read
//! this one registry instead of matching on type names.
//!
//! A type given as labels only (`news = { ru = "Новость", en = "News" }`) and every property a type leaves
//! out take [`Preset::for_key`]: the meaning ecolib gave these keys before site.toml declared it, so an
//! older site.toml builds exactly as before.

use indexmap::IndexMap;
use serde::Deserialize;

use crate::diagnostics::{codes, line_col, msg, Diagnostic, Message};

use super::CONFIG_FILE;

/// A type-specific front-matter block (DESIGN.md §2), whose fields are defined in `content::schema`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    Instrument,
    Law,
    Event,
    Guide,
}

impl Block {
    pub const ALL: [Block; 4] = [Block::Instrument, Block::Law, Block::Event, Block::Guide];

    /// The block's key in front matter.
    pub fn key(self) -> &'static str {
        match self {
            Block::Instrument => "instrument",
            Block::Law => "law",
            Block::Event => "event",
            Block::Guide => "guide",
        }
    }

    /// The schema.org types whose properties the block's JSON-LD fields are (`legislationLegalForce` belongs
    /// to `Legislation`, `startDate` to `Event`, `step` to `HowTo`).
    fn schema_types(self) -> &'static [SchemaType] {
        match self {
            Block::Instrument | Block::Law => &[SchemaType::Legislation, SchemaType::LegislationObject],
            Block::Event => &[SchemaType::Event, SchemaType::EducationEvent],
            Block::Guide => &[SchemaType::HowTo],
        }
    }
}

/// The schema.org types a document page may declare in JSON-LD: `CreativeWork` and the subtypes that fit a
/// library's documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum SchemaType {
    CreativeWork,
    Article,
    NewsArticle,
    Report,
    Book,
    Dataset,
    DefinedTerm,
    WebPage,
    Legislation,
    LegislationObject,
    Event,
    EducationEvent,
    HowTo,
}

impl SchemaType {
    pub fn name(self) -> &'static str {
        match self {
            SchemaType::CreativeWork => "CreativeWork",
            SchemaType::Article => "Article",
            SchemaType::NewsArticle => "NewsArticle",
            SchemaType::Report => "Report",
            SchemaType::Book => "Book",
            SchemaType::Dataset => "Dataset",
            SchemaType::DefinedTerm => "DefinedTerm",
            SchemaType::WebPage => "WebPage",
            SchemaType::Legislation => "Legislation",
            SchemaType::LegislationObject => "LegislationObject",
            SchemaType::Event => "Event",
            SchemaType::EducationEvent => "EducationEvent",
            SchemaType::HowTo => "HowTo",
        }
    }
}

/// One `[doc_types.<key>]` table in its full form; every property is optional.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocTypeFile {
    labels: IndexMap<String, String>,
    document: Option<bool>,
    block: Option<Block>,
    review_by_required: Option<bool>,
    /// The instrument block must name the instrument it belongs to (`parent:`), as a protocol does.
    parent_required: Option<bool>,
    schema_org: Option<SchemaType>,
    /// A file, relative to the site root, that `ecolib new` starts pages of this type from.
    skeleton: Option<String>,
}

/// What a document type means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocType {
    /// Listed as a document: needs a date, topics and sources; gets JSON-LD; goes into feeds.
    pub document: bool,
    pub block: Option<Block>,
    pub review_by_required: bool,
    pub parent_required: bool,
    pub schema_org: SchemaType,
    pub skeleton: Option<String>,
}

/// The meaning a type has where site.toml does not declare it.
pub struct Preset;

impl Preset {
    /// Today's meaning of the keys ecolib knew before the registry; any other key is a plain document.
    pub fn for_key(key: &str) -> DocType {
        let (document, block, review_by_required, schema_org) = match key {
            "convention" | "protocol" => (true, Some(Block::Instrument), true, SchemaType::Legislation),
            "national-law" => (true, Some(Block::Law), true, SchemaType::Legislation),
            "regulation" => (true, Some(Block::Law), false, SchemaType::Legislation),
            "lecture" | "event" => (true, Some(Block::Event), false, SchemaType::Event),
            "guide" => (true, Some(Block::Guide), false, SchemaType::HowTo),
            "fact-sheet" => (true, None, true, SchemaType::CreativeWork),
            "page" | "glossary-term" => (false, None, false, SchemaType::CreativeWork),
            _ => (true, None, false, SchemaType::CreativeWork),
        };
        DocType { document, block, review_by_required, parent_required: key == "protocol", schema_org, skeleton: None }
    }
}

/// The registry: every declared type by key, in site.toml order.
#[derive(Debug, Clone, Default)]
pub struct DocTypes(IndexMap<String, DocType>);

/// The fallback for a page whose type is not declared (validation has already reported it).
static UNDECLARED: DocType = DocType {
    document: true,
    block: None,
    review_by_required: false,
    parent_required: false,
    schema_org: SchemaType::CreativeWork,
    skeleton: None,
};

impl DocTypes {
    /// What `key` means; an undeclared key is a plain document.
    pub fn get(&self, key: &str) -> &DocType {
        self.0.get(key).unwrap_or(&UNDECLARED)
    }

    /// The declared types whose pages need `block`.
    pub fn with_block(&self, block: Block) -> impl Iterator<Item = &str> {
        self.0.iter().filter(move |(_, t)| t.block == Some(block)).map(|(k, _)| k.as_str())
    }
}

/// `[doc_types]` as read: each entry is either labels only or the full table.
pub(super) type RawDocTypes = IndexMap<String, toml::Spanned<toml::Value>>;

/// Resolves `[doc_types]` into the labels (for the vocabulary) and the registry. Every finding points at
/// the type's line in site.toml.
pub(super) fn resolve_doc_types(
    raw: RawDocTypes,
    text: &str,
) -> (IndexMap<String, IndexMap<String, String>>, DocTypes, Vec<Diagnostic>) {
    let mut labels = IndexMap::new();
    let mut types = IndexMap::new();
    let mut errors = Vec::new();
    for (key, entry) in raw {
        let line = line_col(text, entry.span().start).0;
        let at =
            |message: Message, help: Message| Diagnostic::error(CONFIG_FILE, message).at_line(line).with_help(help);
        let value = entry.into_inner();
        let full = value.as_table().is_some_and(|t| t.contains_key("labels"));
        let parsed = if full {
            DocTypeFile::deserialize(value).map(|file| declared(&key, file))
        } else {
            IndexMap::<String, String>::deserialize(value).map(|names| (names, Preset::for_key(&key)))
        };
        match parsed {
            Ok((names, doc_type)) => {
                if let Some((problem, help)) = mismatch(&doc_type) {
                    errors.push(at(problem.arg("doc_type", key.as_str()), help));
                }
                labels.insert(key.clone(), names);
                types.insert(key, doc_type);
            }
            Err(err) => errors.push(at(
                codes::DOC_TYPE_DECLARATION.arg("doc_type", key.as_str()).arg("detail", err.to_string()),
                msg("help-doc-type-declaration").into(),
            )),
        }
    }
    (labels, DocTypes(types), errors)
}

/// A full declaration over the key's preset.
fn declared(key: &str, file: DocTypeFile) -> (IndexMap<String, String>, DocType) {
    let preset = Preset::for_key(key);
    let block = if file.block.is_some() { file.block } else { preset.block };
    let doc_type = DocType {
        document: file.document.unwrap_or(preset.document),
        block,
        review_by_required: file.review_by_required.unwrap_or(preset.review_by_required),
        parent_required: file.parent_required.unwrap_or(preset.parent_required),
        schema_org: file.schema_org.unwrap_or(preset.schema_org),
        skeleton: file.skeleton,
    };
    (file.labels, doc_type)
}

/// A declaration whose parts contradict each other: the problem (the caller adds `doc_type`) and its fix.
fn mismatch(doc_type: &DocType) -> Option<(Message, Message)> {
    if let Some(file) = doc_type.skeleton.as_deref() {
        let path = std::path::Path::new(file);
        if path.is_absolute() || path.components().any(|c| matches!(c, std::path::Component::ParentDir)) {
            return Some((codes::DOC_TYPE_SKELETON_OUTSIDE.arg("file", file), msg("help-skeleton-path").into()));
        }
    }
    if doc_type.parent_required && doc_type.block != Some(Block::Instrument) {
        return Some((codes::DOC_TYPE_PARENT_WITHOUT_INSTRUMENT.into(), msg("help-parent-required").into()));
    }
    let block = doc_type.block?;
    let fits = block.schema_types();
    (!fits.contains(&doc_type.schema_org)).then(|| {
        let names: Vec<&str> = fits.iter().map(|t| t.name()).collect();
        (
            codes::DOC_TYPE_SCHEMA_MISMATCH.arg("schema", doc_type.schema_org.name()).arg("block", block.key()),
            msg("help-schema-for-block").arg("block", block.key()).arg("types", names.join(" or ")),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Lang;

    fn resolve(toml_text: &str) -> (DocTypes, Vec<Diagnostic>) {
        #[derive(Deserialize)]
        struct File {
            doc_types: RawDocTypes,
        }
        let file: File = toml::from_str(toml_text).expect("toml");
        let (_, types, errors) = resolve_doc_types(file.doc_types, toml_text);
        (types, errors)
    }

    #[test]
    fn labels_only_keep_the_keys_preset_meaning() {
        let (types, errors) = resolve("[doc_types]\nprotocol = { en = \"Protocol\" }\nnotes = { en = \"Notes\" }\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(types.get("protocol"), &Preset::for_key("protocol"));
        assert_eq!(types.get("protocol").block, Some(Block::Instrument));
        assert!(types.get("protocol").parent_required);
        assert_eq!(types.get("notes"), &Preset::for_key("anything"));
        assert!(!Preset::for_key("page").document);
    }

    #[test]
    fn a_full_declaration_overrides_the_preset() {
        let (types, errors) = resolve(
            "[doc_types.court-decision]\nlabels = { ru = \"Решение суда\" }\nblock = \"law\"\n\
             review_by_required = true\nschema_org = \"LegislationObject\"\nskeleton = \"skeletons/court.md\"\n\
             [doc_types.page]\nlabels = { ru = \"Страница\" }\ndocument = true\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        let court = types.get("court-decision");
        assert_eq!(
            (court.block, court.schema_org, court.review_by_required),
            (Some(Block::Law), SchemaType::LegislationObject, true)
        );
        assert_eq!(court.skeleton.as_deref(), Some("skeletons/court.md"));
        assert!(types.get("page").document);
        assert_eq!(types.with_block(Block::Law).collect::<Vec<_>>(), ["court-decision"]);
    }

    #[test]
    fn bad_declarations_are_errors_at_their_line_with_a_fix() {
        for (body, message, help) in [
            (
                "block = \"verdict\"",
                "unknown variant `verdict`, expected one of `instrument`, `law`, `event`, `guide`",
                "labels = ",
            ),
            ("schema_org = \"Judgement\"", "unknown variant `Judgement`", "schema_org"),
            ("documnet = true", "unknown field `documnet`", "document, block"),
            (
                "block = \"law\"\nschema_org = \"HowTo\"",
                "schema_org \"HowTo\" cannot carry the law block",
                "Legislation or LegislationObject",
            ),
            ("parent_required = true", "parent_required is a field of the instrument block", "block = \"instrument\""),
            ("skeleton = \"../x.md\"", "skeleton \"../x.md\" is not a file inside the site", "site root"),
        ] {
            let text =
                format!("[doc_types]\npage = {{ en = \"Page\" }}\n[doc_types.x]\nlabels = {{ en = \"X\" }}\n{body}\n");
            let (_, errors) = resolve(&text);
            assert_eq!(errors.len(), 1, "{body}: {errors:?}");
            let (said, helped) = (errors[0].message_in(Lang::En), errors[0].help_in(Lang::En).unwrap_or_default());
            assert!(said.contains(message), "{body}: {said}");
            assert!(helped.contains(help), "{body}: {helped}");
            assert_eq!(errors[0].line, Some(3), "{body}: the [doc_types.x] line");
        }
    }
}
