//! Write: puts a rendered site on disk atomically. Everything is written into a fresh staging folder beside
//! the output; only when all of it is written is the old output swapped out. A failed build therefore
//! leaves the previous site exactly as it was (Zola and mdBook empty the output first). Only folders that
//! ecolib wrote are replaced (see `ownership.rs`).

mod ownership;
mod swap;

pub use ownership::{check_cache_apart, check_folder, FolderRole, Refusal, OUTPUT_MARKER, SOURCE_NAMES};
pub use swap::{remove_stale_folders, swap_in};

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::fs::{self as efs, FsError};
use crate::render::{Output, RenderedSite};

/// What was written.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteStats {
    pub files: usize,
    pub bytes: u64,
}

/// Writes `site` to `output`, replacing what was there only once the new site is complete.
pub fn write_site(site: RenderedSite, output: &Path) -> Result<WriteStats, FsError> {
    let staging = Staging::create(output)?;
    staging.add(site);
    let stats = staging.streamed()?;
    staging.commit()?;
    Ok(stats)
}

/// A new output being written beside the old one. Dropped without [`Staging::commit`], it is removed and
/// the old output stays as it was; so other work (the search index) can run while pages are written, and
/// its files join the same staging folder before the swap.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    committed: bool,
    /// Folders made so far by [`Output::file`], by their path inside the staging folder (a `mkdir` is slow on
    /// some file systems: one per folder).
    made: Mutex<HashSet<String>>,
    /// The first error of a file written through [`Output`], and what was written that way.
    streamed: Mutex<(Option<FsError>, WriteStats)>,
}

impl Staging {
    /// Creates an empty staging folder beside `output`, marked as ecolib's, and removes the folders that
    /// interrupted builds left there. The caller has checked that `output` may be replaced
    /// ([`check_folder`]).
    pub fn create(output: &Path) -> Result<Staging, FsError> {
        let parent = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        efs::create_dir_all(parent)?;
        let output = parent.join(output.file_name().unwrap_or("public".as_ref()));
        swap::remove_stale_folders(&output);
        let dir = swap::staging_name(&output);
        if dir.exists() {
            efs::remove_dir_all(&dir)?;
        }
        efs::create_dir_all(&dir)?;
        efs::write(&dir.join(OUTPUT_MARKER), ownership::OUTPUT_MARKER_TEXT.as_bytes())?;
        Ok(Staging { dir, output, committed: false, made: Mutex::default(), streamed: Mutex::default() })
    }

    /// What was written through [`Output`], or the first error.
    pub fn streamed(&self) -> Result<WriteStats, FsError> {
        let mut streamed = self.streamed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match streamed.0.take() {
            Some(err) => Err(err),
            None => Ok(streamed.1),
        }
    }

    fn record(&self, result: Result<u64, FsError>) {
        let mut streamed = self.streamed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match result {
            Ok(bytes) => {
                streamed.1.files += 1;
                streamed.1.bytes += bytes;
            }
            Err(err) => {
                streamed.0.get_or_insert(err);
            }
        }
    }

    /// The file `path` (`/`-separated, inside the staging folder), its folder made if it is new.
    fn target_in_staging(&self, path: &str) -> Result<PathBuf, FsError> {
        let target = self.dir.join(path);
        // Keyed by the text of the folder's path: hashing a `Path` walks its components.
        let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
        let known = self.made.lock().map(|made| made.contains(folder)).unwrap_or(false);
        if !known {
            efs::create_dir_all(target.parent().unwrap_or(&self.dir))?;
            if let Ok(mut made) = self.made.lock() {
                made.insert(folder.to_string());
            }
        }
        Ok(target)
    }

    /// Writes a rendered site (or part of one) into the staging folder, as [`Output`] does file by file;
    /// [`Staging::streamed`] reports the outcome.
    pub fn add(&self, site: RenderedSite) {
        site.files.into_par_iter().for_each(|(path, bytes)| self.file(path, bytes));
        site.copies.into_par_iter().for_each(|(path, source)| self.copy(path, source));
    }

    /// Swaps the staging folder in as the output.
    pub fn commit(mut self) -> Result<(), FsError> {
        swap_in(&self.dir, &self.output)?;
        self.committed = true;
        Ok(())
    }
}

/// Files go straight into the staging folder as they are rendered, so `build` never holds the whole site.
impl Output for Staging {
    fn file(&self, path: String, bytes: Vec<u8>) {
        let written =
            self.target_in_staging(&path).and_then(|target| efs::write(&target, &bytes)).map(|()| bytes.len() as u64);
        self.record(written);
    }

    fn copy(&self, path: String, source: PathBuf) {
        self.record(self.target_in_staging(&path).and_then(|target| efs::copy(&source, &target)));
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed && self.dir.exists() {
            // Best effort: the error being reported matters more than a leftover staging folder.
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_the_whole_output() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let mut site = RenderedSite::default();
        site.files.insert("a/index.html".into(), b"one".to_vec());
        site.files.insert("stale.txt".into(), b"x".to_vec());
        write_site(site, &out).expect("first write");
        let mut site = RenderedSite::default();
        site.files.insert("a/index.html".into(), b"two".to_vec());
        let stats = write_site(site, &out).expect("second write");
        assert_eq!(stats.files, 1);
        assert_eq!(std::fs::read(out.join("a/index.html")).expect("read"), b"two");
        assert!(!out.join("stale.txt").exists(), "files of the previous build are gone");
        let leftovers: Vec<_> =
            std::fs::read_dir(tmp.path()).expect("list").filter_map(Result::ok).map(|e| e.file_name()).collect();
        assert_eq!(leftovers, [std::ffi::OsString::from("public")]);
    }

    #[test]
    fn a_failed_write_keeps_the_previous_output() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let mut site = RenderedSite::default();
        site.files.insert("index.html".into(), b"good".to_vec());
        write_site(site, &out).expect("first write");
        let mut broken = RenderedSite::default();
        broken.copies.insert("x.pdf".into(), tmp.path().join("does-not-exist.pdf"));
        assert!(write_site(broken, &out).is_err());
        assert_eq!(std::fs::read(out.join("index.html")).expect("read"), b"good");
    }
}
