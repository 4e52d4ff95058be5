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

use super::spans::toml_key_line;
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
/// the key that causes it (`schema_org = 12`), found by the TOML parser's spans; at the type's line when
/// the type as a whole is wrong.
pub(super) fn resolve_doc_types(
    raw: RawDocTypes,
    text: &str,
) -> (IndexMap<String, IndexMap<String, String>>, DocTypes, Vec<Diagnostic>) {
    let mut labels = IndexMap::new();
    let mut types = IndexMap::new();
    let mut errors = Vec::new();
    for (key, entry) in raw {
        let type_line = line_col(text, entry.span().start).0;
        // The line of a key below the type (`["schema_org"]`, `["labels", "en"]`), where it is written.
        let key_line = |below: &[&str]| {
            let path: Vec<&str> = ["doc_types", key.as_str()].into_iter().chain(below.iter().copied()).collect();
            toml_key_line(text, &path)
        };
        let at = |line: usize, message: Message, help: Message| {
            Diagnostic::error(CONFIG_FILE, message).at_line(line).with_help(help)
        };
        let value = entry.into_inner();
        match parse_declaration(&key, &value) {
            Ok((names, doc_type)) => {
                if let Some(found) = mismatch(&doc_type) {
                    // A schema mismatch with no schema_org written comes from the block's preset type.
                    let line = found.fields.iter().find_map(|f| key_line(&[f])).unwrap_or(type_line);
                    errors.push(at(line, found.problem.arg("doc_type", key.as_str()), found.help));
                }
                labels.insert(key.clone(), names);
                types.insert(key, doc_type);
            }
            Err(err) => {
                let path = offending_path(&key, &value).unwrap_or_default();
                let line = key_line(&path.iter().map(String::as_str).collect::<Vec<_>>()).unwrap_or(type_line);
                errors.push(at(
                    line,
                    codes::DOC_TYPE_DECLARATION.arg("doc_type", key.as_str()).arg("detail", err.message()),
                    msg("help-doc-type-declaration").into(),
                ));
            }
        }
    }
    (labels, DocTypes(types), errors)
}

type Declaration = (IndexMap<String, String>, DocType);

/// One entry of `[doc_types]`: a full table (it has `labels`), or labels only.
fn parse_declaration(key: &str, value: &toml::Value) -> Result<Declaration, toml::de::Error> {
    let full = value.as_table().is_some_and(|t| t.contains_key("labels"));
    match full {
        true => DocTypeFile::deserialize(value.clone()).map(|file| declared(key, file)),
        false => IndexMap::<String, String>::deserialize(value.clone()).map(|names| (names, Preset::for_key(key))),
    }
}

/// The path below the type to the key of a declaration that fails on its own: the entry reduced to that
/// key (and `labels`, which a full table needs) still fails; inside `labels`, the label that is not text.
/// `None` when no single key does (the entry is not a table at all).
fn offending_path(key: &str, value: &toml::Value) -> Option<Vec<String>> {
    let table = value.as_table()?;
    let labels = table.get("labels");
    // Labels first: when they are wrong, every reduced entry fails.
    let fields = labels.map(|l| ("labels", l)).into_iter().chain(table.iter().map(|(f, v)| (f.as_str(), v)));
    let field = fields.map(|(field, v)| (field.to_string(), v)).find_map(|(field, field_value)| {
        let mut alone = toml::Table::new();
        if let Some(labels) = labels {
            alone.insert("labels".to_string(), labels.clone());
        }
        alone.insert(field.clone(), field_value.clone());
        parse_declaration(key, &toml::Value::Table(alone)).is_err().then_some(field)
    })?;
    let label = match field.as_str() {
        "labels" => labels.and_then(toml::Value::as_table).and_then(|t| t.iter().find(|(_, v)| !v.is_str())),
        _ => None,
    };
    Some([Some(field), label.map(|(name, _)| name.clone())].into_iter().flatten().collect())
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

/// A contradiction in a declaration: the problem (the caller adds `doc_type`), its fix, and the keys it is
/// about, the one to point at first.
struct Mismatch {
    problem: Message,
    help: Message,
    fields: &'static [&'static str],
}

