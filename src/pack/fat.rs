//! What a FAT32 or exFAT stick (and Windows reading it) cannot hold, checked over the pack's list of paths
//! and sizes before anything is copied: a file of 4 GiB or more, characters and names Windows refuses,
//! names longer than 255 UTF-16 units, two names in one folder that differ only in case (FAT keeps one),
//! paths beyond Windows' 260 characters from the stick's root, and
//! folders with more directory entries than FAT allows.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::diagnostics::{msg, Message};

/// FAT32's largest file: 4 GiB − 1 byte.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024 * 1024 - 1;
/// Windows' MAX_PATH, which counts `X:\` and the terminating NUL.
pub const MAX_PATH: usize = 260;
/// The longest long file name, in UTF-16 units.
pub const MAX_NAME_UNITS: usize = 255;
/// Directory entries (short + long-name entries, `.` and `..` included) one FAT folder can hold.
pub const MAX_FOLDER_ENTRIES: usize = 65_534;

/// One thing the stick cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FatProblem {
    TooLarge { path: String, size: u64 },
    ForbiddenCharacter { path: String, character: char },
    TrailingDotOrSpace { path: String },
    ReservedName { path: String },
    NameTooLong { path: String, units: usize },
    PathTooLong { path: String, length: usize },
    FolderTooFull { folder: String, entries: usize },
    SameNameButCase { path: String, other: String },
}

impl FatProblem {
    /// What the stick cannot hold, as a catalog message.
    pub fn message(&self) -> Message {
        match self {
            FatProblem::TooLarge { path, size } => msg("pack-fat-too-large").arg("path", path).arg("size", *size),
            FatProblem::ForbiddenCharacter { path, character } => {
                msg("pack-fat-character").arg("path", path).arg("character", format!("{character:?}"))
            }
            FatProblem::TrailingDotOrSpace { path } => msg("pack-fat-trailing-dot").arg("path", path),
            FatProblem::ReservedName { path } => msg("pack-fat-reserved").arg("path", path),
            FatProblem::NameTooLong { path, units } => {
                msg("pack-fat-name-too-long").arg("path", path).arg("count", *units).arg("max", MAX_NAME_UNITS)
            }
            FatProblem::PathTooLong { path, length } => {
                msg("pack-fat-path-too-long").arg("path", path).arg("count", *length).arg("max", MAX_PATH - 1)
            }
            FatProblem::SameNameButCase { path, other } => msg("pack-fat-case").arg("path", path).arg("other", other),
            FatProblem::FolderTooFull { folder, entries } => {
                msg("pack-fat-folder-full").arg("folder", folder).arg("count", *entries).arg("max", MAX_FOLDER_ENTRIES)
            }
        }
    }
}

impl fmt::Display for FatProblem {
    /// The English words, for logs and tests.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// The problems of one file or folder name (not a path), for the name at `path`.
pub fn name_problems(name: &str, path: &str) -> Vec<FatProblem> {
    let mut problems = Vec::new();
    let path = path.to_string();
    if let Some(character) = name.chars().find(|&c| "<>:\"/\\|?*".contains(c) || c.is_control()) {
        problems.push(FatProblem::ForbiddenCharacter { path: path.clone(), character });
    }
    if name.ends_with('.') || name.ends_with(' ') {
        problems.push(FatProblem::TrailingDotOrSpace { path: path.clone() });
    }
    if is_reserved(name) {
        problems.push(FatProblem::ReservedName { path: path.clone() });
    }
    let units = name.encode_utf16().count();
    if units > MAX_NAME_UNITS {
        problems.push(FatProblem::NameTooLong { path, units });
    }
    problems
}

/// CON, PRN, AUX, NUL, COM1–9, LPT1–9, in any case, alone or before an extension (`con.html`).
fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ').to_ascii_uppercase();
    match stem.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => {
            let digit = stem.strip_prefix("COM").or_else(|| stem.strip_prefix("LPT"));
            digit.is_some_and(|digit| matches!(digit.as_bytes(), [b'1'..=b'9']))
        }
    }
}

/// Directory entries a name takes: one per 13 UTF-16 units of its long name, plus its short entry.
fn entries_for(name: &str) -> usize {
    name.encode_utf16().count().div_ceil(13) + 1
}

/// Every problem of the pack's `files` (path relative to the pack folder with `/`, size), where the pack
/// folder is `prefix` from the stick's root (`library`, or `copies/library`, with `/`). Sorted by path.
pub fn fat_problems(files: &[(&str, u64)], prefix: &str) -> Vec<FatProblem> {
    let mut problems = Vec::new();
    let mut named: BTreeSet<String> = BTreeSet::new();
    let mut folders: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for &(rel, size) in files {
        let full = if prefix.is_empty() { rel.to_string() } else { format!("{prefix}/{rel}") };
        if size > MAX_FILE_SIZE {
            problems.push(FatProblem::TooLarge { path: full.clone(), size });
        }
        let length = "X:\\".len() + full.encode_utf16().count();
        if length > MAX_PATH - 1 {
            problems.push(FatProblem::PathTooLong { path: full.clone(), length });
        }
        let mut parent = prefix.to_string();
        for name in rel.split('/') {
            let here = if parent.is_empty() { name.to_string() } else { format!("{parent}/{name}") };
            if named.insert(here.clone()) {
                problems.extend(name_problems(name, &here));
                folders.entry(parent.clone()).or_default().insert(name.to_string());
            }
            parent = here;
        }
    }
    for (folder, names) in folders {
        problems.extend(case_collisions(&folder, &names));
        // `.` and `..` take one entry each.
        let entries = 2 + names.iter().map(|name| entries_for(name)).sum::<usize>();
        if entries > MAX_FOLDER_ENTRIES {
            let folder = if folder.is_empty() { "/".to_string() } else { folder };
            problems.push(FatProblem::FolderTooFull { folder, entries });
        }
    }
    problems
}

