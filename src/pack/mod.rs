//! The library on a USB stick or in one download (`ecolib pack`, `ecolib verify`): a built site copied
//! under one folder with a manifest of every file, so a stick can be updated by copying only what changed
//! and proven intact by reading it back. Pure decisions ([`plan`], [`fat`], [`verify`]) are apart from
//! the file work ([`copy`], [`zip`]) so they can be table-tested.

pub mod copy;
pub mod fat;
pub mod manifest;
pub mod plan;
pub mod start_page;
pub mod stick;
pub mod verify;
pub mod zip;

use std::path::PathBuf;

use crate::diagnostics::{msg, Message};

/// The folder a pack is written under, inside the stick's root, unless `--name` says otherwise.
pub const DEFAULT_PACK_NAME: &str = "library";

/// A pack or a verification that could not be done, with the file it concerns. Worded from the catalogs
/// ([`PackError::message`]); `Display` is the English words.
#[derive(Debug)]
pub enum PackError {
    Read { path: PathBuf, source: std::io::Error },
    Write { path: PathBuf, source: std::io::Error },
    Remove { path: PathBuf, source: std::io::Error },
    Manifest { path: PathBuf, source: serde_json::Error },
    Zip { path: PathBuf, source: ::zip::result::ZipError },
}

impl PackError {
    /// What went wrong, as a catalog message; the system's own words are its `detail`.
    pub fn message(&self) -> Message {
        let (id, path, detail) = match self {
            PackError::Read { path, source } => ("pack-cannot-read", path, source.to_string()),
            PackError::Write { path, source } => ("pack-cannot-write", path, source.to_string()),
            PackError::Remove { path, source } => ("pack-cannot-remove", path, source.to_string()),
            PackError::Manifest { path, source } => ("pack-bad-manifest", path, source.to_string()),
            PackError::Zip { path, source } => ("pack-cannot-write-zip", path, source.to_string()),
        };
        msg(id).arg("path", path).arg("detail", detail)
    }
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

// No `source()`: the message already holds the system's words, and `{:#}` would repeat them.
impl std::error::Error for PackError {}
