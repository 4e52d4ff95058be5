//! `ecolib pack`: the built library onto a USB stick (only what changed is copied, files the new pack no
//! longer has are removed, nothing outside the pack folder is touched) or into one deterministic ZIP, with a
//! manifest that `ecolib verify` checks. Everything that can refuse a pack (FAT limits, free space) is
//! checked before the first file is copied; an unplugged stick is left marked incomplete.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::usage_error;
use crate::cli::{BuildArgs, PackArgs};
use crate::diagnostics::{msg, Lang, Message};
use crate::pack::copy::{clear_temporaries, copy_into_place, remove_from_pack, sync_folder, write_into_place};
use crate::pack::fat::{fat_problems, name_problems};
use crate::pack::manifest::{hash_file, list_files, scan_build, Manifest, INCOMPLETE_MARKER, MANIFEST_NAME};
use crate::pack::plan::{plan_pack, space_needed, Plan, StickState};
use crate::pack::start_page::{is_replaceable_start_page, start_page_html, START_PAGE_NAMES};
use crate::pack::stick::{free_space, stick_prefix};
use crate::pack::zip::{write_zip, zip_time, ZipSource};
use crate::pack::PackError;

/// How many offending paths a refusal names before "and N more".
const NAMED_PROBLEMS: usize = 10;

/// Packs the site; every message is in `--lang`.
pub fn run(args: &PackArgs) -> anyhow::Result<bool> {
    // A file that cannot be read or written is worded in the reader's language too.
    pack(args).map_err(|err| match err.downcast::<PackError>() {
        Ok(failure) => anyhow::anyhow!(args.lang.render(&failure.message())),
        Err(err) => err,
    })
}

fn pack(args: &PackArgs) -> anyhow::Result<bool> {
    let started = Instant::now();
    let lang = args.lang;
    refuse_bad_name(&args.name, lang)?;
    if let Some(dir) = &args.to {
        check_destination(dir, lang)?;
    }
    let Some(built) = built_site(args)? else {
        eprintln!("{}", lang.text("pack-site-has-errors"));
        return Ok(false);
    };
    let files = scan_build(built.dir())?;
    let manifest = Manifest::new(files, built_at(&args.site.root), content_commit(&args.site.root));
    let done = match (&args.to, &args.zip) {
        (_, Some(zip)) => pack_to_zip(args, built.dir(), &manifest, zip)?,
        (Some(dir), None) => pack_to_folder(args, built.dir(), &manifest, dir)?,
        (None, None) => return Err(usage_error(lang, msg("pack-no-target"))),
    };
    if done {
        eprintln!("{}", lang.render(&msg("pack-done-in").arg("ms", started.elapsed().as_millis() as u64)));
    }
    Ok(done)
}

