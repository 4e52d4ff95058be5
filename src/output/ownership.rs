//! Ownership: ecolib replaces or deletes only what it wrote. An output or cache folder that is, holds or
//! lies inside the site's sources (or the site root itself) is refused outright; a folder that holds files
//! ecolib did not write is refused unless the user says `--force`. What ecolib writes is marked with
//! [`OUTPUT_MARKER`], so the next build knows the folder is its own.

use std::path::{Component, Path, PathBuf};

use crate::diagnostics::{codes, msg, Message};

/// The file every output folder gets, so a later build knows it may replace the folder.
pub const OUTPUT_MARKER: &str = ".ecolib-output";

/// What the marker says to a person who finds it.
pub const OUTPUT_MARKER_TEXT: &str = "This folder was written by `ecolib build`; the next build replaces all of it.\n\
Эту папку записала команда `ecolib build`; следующая сборка заменит её целиком.\n";

/// The names at a site root that hold what people wrote: never an output or a cache, never inside one.
pub const SOURCE_NAMES: &[&str] = &["content", "themes", "templates", "static", "site.toml", "src", ".git"];

/// What a folder is for, in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderRole {
    Output,
    Cache,
}

/// Why ecolib will not write into a folder. A usage error: nothing has been touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    HoldsRoot { role: FolderRole, folder: PathBuf, root: PathBuf },
    InSources { role: FolderRole, folder: PathBuf, sources: PathBuf, root: PathBuf },
    Foreign { role: FolderRole, folder: PathBuf, example: PathBuf },
    CacheInOutput { cache: PathBuf, output: PathBuf },
    NotAFolder { role: FolderRole, folder: PathBuf },
}

impl std::fmt::Display for Refusal {
    /// The English text; commands print [`Refusal::message`] in the reader's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::diagnostics::Lang::En.render(&self.message()))
    }
}

impl std::error::Error for Refusal {}

impl FolderRole {
    fn message(self) -> Message {
        match self {
            FolderRole::Output => msg("folder-output").into(),
            FolderRole::Cache => msg("folder-cache").into(),
        }
    }
}

impl Refusal {
    /// The refusal as a catalog message, worded in the reader's language when printed.
    pub fn message(&self) -> Message {
        match self {
            Refusal::HoldsRoot { role, folder, root } => codes::FOLDER_HOLDS_ROOT
                .arg("role", role.message())
                .arg("folder", folder)
                .arg("suggestion", &suggestion(root)),
            Refusal::InSources { role, folder, sources, root } => codes::FOLDER_IN_SOURCES
                .arg("role", role.message())
                .arg("folder", folder)
                .arg("sources", sources)
                .arg("suggestion", &suggestion(root)),
            Refusal::Foreign { role, folder, example } => {
                codes::FOLDER_FOREIGN.arg("role", role.message()).arg("folder", folder).arg("example", example)
            }
            Refusal::CacheInOutput { cache, output } => {
                codes::CACHE_IN_OUTPUT.arg("cache", cache).arg("output", output)
            }
            Refusal::NotAFolder { role, folder } => {
                codes::FOLDER_IS_FILE.arg("role", role.message()).arg("folder", folder)
            }
        }
    }
}

fn suggestion(root: &Path) -> PathBuf {
    root.join("public")
}

