//! The theme's asset manifest, `themes/<name>/assets.toml`: which scripts are bundled, in which order, and
//! which static files get a content-hashed name. Declared by the theme, so a theme that adds, drops or
//! reorders a part changes one list and no code. Paths are inside the theme's `static/` folder.

use std::ops::Range;
use std::path::{Component, Path};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::{codes, line_col, msg, Diagnostic, Message};
use crate::templates::Theme;

/// The manifest's file name, in the theme's folder.
pub const ASSETS_FILE: &str = "assets.toml";

/// `assets.toml` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    hashed: Vec<Spanned<String>>,
    #[serde(default)]
    bundle: Vec<BundleFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleFile {
    output: Spanned<String>,
    parts: Vec<Spanned<String>>,
}

/// One script made of several: `parts` joined in order, minified, written as `output` with a hash in its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleSpec {
    pub output: String,
    pub parts: Vec<String>,
}

/// The checked manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssetManifest {
    pub bundles: Vec<BundleSpec>,
    /// Static files copied under a name that carries a hash of their content.
    pub hashed: Vec<String>,
}

impl AssetManifest {
    /// Reads and checks the manifest of `theme`; `None` when the theme has none (its static files are then
    /// copied as they are).
    pub fn load(theme: &Theme) -> Result<Option<AssetManifest>, Vec<Diagnostic>> {
        if theme.file(ASSETS_FILE).1.is_none() {
            return Ok(None);
        }
        let (shown, text) = super::read_text(theme, ASSETS_FILE).map_err(|diagnostic| vec![diagnostic])?;
        let exists = |rel: &str| theme.file(&format!("static/{rel}")).1.is_some();
        AssetManifest::parse(&text, &shown, &exists).map(Some)
    }

    /// Parses `text` and checks every path with `exists` (is it a file of the theme's static folder?).
    pub fn parse(text: &str, shown: &Path, exists: &dyn Fn(&str) -> bool) -> Result<AssetManifest, Vec<Diagnostic>> {
        let raw: ManifestFile = toml::from_str(text).map_err(|err| {
            let mut diagnostic = Diagnostic::error(shown, codes::ASSETS_SYNTAX.arg("detail", err.message()));
            if let Some(span) = err.span() {
                let (line, col) = line_col(text, span.start);
                diagnostic = diagnostic.at(line, col);
            }
            vec![diagnostic.with_help(msg("help-assets"))]
        })?;
        let mut problems = Vec::new();
        let mut check = |path: &Spanned<String>, what: Want| -> String {
            if let Some(problem) = path_problem(path.get_ref(), exists, what) {
                problems.push(at_span(Diagnostic::error(shown, problem), text, path.span()));
            }
            path.get_ref().clone()
        };
        let hashed = raw.hashed.iter().map(|path| check(path, Want::File)).collect();
        let bundles: Vec<BundleSpec> = raw
            .bundle
            .iter()
            .map(|bundle| BundleSpec {
                output: check(&bundle.output, Want::ScriptName),
                parts: bundle.parts.iter().map(|part| check(part, Want::Script)).collect(),
            })
            .collect();
        for (i, bundle) in raw.bundle.iter().enumerate() {
            if bundle.parts.is_empty() {
                let message = codes::BUNDLE_EMPTY.arg("output", bundle.output.get_ref().as_str());
                problems.push(at_span(Diagnostic::error(shown, message), text, bundle.output.span()));
            }
            if bundles[..i].iter().any(|earlier| earlier.output == *bundle.output.get_ref()) {
                let message = codes::BUNDLE_TWICE.arg("output", bundle.output.get_ref().as_str());
                problems.push(at_span(Diagnostic::error(shown, message), text, bundle.output.span()));
            }
        }
        match problems.is_empty() {
            true => Ok(AssetManifest { bundles, hashed }),
            false => Err(problems),
        }
    }
}

/// What a path in the manifest must name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// An existing file of the static folder.
    File,
    /// An existing `.js` file of the static folder.
    Script,
    /// The name of a script to write.
    ScriptName,
}

/// Why `path` cannot be used, if it cannot.
fn path_problem(path: &str, exists: &dyn Fn(&str) -> bool, want: Want) -> Option<Message> {
    let inside = !path.is_empty()
        && !path.contains('\\')
        && Path::new(path).components().all(|c| matches!(c, Component::Normal(_)));
    if !inside {
        return Some(codes::ASSET_PATH_OUTSIDE.arg("path", path));
    }
    if want != Want::File && !path.ends_with(".js") {
        return Some(codes::ASSET_NOT_SCRIPT.arg("path", path));
    }
    if want != Want::ScriptName && !exists(path) {
        return Some(codes::ASSET_MISSING.arg("path", path));
    }
    None
}

fn at_span(diagnostic: Diagnostic, text: &str, span: Range<usize>) -> Diagnostic {
    let (line, col) = line_col(text, span.start);
    diagnostic.at(line, col).with_help(msg("help-asset-paths"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files of a static folder: js/a.js, js/b.js, style.css.
    fn exists(rel: &str) -> bool {
        ["js/a.js", "js/b.js", "style.css"].contains(&rel)
    }

    #[test]
    fn reads_bundles_in_their_order_and_hashed_files() {
        let text = "hashed = [\"style.css\"]\n[[bundle]]\noutput = \"js/all.js\"\nparts = [\"js/b.js\", \"js/a.js\"]\n";
        let manifest = AssetManifest::parse(text, Path::new("assets.toml"), &exists).expect("parse");
        assert_eq!(manifest.hashed, ["style.css"]);
        assert_eq!(
            manifest.bundles,
            [BundleSpec { output: "js/all.js".into(), parts: vec!["js/b.js".into(), "js/a.js".into()] }]
        );
    }

    #[test]
    fn every_bad_path_is_named_at_its_line() {
        let text = "[[bundle]]\noutput = \"../all.js\"\nparts = [\n  \"js/a.js\",\n  \"js/missing.js\",\n  \"style.css\",\n]\n";
        let errors = AssetManifest::parse(text, Path::new("assets.toml"), &exists).expect_err("bad");
        let lines: Vec<_> = errors.iter().map(|e| (e.line, e.message_in(crate::diagnostics::Lang::En))).collect();
        assert_eq!(errors.len(), 3, "{lines:?}");
        assert_eq!(lines[0].0, Some(2));
        assert!(lines[1].1.contains("js/missing.js") && lines[1].0 == Some(5), "{lines:?}");
        assert!(lines[2].1.contains("not a script") && lines[2].0 == Some(6), "{lines:?}");
    }

    #[test]
    fn unknown_keys_and_repeated_outputs_are_errors() {
        let unknown = AssetManifest::parse("[[bundle]]\nout = \"x.js\"\n", Path::new("assets.toml"), &exists);
        let unknown = unknown.expect_err("unknown key")[0].message_in(crate::diagnostics::Lang::En);
        assert!(unknown.contains("unknown field"), "{unknown}");
        let twice = "[[bundle]]\noutput = \"js/x.js\"\nparts = [\"js/a.js\"]\n[[bundle]]\noutput = \"js/x.js\"\nparts = [\"js/b.js\"]\n";
        let errors = AssetManifest::parse(twice, Path::new("assets.toml"), &exists).expect_err("twice");
        assert_eq!((errors[0].line, errors.len()), (Some(5), 1), "{errors:?}");
    }
}
