//! Where a site's theme comes from: `themes/<name>/` in the site, or, for `theme = "default"` when the
//! site has no such folder, the default theme built into the binary. A site made by `ecolib init` thus
//! needs no copy of the theme and gets the fixes of every new ecolib; a site that wants to change the
//! theme copies it (`ecolib init --copy-theme`, or by hand) and its folder then wins.

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir, DirEntry};
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{codes, msg, Diagnostic};

/// The theme every site can use without a copy.
pub const BUILTIN_THEME: &str = "default";

/// The default theme as it was when this binary was built.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// How a built-in theme file is named in messages: it is not in the site.
const BUILTIN_SHOWN: &str = "(built-in theme default)";

/// A theme: a folder in the site, or the built-in default theme.
#[derive(Debug, Clone)]
pub enum Theme {
    /// `themes/<name>/` under the site root, and that root (for paths in messages).
    Folder {
        dir: PathBuf,
        root: PathBuf,
    },
    Builtin,
}

/// A file of the theme's `static/` folder: on disk, or in the binary.
pub enum StaticSource {
    Path(PathBuf),
    Bytes(&'static [u8]),
}

/// A text file of the theme: the path shown in messages and its text.
pub type ThemeText = (PathBuf, std::io::Result<String>);

impl Theme {
    /// The site's `themes/<name>/`, else the built-in theme for `default`.
    pub fn locate(root: &Path, config: &Config) -> Result<Theme, Diagnostic> {
        let dir = root.join("themes").join(&config.theme);
        if dir.is_dir() {
            return Ok(Theme::Folder { dir, root: root.to_path_buf() });
        }
        if config.theme == BUILTIN_THEME {
            return Ok(Theme::Builtin);
        }
        let message = codes::THEME_NOT_FOUND.arg("theme", config.theme.as_str()).arg("path", dir.as_path());
        Err(Diagnostic::error("site.toml", message).with_help(msg("help-theme")))
    }

    /// The templates (`templates/**/*.html|xml|txt`) by name, in name order.
    pub fn templates(&self) -> Vec<(String, ThemeText)> {
        match self {
            Theme::Folder { dir, root } => folder_templates(&dir.join("templates"), root),
            Theme::Builtin => builtin_files("templates")
                .into_iter()
                .filter(|(name, _)| is_template(name))
                .map(|(name, bytes)| {
                    let shown = Path::new(BUILTIN_SHOWN).join("templates").join(&name);
                    (name, (shown, utf8(bytes)))
                })
                .collect(),
        }
    }

    /// The interface strings of one language: `i18n/<lang>.toml`.
    pub fn i18n(&self, lang: &str) -> ThemeText {
        let rel = format!("i18n/{lang}.toml");
        match self {
            Theme::Folder { dir, root } => {
                let path = dir.join(&rel);
                (shown(root, &path), std::fs::read_to_string(&path))
            }
            Theme::Builtin => {
                let text = BUILTIN.get_file(&rel).map(|f| f.contents()).ok_or_else(not_found).and_then(utf8);
                (Path::new(BUILTIN_SHOWN).join(rel), text)
            }
        }
    }

    /// The files of `static/`, by path inside it, in path order.
    pub fn static_files(&self) -> Vec<(String, StaticSource)> {
        match self {
            Theme::Folder { dir, .. } => folder_files(&dir.join("static"))
                .into_iter()
                .map(|(rel, path)| (rel, StaticSource::Path(path)))
                .collect(),
            Theme::Builtin => {
                builtin_files("static").into_iter().map(|(rel, bytes)| (rel, StaticSource::Bytes(bytes))).collect()
            }
        }
    }

    /// One file of the theme by its path inside the theme (`assets.toml`, `static/js/x.js`): the path shown
    /// in messages, and its bytes (`None` when the theme has no such file).
    pub fn file(&self, rel: &str) -> (PathBuf, Option<std::io::Result<Vec<u8>>>) {
        match self {
            Theme::Folder { dir, root } => {
                let path = dir.join(rel);
                let bytes = path.is_file().then(|| std::fs::read(&path));
                (shown(root, &path), bytes)
            }
            Theme::Builtin => {
                let bytes = BUILTIN.get_file(rel).map(|f| Ok(f.contents().to_vec()));
                (Path::new(BUILTIN_SHOWN).join(rel), bytes)
            }
        }
    }

    /// One file of `static/` as text (empty when missing).
    pub fn static_text(&self, rel: &str) -> String {
        match self {
            Theme::Folder { dir, .. } => std::fs::read_to_string(dir.join("static").join(rel)).unwrap_or_default(),
            Theme::Builtin => BUILTIN
                .get_file(format!("static/{rel}"))
                .and_then(|f| f.contents_utf8())
                .unwrap_or_default()
                .to_string(),
        }
    }
}

/// The templates in `dir` (a theme's `templates/` or the site's overrides) by name, in name order; paths
/// in messages are relative to `root`.
pub fn folder_templates(dir: &Path, root: &Path) -> Vec<(String, ThemeText)> {
    folder_files(dir)
        .into_iter()
        .filter(|(name, _)| is_template(name))
        .map(|(name, path)| (name, (shown(root, &path), std::fs::read_to_string(&path))))
        .collect()
}

/// Every file of the built-in theme by path inside it (for `ecolib init --copy-theme`).
pub fn builtin_theme_files() -> Vec<(String, &'static [u8])> {
    let mut files = Vec::new();
    collect(&BUILTIN, &mut files);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(sub) => collect(sub, out),
            DirEntry::File(file) => {
                out.push((file.path().to_string_lossy().replace('\\', "/"), file.contents()));
            }
        }
    }
}

/// The built-in files under `folder`, by path inside it.
fn builtin_files(folder: &str) -> Vec<(String, &'static [u8])> {
    let prefix = format!("{folder}/");
    builtin_theme_files()
        .into_iter()
        .filter_map(|(path, bytes)| Some((path.strip_prefix(&prefix)?.to_string(), bytes)))
        .collect()
}

/// The files under `dir` by `/`-separated path inside it, in path order.
fn folder_files(dir: &Path) -> Vec<(String, PathBuf)> {
    WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(dir).ok()?;
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            Some((rel, e.path().to_path_buf()))
        })
        .collect()
}

fn is_template(name: &str) -> bool {
    matches!(Path::new(name).extension().and_then(|x| x.to_str()), Some("html" | "xml" | "txt"))
}

fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

fn not_found() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::NotFound, "the built-in theme has no such file")
}

fn utf8(bytes: &[u8]) -> std::io::Result<String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in theme is the repository's `themes/default`, file for file.
    #[test]
    fn the_builtin_theme_is_the_repositorys_default_theme() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let mut on_disk: Vec<(String, Vec<u8>)> =
            folder_files(&dir).into_iter().map(|(rel, path)| (rel, std::fs::read(path).expect("read"))).collect();
        on_disk.sort();
        let built_in: Vec<(String, Vec<u8>)> =
            builtin_theme_files().into_iter().map(|(rel, bytes)| (rel, bytes.to_vec())).collect();
        assert_eq!(on_disk, built_in);
        let templates = Theme::Builtin.templates();
        assert!(templates.iter().any(|(name, _)| name == "page.html"), "{:?}", templates.len());
        assert!(Theme::Builtin.i18n("kk").1.is_ok());
        assert!(Theme::Builtin.i18n("de").1.is_err());
    }
}
