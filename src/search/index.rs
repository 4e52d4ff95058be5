//! The tantivy index: schema and build (texts are analyzed by `analyzer` and handed to tantivy as tokens).
//! The index is written to `.ecolib-cache/search/` (outside the output, rebuilt on every build, swapped in
//! atomically) as one segment with documents in the model's order, so doc ids are stable and the static
//! export is deterministic.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED, STRING};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

use super::analyzer::{analyze_for_index, Analyzer, IndexToken};
use super::document::SearchDocument;
use super::export::snippet_text;
use crate::cache::{BuildCache, Fingerprint};

/// The default cache folder, relative to the site root (gitignored): the index lives in its `search/`.
pub const CACHE_DIR: &str = ".ecolib-cache";

/// The index folder inside a cache folder.
pub fn index_dir(cache: &Path) -> PathBuf {
    cache.join("search")
}

/// The text fields, in the order of their boosts in queries.
/// The number of text fields.
pub const FIELD_COUNT: usize = 5;

/// The text fields, in the order of their boosts in queries. `tags` holds a page's tags and the labels of
/// its topics, doc type and pillars in its language, so that a query for a tag finds the tagged pages.
pub const TEXT_FIELDS: [&str; FIELD_COUNT] = ["title", "summary", "headings", "body", "tags"];

/// Errors of the index stage.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// tantivy's own messages show paths and causes as Rust debug text; this is a sentence.
    #[error("search index: {}", describe_tantivy(.0))]
    Tantivy(tantivy::TantivyError),
    #[error(transparent)]
    Fs(#[from] crate::fs::FsError),
    #[error("no search index at {0}: run `ecolib build` first (with the same --cache)")]
    Missing(PathBuf),
    #[error("tokens handed to the index went astray ({left} left, {missing} missing): this is a bug in ecolib")]
    Handoff { left: usize, missing: usize },
}

impl From<tantivy::TantivyError> for IndexError {
    fn from(err: tantivy::TantivyError) -> Self {
        IndexError::Tantivy(err)
    }
}

/// A tantivy error as one sentence with the file and the cause in plain words (no `{:?}`).
fn describe_tantivy(err: &tantivy::TantivyError) -> String {
    use crate::fs::describe_io;
    use tantivy::directory::error::{
        LockError, OpenDirectoryError as Dir, OpenReadError as Read, OpenWriteError as Write,
    };
    use tantivy::TantivyError as T;
    let at = |path: &Path, io: &std::io::Error| format!("{}: {}", path.display(), describe_io(io));
    match err {
        T::IoError(io) => describe_io(io),
        T::OpenWriteError(Write::IoError { io_error, filepath }) => format!("cannot write {}", at(filepath, io_error)),
        T::OpenWriteError(Write::FileAlreadyExists(path)) => {
            format!("cannot write {}: it exists already", path.display())
        }
        T::OpenReadError(Read::FileDoesNotExist(path)) => format!("cannot read {}: it does not exist", path.display()),
        T::OpenReadError(Read::IoError { io_error, filepath }) => format!("cannot read {}", at(filepath, io_error)),
        T::OpenReadError(Read::IncompatibleIndex(_)) => {
            "it was written by another version of ecolib: run `ecolib build` again".into()
        }
        T::OpenDirectoryError(Dir::DoesNotExist(path) | Dir::NotADirectory(path)) => {
            format!("cannot open the folder {}: it does not exist or is not a folder", path.display())
        }
        T::OpenDirectoryError(Dir::IoError { io_error, directory_path }) => {
            format!("cannot open the folder {}", at(directory_path, io_error))
        }
        T::OpenDirectoryError(Dir::FailedToCreateTempDir(io)) => {
            format!("cannot create a temporary folder: {}", describe_io(io))
        }
        T::LockFailure(LockError::LockBusy, _) => {
            "another ecolib is writing the same index: wait for it to finish, or give this one another --cache".into()
        }
        T::LockFailure(LockError::IoError(io), _) => format!("cannot lock the index: {}", describe_io(io)),
        T::DataCorruption(_) => "its files are damaged: delete the cache folder (.ecolib-cache) and build again".into(),
        other => other.to_string(),
    }
}

/// The fields of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub lang: Field,
    pub url: Field,
    pub title_stored: Field,
    pub section: Field,
    pub doc_type: Field,
    pub date: Field,
    pub topic: Field,
    pub pillar: Field,
    pub year: Field,
    pub body_stored: Field,
    pub summary_stored: Field,
}

