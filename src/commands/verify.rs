//! `ecolib verify DIR`: reads every file of a packed library back and compares it with the manifest, so the
//! person making sticks knows a copy is exact before it leaves the office. Exit 0 only for an exact copy.

use anyhow::Context;

use super::UsageError;
use crate::cli::VerifyArgs;
use crate::pack::manifest::{Manifest, INCOMPLETE_MARKER, MANIFEST_NAME};
use crate::pack::verify::{compare, find_pack, read_pack};

pub fn run(args: &VerifyArgs) -> anyhow::Result<bool> {
    let Some(pack) = find_pack(&args.dir, &args.name) else {
        let message = format!(
            "no packed library in {}: neither {name}/{MANIFEST_NAME} nor {MANIFEST_NAME} is there",
            args.dir.display(),
            name = args.name
        );
        return Err(UsageError { message, lang: crate::diagnostics::Lang::En }.into());
    };
    if pack.join(INCOMPLETE_MARKER).exists() {
        println!(
            "incomplete: the last pack into {} did not finish (it was interrupted or failed); run `ecolib pack` again to complete it",
            pack.display()
        );
        return Ok(false);
    }
    let manifest_path = pack.join(MANIFEST_NAME);
    let manifest = Manifest::read(&manifest_path)?;
    let found = read_pack(&pack).with_context(|| format!("reading {}", pack.display()))?;
    let differences = compare(&manifest, &found);
    for difference in &differences {
        println!("{difference}");
    }
    let origin = format!(
        "the pack of {}{} (ecolib {})",
        manifest.built_at,
        manifest.commit.as_deref().map(|c| format!(", commit {}", &c[..c.len().min(12)])).unwrap_or_default(),
        manifest.ecolib_version
    );
    if differences.is_empty() {
        println!("{}: exact copy of {origin}, {} files checked", pack.display(), manifest.files.len());
        return Ok(true);
    }
    let count = |f: fn(&crate::pack::verify::Difference) -> bool| differences.iter().filter(|d| f(d)).count();
    use crate::pack::verify::Difference as D;
    println!(
        "{}: not an exact copy of {origin}: {} missing, {} changed, {} extra of {} files",
        pack.display(),
        count(|d| matches!(d, D::Missing { .. })),
        count(|d| matches!(d, D::SizeChanged { .. } | D::ContentChanged { .. })),
        count(|d| matches!(d, D::Extra { .. })),
        manifest.files.len()
    );
    Ok(false)
}
