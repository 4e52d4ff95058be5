//! Writing files to a stick so that an unplugged stick never holds a half-written file under its final
//! name: each file goes to a temporary name in its own folder, is synced to the device, then renamed; the
//! folders are synced after the renames.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::PackError;

/// The start of a file name being copied; such files are never part of a pack and are cleared by the next.
pub const TEMP_PREFIX: &str = ".ecolib-tmp-";

/// The temporary name beside `target`.
fn temporary_for(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!("{TEMP_PREFIX}{name}"))
}

fn write_error(path: &Path) -> impl FnOnce(std::io::Error) -> PackError + '_ {
    move |source| PackError::Write { path: path.to_path_buf(), source }
}

/// Copies `source` to `target` through a synced temporary file; returns the bytes copied.
pub fn copy_into_place(source: &Path, target: &Path) -> Result<u64, PackError> {
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(write_error(parent))?;
    }
    let temporary = temporary_for(target);
    let mut from = std::fs::File::open(source)
        .map_err(|source_err| PackError::Read { path: source.to_path_buf(), source: source_err })?;
    let mut to = std::fs::File::create(&temporary).map_err(write_error(&temporary))?;
    let bytes = std::io::copy(&mut from, &mut to).map_err(write_error(&temporary))?;
    to.sync_all().map_err(write_error(&temporary))?;
    drop(to);
    std::fs::rename(&temporary, target).map_err(write_error(target))?;
    Ok(bytes)
}

/// Writes `bytes` to `target` through a synced temporary file.
pub fn write_into_place(target: &Path, bytes: &[u8]) -> Result<(), PackError> {
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(write_error(parent))?;
    }
    let temporary = temporary_for(target);
    let mut file = std::fs::File::create(&temporary).map_err(write_error(&temporary))?;
    file.write_all(bytes).map_err(write_error(&temporary))?;
    file.sync_all().map_err(write_error(&temporary))?;
    drop(file);
    std::fs::rename(&temporary, target).map_err(write_error(target))
}

/// Syncs a folder's entries (the renames in it) to the device. Only Unix can open a folder for this;
/// elsewhere the files' own syncs are what there is.
pub fn sync_folder(folder: &Path) -> Result<(), PackError> {
    if cfg!(unix) {
        let handle = std::fs::File::open(folder).map_err(write_error(folder))?;
        handle.sync_all().map_err(write_error(folder))?;
    }
    Ok(())
}

/// Removes `rel` (with `/`) from the pack folder `pack`, then every folder above it that is left empty, up
/// to but not including `pack`.
pub fn remove_from_pack(pack: &Path, rel: &str) -> Result<(), PackError> {
    let path = pack.join(rel);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => return Err(PackError::Remove { path, source }),
    }
    let mut folder = path.parent();
    while let Some(dir) = folder {
        if dir == pack || !dir.starts_with(pack) || std::fs::remove_dir(dir).is_err() {
            break;
        }
        folder = dir.parent();
    }
    Ok(())
}

/// Removes copies left by an interrupted pack anywhere in the pack folder.
pub fn clear_temporaries(pack: &Path) -> Result<usize, PackError> {
    let mut cleared = 0;
    for entry in walkdir::WalkDir::new(pack).into_iter().filter_map(Result::ok) {
        let is_temporary = entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX);
        if is_temporary && entry.file_type().is_file() {
            std::fs::remove_file(entry.path())
                .map_err(|source| PackError::Remove { path: entry.path().to_path_buf(), source })?;
            cleared += 1;
        }
    }
    Ok(cleared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_leaves_no_temporary_and_replaces_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("source.html");
        std::fs::write(&source, "new").unwrap();
        let target = dir.path().join("pack/a/b.html");
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, "old, longer").unwrap();
        assert_eq!(copy_into_place(&source, &target).unwrap(), 3);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        let names: Vec<_> =
            std::fs::read_dir(target.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["b.html"]);
        sync_folder(target.parent().unwrap()).unwrap();
    }

    #[test]
    fn removing_the_last_file_removes_its_empty_folders_but_not_the_pack() {
        let dir = tempfile::tempdir().unwrap();
        let pack = dir.path().join("library");
        std::fs::create_dir_all(pack.join("a/b")).unwrap();
        std::fs::write(pack.join("a/b/c.html"), "x").unwrap();
        std::fs::write(pack.join("keep.html"), "x").unwrap();
        remove_from_pack(&pack, "a/b/c.html").unwrap();
        assert!(!pack.join("a").exists());
        assert!(pack.join("keep.html").exists());
        remove_from_pack(&pack, "keep.html").unwrap();
        assert!(pack.is_dir());
    }

    #[test]
    fn temporaries_of_an_interrupted_copy_are_cleared() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/.ecolib-tmp-x.html"), "half").unwrap();
        std::fs::write(dir.path().join("a/x.html"), "whole").unwrap();
        assert_eq!(clear_temporaries(dir.path()).unwrap(), 1);
        assert!(dir.path().join("a/x.html").exists());
    }
}