/// A usage error (exit 2) in `lang`.
/// The pack folder's name must be one name a FAT stick can hold.
fn refuse_bad_name(name: &str, lang: Lang) -> anyhow::Result<()> {
    let problems = name_problems(name, name);
    if name.is_empty() || name == "." || name == ".." || !problems.is_empty() {
        let message = match problems.first() {
            Some(problem) => msg("pack-bad-name-because").arg("name", name).arg("problem", problem.message()),
            None => msg("pack-bad-name").arg("name", name),
        };
        return Err(usage_error(lang, message));
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
            return Err(usage_error(args.lang, msg("pack-from-not-folder").arg("dir", from)));
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
        lang: args.lang,
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
fn report_fat_problems(manifest: &Manifest, prefix: &str, lang: Lang) -> bool {
    let files: Vec<(&str, u64)> = manifest.files.iter().map(|f| (f.path.as_str(), f.size)).collect();
    let problems = fat_problems(&files, prefix);
    if problems.is_empty() {
        return true;
    }
    eprintln!("{}: {}", lang.text("label-error"), lang.text("pack-fat-refused"));
    for problem in problems.iter().take(NAMED_PROBLEMS) {
        eprintln!("  {}", lang.render(&problem.message()));
    }
    if problems.len() > NAMED_PROBLEMS {
        eprintln!("  {}", lang.render(&msg("pack-and-more").arg("count", problems.len() - NAMED_PROBLEMS)));
    }
    false
}

fn pack_to_zip(args: &PackArgs, built: &Path, manifest: &Manifest, zip: &Path) -> anyhow::Result<bool> {
    if !report_fat_problems(manifest, &args.name, args.lang) {
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
    let done = msg("pack-zip-done")
        .arg("count", manifest.files.len())
        .arg("size", megabytes(manifest.total_bytes()))
        .arg("zip", zip)
        .arg("zip_size", megabytes(size));
    eprintln!("{}", args.lang.render(&done));
    Ok(true)
}

/// A size in megabytes, worded in the reader's language (`1.5 MB`, `1,5 МБ`).
fn megabytes(bytes: u64) -> Message {
    let tenths = (bytes.saturating_mul(10) + 524_288) / 1_048_576;
    msg("pack-megabytes").arg("whole", tenths / 10).arg("tenths", tenths % 10)
}

fn pack_to_folder(args: &PackArgs, built: &Path, manifest: &Manifest, dir: &Path) -> anyhow::Result<bool> {
    let (pack, lang) = (dir.join(&args.name), args.lang);
    check_target(args, built, dir, &pack)?;
    let stick = read_stick(&pack, manifest, args.reread)?;
    let plan = plan_pack(&stick, &manifest.files, args.clean);
    if !report_fat_problems(manifest, &stick_prefix(dir, &args.name), lang)
        || !check_free_space(dir, &plan, &stick, lang)?
    {
        return Ok(false);
    }
    let mut owned = stick.owned.clone();
    owned.extend(manifest.files.iter().map(|f| f.path.clone()));
    write_pack(&PackJob { pack: &pack, built, plan: &plan, manifest, owned, lang })?;
    let page = start_page_html(&args.name, manifest);
    for name in START_PAGE_NAMES {
        // A file of the same name that ecolib did not write is someone's own: it stays.
        match is_replaceable_start_page(&dir.join(name)) {
            true => write_into_place(&dir.join(name), page.as_bytes())?,
            false => {
                let kept = msg("pack-start-page-kept").arg("file", &dir.join(name));
                eprintln!("{}: {}", lang.text("label-note"), lang.render(&kept));
            }
        }
    }
    sync_folder(dir)?;
    let done = msg("pack-folder-done")
        .arg("copied", plan.copy.len())
        .arg("size", megabytes(plan.copy_bytes()))
        .arg("removed", plan.remove.len())
        .arg("unchanged", plan.unchanged)
        .arg("pack", &pack)
        .arg("dir", dir);
    eprintln!("{}", lang.render(&done));
    Ok(true)
}

/// Refuses, before the build, a `--to` folder that does not exist (a stick not mounted: the library must
/// not land on the computer's disk instead) or that is a pack folder itself.
fn check_destination(dir: &Path, lang: Lang) -> anyhow::Result<()> {
    if !dir.is_dir() {
        return Err(usage_error(lang, msg("pack-to-missing").arg("dir", dir)));
    }
    if dir.join(MANIFEST_NAME).is_file() || dir.join(INCOMPLETE_MARKER).is_file() {
        let parent = dir.parent().map(|p| p.display().to_string()).unwrap_or_default();
        return Err(usage_error(lang, msg("pack-to-is-pack").arg("dir", dir).arg("parent", parent)));
    }
    Ok(())
}

/// Refuses a pack folder that overlaps the built site or the sources, and one that holds files no pack
/// wrote (unless `--clean`).
fn check_target(args: &PackArgs, built: &Path, dir: &Path, pack: &Path) -> anyhow::Result<()> {
    let lang = args.lang;
    let canonical = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let (pack_abs, built_abs) = (canonical(dir).join(&args.name), canonical(built));
    if pack_abs.starts_with(&built_abs) || built_abs.starts_with(&pack_abs) {
        return Err(usage_error(lang, msg("pack-overlap").arg("pack", pack).arg("built", built)));
    }
    crate::output::check_folder(&args.site.root, pack, crate::output::FolderRole::Output, true)
        .map_err(|refused| usage_error(lang, refused.message()))?;
    if pack.exists() && !pack.is_dir() {
        return Err(usage_error(lang, msg("pack-target-is-file").arg("path", pack)));
    }
    let has_pack = pack.join(MANIFEST_NAME).is_file() || pack.join(INCOMPLETE_MARKER).is_file();
    let foreign = list_files(pack)?.into_iter().next();
    if let (false, false, Some((example, _, _))) = (has_pack, args.clean, foreign) {
        return Err(usage_error(lang, msg("pack-target-foreign").arg("pack", pack).arg("example", example)));
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

/// Refuses a plan that does not fit in the free space of `dir`'s file system.
fn check_free_space(dir: &Path, plan: &Plan, stick: &StickState, lang: Lang) -> anyhow::Result<bool> {
    let Some((free, unit)) = free_space(dir)? else {
        eprintln!("{}: {}", lang.text("label-note"), lang.render(&msg("pack-space-unchecked").arg("dir", dir)));
        return Ok(true);
    };
    let needed = space_needed(plan, stick, unit);
    if needed > free {
        let full = msg("pack-no-space").arg("dir", dir).arg("free", megabytes(free)).arg("needed", megabytes(needed));
        eprintln!("{}: {}", lang.text("label-error"), lang.render(&full));
        return Ok(false);
    }
    Ok(true)
}

/// One pack's writing: the pack folder, the built site it copies from, the plan, the new manifest, and
/// every file an earlier or this pack may have written (listed in the incomplete marker).
struct PackJob<'a> {
    pack: &'a Path,
    built: &'a Path,
    plan: &'a Plan,
    manifest: &'a Manifest,
    owned: BTreeSet<String>,
    /// The language of the progress bar's words.
    lang: Lang,
}

/// Carries out the plan: marks the pack incomplete (listing every file it may write), removes, copies,
/// syncs, writes the manifest, and only then clears the mark.
fn write_pack(job: &PackJob) -> anyhow::Result<()> {
    let PackJob { pack, built, plan, manifest, owned, lang } = job;
    std::fs::create_dir_all(pack).map_err(|source| PackError::Write { path: pack.to_path_buf(), source })?;
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
        progress.set_message(lang.render(&msg("pack-progress").arg("done", done + 1).arg("count", plan.copy.len())));
    }
    progress.finish_and_clear();
    for folder in &folders {
        sync_folder(folder)?;
    }
    write_into_place(&pack.join(MANIFEST_NAME), &manifest.to_json())?;
    sync_folder(pack)?;
    let marker = pack.join(INCOMPLETE_MARKER);
    std::fs::remove_file(&marker).map_err(|source| PackError::Remove { path: marker.clone(), source })?;
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
