//! `ecolib verify DIR`: reads every file of a packed library back and compares it with the manifest, so the
//! person making sticks knows a copy is exact before it leaves the office. Exit 0 only for an exact copy.
//! Every message is in `--lang`.

use super::UsageError;
use crate::cli::VerifyArgs;
use crate::diagnostics::{msg, Lang, Message};
use crate::pack::manifest::{Manifest, INCOMPLETE_MARKER, MANIFEST_NAME};
use crate::pack::verify::{compare, find_pack, read_pack, Difference};
use crate::pack::PackError;

pub fn run(args: &VerifyArgs) -> anyhow::Result<bool> {
    // A file that cannot be read is worded in the reader's language too.
    verify(args).map_err(|failure| failure.into_error(args.lang))
}

/// Compares the pack with its manifest and prints the verdict; refusals are usage errors.
fn verify(args: &VerifyArgs) -> Result<bool, VerifyError> {
    let lang = args.lang;
    let say = |message: Message| println!("{}", lang.render(&message));
    let Some(pack) = find_pack(&args.dir, &args.name) else {
        let message =
            msg("verify-no-pack").arg("dir", &args.dir).arg("name", &args.name).arg("manifest", MANIFEST_NAME);
        return Err(VerifyError::Usage(UsageError::new(lang, &message)));
    };
    if pack.join(INCOMPLETE_MARKER).exists() {
        say(msg("verify-incomplete").arg("pack", &pack));
        return Ok(false);
    }
    let manifest = Manifest::read(&pack.join(MANIFEST_NAME))?;
    let found = read_pack(&pack)?;
    let differences = compare(&manifest, &found);
    for difference in &differences {
        say(difference.message());
    }
    let origin = origin_of(&manifest);
    let checked = manifest.files.len();
    if differences.is_empty() {
        say(msg("verify-exact").arg("pack", &pack).arg("origin", origin).arg("count", checked));
        return Ok(true);
    }
    let count = |f: fn(&Difference) -> bool| differences.iter().filter(|d| f(d)).count();
    use Difference as D;
    say(msg("verify-not-exact")
        .arg("pack", &pack)
        .arg("origin", origin)
        .arg("missing", count(|d| matches!(d, D::Missing { .. })))
        .arg("changed", count(|d| matches!(d, D::SizeChanged { .. } | D::ContentChanged { .. })))
        .arg("extra", count(|d| matches!(d, D::Extra { .. })))
        .arg("count", checked));
    Ok(false)
}

/// Which pack the manifest describes: its date, its content's commit and the ecolib that made it.
fn origin_of(manifest: &Manifest) -> Message {
    let origin = match manifest.commit.as_deref() {
        Some(commit) => msg("verify-origin-commit").arg("commit", commit.chars().take(12).collect::<String>()),
        None => msg("verify-origin").into(),
    };
    origin.arg("built_at", &manifest.built_at).arg("version", &manifest.ecolib_version)
}

/// Why verifying stopped: the command line names no pack (exit 2), or a file could not be read.
enum VerifyError {
    Usage(UsageError),
    Pack(PackError),
}

impl From<PackError> for VerifyError {
    fn from(failure: PackError) -> Self {
        VerifyError::Pack(failure)
    }
}

impl VerifyError {
    /// The error `main` prints, in `lang`.
    fn into_error(self, lang: Lang) -> anyhow::Error {
        match self {
            VerifyError::Usage(usage) => usage.into(),
            VerifyError::Pack(failure) => anyhow::anyhow!(lang.render(&failure.message())),
        }
    }
}
