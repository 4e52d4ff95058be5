//! `ecolib pack` and `ecolib verify` end to end on the good-site fixture: a first pack, incremental updates,
//! damage that verify must name, an interrupted pack, names a stick cannot hold, the deterministic ZIP, and
//! a real FAT32 image.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use support::{Run, SiteTest};

/// Runs `ecolib <args>` as given (verify takes no --root).
fn ecolib(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Run {
    Run::of(support::ecolib_command().args(args.iter().map(|a| a.as_ref())).env("SOURCE_DATE_EPOCH", "1765000000"))
}

fn pack(site: &SiteTest, stick: &Path) -> Run {
    ecolib(&[&"pack", &"--root", &site.root, &"--to", &stick])
}

fn verify(dir: &Path) -> Run {
    ecolib(&[&"verify", &dir])
}

/// The manifest's files: path → sha256.
fn manifest_files(pack: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(pack.join("ecolib-manifest.json")).expect("manifest");
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    json["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| (f["path"].as_str().unwrap().to_string(), f["sha256"].as_str().unwrap().to_string()))
        .collect()
}

/// A good site and an empty stick beside it.
fn site_and_stick() -> (SiteTest, tempfile::TempDir) {
    (SiteTest::fixture("good-site"), tempfile::tempdir().expect("tempdir"))
}

fn is_exact(run: &Run) -> bool {
    run.code == 0 && run.stdout.contains("exact copy")
}

#[test]
fn a_first_pack_verifies_exact_and_a_second_copies_nothing() {
    let (site, stick) = site_and_stick();
    let first = pack(&site, stick.path());
    first.assert_ok();
    let pack_dir = stick.path().join("library");
    let files = manifest_files(&pack_dir);
    assert!(files.contains_key("index.html") && files.contains_key("docs/protocol/index.html"));
    assert!(first.stderr.contains(&format!("copied {} files", files.len())), "{}", first.stderr);
    let start = std::fs::read_to_string(stick.path().join("ОТКРОЙТЕ-МЕНЯ.html")).unwrap();
    assert!(start.contains(r#"href="library/index.html""#) && start.contains("Open the library"));
    assert_eq!(start, std::fs::read_to_string(stick.path().join("START.html")).unwrap());
    let checked = verify(stick.path());
    assert!(is_exact(&checked), "{checked:?}");
    // The pack folder itself verifies too.
    assert!(is_exact(&verify(&pack_dir)));
    let again = pack(&site, stick.path());
    assert!(
        again.stderr.contains(&format!("copied 0 files (0.0 MB), removed 0, unchanged {}", files.len())),
        "{}",
        again.stderr
    );
}

#[test]
fn changing_one_page_copies_only_the_changed_files_and_counts_them() {
    let (site, stick) = site_and_stick();
    pack(&site, stick.path()).assert_ok();
    let pack_dir = stick.path().join("library");
    let before = manifest_files(&pack_dir);
    let page = std::fs::read_to_string(site.root.join("content/docs/protocol.md")).unwrap();
    site.write("content/docs/protocol.md", page.replace("См. [конвенцию]", "Уточнено. См. [конвенцию]"));
    let update = pack(&site, stick.path());
    update.assert_ok();
    let after = manifest_files(&pack_dir);
    let changed: Vec<&String> = after.keys().filter(|path| before.get(*path) != after.get(*path)).collect();
    assert!(changed.iter().any(|p| *p == "docs/protocol/index.html"), "{changed:?}");
    assert!(changed.iter().any(|p| p.starts_with("search/")), "search shards change too: {changed:?}");
    assert!(changed.len() < after.len() / 2, "{changed:?}");
    let unchanged = after.len() - changed.len();
    let expected = format!("copied {} files", changed.len());
    assert!(
        update.stderr.contains(&expected) && update.stderr.contains(&format!("unchanged {unchanged}")),
        "{}",
        update.stderr
    );
    assert!(is_exact(&verify(stick.path())));
}

#[test]
fn removing_a_page_removes_its_files_and_leaves_foreign_files_alone() {
    let (site, stick) = site_and_stick();
    std::fs::write(stick.path().join("notes.txt"), "mine").unwrap();
    std::fs::write(stick.path().join("START.html"), "my own start page").unwrap();
    std::fs::create_dir_all(stick.path().join("photos")).unwrap();
    std::fs::write(stick.path().join("photos/a.jpg"), "jpeg").unwrap();
    pack(&site, stick.path()).assert_ok();
    let pack_dir = stick.path().join("library");
    assert!(pack_dir.join("docs/protocol/index.html").is_file());
    site.remove("content/docs/protocol.md");
    let update = pack(&site, stick.path());
    update.assert_ok();
    assert!(!pack_dir.join("docs/protocol").exists(), "the page's folder is gone");
    assert!(!update.stderr.contains("removed 0,"), "{}", update.stderr);
    assert_eq!(std::fs::read_to_string(stick.path().join("notes.txt")).unwrap(), "mine");
    assert_eq!(std::fs::read_to_string(stick.path().join("START.html")).unwrap(), "my own start page");
    assert!(update.stderr.contains("START.html was not written by ecolib and is left as it is"), "{}", update.stderr);
    assert!(std::fs::read_to_string(stick.path().join("ОТКРОЙТЕ-МЕНЯ.html")).unwrap().contains("library/index.html"));
    assert_eq!(std::fs::read_to_string(stick.path().join("photos/a.jpg")).unwrap(), "jpeg");
    assert!(is_exact(&verify(stick.path())));
}

#[test]
fn a_file_no_pack_wrote_inside_the_pack_folder_stays_unless_clean() {
    let (site, stick) = site_and_stick();
    pack(&site, stick.path()).assert_ok();
    let extra = stick.path().join("library/mine.txt");
    std::fs::write(&extra, "mine").unwrap();
    pack(&site, stick.path()).assert_ok();
    assert!(extra.exists());
    let checked = verify(stick.path());
    assert_eq!(checked.code, 1);
    assert!(checked.stdout.contains("extra: mine.txt"), "{}", checked.stdout);
    ecolib(&[&"pack", &"--root", &site.root, &"--to", &stick.path(), &"--clean"]).assert_ok();
    assert!(!extra.exists());
    assert!(is_exact(&verify(stick.path())));
}

#[test]
fn verify_names_a_corrupt_a_missing_and_an_extra_file() {
    let (site, stick) = site_and_stick();
    pack(&site, stick.path()).assert_ok();
    let pack_dir = stick.path().join("library");
    let corrupt = pack_dir.join("docs/convention/index.html");
    let mut bytes = std::fs::read(&corrupt).unwrap();
    bytes[100] ^= 1; // same size, one byte different
    std::fs::write(&corrupt, bytes).unwrap();
    std::fs::remove_file(pack_dir.join("guides/request/index.html")).unwrap();
    std::fs::write(pack_dir.join("docs/added.html"), "added").unwrap();
    let checked = verify(stick.path());
    assert_eq!(checked.code, 1, "{checked:?}");
    let lines: Vec<&str> = checked.stdout.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "extra: docs/added.html (not in the manifest)",
            "changed: docs/convention/index.html (its SHA-256 differs from the manifest)",
            "missing: guides/request/index.html",
        ]
    );
    assert!(lines[3].contains("1 missing, 1 changed, 1 extra"), "{}", lines[3]);
    // A pack trusts the manifest and the sizes on the stick (reading it all back is verify's work): it puts
    // back the missing file but not the same-size corruption; `--reread` reads the stick and repairs that.
    let pack_again = pack(&site, stick.path());
    assert!(pack_again.stderr.contains("copied 1 files"), "{}", pack_again.stderr);
    assert_eq!(verify(stick.path()).code, 1);
    std::fs::remove_file(pack_dir.join("docs/added.html")).unwrap(); // not the pack's to remove
    let reread = ecolib(&[&"pack", &"--root", &site.root, &"--to", &stick.path(), &"--reread"]);
    assert!(reread.stderr.contains("copied 1 files"), "{}", reread.stderr);
    assert!(is_exact(&verify(stick.path())));
}

#[test]
fn an_interrupted_pack_is_reported_incomplete_and_the_next_pack_completes_it() {
    let (site, stick) = site_and_stick();
    pack(&site, stick.path()).assert_ok();
    let pack_dir = stick.path().join("library");
    // What an unplugged stick looks like midway: the marker there, a file cut short, a copy in progress.
    std::fs::write(pack_dir.join(".ecolib-pack-incomplete"), "index.html\n").unwrap();
    let cut = pack_dir.join("docs/convention/index.html");
    let bytes = std::fs::read(&cut).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    std::fs::write(pack_dir.join("docs/.ecolib-tmp-index.html"), "half").unwrap();
    let checked = verify(stick.path());
    assert_eq!(checked.code, 1);
    assert!(checked.stdout.starts_with("incomplete:"), "{}", checked.stdout);
    let resumed = pack(&site, stick.path());
    resumed.assert_ok();
    assert!(resumed.stderr.contains("copied 1 files"), "{}", resumed.stderr);
    assert!(is_exact(&verify(stick.path())));
    assert!(!pack_dir.join("docs/.ecolib-tmp-index.html").exists());
}

/// A built site of `count` files of 16 KB, for a pack slow enough to be killed midway.
fn big_build(dir: &Path, count: usize) {
    for i in 0..count {
        let path = dir.join(format!("part-{}/file-{i:05}.html", i % 20));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, format!("{i:016}").repeat(1024)).unwrap();
    }
}

#[test]
fn a_pack_killed_mid_copy_is_incomplete_and_the_next_pack_makes_it_exact() {
    let (site, stick) = site_and_stick();
    let built = tempfile::tempdir().unwrap();
    big_build(built.path(), 3000);
    let args = |cmd: &mut Command| {
        cmd.args(["pack", "--from"]).arg(built.path()).arg("--to").arg(stick.path()).arg("--root").arg(&site.root);
    };
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecolib"));
    args(&mut command);
    let mut child = command.stderr(std::process::Stdio::null()).spawn().unwrap();
    let pack_dir = stick.path().join("library");
    let started = std::time::Instant::now();
    while !pack_dir.join("part-1").is_dir() && started.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!pack_dir.join("ecolib-manifest.json").exists(), "the pack finished before it was killed");
    let checked = verify(stick.path());
    assert_eq!(checked.code, 1);
    assert!(checked.stdout.starts_with("incomplete:"), "{}", checked.stdout);
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecolib"));
    args(&mut command);
    assert!(command.output().unwrap().status.success());
    assert!(is_exact(&verify(stick.path())));
}

