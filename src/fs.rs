//! File-system calls that put the path into every error, so no I/O failure is reported without its file.

use std::io;
use std::path::{Path, PathBuf};

/// An I/O error with the path it happened on, displayed as one sentence: `cannot write public/x.html: the
/// disk is full`. The io::Error is kept but not offered as the error's source, because the sentence already
/// says it (and `{:#}` would print it a second time).
#[derive(Debug, thiserror::Error)]
#[error("{action} {}: {}", path.display(), describe_io(io))]
pub struct FsError {
    pub action: &'static str,
    pub path: PathBuf,
    pub io: io::Error,
}

/// What went wrong, in words an editor understands; the system's text (with its error number) for the rare
/// kinds without a plainer phrase.
pub fn describe_io(err: &io::Error) -> String {
    use io::ErrorKind as K;
    let plain = match err.kind() {
        K::NotFound => "it does not exist",
        K::PermissionDenied => "permission denied",
        K::AlreadyExists => "a file or folder of that name is already there",
        K::StorageFull => "the disk is full",
        K::QuotaExceeded => "the disk quota is used up",
        K::ReadOnlyFilesystem => "the disk is read-only",
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "a part of the path is a file, not a folder",
        K::DirectoryNotEmpty => "the folder is not empty",
        K::FileTooLarge => "the file is too large for this disk",
        K::InvalidFilename => "the disk does not allow this name",
        _ => return err.to_string(),
    };
    plain.to_string()
}

fn wrap<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> FsError + 'a {
    move |io| FsError { action, path: path.to_path_buf(), io }
}

pub fn read(path: &Path) -> Result<Vec<u8>, FsError> {
    std::fs::read(path).map_err(wrap("cannot read", path))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), FsError> {
    std::fs::write(path, bytes).map_err(wrap("cannot write", path))
}

pub fn create_dir_all(path: &Path) -> Result<(), FsError> {
    std::fs::create_dir_all(path).map_err(wrap("cannot create directory", path))
}

pub fn copy(from: &Path, to: &Path) -> Result<u64, FsError> {
    std::fs::copy(from, to).map_err(wrap("cannot copy", from))
}

pub fn rename(from: &Path, to: &Path) -> Result<(), FsError> {
    std::fs::rename(from, to).map_err(wrap("cannot rename", from))
}

pub fn remove_dir_all(path: &Path) -> Result<(), FsError> {
    std::fs::remove_dir_all(path).map_err(wrap("cannot remove", path))
}

pub fn metadata(path: &Path) -> Result<std::fs::Metadata, FsError> {
    std::fs::metadata(path).map_err(wrap("cannot read metadata of", path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_io_error_is_one_sentence_with_the_path_and_no_repeated_cause() {
        let err = FsError {
            action: "cannot write",
            path: PathBuf::from("public/a.html"),
            io: io::Error::from(io::ErrorKind::StorageFull),
        };
        assert_eq!(err.to_string(), "cannot write public/a.html: the disk is full");
        assert!(std::error::Error::source(&err).is_none());
        let chained = format!("{:#}", anyhow::Error::new(err).context("writing the site"));
        assert_eq!(chained, "writing the site: cannot write public/a.html: the disk is full");
    }

    #[test]
    fn an_unusual_io_error_keeps_the_system_text_once() {
        let err = FsError { action: "cannot read", path: PathBuf::from("x"), io: io::Error::from_raw_os_error(5) };
        let text = format!("{:#}", anyhow::Error::new(err));
        assert_eq!(text.matches("os error 5").count(), 1, "{text}");
    }
}