/// The field name of a text field for an analyzer: `body` (Russian analyzer), `body_kk`.
pub fn text_field_name(name: &str, analyzer: Analyzer) -> String {
    match analyzer {
        Analyzer::Russian => name.to_string(),
        Analyzer::Kazakh => format!("{name}_kk"),
    }
}

fn tokenizer_name(analyzer: Analyzer) -> String {
    format!("ecolib_{}", analyzer.name())
}

/// The schema: stored metadata, facet fields and the text fields of each analyzer.
pub fn schema() -> Schema {
    let mut builder = Schema::builder();
    for name in ["id", "lang", "doc_type", "topic", "pillar", "year"] {
        builder.add_text_field(name, STRING | STORED);
    }
    for name in ["url", "title_stored", "section", "date", "body_stored", "summary_stored"] {
        builder.add_text_field(name, STORED);
    }
    for analyzer in Analyzer::ALL {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(&tokenizer_name(analyzer))
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        for name in TEXT_FIELDS {
            builder.add_text_field(
                &text_field_name(name, analyzer),
                TextOptions::default().set_indexing_options(indexing.clone()),
            );
        }
    }
    builder.build()
}

/// An open index with its fields.
pub struct SearchIndex {
    pub index: Index,
    pub fields: Fields,
    /// Each analyzer's vocabulary, read from the term dictionaries on the first query.
    vocabularies: std::sync::OnceLock<Vec<(Analyzer, super::query::Vocabulary)>>,
}

impl SearchIndex {
    fn new(index: Index) -> Result<SearchIndex, IndexError> {
        let s = index.schema();
        let f = |name: &str| s.get_field(name);
        let fields = Fields {
            id: f("id")?,
            lang: f("lang")?,
            url: f("url")?,
            title_stored: f("title_stored")?,
            section: f("section")?,
            doc_type: f("doc_type")?,
            date: f("date")?,
            topic: f("topic")?,
            pillar: f("pillar")?,
            year: f("year")?,
            body_stored: f("body_stored")?,
            summary_stored: f("summary_stored")?,
        };
        Ok(SearchIndex { index, fields, vocabularies: std::sync::OnceLock::new() })
    }

    /// Each analyzer's vocabulary (terms with summed document frequencies), read once per open index.
    pub fn vocabularies(&self) -> Result<&[(Analyzer, super::query::Vocabulary)], IndexError> {
        if let Some(v) = self.vocabularies.get() {
            return Ok(v);
        }
        let searcher = self.index.reader()?.searcher();
        let read: Vec<_> = Analyzer::ALL
            .iter()
            .map(|&a| super::query::Vocabulary::read(&searcher, self, a).map(|v| (a, v)))
            .collect::<Result<_, _>>()?;
        Ok(self.vocabularies.get_or_init(|| read))
    }

    /// A text field by name and analyzer.
    pub fn text_field(&self, name: &str, analyzer: Analyzer) -> Result<Field, IndexError> {
        Ok(self.index.schema().get_field(&text_field_name(name, analyzer))?)
    }
}

/// Opens the index in `dir`.
pub fn open_index(dir: &Path) -> Result<SearchIndex, IndexError> {
    if !dir.join("meta.json").exists() {
        return Err(IndexError::Missing(dir.to_path_buf()));
    }
    SearchIndex::new(Index::open_in_dir(dir)?)
}