#[test]
fn a_name_the_stick_cannot_hold_is_refused_before_anything_is_copied() {
    let (site, stick) = site_and_stick();
    let page = std::fs::read_to_string(site.root.join("content/docs/convention.md")).unwrap();
    site.write("content/docs/con.md", page);
    let refused = pack(&site, stick.path());
    assert_eq!(refused.code, 1, "{refused:?}");
    assert!(refused.stderr.contains("library/docs/con: Windows reserves this name"), "{}", refused.stderr);
    assert!(refused.stderr.contains("nothing was copied"));
    assert_eq!(std::fs::read_dir(stick.path()).unwrap().count(), 0, "nothing written to the stick");
}

#[test]
fn a_path_too_long_for_windows_is_refused_before_anything_is_copied() {
    let (site, stick) = site_and_stick();
    let deep: PathBuf = stick.path().join("a".repeat(120)).join("b".repeat(120));
    std::fs::create_dir_all(&deep).unwrap();
    let refused = pack(&site, &deep);
    assert_eq!(refused.code, 1, "{refused:?}");
    assert!(refused.stderr.contains("Windows opens at most 259"), "{}", refused.stderr);
    assert_eq!(std::fs::read_dir(&deep).unwrap().count(), 0);
}

#[test]
fn a_missing_target_folder_is_a_usage_error() {
    let (site, stick) = site_and_stick();
    let refused = pack(&site, &stick.path().join("not-mounted"));
    assert_eq!(refused.code, 2);
    assert!(refused.stderr.contains("no such folder"), "{}", refused.stderr);
    assert!(!refused.stderr.contains("pages"), "refused before building: {}", refused.stderr);
    assert!(!stick.path().join("not-mounted").exists());
}

