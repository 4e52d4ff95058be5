//! Theme assets: what the theme declares in `assets.toml` is built once per build, before pages render.
//! Script bundles are the theme's readable sources joined in the declared order and minified; they and the
//! files listed as `hashed` are written under names that carry a hash of their content
//! (`static/js/search.3f9a1c2e.js`), so a browser or CDN cache never serves one build's script to another
//! build's pages. Templates link them through the `assets` map of their context.

mod manifest;
mod minify;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::diagnostics::{codes, line_col, msg, Diagnostic};
use crate::templates::Theme;

pub use manifest::{AssetManifest, BundleSpec, ASSETS_FILE};
pub use minify::{minify_script, SyntaxError};

/// Hex digits of the content hash in a file name: enough to tell builds apart, short enough to read.
const HASH_DIGITS: usize = 8;

/// The built assets of a theme.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assets {
    /// Path as the manifest names it (`js/search.js`) → path of the written file from the site root
    /// (`static/js/search.3f9a1c2e.js`): the `assets` map of every template's context.
    pub urls: BTreeMap<String, String>,
    /// Output path from the site root → content.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Paths inside the theme's `static/` folder that are not copied as they are: bundle parts (they ship
    /// inside their bundle) and files written under a hashed name.
    pub replaced: BTreeSet<String>,
}

impl Assets {
    fn add(&mut self, name: &str, bytes: Vec<u8>) {
        let path = format!("static/{}", hashed_name(name, &bytes));
        self.urls.insert(name.to_string(), path.clone());
        self.files.insert(path, bytes);
    }
}

/// Builds the assets the theme at `theme` declares (none without an `assets.toml`). Every problem is
/// returned: a bad manifest entry, a part that is not valid JavaScript (with its file and line).
pub fn build_assets(theme: &Theme) -> Result<Assets, Vec<Diagnostic>> {
    let Some(manifest) = AssetManifest::load(theme)? else {
        return Ok(Assets::default());
    };
    let mut assets = Assets::default();
    let mut errors = Vec::new();
    for bundle in &manifest.bundles {
        match build_bundle(theme, bundle) {
            Ok(bytes) => assets.add(&bundle.output, bytes),
            Err(mut problems) => errors.append(&mut problems),
        }
        assets.replaced.extend(bundle.parts.iter().cloned());
    }
    for name in &manifest.hashed {
        match read_file(theme, &format!("static/{name}")) {
            Ok((_, bytes)) => assets.add(name, bytes),
            Err(error) => errors.push(error),
        }
        assets.replaced.insert(name.clone());
    }
    match errors.is_empty() {
        true => Ok(assets),
        false => Err(errors),
    }
}

/// The parts of `bundle`, each minified (in parallel: they are independent), joined in order.
fn build_bundle(theme: &Theme, bundle: &BundleSpec) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let minified: Vec<Result<String, Diagnostic>> = bundle
        .parts
        .par_iter()
        .map(|part| {
            let (shown, source) = read_text(theme, &format!("static/{part}"))?;
            minify_script(&source).map_err(|error| syntax_error(&shown, &source, error))
        })
        .collect();
    let mut out = bundle_header(bundle);
    let mut errors = Vec::new();
    for part in minified {
        match part {
            // A part's last statement may lack its semicolon; the next part must not continue it.
            Ok(code) => {
                out.push_str(code.trim_end());
                out.push_str(";\n");
            }
            Err(error) => errors.push(error),
        }
    }
    match errors.is_empty() {
        true => Ok(out.into_bytes()),
        false => Err(errors),
    }
}

/// The bundle's first line, naming its parts in order. A part in the same folder as the one before it is
/// named without the folder: the line then grows by a file name per part, not by a path.
fn bundle_header(bundle: &BundleSpec) -> String {
    let mut names = Vec::with_capacity(bundle.parts.len());
    let mut folder = None;
    for part in &bundle.parts {
        let (dir, name) = part.rsplit_once('/').unwrap_or(("", part));
        names.push(if folder == Some(dir) { name } else { part.as_str() });
        folder = Some(dir);
    }
    format!("/* {}: minified from {} */\n", bundle.output, names.join(", "))
}

fn syntax_error(shown: &Path, source: &str, error: SyntaxError) -> Diagnostic {
    let diagnostic = Diagnostic::error(shown, codes::SCRIPT_SYNTAX.arg("detail", error.message))
        .with_help(msg("help-script-syntax"));
    match error.offset {
        Some(offset) => {
            let (line, column) = line_col(source, offset);
            diagnostic.at(line, column)
        }
        None => diagnostic,
    }
}

/// `name` with the first digits of its content's SHA-256 before the extension: `js/search.3f9a1c2e.js`.
fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hash: String = digest.iter().map(|b| format!("{b:02x}")).collect::<String>()[..HASH_DIGITS].to_string();
    let file_start = name.rfind('/').map_or(0, |i| i + 1);
    match name[file_start..].rfind('.') {
        Some(dot) if dot > 0 => format!("{}.{hash}{}", &name[..file_start + dot], &name[file_start + dot..]),
        _ => format!("{name}.{hash}"),
    }
}

/// A file of the theme (`rel` inside it) with the path messages show, or an error naming it.
fn read_file(theme: &Theme, rel: &str) -> Result<(PathBuf, Vec<u8>), Diagnostic> {
    match theme.file(rel) {
        (shown, Some(Ok(bytes))) => Ok((shown, bytes)),
        (shown, Some(Err(err))) => {
            Err(Diagnostic::error(&shown, codes::THEME_FILE_UNREADABLE.arg("detail", crate::fs::describe_io(&err))))
        }
        (shown, None) => Err(Diagnostic::error(&shown, codes::ASSET_MISSING.arg("path", rel))),
    }
}

/// A UTF-8 text file of the theme, or an error naming it.
fn read_text(theme: &Theme, rel: &str) -> Result<(PathBuf, String), Diagnostic> {
    let (shown, bytes) = read_file(theme, rel)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((shown, text)),
        Err(_) => Err(Diagnostic::error(&shown, codes::THEME_FILE_NOT_UTF8)),
    }
}

#[cfg(test)]
mod tests;
