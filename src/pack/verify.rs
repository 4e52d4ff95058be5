//! Proving a copy intact: every file of a pack folder read back and compared with its manifest. The
//! comparison is pure ([`compare`]); [`read_pack`] does the reading.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::manifest::{hash_file, list_files, Manifest, INCOMPLETE_MARKER, MANIFEST_NAME};
use super::PackError;
use crate::diagnostics::{msg, Message};

/// A file that differs from the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    Missing { path: String },
    SizeChanged { path: String, expected: u64, found: u64 },
    ContentChanged { path: String },
    Extra { path: String },
}

impl Difference {
    /// The difference as a catalog message.
    pub fn message(&self) -> Message {
        match self {
            Difference::Missing { path } => msg("verify-missing").arg("path", path),
            Difference::SizeChanged { path, expected, found } => {
                msg("verify-size-changed").arg("path", path).arg("found", *found).arg("expected", *expected)
            }
            Difference::ContentChanged { path } => msg("verify-content-changed").arg("path", path),
            Difference::Extra { path } => msg("verify-extra").arg("path", path),
        }
    }
}

impl std::fmt::Display for Difference {
    /// The English words, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// What is in a pack folder: each file's size and SHA-256.
pub type FoundFiles = BTreeMap<String, (u64, String)>;

/// The differences between `manifest` and what was `found`, in path order.
pub fn compare(manifest: &Manifest, found: &FoundFiles) -> Vec<Difference> {
    let mut differences = Vec::new();
    for file in &manifest.files {
        let path = file.path.clone();
        match found.get(&file.path) {
            None => differences.push(Difference::Missing { path }),
            Some((size, _)) if *size != file.size => {
                differences.push(Difference::SizeChanged { path, expected: file.size, found: *size })
            }
            Some((_, sha)) if *sha != file.sha256 => differences.push(Difference::ContentChanged { path }),
            Some(_) => {}
        }
    }
    let listed = manifest.by_path();
    for path in found.keys().filter(|path| !listed.contains_key(path.as_str())) {
        differences.push(Difference::Extra { path: path.clone() });
    }
    differences.sort_by(|a, b| path_of(a).cmp(path_of(b)));
    differences
}

fn path_of(difference: &Difference) -> &str {
    match difference {
        Difference::Missing { path }
        | Difference::SizeChanged { path, .. }
        | Difference::ContentChanged { path }
        | Difference::Extra { path } => path,
    }
}

/// The pack folder for `dir`: `dir/<name>` when it holds a pack (a stick's root), else `dir` itself when it
/// does (the pack folder given directly); `None` when neither does.
pub fn find_pack(dir: &Path, name: &str) -> Option<PathBuf> {
    let is_pack = |folder: &Path| folder.join(MANIFEST_NAME).is_file() || folder.join(INCOMPLETE_MARKER).is_file();
    [dir.join(name), dir.to_path_buf()].into_iter().find(|folder| is_pack(folder))
}

/// Every file in the pack folder (bookkeeping aside) read back and hashed.
pub fn read_pack(pack: &Path) -> Result<FoundFiles, PackError> {
    let mut found = FoundFiles::new();
    for (rel, full, _) in list_files(pack)? {
        found.insert(rel, hash_file(&full)?);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::manifest::FileEntry;

    #[test]
    fn compare_names_each_kind_of_difference() {
        let entry = |path: &str, size, sha: &str| FileEntry { path: path.into(), size, sha256: sha.into() };
        let manifest = Manifest::new(
            vec![entry("a", 1, "x"), entry("b", 2, "y"), entry("c", 3, "z"), entry("d", 4, "w")],
            "2026-01-01T00:00:00Z".into(),
            None,
        );
        let found: FoundFiles = [("a", 1, "x"), ("b", 2, "changed"), ("c", 5, "z"), ("e", 1, "v")]
            .into_iter()
            .map(|(p, s, h)| (p.to_string(), (s, h.to_string())))
            .collect();
        let lines: Vec<String> = compare(&manifest, &found).iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "changed: b (its SHA-256 differs from the manifest)",
                "changed: c (5 bytes, the manifest says 3)",
                "missing: d",
                "extra: e (not in the manifest)",
            ]
        );
        let exact: FoundFiles = manifest.files.iter().map(|f| (f.path.clone(), (f.size, f.sha256.clone()))).collect();
        assert!(compare(&manifest, &exact).is_empty());
    }
}