#[test]
fn packing_into_a_pack_folder_itself_is_a_usage_error() {
    let (site, stick) = site_and_stick();
    pack(&site, stick.path()).assert_ok();
    let refused = pack(&site, &stick.path().join("library"));
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains("is a pack folder itself: give the folder that holds it"), "{}", refused.stderr);
    assert!(!stick.path().join("library/library").exists());
    assert!(is_exact(&verify(stick.path())));
}

#[test]
fn a_pack_folder_name_that_is_not_one_fat_name_is_a_usage_error() {
    let (site, stick) = site_and_stick();
    for name in ["a/b", "..", "aux", "lib:rary"] {
        let refused = ecolib(&[&"pack", &"--root", &site.root, &"--to", &stick.path(), &"--name", &name]);
        assert_eq!(refused.code, 2, "{name}: {refused:?}");
        assert!(refused.stderr.contains("--name must be one folder name a USB stick can hold"), "{}", refused.stderr);
    }
    assert_eq!(std::fs::read_dir(stick.path()).unwrap().count(), 0);
}

#[test]
fn a_pack_folder_holding_files_no_pack_wrote_is_refused() {
    let (site, stick) = site_and_stick();
    std::fs::create_dir_all(stick.path().join("library")).unwrap();
    std::fs::write(stick.path().join("library/thesis.docx"), "years of work").unwrap();
    let refused = pack(&site, stick.path());
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains("holds files no pack wrote (for example thesis.docx)"), "{}", refused.stderr);
    assert_eq!(std::fs::read_dir(stick.path().join("library")).unwrap().count(), 1);
}

