//! The swap: a complete new folder takes the place of the old one. On Linux both are exchanged in one
//! `renameat2(RENAME_EXCHANGE)`, so there is no moment without an output; elsewhere the old folder is
//! moved aside first. Folders left by an interrupted build (`kill -9`, power cut) are removed by the next.

use std::path::{Path, PathBuf};

use crate::fs::{self as efs, FsError};

/// The name of the staging folder of this process beside `output`.
pub fn staging_name(output: &Path) -> PathBuf {
    output.with_file_name(format!(".{}.staging-{}", folder_name(output), std::process::id()))
}

fn folder_name(output: &Path) -> String {
    output.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned())
}

/// Puts the folder `staging` in place of `output` and removes the old output. `staging` must be beside
/// `output` (a rename does not cross file systems). Once the new folder is in place the swap has
/// succeeded: an old folder that cannot be removed is only a warning (the next build removes it).
pub fn swap_in(staging: &Path, output: &Path) -> Result<(), FsError> {
    if std::fs::symlink_metadata(output).is_err() {
        return efs::rename(staging, output);
    }
    #[cfg(target_os = "linux")]
    if exchange(staging, output).is_ok() {
        // `staging` now holds the old output.
        remove_old(staging);
        return Ok(());
    }
    let previous = output.with_file_name(format!(".{}.previous-{}", folder_name(output), std::process::id()));
    if previous.exists() {
        efs::remove_dir_all(&previous)?;
    }
    efs::rename(output, &previous)?;
    if let Err(err) = efs::rename(staging, output) {
        let _ = std::fs::rename(&previous, output);
        return Err(err);
    }
    remove_old(&previous);
    Ok(())
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

fn remove_old(old: &Path) {
    if let Err(err) = std::fs::remove_dir_all(old) {
        tracing::warn!(
            "the new output is in place, but the previous one could not be removed from {}: {err}; \
             the next build removes it",
            old.display()
        );
    }
}

/// Removes staging and previous folders beside `output` that builds which are no longer running left
/// behind. A folder whose process may still run is left alone (two builds at once each keep their own).
pub fn remove_stale_folders(output: &Path) {
    let Some(parent) = output.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p }) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let name = folder_name(output);
    let prefixes = [format!(".{name}.staging-"), format!(".{name}.previous-")];
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else { continue };
        let pid = prefixes.iter().find_map(|p| file_name.strip_prefix(p.as_str()));
        let Some(pid) = pid.and_then(|pid| pid.parse::<u32>().ok()) else { continue };
        if pid != std::process::id() && !process_may_run(pid) && entry.file_type().is_ok_and(|t| t.is_dir()) {
            match std::fs::remove_dir_all(entry.path()) {
                Ok(()) => tracing::info!("removed {}, left by an interrupted build", entry.path().display()),
                Err(err) => tracing::warn!("cannot remove {}: {err}", entry.path().display()),
            }
        }
    }
}

/// Whether process `pid` may still be running. Only Linux can tell (`/proc`); elsewhere every process
/// may, so nothing is removed.
fn process_may_run(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_swap_replaces_the_output_and_leaves_nothing_beside_it() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let (output, staging) = (tmp.path().join("public"), staging_name(&tmp.path().join("public")));
        std::fs::create_dir_all(&output).expect("mkdir");
        std::fs::write(output.join("old.html"), "old").expect("write");
        std::fs::create_dir_all(&staging).expect("mkdir");
        std::fs::write(staging.join("new.html"), "new").expect("write");
        swap_in(&staging, &output).expect("swap");
        assert!(output.join("new.html").exists() && !output.join("old.html").exists());
        let names: Vec<_> =
            std::fs::read_dir(tmp.path()).expect("ls").filter_map(Result::ok).map(|e| e.file_name()).collect();
        assert_eq!(names, [std::ffi::OsString::from("public")]);
    }

    #[test]
    fn folders_of_dead_builds_are_removed_and_live_ones_kept() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let output = tmp.path().join("public");
        // No process has a pid this large on Linux (pid_max ≤ 2^22).
        let dead = [".public.staging-4999999", ".public.previous-4999998"];
        let kept = [
            ".public.staging-1".to_string(),
            format!(".public.staging-{}", std::process::id()),
            ".other.staging-4999999".into(),
        ];
        for name in dead.iter().map(|s| s.to_string()).chain(kept.iter().cloned()) {
            std::fs::create_dir_all(tmp.path().join(&name).join("x")).expect("mkdir");
        }
        remove_stale_folders(&output);
        for name in dead {
            assert_eq!(tmp.path().join(name).exists(), !cfg!(target_os = "linux"), "{name}");
        }
        for name in kept {
            assert!(tmp.path().join(&name).exists(), "{name} is kept");
        }
    }
}