/// Names in `folder` that FAT, which ignores case, would take for one another.
fn case_collisions(folder: &str, names: &BTreeSet<String>) -> Vec<FatProblem> {
    let join = |name: &str| if folder.is_empty() { name.to_string() } else { format!("{folder}/{name}") };
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut problems = Vec::new();
    for name in names {
        if let Some(other) = seen.insert(name.to_lowercase(), name) {
            problems.push(FatProblem::SameNameButCase { path: join(name), other: join(other) });
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(files: &[(&str, u64)]) -> Vec<String> {
        fat_problems(files, "library")
            .iter()
            .map(|p| format!("{p:?}").split(' ').next().unwrap_or_default().to_string())
            .collect()
    }

    #[test]
    fn names_table() {
        let cases: &[(&str, &[&str])] = &[
            ("docs/index.html", &[]),
            ("docs/атмосфера/index.html", &[]),
            ("docs/con/index.html", &["ReservedName"]),
            ("docs/CON.html", &["ReservedName"]),
            ("docs/nul.tar.gz", &["ReservedName"]),
            ("docs/com1/index.html", &["ReservedName"]),
            ("docs/lpt9.txt", &["ReservedName"]),
            ("docs/com0.txt", &[]),
            ("docs/com10.txt", &[]),
            ("docs/console.html", &[]),
            ("docs/a:b.html", &["ForbiddenCharacter"]),
            ("docs/what?.html", &["ForbiddenCharacter"]),
            ("docs/tab\there.html", &["ForbiddenCharacter"]),
            ("docs/quote\".html", &["ForbiddenCharacter"]),
            ("docs/back\\slash.html", &["ForbiddenCharacter"]),
            ("docs/ends.", &["TrailingDotOrSpace"]),
            ("docs/ends /index.html", &["TrailingDotOrSpace"]),
        ];
        for (path, expected) in cases {
            assert_eq!(kinds(&[(path, 1)]), *expected, "{path}");
        }
    }

    #[test]
    fn a_file_of_4_gib_is_too_large_and_one_byte_less_is_not() {
        assert_eq!(kinds(&[("big.iso", MAX_FILE_SIZE)]), Vec::<String>::new());
        assert_eq!(kinds(&[("big.iso", MAX_FILE_SIZE + 1)]), ["TooLarge"]);
    }

    #[test]
    fn long_names_count_utf16_units() {
        let ok = "я".repeat(255);
        let long = "я".repeat(256);
        assert!(name_problems(&ok, &ok).is_empty());
        assert_eq!(name_problems(&long, &long), [FatProblem::NameTooLong { path: long.clone(), units: 256 }]);
    }

    #[test]
    fn path_length_counts_the_drive_and_the_prefix() {
        // X:\ (3) + "library/" (8) + name: 259 characters is the most Windows opens.
        let fits = "a".repeat(259 - 3 - 8);
        let over = "a".repeat(260 - 3 - 8);
        assert!(fat_problems(&[(&fits, 1)], "library").is_empty());
        assert_eq!(
            fat_problems(&[(&over, 1)], "library"),
            [FatProblem::PathTooLong { path: format!("library/{over}"), length: 260 }]
        );
        assert_eq!(fat_problems(&[(&fits, 1)], "deeper/library").len(), 1);
    }

    #[test]
    fn a_folder_with_too_many_long_names_is_refused_once() {
        // 14-character names take 3 entries each: 21,845 of them fill 65,535 + 2 entries.
        let names: Vec<String> = (0..21_845).map(|i| format!("page-{i:05}.html")).collect();
        let files: Vec<(&str, u64)> = names.iter().map(|n| (n.as_str(), 1)).collect();
        let problems = fat_problems(&files, "library");
        assert_eq!(problems, [FatProblem::FolderTooFull { folder: "library".into(), entries: 65_537 }]);
        assert!(fat_problems(&files[..21_000], "library").is_empty());
    }

    #[test]
    fn names_differing_only_in_case_collide() {
        assert_eq!(
            fat_problems(
                &[("docs/Report.pdf", 1), ("docs/report.pdf", 1), ("docs/Доклад.pdf", 1), ("docs/доклад.pdf", 1)],
                "library"
            ),
            [
                FatProblem::SameNameButCase {
                    path: "library/docs/report.pdf".into(),
                    other: "library/docs/Report.pdf".into()
                },
                FatProblem::SameNameButCase {
                    path: "library/docs/доклад.pdf".into(),
                    other: "library/docs/Доклад.pdf".into()
                },
            ]
        );
        assert!(fat_problems(&[("docs/report.pdf", 1), ("guides/report.pdf", 1)], "").is_empty());
    }

    #[test]
    fn a_bad_folder_is_reported_once_for_all_its_files() {
        assert_eq!(kinds(&[("aux/a.html", 1), ("aux/b.html", 1)]), ["ReservedName"]);
    }
}