#[test]
fn two_zips_of_the_same_site_are_byte_identical_and_unzip_to_an_exact_pack() {
    let site = SiteTest::fixture("good-site");
    let out = tempfile::tempdir().unwrap();
    let (one, two) = (out.path().join("one.zip"), out.path().join("two.zip"));
    ecolib(&[&"pack", &"--root", &site.root, &"--zip", &one]).assert_ok();
    ecolib(&[&"pack", &"--root", &site.root, &"--zip", &two]).assert_ok();
    assert_eq!(std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
    let unzipped = out.path().join("unzipped");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&one).unwrap()).unwrap();
    assert_eq!(archive.by_index(0).unwrap().name().unwrap(), "START.html");
    archive.extract(&unzipped).unwrap();
    assert!(unzipped.join("ОТКРОЙТЕ-МЕНЯ.html").is_file());
    let checked = verify(&unzipped);
    assert!(is_exact(&checked), "{checked:?}");
}

#[test]
fn zips_of_one_clean_commit_are_byte_identical_without_source_date_epoch() {
    let site = SiteTest::fixture("good-site");
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .arg("-C")
            .arg(&site.root)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .env("GIT_COMMITTER_DATE", "2026-12-01T10:00:00Z")
            .env("GIT_AUTHOR_DATE", "2026-12-01T10:00:00Z")
            .output()
            .expect("git");
        assert!(status.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&status.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "library"]);
    let out = tempfile::tempdir().unwrap();
    let zip_of = |name: &str| {
        let file = out.path().join(name);
        let run = Command::new(env!("CARGO_BIN_EXE_ecolib"))
            .args(["pack", "--root"])
            .arg(&site.root)
            .arg("--zip")
            .arg(&file)
            .env_remove("SOURCE_DATE_EPOCH")
            .env("ECOLIB_LOG", "error")
            .output()
            .expect("run ecolib");
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        std::fs::read(file).unwrap()
    };
    let one = zip_of("one.zip");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(one, zip_of("two.zip"), "the manifest's date is the commit's, not the clock's");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(one)).unwrap();
    let mut manifest = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("library/ecolib-manifest.json").unwrap(), &mut manifest)
        .unwrap();
    assert!(manifest.contains("2026-12-01T10:00:00Z"), "{manifest}");
}

/// Runs a tool; `None` when it is not installed.
fn run_tool(program: &str, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Option<std::process::Output> {
    Command::new(program)
        .args(args.iter().map(|a| a.as_ref()))
        .env("MTOOLS_SKIP_CHECK", "1")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .ok()
}

fn succeeded(output: &Option<std::process::Output>) -> bool {
    output.as_ref().is_some_and(|o| o.status.success())
}

/// A 64 MB FAT32 image mounted with a loop device at `mount`, when the machine allows (root, vfat, loop).
fn mount_fat32(image: &Path, mount: &Path) -> bool {
    let formatted = succeeded(&run_tool("mkfs.vfat", &[&"-F", &"32", &"-n", &"ECOLIB", &image]));
    std::fs::create_dir_all(mount).unwrap();
    formatted && succeeded(&run_tool("mount", &[&"-o", &"loop", &image, &mount]))
}

#[test]
fn a_pack_on_a_fat32_image_verifies_exact() {
    let (site, work) = site_and_stick();
    let image = work.path().join("stick.img");
    std::fs::File::create(&image).unwrap().set_len(64 * 1024 * 1024).unwrap();
    let mount = work.path().join("mnt");
    if mount_fat32(&image, &mount) {
        let packed = pack(&site, &mount);
        let checked = verify(&mount);
        run_tool("umount", &[&mount]);
        packed.assert_ok();
        assert!(is_exact(&checked), "{checked:?}");
        return;
    }
    eprintln!("a loop mount of a FAT32 image is not possible here: writing the image with mtools instead");
    if !succeeded(&run_tool("mformat", &[&"-i", &image, &"-F", &"-v", &"ECOLIB", &"::"])) {
        eprintln!("neither a loop mount nor mtools (mformat, mcopy) is available: the FAT32 image test did not run");
        assert_ne!(std::env::var("CI").as_deref(), Ok("true"), "CI must install dosfstools and mtools");
        return;
    }
    let staged = work.path().join("staged");
    std::fs::create_dir_all(&staged).unwrap();
    pack(&site, &staged).assert_ok();
    for entry in std::fs::read_dir(&staged).unwrap() {
        let path = entry.unwrap().path();
        let copied = run_tool("mcopy", &[&"-i", &image, &"-s", &"-Q", &"-m", &path, &"::/"]);
        assert!(succeeded(&copied), "mcopy {}: {copied:?}", path.display());
    }
    let back = work.path().join("back");
    std::fs::create_dir_all(&back).unwrap();
    let copied = run_tool("mcopy", &[&"-i", &image, &"-s", &"-Q", &"-m", &"::/*", &back]);
    assert!(succeeded(&copied), "mcopy back: {copied:?}");
    assert!(back.join("ОТКРОЙТЕ-МЕНЯ.html").is_file(), "the Cyrillic start page survives FAT");
    let checked = verify(&back);
    assert!(is_exact(&checked), "{checked:?}");
}
