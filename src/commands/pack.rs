//! `ecolib pack`: the built library onto a USB stick (only what changed is copied, files the new pack no
//! longer has are removed, nothing outside the pack folder is touched) or into one deterministic ZIP, with a
//! manifest that `ecolib verify` checks. Everything that can refuse a pack (FAT limits, free space) is
//! checked before the first file is copied; an unplugged stick is left marked incomplete.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;

use super::UsageError;
use crate::cli::{BuildArgs, MessageLanguage, PackArgs};
use crate::pack::copy::{clear_temporaries, copy_into_place, remove_from_pack, sync_folder, write_into_place};
use crate::pack::fat::{fat_problems, name_problems};
use crate::pack::manifest::{hash_file, list_files, scan_build, Manifest, INCOMPLETE_MARKER, MANIFEST_NAME};
use crate::pack::plan::{plan_pack, space_needed, Plan, StickState};
use crate::pack::start_page::{is_replaceable_start_page, start_page_html, START_PAGE_NAMES};
use crate::pack::zip::{write_zip, zip_time, ZipSource};

/// How many offending paths a refusal names before "and N more".
const NAMED_PROBLEMS: usize = 10;

pub fn run(args: &PackArgs) -> anyhow::Result<bool> {
    let started = Instant::now();
    refuse_bad_name(&args.name)?;
    if let Some(dir) = &args.to {
        check_destination(dir)?;
    }
    let Some(built) = built_site(args)? else {
        eprintln!("the site has errors: nothing was packed");
        return Ok(false);
    };
    let files = scan_build(built.dir()).with_context(|| format!("reading the built site {}", built.dir().display()))?;
    let manifest = Manifest::new(files, built_at(&args.site.root), content_commit(&args.site.root));
    let done = match (&args.to, &args.zip) {
        (_, Some(zip)) => pack_to_zip(args, built.dir(), &manifest, zip)?,
        (Some(dir), None) => pack_to_folder(args, built.dir(), &manifest, dir)?,
        (None, None) => {
            return Err(UsageError {
                message: "give --to DIR or --zip FILE".into(),
                lang: crate::diagnostics::Lang::En,
            }
            .into())
        }
    };
    if done {
        eprintln!("packed in {} ms", started.elapsed().as_millis());
    }
    Ok(done)
}

/// The pack folder's name must be one name a FAT stick can hold.
fn refuse_bad_name(name: &str) -> anyhow::Result<()> {
    let problems = name_problems(name, name);
    if name.is_empty() || name == "." || name == ".." || !problems.is_empty() {
        let why = problems.first().map(|p| format!(": {p}")).unwrap_or_default();
        let message = format!("--name must be one folder name a USB stick can hold, not {name:?}{why}");
        return Err(UsageError { message, lang: crate::diagnostics::Lang::En }.into());
    }
    Ok(())
}

/// A built site to pack: `--from`, or a fresh build in a temporary folder removed when packing is done.
enum Built {
    From(PathBuf),
    Temporary(PathBuf),
}

impl Built {
    fn dir(&self) -> &Path {
        match self {
            Built::From(dir) => dir,
            Built::Temporary(dir) => dir,
        }
    }
}

impl Drop for Built {
    fn drop(&mut self) {
        if let Built::Temporary(dir) = self {
            if let Some(parent) = dir.parent() {
                let _ = std::fs::remove_dir_all(parent);
            }
        }
    }
}

/// Builds the site with `ecolib build`'s own code path, or takes `--from`. `None`: the site has errors
/// (the build reported them).
fn built_site(args: &PackArgs) -> anyhow::Result<Option<Built>> {
    if let Some(from) = &args.from {
        if !from.is_dir() {
            let message = format!("--from {} is not a folder with a built site", from.display());
            return Err(UsageError { message, lang: crate::diagnostics::Lang::En }.into());
        }
        return Ok(Some(Built::From(from.clone())));
    }
    // The cache folder cannot hold a build's output (the build refuses it), so the build goes to the
    // system's temporary folder, private to this process.
    let dir = std::env::temp_dir().join(format!("ecolib-pack-{}", std::process::id())).join("site");
    let built = Built::Temporary(dir.clone());
    let build = BuildArgs {
        site: args.site.clone(),
        output: Some(dir),
        base_url: None,
        offline_zip: None,
        cache: None,
        force: true,
        lang: MessageLanguage::En,
    };
    Ok(super::build::run(&build)?.then_some(built))
}