/// Refuses `folder` as an output (or cache) of the site at `root` when it is, holds or lies inside the
/// sources, and, for an output, when it holds files ecolib did not write (unless `force`).
pub fn check_folder(root: &Path, folder: &Path, role: FolderRole, force: bool) -> Result<(), Refusal> {
    let (root_abs, folder_abs) = (resolve(root), resolve(folder));
    let refusal_root = root.to_path_buf();
    if root_abs.starts_with(&folder_abs) {
        return Err(Refusal::HoldsRoot { role, folder: folder.to_path_buf(), root: refusal_root });
    }
    for name in SOURCE_NAMES {
        let source = root_abs.join(name);
        if folder_abs.starts_with(&source) || folder_abs.starts_with(resolve(&source)) {
            return Err(Refusal::InSources {
                role,
                folder: folder.to_path_buf(),
                sources: root.join(name),
                root: refusal_root,
            });
        }
    }
    match std::fs::metadata(folder) {
        Ok(meta) if !meta.is_dir() => Err(Refusal::NotAFolder { role, folder: folder.to_path_buf() }),
        Ok(_) if role == FolderRole::Output && !force => match foreign_entry(folder) {
            Some(example) => Err(Refusal::Foreign { role, folder: folder.to_path_buf(), example }),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

/// Refuses a cache that is the output, holds it or lies inside it (the index would be published, or
/// replaced with the site).
pub fn check_cache_apart(cache: &Path, output: &Path) -> Result<(), Refusal> {
    let (cache_abs, output_abs) = (resolve(cache), resolve(output));
    if cache_abs.starts_with(&output_abs) || output_abs.starts_with(&cache_abs) {
        return Err(Refusal::CacheInOutput { cache: cache.to_path_buf(), output: output.to_path_buf() });
    }
    Ok(())
}

/// The first entry of a non-empty folder without ecolib's marker; `None` for an empty folder or one that
/// ecolib wrote.
fn foreign_entry(folder: &Path) -> Option<PathBuf> {
    if folder.join(OUTPUT_MARKER).is_file() {
        return None;
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder).ok()?.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    entries.into_iter().next()
}

/// `path` made absolute with symbolic links resolved as far as the path exists; the rest is normalised
/// by its text (`a/../b` → `b`), so that a folder that does not exist yet compares correctly.
pub fn resolve(path: &Path) -> PathBuf {
    let absolute =
        if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let normal = normalise(&absolute);
    let mut existing = normal.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            out.extend(rest.iter().rev());
            return out;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return normal,
        }
    }
}

/// Removes `.` and resolves `..` by the path's text.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().expect("tempdir");
        for dir in ["content", "themes/default", "src"] {
            std::fs::create_dir_all(tmp.path().join(dir)).expect("mkdir");
        }
        std::fs::write(tmp.path().join("site.toml"), "").expect("write");
        tmp
    }

    #[test]
    fn sources_and_the_root_are_refused_even_with_force() {
        let tmp = site();
        let root = tmp.path();
        for folder in ["content", "content/new", "themes", "themes/default/x", "src", ".git", "site.toml", ".", ".."] {
            let refused = check_folder(root, &root.join(folder), FolderRole::Output, true);
            assert!(refused.is_err(), "{folder} was accepted");
        }
        assert!(matches!(
            check_folder(root, &root.join("content/../content"), FolderRole::Cache, true),
            Err(Refusal::InSources { .. })
        ));
        assert_eq!(check_folder(root, &root.join("public"), FolderRole::Output, false), Ok(()));
        assert_eq!(check_folder(root, &root.join("public/../out"), FolderRole::Output, false), Ok(()));
    }

    #[test]
    fn a_folder_with_foreign_files_needs_force() {
        let tmp = site();
        let deploy = tmp.path().join("deploy");
        std::fs::create_dir_all(deploy.join(".git")).expect("mkdir");
        std::fs::write(deploy.join("keep.txt"), "mine").expect("write");
        let refused = check_folder(tmp.path(), &deploy, FolderRole::Output, false);
        assert!(matches!(refused, Err(Refusal::Foreign { .. })), "{refused:?}");
        assert_eq!(check_folder(tmp.path(), &deploy, FolderRole::Output, true), Ok(()));
        std::fs::remove_dir_all(&deploy).expect("rm");
        std::fs::create_dir_all(&deploy).expect("mkdir");
        assert_eq!(check_folder(tmp.path(), &deploy, FolderRole::Output, false), Ok(()), "an empty folder is fine");
        std::fs::write(deploy.join("index.html"), "old").expect("write");
        std::fs::write(deploy.join(OUTPUT_MARKER), OUTPUT_MARKER_TEXT).expect("write");
        assert_eq!(check_folder(tmp.path(), &deploy, FolderRole::Output, false), Ok(()), "ecolib's own output");
    }

    #[test]
    fn a_symlink_to_the_sources_is_refused() {
        let tmp = site();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(tmp.path().join("content"), tmp.path().join("out")).expect("symlink");
            let refused = check_folder(tmp.path(), &tmp.path().join("out"), FolderRole::Output, true);
            assert!(matches!(refused, Err(Refusal::InSources { .. })), "{refused:?}");
        }
    }

    #[test]
    fn every_refusal_has_its_russian_and_kazakh_text() {
        let tmp = site();
        let (root, folder) = (tmp.path().to_path_buf(), tmp.path().join("content"));
        let refusals = [
            Refusal::HoldsRoot { role: FolderRole::Output, folder: root.clone(), root: root.clone() },
            Refusal::InSources { role: FolderRole::Cache, folder: folder.clone(), sources: folder.clone(), root },
            Refusal::Foreign { role: FolderRole::Output, folder: folder.clone(), example: folder.join("keep.txt") },
            Refusal::CacheInOutput { cache: folder.clone(), output: folder.clone() },
            Refusal::NotAFolder { role: FolderRole::Output, folder },
        ];
        for refusal in refusals {
            for lang in [crate::diagnostics::Lang::Ru, crate::diagnostics::Lang::Kk] {
                let text = lang.render(&refusal.message());
                assert!(text.chars().filter(|c| ('а'..='я').contains(c)).count() > 20, "{refusal}: {text}");
            }
        }
    }

    #[test]
    fn the_cache_stays_out_of_the_output() {
        let tmp = site();
        let (public, cache) = (tmp.path().join("public"), tmp.path().join(".ecolib-cache"));
        assert_eq!(check_cache_apart(&cache, &public), Ok(()));
        assert!(check_cache_apart(&public, &public).is_err());
        assert!(check_cache_apart(&public.join("x"), &public).is_err());
        assert!(check_cache_apart(tmp.path(), &public).is_err());
    }
}