/// A declaration whose parts contradict each other.
fn mismatch(doc_type: &DocType) -> Option<Mismatch> {
    if let Some(file) = doc_type.skeleton.as_deref() {
        let path = std::path::Path::new(file);
        if path.is_absolute() || path.components().any(|c| matches!(c, std::path::Component::ParentDir)) {
            let problem = codes::DOC_TYPE_SKELETON_OUTSIDE.arg("file", file);
            return Some(Mismatch { problem, help: msg("help-skeleton-path").into(), fields: &["skeleton"] });
        }
    }
    if doc_type.parent_required && doc_type.block != Some(Block::Instrument) {
        let (problem, help) = (codes::DOC_TYPE_PARENT_WITHOUT_INSTRUMENT.into(), msg("help-parent-required").into());
        return Some(Mismatch { problem, help, fields: &["parent_required", "block"] });
    }
    let block = doc_type.block?;
    let fits = block.schema_types();
    (!fits.contains(&doc_type.schema_org)).then(|| {
        let names: Vec<&str> = fits.iter().map(|t| t.name()).collect();
        Mismatch {
            problem: codes::DOC_TYPE_SCHEMA_MISMATCH
                .arg("schema", doc_type.schema_org.name())
                .arg("block", block.key()),
            help: msg("help-schema-for-block").arg("block", block.key()).arg("types", names.join(" or ")),
            fields: &["schema_org", "block"],
        }
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
    fn bad_declarations_are_errors_at_the_offending_keys_line_with_a_fix() {
        // The body starts on line 5, after `[doc_types.x]` (3) and its labels (4).
        for (body, message, help, line) in [
            (
                "block = \"verdict\"",
                "unknown variant `verdict`, expected one of `instrument`, `law`, `event`, `guide`",
                "labels = ",
                5,
            ),
            ("schema_org = \"Judgement\"", "unknown variant `Judgement`", "schema_org", 5),
            ("document = true\nschema_org = 12", "invalid type", "schema_org", 6),
            ("documnet = true", "unknown field `documnet`", "document, block", 5),
            (
                "block = \"law\"\nschema_org = \"HowTo\"",
                "schema_org \"HowTo\" cannot carry the law block",
                "Legislation or LegislationObject",
                6,
            ),
            // No schema_org written: the block's preset type is the clash, so the block is pointed at.
            ("document = true\nblock = \"event\"", "schema_org \"CreativeWork\" cannot carry the event", "Event", 6),
            (
                "document = true\nparent_required = true",
                "parent_required is a field of the instrument block",
                "block = \"instrument\"",
                6,
            ),
            ("skeleton = \"../x.md\"", "skeleton \"../x.md\" is not a file inside the site", "site root", 5),
        ] {
            let text =
                format!("[doc_types]\npage = {{ en = \"Page\" }}\n[doc_types.x]\nlabels = {{ en = \"X\" }}\n{body}\n");
            let (_, errors) = resolve(&text);
            assert_eq!(errors.len(), 1, "{body}: {errors:?}");
            let (said, helped) = (errors[0].message_in(Lang::En), errors[0].help_in(Lang::En).unwrap_or_default());
            assert!(said.contains(message), "{body}: {said}");
            assert!(helped.contains(help), "{body}: {helped}");
            assert_eq!(errors[0].line, Some(line), "{body}: the offending key's line");
        }
    }

    #[test]
    fn bad_labels_and_entries_that_are_no_table_point_where_they_are_written() {
        for (text, line) in [
            // Labels of a full table, written inline and as a table of their own.
            ("[doc_types.x]\ndocument = true\nlabels = { en = 1 }\n", 3),
            ("[doc_types.x]\ndocument = true\n[doc_types.x.labels]\nru = \"Х\"\nen = false\n", 5),
            // Labels only: the label's line; an entry that is no table: its own line.
            ("[doc_types]\npage = { en = \"Page\" }\nnews = { ru = \"Новость\", en = [] }\n", 3),
            ("[doc_types]\npage = { en = \"Page\" }\nnews = \"News\"\n", 3),
        ] {
            let (_, errors) = resolve(text);
            assert_eq!(errors.len(), 1, "{text}: {errors:?}");
            assert_eq!(errors[0].code(), "E0014", "{text}");
            assert_eq!(errors[0].line, Some(line), "{text}");
        }
    }
}