/// The build's date in the manifest, UTC, RFC 3339: SOURCE_DATE_EPOCH when set (reproducible packs).
/// Without SOURCE_DATE_EPOCH, the time of the content's commit when the checkout has no uncommitted
/// changes (so two packs of one commit are byte-identical, ZIP included); else now.
fn built_at(root: &Path) -> String {
    let secs = source_date_epoch().or_else(|| clean_commit_time(root));
    let time = secs.and_then(|secs| chrono::DateTime::from_timestamp(secs, 0));
    time.unwrap_or_else(chrono::Utc::now).format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The commit time of HEAD in the site's folder, when it is a git checkout without uncommitted changes.
fn clean_commit_time(root: &Path) -> Option<i64> {
    let git = |args: &[&str]| {
        let output = std::process::Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
        output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
    };
    let changes = git(&["status", "--porcelain", "--untracked-files=no"])?;
    if !changes.is_empty() {
        return None;
    }
    git(&["log", "-1", "--format=%ct"])?.parse().ok()
}

fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

/// `git rev-parse HEAD` in the site's folder, when it is a git checkout.
fn content_commit(root: &Path) -> Option<String> {
    let output = std::process::Command::new("git").arg("-C").arg(root).args(["rev-parse", "HEAD"]).output().ok()?;
    let commit = String::from_utf8(output.stdout).ok()?.trim().to_string();
    (output.status.success() && !commit.is_empty()).then_some(commit)
}

/// Prints what a stick cannot hold, naming the first offending paths. `false` when there is something.
fn report_fat_problems(manifest: &Manifest, prefix: &str) -> bool {
    let files: Vec<(&str, u64)> = manifest.files.iter().map(|f| (f.path.as_str(), f.size)).collect();
    let problems = fat_problems(&files, prefix);
    if problems.is_empty() {
        return true;
    }
    eprintln!("error: a USB stick (FAT32/exFAT, read on Windows) cannot hold these files; nothing was copied:");
    for problem in problems.iter().take(NAMED_PROBLEMS) {
        eprintln!("  {problem}");
    }
    if problems.len() > NAMED_PROBLEMS {
        eprintln!("  … and {} more", problems.len() - NAMED_PROBLEMS);
    }
    false
}

fn pack_to_zip(args: &PackArgs, built: &Path, manifest: &Manifest, zip: &Path) -> anyhow::Result<bool> {
    if !report_fat_problems(manifest, &args.name) {
        return Ok(false);
    }
    let (json, page) = (manifest.to_json(), start_page_html(&args.name, manifest));
    let mut entries: Vec<(String, ZipSource)> =
        START_PAGE_NAMES.iter().map(|name| (name.to_string(), ZipSource::Bytes(page.as_bytes()))).collect();
    entries.push((format!("{}/{MANIFEST_NAME}", args.name), ZipSource::Bytes(&json)));
    let paths: Vec<(String, PathBuf)> =
        manifest.files.iter().map(|f| (format!("{}/{}", args.name, f.path), built.join(&f.path))).collect();
    entries.extend(paths.iter().map(|(name, path)| (name.clone(), ZipSource::File(path))));
    write_zip(zip, entries, zip_time(source_date_epoch()))?;
    let size = std::fs::metadata(zip).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "{} files ({}) packed into {} ({})",
        manifest.files.len(),
        megabytes(manifest.total_bytes()),
        zip.display(),
        megabytes(size)
    );
    Ok(true)
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

fn pack_to_folder(args: &PackArgs, built: &Path, manifest: &Manifest, dir: &Path) -> anyhow::Result<bool> {
    let pack = dir.join(&args.name);
    check_target(args, built, dir, &pack)?;
    let stick = read_stick(&pack, manifest, args.reread)?;
    let plan = plan_pack(&stick, &manifest.files, args.clean);
    if !report_fat_problems(manifest, &stick_prefix(dir, &args.name)) || !check_free_space(dir, &plan, &stick)? {
        return Ok(false);
    }
    let mut owned = stick.owned.clone();
    owned.extend(manifest.files.iter().map(|f| f.path.clone()));
    write_pack(&PackJob { pack: &pack, built, plan: &plan, manifest, owned })?;
    let page = start_page_html(&args.name, manifest);
    for name in START_PAGE_NAMES {
        // A file of the same name that ecolib did not write is someone's own: it stays.
        match is_replaceable_start_page(&dir.join(name)) {
            true => write_into_place(&dir.join(name), page.as_bytes())?,
            false => eprintln!("note: {} was not written by ecolib and is left as it is", dir.join(name).display()),
        }
    }
    sync_folder(dir)?;
    eprintln!(
        "copied {} files ({}), removed {}, unchanged {}: {} is up to date; check it with `ecolib verify {}`",
        plan.copy.len(),
        megabytes(plan.copy_bytes()),
        plan.remove.len(),
        plan.unchanged,
        pack.display(),
        dir.display()
    );
    Ok(true)
}

/// Refuses, before the build, a `--to` folder that does not exist (a stick not mounted: the library must
/// not land on the computer's disk instead) or that is a pack folder itself.
fn check_destination(dir: &Path) -> anyhow::Result<()> {
    let refuse = |message: String| Err(UsageError { message, lang: crate::diagnostics::Lang::En }.into());
    if !dir.is_dir() {
        return refuse(format!("--to {}: no such folder (is the stick plugged in and mounted?)", dir.display()));
    }
    if dir.join(MANIFEST_NAME).is_file() || dir.join(INCOMPLETE_MARKER).is_file() {
        let parent = dir.parent().map(|p| p.display().to_string()).unwrap_or_default();
        return refuse(format!(
            "--to {} is a pack folder itself: give the folder that holds it ({parent})",
            dir.display()
        ));
    }
    Ok(())
}

/// Refuses a pack folder that overlaps the built site or the sources, and one that holds files no pack
/// wrote (unless `--clean`).
fn check_target(args: &PackArgs, built: &Path, dir: &Path, pack: &Path) -> anyhow::Result<()> {
    let refuse = |message: String| Err(UsageError { message, lang: crate::diagnostics::Lang::En }.into());
    let canonical = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let (pack_abs, built_abs) = (canonical(dir).join(&args.name), canonical(built));
    if pack_abs.starts_with(&built_abs) || built_abs.starts_with(&pack_abs) {
        return refuse(format!("the pack folder {} and the built site {} overlap", pack.display(), built.display()));
    }
    crate::output::check_folder(&args.site.root, pack, crate::output::FolderRole::Output, true)
        .map_err(UsageError::from)?;
    if pack.exists() && !pack.is_dir() {
        return refuse(format!("{} is a file, not a folder: choose another --name", pack.display()));
    }
    let has_pack = pack.join(MANIFEST_NAME).is_file() || pack.join(INCOMPLETE_MARKER).is_file();
    let foreign = list_files(pack)?.into_iter().next();
    if let (false, false, Some((example, _, _))) = (has_pack, args.clean, foreign) {
        return refuse(format!(
            "{} holds files no pack wrote (for example {example}): choose another --name, or pass --clean to replace them",
            pack.display()
        ));
    }
    Ok(())
}

/// What the pack folder holds. After a finished pack the old manifest is trusted (with the sizes read from
/// the stick); after an interrupted one, or with `reread`, the files the new pack needs are hashed on the
/// stick instead.
fn read_stick(pack: &Path, manifest: &Manifest, reread: bool) -> anyhow::Result<StickState> {
    let mut stick = StickState::default();
    for (rel, _, size) in list_files(pack)? {
        stick.present.insert(rel, size);
    }
    let old = Manifest::read(&pack.join(MANIFEST_NAME)).ok();
    if let Some(old) = &old {
        stick.owned.extend(old.files.iter().map(|f| f.path.clone()));
    }
    let marker = std::fs::read_to_string(pack.join(INCOMPLETE_MARKER)).ok();
    if let Some(listed) = &marker {
        stick.owned.extend(listed.lines().filter(|line| !line.is_empty()).map(String::from));
    }
    match (old, marker) {
        (Some(old), None) if !reread => {
            stick.believed = old.files.into_iter().map(|f| (f.path, (f.size, f.sha256))).collect();
        }
        _ => {
            for file in &manifest.files {
                if stick.present.get(&file.path) == Some(&file.size) {
                    stick.believed.insert(file.path.clone(), hash_file(&pack.join(&file.path))?);
                }
            }
        }
    }
    Ok(stick)
}

/// The pack folder's path from the root of the file system `dir` is on (the stick's root), with `/`: what
/// Windows' path limit counts from. Where the mount point cannot be found, from `dir`.
fn stick_prefix(dir: &Path, name: &str) -> String {
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

/// Refuses a plan that does not fit in the free space of `dir`'s file system.
fn check_free_space(dir: &Path, plan: &Plan, stick: &StickState) -> anyhow::Result<bool> {
    let Some((free, unit)) = free_space(dir)? else {
        eprintln!("note: the free space on {} was not checked on this system", dir.display());
        return Ok(true);
    };
    let needed = space_needed(plan, stick, unit);
    if needed > free {
        eprintln!(
            "error: {} has {} free and this pack needs {} more; nothing was copied",
            dir.display(),
            megabytes(free),
            megabytes(needed)
        );
        return Ok(false);
    }
    Ok(true)
}

/// Free bytes for an unprivileged user and the allocation unit, on Linux.
#[cfg(target_os = "linux")]
fn free_space(dir: &Path) -> anyhow::Result<Option<(u64, u64)>> {
    let stat = rustix::fs::statvfs(dir).with_context(|| format!("reading the free space of {}", dir.display()))?;
    Ok(Some((stat.f_bavail.saturating_mul(stat.f_frsize), stat.f_frsize.max(512))))
}

#[cfg(not(target_os = "linux"))]
fn free_space(_dir: &Path) -> anyhow::Result<Option<(u64, u64)>> {
    Ok(None)
}

/// One pack's writing: the pack folder, the built site it copies from, the plan, the new manifest, and
/// every file an earlier or this pack may have written (listed in the incomplete marker).
struct PackJob<'a> {
    pack: &'a Path,
    built: &'a Path,
    plan: &'a Plan,
    manifest: &'a Manifest,
    owned: BTreeSet<String>,
}

/// Carries out the plan: marks the pack incomplete (listing every file it may write), removes, copies,
/// syncs, writes the manifest, and only then clears the mark.
fn write_pack(job: &PackJob) -> anyhow::Result<()> {
    let PackJob { pack, built, plan, manifest, owned } = job;
    std::fs::create_dir_all(pack).with_context(|| format!("creating {}", pack.display()))?;
    clear_temporaries(pack)?;
    let listed: String = owned.iter().map(|path| format!("{path}\n")).collect();
    write_into_place(&pack.join(INCOMPLETE_MARKER), listed.as_bytes())?;
    sync_folder(pack)?;
    let mut folders = BTreeSet::new();
    for path in &plan.remove {
        remove_from_pack(pack, path)?;
        // The removal is on the device once the nearest folder left standing is synced.
        folders.extend(pack.join(path).ancestors().skip(1).find(|folder| folder.is_dir()).map(Path::to_path_buf));
    }
    let progress = progress_bar(plan);
    for (done, file) in plan.copy.iter().enumerate() {
        let target = pack.join(&file.path);
        copy_into_place(&built.join(&file.path), &target)?;
        folders.extend(target.parent().map(Path::to_path_buf));
        progress.inc(file.size);
        progress.set_message(format!("{}/{} files", done + 1, plan.copy.len()));
    }
    progress.finish_and_clear();
    for folder in &folders {
        sync_folder(folder)?;
    }
    write_into_place(&pack.join(MANIFEST_NAME), &manifest.to_json())?;
    sync_folder(pack)?;
    std::fs::remove_file(pack.join(INCOMPLETE_MARKER)).with_context(|| format!("finishing {}", pack.display()))?;
    sync_folder(pack)?;
    Ok(())
}

/// Bytes and files copied, on a terminal only.
fn progress_bar(plan: &Plan) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(plan.copy_bytes());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg} {eta}") {
        bar.set_style(style);
    }
    bar
}
