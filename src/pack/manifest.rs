//! The manifest of a pack: every file with its size and SHA-256, the build's date, the content's commit and
//! ecolib's version. `verify` compares a stick with it and the next `pack` trusts it to copy only what
//! changed. Paths are relative with `/`, sorted, and the JSON is written the same way every time, so a stick
//! made on one machine verifies on another and two packs of one build are byte-identical.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::copy::TEMP_PREFIX;
use super::PackError;
use crate::output::OUTPUT_MARKER;

/// The manifest's file name, at the top of the pack folder.
pub const MANIFEST_NAME: &str = "ecolib-manifest.json";
/// Present while a pack is being written: a stick with it was unplugged (or the pack failed) midway. It
/// lists, one per line, the files that pack was writing, so the next pack may replace or remove them.
pub const INCOMPLETE_MARKER: &str = ".ecolib-pack-incomplete";
/// The manifest format; a reader refuses nothing newer silently, it just reads the fields it knows.
pub const MANIFEST_FORMAT: u32 = 1;

/// One file of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Relative to the pack folder, with `/`.
    pub path: String,
    pub size: u64,
    /// Lowercase hex.
    pub sha256: String,
}

/// What a pack holds and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// UTC, RFC 3339: SOURCE_DATE_EPOCH when set, else the commit time of a clean checkout, else the time
    /// of the pack.
    pub built_at: String,
    /// The content's git commit, when the site is a git checkout.
    pub commit: Option<String>,
    pub ecolib_version: String,
    /// Sorted by path.
    pub files: Vec<FileEntry>,
}

impl Manifest {
    /// A manifest of `files` (sorted here) made now, by this ecolib.
    pub fn new(mut files: Vec<FileEntry>, built_at: String, commit: Option<String>) -> Manifest {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Manifest {
            format: MANIFEST_FORMAT,
            built_at,
            commit,
            ecolib_version: env!("CARGO_PKG_VERSION").to_string(),
            files,
        }
    }

    /// The JSON written to the stick: pretty, fields in a fixed order, a final newline.
    pub fn to_json(&self) -> Vec<u8> {
        // Serialising plain strings and numbers cannot fail.
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Reads the manifest file at `path`.
    pub fn read(path: &Path) -> Result<Manifest, PackError> {
        let bytes = std::fs::read(path).map_err(|source| PackError::Read { path: path.to_path_buf(), source })?;
        serde_json::from_slice(&bytes).map_err(|source| PackError::Manifest { path: path.to_path_buf(), source })
    }

    /// The files by path.
    pub fn by_path(&self) -> BTreeMap<&str, &FileEntry> {
        self.files.iter().map(|file| (file.path.as_str(), file)).collect()
    }

    /// The size of every file together.
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|file| file.size).sum()
    }
}

/// The size and SHA-256 (lowercase hex) of the file at `path`, read in blocks.
pub fn hash_file(path: &Path) -> Result<(u64, String), PackError> {
    let read_error = |source| PackError::Read { path: path.to_path_buf(), source };
    let mut file = std::fs::File::open(path).map_err(read_error)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 256 * 1024];
    let mut size = 0u64;
    loop {
        let read = file.read(&mut buffer).map_err(read_error)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        size += read as u64;
    }
    Ok((size, to_hex(&hasher.finalize())))
}

/// The SHA-256 of bytes in memory, lowercase hex.
pub fn hash_bytes(bytes: &[u8]) -> String {
    to_hex(&Sha256::digest(bytes))
}

fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    })
}

/// Whether a file at the top of a pack folder (or a build) is ecolib's own bookkeeping, not part of the
/// site: the manifest, the incomplete marker, the build's ownership marker.
pub fn is_bookkeeping(rel: &str) -> bool {
    matches!(rel, MANIFEST_NAME | INCOMPLETE_MARKER | OUTPUT_MARKER)
}

/// Whether a file is a copy in progress (see [`super::copy`]), at any depth.
pub fn is_temporary(rel: &str) -> bool {
    rel.rsplit('/').next().is_some_and(|name| name.starts_with(TEMP_PREFIX))
}

/// Every file under `dir` except bookkeeping and copies in progress, as (relative path with `/`, full
/// path, size), sorted by path. A folder that does not exist holds nothing.
pub fn list_files(dir: &Path) -> Result<Vec<(String, PathBuf, u64)>, PackError> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|err| PackError::Read {
            path: err.path().unwrap_or(dir).to_path_buf(),
            source: err.into_io_error().unwrap_or_else(|| std::io::Error::other("a folder loop")),
        })?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = relative_name(dir, entry.path());
        if is_bookkeeping(&rel) || is_temporary(&rel) {
            continue;
        }
        let size = entry.metadata().map_err(|err| PackError::Read {
            path: entry.path().to_path_buf(),
            source: err.into_io_error().unwrap_or_else(|| std::io::Error::other("no metadata")),
        })?;
        files.push((rel, entry.path().to_path_buf(), size.len()));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// `path` relative to `dir`, with `/` whatever the platform.
fn relative_name(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The manifest entries of every file of a built site, hashed.
pub fn scan_build(dir: &Path) -> Result<Vec<FileEntry>, PackError> {
    let mut entries = Vec::new();
    for (path, full, _) in list_files(dir)? {
        let (size, sha256) = hash_file(&full)?;
        entries.push(FileEntry { path, size, sha256 });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_json_is_sorted_and_stable() {
        let files = vec![
            FileEntry { path: "b.html".into(), size: 2, sha256: "bb".into() },
            FileEntry { path: "a/index.html".into(), size: 1, sha256: "aa".into() },
        ];
        let one = Manifest::new(files.clone(), "2026-01-01T00:00:00Z".into(), None);
        let two = Manifest::new(files.into_iter().rev().collect(), "2026-01-01T00:00:00Z".into(), None);
        assert_eq!(one.to_json(), two.to_json());
        assert_eq!(one.files[0].path, "a/index.html");
        let back: Manifest = serde_json::from_slice(&one.to_json()).unwrap();
        assert_eq!(back, one);
    }

    #[test]
    fn sha256_of_known_text() {
        assert_eq!(hash_bytes(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn bookkeeping_and_temporary_files_are_not_listed() {
        let dir = tempfile::tempdir().unwrap();
        for name in [MANIFEST_NAME, INCOMPLETE_MARKER, OUTPUT_MARKER, "a/.ecolib-tmp-x.html", "a/x.html"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let names: Vec<String> = list_files(dir.path()).unwrap().into_iter().map(|f| f.0).collect();
        assert_eq!(names, ["a/x.html"]);
    }
}
