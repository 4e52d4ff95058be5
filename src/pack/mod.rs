//! The library on a USB stick or in one download (`ecolib pack`, `ecolib verify`): a built site copied
//! under one folder with a manifest of every file, so a stick can be updated by copying only what changed
//! and proven intact by reading it back. Pure decisions ([`plan`], [`fat`], [`verify`]) are apart from
//! the file work ([`copy`], [`zip`]) so they can be table-tested.

pub mod copy;
pub mod fat;
pub mod manifest;
pub mod plan;
pub mod start_page;
pub mod verify;
pub mod zip;

use std::path::PathBuf;

/// The folder a pack is written under, inside the stick's root, unless `--name` says otherwise.
pub const DEFAULT_PACK_NAME: &str = "library";

/// A pack or a verification that could not be done, with the file it concerns.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot remove {}: {source}", path.display())]
    Remove { path: PathBuf, source: std::io::Error },
    #[error("{} is not a manifest ecolib can read: {source}", path.display())]
    Manifest { path: PathBuf, source: serde_json::Error },
    #[error("cannot write the ZIP {}: {source}", path.display())]
    Zip { path: PathBuf, source: ::zip::result::ZipError },
}
