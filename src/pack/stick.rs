//! Facts about the file system a pack goes onto: where the stick's root is (Windows counts a path's length
//! from there) and how much room is left. Read from the system; the decisions are in [`super::fat`] and
//! [`super::plan`].

use std::path::{Path, PathBuf};

use super::PackError;

/// The pack folder's path from the root of the file system `dir` is on (the stick's root), with `/`: what
/// Windows' path limit counts from. Where the mount point cannot be found, from `dir`.
pub fn stick_prefix(dir: &Path, name: &str) -> String {
    let inside = mount_relative(dir).unwrap_or_default();
    let mut parts: Vec<String> = inside.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    parts.push(name.to_string());
    parts.join("/")
}

#[cfg(unix)]
fn mount_relative(dir: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let dir = std::fs::canonicalize(dir).ok()?;
    let device = std::fs::metadata(&dir).ok()?.dev();
    let mut mount = dir.as_path();
    while let Some(parent) = mount.parent() {
        if std::fs::metadata(parent).ok()?.dev() != device {
            break;
        }
        mount = parent;
    }
    dir.strip_prefix(mount).ok().map(Path::to_path_buf)
}

#[cfg(not(unix))]
fn mount_relative(_dir: &Path) -> Option<PathBuf> {
    None
}

/// Free bytes for an unprivileged user and the allocation unit, on Linux; `None` where not known.
#[cfg(target_os = "linux")]
pub fn free_space(dir: &Path) -> Result<Option<(u64, u64)>, PackError> {
    let stat =
        rustix::fs::statvfs(dir).map_err(|err| PackError::Read { path: dir.to_path_buf(), source: err.into() })?;
    Ok(Some((stat.f_bavail.saturating_mul(stat.f_frsize), stat.f_frsize.max(512))))
}

#[cfg(not(target_os = "linux"))]
pub fn free_space(_dir: &Path) -> Result<Option<(u64, u64)>, PackError> {
    Ok(None)
}
