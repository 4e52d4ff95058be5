//! Which file events matter to the preview: editor temporaries, hidden files, the output and the cache are
//! ignored, so a save that writes `.page.md.swp` then renames it rebuilds once, not three times. Pure, so the
//! rules are table-tested.

use std::path::Path;

/// True when a change to `path` (inside `root`) can change the site.
pub fn is_relevant(root: &Path, path: &Path, output_dir: &str) -> bool {
    let Ok(rel) = path.strip_prefix(root) else { return false };
    let mut components = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
    let Some(first) = components.next() else { return false };
    if first == output_dir || first == "target" || first.starts_with('.') {
        return false;
    }
    let name = rel.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || name == "4913"; // vim's write test file
    let hidden_dir = rel.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    !temporary && !hidden_dir && matches!(first.as_str(), "content" | "themes" | "templates" | "static" | "site.toml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevant_paths_table() {
        let root = Path::new("/site");
        let cases = [
            ("/site/content/a.md", true),
            ("/site/content/guides/form.pdf", true),
            ("/site/site.toml", true),
            ("/site/themes/default/templates/page.html", true),
            ("/site/templates/page.html", true),
            ("/site/content/.a.md.swp", false),
            ("/site/content/a.md~", false),
            ("/site/content/#a.md#", false),
            ("/site/content/.#a.md", false),
            ("/site/content/4913", false),
            ("/site/content/a.md.tmp", false),
            ("/site/public/index.html", false),
            ("/site/.ecolib-cache/search/meta.json", false),
            ("/site/.git/index", false),
            ("/site/content/.hidden/a.md", false),
            ("/site/README.md", false),
            ("/elsewhere/content/a.md", false),
        ];
        for (path, expected) in cases {
            assert_eq!(is_relevant(root, Path::new(path), "public"), expected, "{path}");
        }
    }
}
