//! What an incremental pack does to a stick, decided without touching it: from what the stick is believed
//! to hold (the old manifest, or the files' own hashes after an interrupted pack), what is really there
//! (sizes read from the stick: a copy can be damaged) and the new manifest, the files to copy, to remove
//! and to leave alone.

use std::collections::{BTreeMap, BTreeSet};

use super::manifest::FileEntry;

/// What the stick holds in the pack folder, as far as the pack can tell.
#[derive(Debug, Default)]
pub struct StickState {
    /// Size and SHA-256 of files believed to be on the stick: the old manifest when the last pack finished,
    /// else the hashes read from the stick.
    pub believed: BTreeMap<String, (u64, String)>,
    /// The size of every file actually in the pack folder.
    pub present: BTreeMap<String, u64>,
    /// Files an earlier pack wrote (its manifest, or the list of an interrupted pack): the only ones that may
    /// be removed, unless `clean`.
    pub owned: BTreeSet<String>,
}

/// The work of one pack.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// New or changed files, in path order.
    pub copy: Vec<FileEntry>,
    /// Files the new pack no longer has, in path order.
    pub remove: Vec<String>,
    /// Files already on the stick as the new pack has them.
    pub unchanged: usize,
}

impl Plan {
    /// The bytes the copies write.
    pub fn copy_bytes(&self) -> u64 {
        self.copy.iter().map(|file| file.size).sum()
    }
}

/// Decides the copies and removals that turn `stick` into `new`. With `clean`, files in the pack folder no
/// pack wrote are removed too; without it they are left alone.
pub fn plan_pack(stick: &StickState, new: &[FileEntry], clean: bool) -> Plan {
    let mut plan = Plan::default();
    for file in new {
        let believed = stick.believed.get(&file.path);
        let in_place = stick.present.get(&file.path) == Some(&file.size)
            && believed.is_some_and(|(size, sha)| *size == file.size && *sha == file.sha256);
        if in_place {
            plan.unchanged += 1;
        } else {
            plan.copy.push(file.clone());
        }
    }
    let wanted: BTreeSet<&str> = new.iter().map(|file| file.path.as_str()).collect();
    plan.remove = stick
        .present
        .keys()
        .filter(|path| !wanted.contains(path.as_str()) && (clean || stick.owned.contains(*path)))
        .cloned()
        .collect();
    plan
}

/// Bytes the stick must have free for `plan`, counted in whole allocation units of `unit` bytes: the new
/// copies, less what the removals free, less the old versions the copies replace, plus room for the
/// largest file (each copy is written beside the old one before it replaces it).
pub fn space_needed(plan: &Plan, stick: &StickState, unit: u64) -> u64 {
    let round = |size: u64| size.div_ceil(unit.max(1)) * unit.max(1);
    let written: u64 = plan.copy.iter().map(|file| round(file.size)).sum();
    let largest = plan.copy.iter().map(|file| round(file.size)).max().unwrap_or(0);
    let replaced: u64 =
        plan.copy.iter().filter_map(|file| stick.present.get(&file.path)).map(|&size| round(size)).sum();
    let removed: u64 = plan.remove.iter().filter_map(|path| stick.present.get(path)).map(|&size| round(size)).sum();
    (written + largest).saturating_sub(replaced + removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, size: u64, sha: &str) -> FileEntry {
        FileEntry { path: path.into(), size, sha256: sha.into() }
    }

    fn stick(files: &[(&str, u64, &str)], owned: &[&str]) -> StickState {
        StickState {
            believed: files.iter().map(|(p, s, h)| (p.to_string(), (*s, h.to_string()))).collect(),
            present: files.iter().map(|(p, s, _)| (p.to_string(), *s)).collect(),
            owned: owned.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn paths(plan: &Plan) -> Vec<&str> {
        plan.copy.iter().map(|f| f.path.as_str()).collect()
    }

    #[test]
    fn an_empty_stick_gets_every_file() {
        let plan = plan_pack(&StickState::default(), &[entry("a", 1, "x"), entry("b", 2, "y")], false);
        assert_eq!(paths(&plan), ["a", "b"]);
        assert_eq!((plan.remove.len(), plan.unchanged, plan.copy_bytes()), (0, 0, 3));
    }

    #[test]
    fn only_changed_and_new_files_are_copied() {
        let old = stick(&[("a", 1, "x"), ("b", 2, "y")], &["a", "b"]);
        let plan = plan_pack(&old, &[entry("a", 1, "x"), entry("b", 2, "z"), entry("c", 3, "w")], false);
        assert_eq!(paths(&plan), ["b", "c"]);
        assert_eq!(plan.unchanged, 1);
    }

    #[test]
    fn a_file_whose_size_on_the_stick_differs_is_copied_again() {
        let mut old = stick(&[("a", 10, "x")], &["a"]);
        old.present.insert("a".into(), 4); // truncated on the stick; the manifest still says 10
        assert_eq!(paths(&plan_pack(&old, &[entry("a", 10, "x")], false)), ["a"]);
    }

    #[test]
    fn a_file_missing_from_the_stick_is_copied_again() {
        let mut old = stick(&[("a", 1, "x")], &["a"]);
        old.present.clear();
        assert_eq!(paths(&plan_pack(&old, &[entry("a", 1, "x")], false)), ["a"]);
    }

    #[test]
    fn only_files_an_earlier_pack_wrote_are_removed() {
        let old = stick(&[("gone", 1, "x"), ("theirs", 1, "y")], &["gone"]);
        assert_eq!(plan_pack(&old, &[], false).remove, ["gone"]);
        assert_eq!(plan_pack(&old, &[], true).remove, ["gone", "theirs"]);
    }

    #[test]
    fn an_unknown_file_in_the_way_of_a_new_one_is_replaced() {
        let mut old = StickState::default();
        old.present.insert("a".into(), 1); // same size, but no manifest vouches for its content
        assert_eq!(paths(&plan_pack(&old, &[entry("a", 1, "x")], false)), ["a"]);
    }

    #[test]
    fn space_counts_whole_units_and_what_is_freed() {
        let old = stick(&[("a", 100, "x"), ("gone", 5000, "y")], &["a", "gone"]);
        let plan = plan_pack(&old, &[entry("a", 3000, "z"), entry("b", 1, "w")], false);
        // written 4096 + 4096, largest 4096, replaced 4096 (old a), removed 8192 (gone) → nothing more
        assert_eq!(space_needed(&plan, &old, 4096), 0);
        let fresh = StickState::default();
        let plan = plan_pack(&fresh, &[entry("a", 3000, "z"), entry("b", 1, "w")], false);
        assert_eq!(space_needed(&plan, &fresh, 4096), 3 * 4096);
    }
}