/// A new index written beside `dir`, not yet in its place: `build` swaps it in only once the site it
/// belongs to is (so a failed build leaves `ecolib search` on the previous site). Dropped without
/// [`StagedIndex::commit`], it is removed.
pub struct StagedIndex {
    index: Option<SearchIndex>,
    staging: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl StagedIndex {
    /// The new index, open for reading (the static export is derived from it).
    pub fn index(&self) -> &SearchIndex {
        // Only `commit` takes it out, consuming self.
        self.index.as_ref().unwrap_or_else(|| unreachable!("a staged index is open until committed"))
    }

    /// Puts the new index in place of the old one.
    pub fn commit(mut self) -> Result<(), IndexError> {
        // Closed first: some systems cannot rename a folder whose files are open.
        self.index = None;
        crate::output::swap_in(&self.staging, &self.dir)?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for StagedIndex {
    fn drop(&mut self) {
        self.index = None;
        if !self.committed {
            // Best effort: the error being reported matters more than a leftover folder.
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

/// Writes the index of `documents` into a staging folder beside `dir`.
pub fn stage_index(documents: &[SearchDocument], dir: &Path) -> Result<StagedIndex, IndexError> {
    static BUILDS: AtomicUsize = AtomicUsize::new(0);
    let parent = dir.parent().unwrap_or(Path::new(".")).to_path_buf();
    crate::fs::create_dir_all(&parent)?;
    let build = BUILDS.fetch_add(1, Ordering::Relaxed);
    let staging = parent.join(format!(".search.staging-{}-{build}", std::process::id()));
    if staging.exists() {
        crate::fs::remove_dir_all(&staging)?;
    }
    crate::fs::create_dir_all(&staging)?;
    let mut staged = StagedIndex { index: None, staging: staging.clone(), dir: dir.to_path_buf(), committed: false };
    let index = write_index(Index::create_in_dir(&staging, schema())?, documents, None)?;
    staged.index = Some(index);
    Ok(staged)
}

/// Documents analyzed per batch, then handed to tantivy in order (memory stays bounded).
const ANALYZE_BATCH: usize = 256;

/// The index of `documents` in memory only, for `serve`: it rebuilds the index on every change, reusing
/// the analysis of texts an earlier build analyzed (`cache`); the export reads the same data either way.
pub fn build_index_in_memory(
    documents: &[SearchDocument],
    cache: Option<&BuildCache>,
) -> Result<SearchIndex, IndexError> {
    write_index(Index::create_in_ram(schema()), documents, cache)
}

fn write_index(
    index: Index,
    documents: &[SearchDocument],
    cache: Option<&BuildCache>,
) -> Result<SearchIndex, IndexError> {
    let index = SearchIndex::new(index)?;
    let handoff = TokenHandoff::default();
    for analyzer in Analyzer::ALL {
        index.index.tokenizers().register(&tokenizer_name(analyzer), handoff.clone());
    }
    // One thread: one segment, documents in insertion order.
    let mut writer: IndexWriter = index.index.writer_with_num_threads(1, 900 * 1024 * 1024)?;
    let fields: Vec<[Field; FIELD_COUNT]> = Analyzer::ALL
        .iter()
        .map(|&a| {
            let f = |name| index.text_field(name, a);
            Ok([f("title")?, f("summary")?, f("headings")?, f("body")?, f("tags")?])
        })
        .collect::<Result<_, IndexError>>()?;
    let started = std::time::Instant::now();
    // tantivy takes documents on its thread while the next batch is analyzed on another. Analysis is a
    // third of tantivy's work, so one thread keeps up; a parallel one would queue its jobs in the global
    // pool behind the templates', which run meanwhile, and starve the index.
    std::thread::scope(|scope| -> Result<(), IndexError> {
        let (send, analyzed_batches) = std::sync::mpsc::sync_channel::<Vec<[Vec<IndexToken>; FIELD_COUNT]>>(1);
        scope.spawn(move || {
            for batch in documents.chunks(ANALYZE_BATCH) {
                let analyzed = batch.iter().map(|d| analyzed_fields(d, cache)).collect();
                if send.send(analyzed).is_err() {
                    break; // the indexing side failed and stopped listening
                }
            }
        });
        let mut slot = 0u64;
        for (batch, analyzed) in documents.chunks(ANALYZE_BATCH).zip(analyzed_batches) {
            for (document, texts) in batch.iter().zip(analyzed) {
                let analyzer = Analyzer::for_language(&document.lang);
                let text_fields = fields[Analyzer::ALL.iter().position(|a| *a == analyzer).unwrap_or(0)];
                let mut tantivy_doc = metadata_document(&index.fields, document);
                for (field, tokens) in text_fields.into_iter().zip(texts) {
                    handoff.put(slot, tokens);
                    tantivy_doc.add_text(field, slot.to_string());
                    slot += 1;
                }
                writer.add_document(tantivy_doc)?;
            }
        }
        Ok(())
    })?;
    let added = started.elapsed();
    let started = std::time::Instant::now();
    writer.commit()?;
    tracing::debug!(
        analyze_and_add_ms = added.as_millis() as u64,
        commit_ms = started.elapsed().as_millis() as u64,
        "index"
    );
    let segments = index.index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    handoff.check()?;
    Ok(index)
}

/// Hands analyzed tokens to tantivy's indexing thread. tantivy 0.27 passes pre-tokenized text through JSON
/// (serialized when the document is made, parsed again on the indexing thread: a fifth of a build's CPU,
/// on the index's critical path). Instead each text field's value is a slot number, and the tokenizer
/// the index writer uses takes the tokens waiting in that slot.
#[derive(Clone, Default)]
struct TokenHandoff {
    slots: Arc<Mutex<HashMap<u64, Vec<IndexToken>>>>,
    /// Slots asked for that held nothing: would mean text indexed without its tokens.
    missing: Arc<AtomicUsize>,
}

impl TokenHandoff {
    fn put(&self, slot: u64, tokens: Vec<IndexToken>) {
        if let Ok(mut slots) = self.slots.lock() {
            slots.insert(slot, tokens);
        }
    }

    /// Every slot was taken exactly once.
    fn check(&self) -> Result<(), IndexError> {
        let left = self.slots.lock().map(|s| s.len()).unwrap_or(usize::MAX);
        let missing = self.missing.load(Ordering::Relaxed);
        if left == 0 && missing == 0 {
            Ok(())
        } else {
            Err(IndexError::Handoff { left, missing })
        }
    }
}

impl Tokenizer for TokenHandoff {
    type TokenStream<'a> = HandedTokens;
    fn token_stream<'a>(&'a mut self, slot: &'a str) -> HandedTokens {
        let taken = slot.parse::<u64>().ok().and_then(|slot| self.slots.lock().ok()?.remove(&slot));
        if taken.is_none() {
            self.missing.fetch_add(1, Ordering::Relaxed);
        }
        HandedTokens { tokens: taken.unwrap_or_default().into_iter(), token: Token::default() }
    }
}

/// The tokens of one slot, as tantivy reads them: one `Token` whose text buffer is reused.
struct HandedTokens {
    tokens: std::vec::IntoIter<IndexToken>,
    token: Token,
}

impl TokenStream for HandedTokens {
    fn advance(&mut self) -> bool {
        let Some(next) = self.tokens.next() else { return false };
        self.token.text.clear();
        self.token.text.push_str(&next.term);
        self.token.position = next.position as usize;
        self.token.offset_from = next.from as usize;
        self.token.offset_to = next.to as usize;
        self.token.position_length = 1;
        true
    }
    fn token(&self) -> &Token {
        &self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// A document's text fields analyzed, from the cache when its text was analyzed before.
fn analyzed_fields(document: &SearchDocument, cache: Option<&BuildCache>) -> [Vec<IndexToken>; FIELD_COUNT] {
    let Some(cache) = cache else { return pre_tokenize(document) };
    let analyzer = Analyzer::for_language(&document.lang);
    let key = document.texts().iter().fold(Fingerprint::new().str(analyzer.name()), |f, text| f.str(text)).finish();
    if let Some(fields) = cache.analysis(key) {
        // The terms are shared with the stem cache: a copy is a reference count per token.
        return (*fields).clone();
    }
    let fields = pre_tokenize(document);
    cache.store_analysis(key, fields.clone());
    fields
}

/// The stored and facet fields of a document.
fn metadata_document(f: &Fields, document: &SearchDocument) -> TantivyDocument {
    let snippet_text = snippet_text(&document.body);
    let mut doc = doc!(
        f.id => document.id.as_str(),
        f.lang => document.lang.as_str(),
        f.url => document.url.as_str(),
        f.title_stored => document.title.as_str(),
        f.section => document.section.as_str(),
        f.doc_type => document.doc_type.as_str(),
        f.body_stored => snippet_text,
        f.summary_stored => document.summary.as_str(),
    );
    if let Some(date) = &document.date {
        doc.add_text(f.date, date);
    }
    if let Some(year) = document.year {
        doc.add_text(f.year, year.to_string());
    }
    for topic in &document.topics {
        doc.add_text(f.topic, topic);
    }
    for pillar in &document.pillars {
        doc.add_text(f.pillar, pillar);
    }
    doc
}

/// The text fields of a document, analyzed. The text itself is not kept: these fields are not stored.
fn pre_tokenize(document: &SearchDocument) -> [Vec<IndexToken>; FIELD_COUNT] {
    let analyzer = Analyzer::for_language(&document.lang);
    document.texts().map(|text| analyze_for_index(text, analyzer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tantivy_errors_are_sentences_not_debug_text() {
        use tantivy::directory::error::OpenWriteError;
        let io = std::io::Error::from(std::io::ErrorKind::StorageFull);
        let write = OpenWriteError::IoError { io_error: Arc::new(io), filepath: PathBuf::from("meta.json") };
        let err = IndexError::from(tantivy::TantivyError::OpenWriteError(write));
        assert_eq!(err.to_string(), "search index: cannot write meta.json: the disk is full");
        let corrupt = tantivy::TantivyError::DataCorruption(tantivy::error::DataCorruption::comment_only("bad footer"));
        let text = format!("{:#}", anyhow::Error::new(IndexError::from(corrupt)));
        assert!(text.contains("delete the cache folder"), "{text}");
        assert!(!text.contains("DataCorruption") && !text.contains('{'), "{text}");
    }
}
