//! Index: search over the library. One analyzer definition ([`analyzer`]) serves the tantivy index built at
//! build time ([`index`]), `ecolib search` ([`query`]) and, ported to JavaScript, the browser client.

pub mod analyzer;
pub mod document;
pub mod export;
pub mod index;
pub mod kazakh;
pub mod query;

pub use document::{search_documents, SearchDocument};
pub use export::{export_static_index, file_budget};
pub use index::{
    build_index_in_memory, index_dir, open_index, stage_index, IndexError, SearchIndex, StagedIndex, CACHE_DIR,
};
pub use query::{parse_query, search, Hit, ParsedQuery, SearchOptions};

/// Runs `work` (building the index and its export) on a thread pool of its own. It runs while the templates
/// render: on the global pool the export's parallel steps would queue behind the templates' jobs, and the
/// index would finish last, on one core, with the other idle.
pub fn on_own_threads<R: Send>(work: impl FnOnce() -> R + Send) -> R {
    match rayon::ThreadPoolBuilder::new().thread_name(|i| format!("ecolib-index-{i}")).build() {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    }
}
