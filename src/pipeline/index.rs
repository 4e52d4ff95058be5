//! The index stage: the tantivy index of the rendered bodies and its static export (`search/*.js`), built
//! on threads of its own from the moment the bodies are known to be good, while the templates render.
//! `build` stages it on disk, `serve` and `check` keep it in memory; all three run the same stage.

use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::cache::BuildCache;
use crate::render::Bodies;
use crate::search::{
    build_index_in_memory, export_static_index, on_own_threads, search_documents, stage_index, IndexError, StagedIndex,
};
use crate::site::Site;

/// Where the search index goes.
#[derive(Debug, Clone, Default)]
pub enum IndexTarget {
    /// A staging folder beside this index folder (`build`): the caller commits it once the site is in place.
    Disk(PathBuf),
    /// Memory only (`serve`, reusing the analyses of earlier builds; `check`, which drops it).
    #[default]
    Memory,
}

/// The index stage's result.
pub struct Indexed {
    /// The staged index on disk ([`IndexTarget::Disk`]), to commit after the site.
    pub staged: Option<StagedIndex>,
    /// The static index's files, by path under the output root.
    pub files: Vec<(String, Vec<u8>)>,
    pub index_time: Duration,
    pub export_time: Duration,
}

/// Why the index stage failed: tantivy or the file system (not the editors' input, which earlier stages
/// check).
#[derive(Debug, thiserror::Error)]
pub enum IndexFailure {
    #[error("{0}")]
    Index(IndexError),
    #[error("{0}")]
    Export(IndexError),
    #[error("the search index thread panicked")]
    Panicked,
}

/// Starts the stage on a thread of its own.
pub(super) fn start(
    site: Arc<Site>,
    bodies: Arc<Bodies>,
    texts: Vec<String>,
    target: IndexTarget,
    cache: Option<Arc<BuildCache>>,
) -> JoinHandle<Result<Indexed, IndexFailure>> {
    std::thread::spawn(move || on_own_threads(|| run(&site, &bodies, texts, &target, cache.as_deref())))
}

/// Waits for a started stage.
pub(super) fn finish(thread: JoinHandle<Result<Indexed, IndexFailure>>) -> Result<Indexed, IndexFailure> {
    thread.join().unwrap_or(Err(IndexFailure::Panicked))
}

fn run(
    site: &Site,
    bodies: &Bodies,
    texts: Vec<String>,
    target: &IndexTarget,
    cache: Option<&BuildCache>,
) -> Result<Indexed, IndexFailure> {
    let started = Instant::now();
    let documents = search_documents(site, bodies, texts);
    let export = |index: &crate::search::SearchIndex, index_time: Duration| {
        let started = Instant::now();
        let files = export_static_index(index, &documents, &site.config).map_err(IndexFailure::Export)?;
        Ok((files, index_time, started.elapsed()))
    };
    let (staged, (files, index_time, export_time)) = match target {
        IndexTarget::Disk(dir) => {
            let staged = stage_index(&documents, dir).map_err(IndexFailure::Index)?;
            let exported = export(staged.index(), started.elapsed())?;
            (Some(staged), exported)
        }
        IndexTarget::Memory => {
            let index = build_index_in_memory(&documents, cache).map_err(IndexFailure::Index)?;
            (None, export(&index, started.elapsed())?)
        }
    };
    Ok(Indexed { staged, files, index_time, export_time })
}
