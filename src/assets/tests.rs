use super::*;

/// A site root with a theme whose static folder holds `files`, and `manifest` as its assets.toml.
fn theme(files: &[(&str, &str)], manifest: &str) -> (tempfile::TempDir, Theme) {
    let root = tempfile::tempdir().expect("tempdir");
    let theme = root.path().join("themes/t");
    for (name, text) in files {
        let path = theme.join("static").join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    std::fs::write(theme.join(ASSETS_FILE), manifest).expect("manifest");
    let theme = Theme::Folder { dir: theme, root: root.path().to_path_buf() };
    (root, theme)
}

const TWO_PARTS: &str = "[[bundle]]\noutput = \"js/all.js\"\nparts = [\"js/second.js\", \"js/first.js\"]\n";

#[test]
fn hashed_names_keep_folder_and_extension() {
    let name = hashed_name("js/search.js", b"x");
    assert!(name.starts_with("js/search.") && name.ends_with(".js") && name.len() == "js/search..js".len() + 8);
    assert_ne!(name, hashed_name("js/search.js", b"y"));
    assert!(hashed_name("favicon.svg", b"x").starts_with("favicon."));
    assert!(hashed_name("js.d/LICENSE", b"x").starts_with("js.d/LICENSE."));
}

#[test]
fn a_bundle_joins_its_minified_parts_in_the_declared_order() {
    let files = [
        ("js/first.js", "(function (root) { var firstValue = 1; root.first = firstValue; })(this);\n"),
        ("js/second.js", "(function (root) { root.second = 2; })(this)\n"),
        ("style.css", "body {}"),
    ];
    let (_root, theme) = theme(&files, TWO_PARTS);
    let assets = build_assets(&theme).expect("assets");
    let path = &assets.urls["js/all.js"];
    let text = String::from_utf8(assets.files[path].clone()).expect("utf-8");
    let (second, first) = (text.find("second=2").expect("second"), text.find(".first=").expect("first"));
    assert!(second < first, "{text}");
    assert!(!text.contains("firstValue"), "minified: {text}");
    let replaced: Vec<&str> = assets.replaced.iter().map(String::as_str).collect();
    assert_eq!(replaced, ["js/first.js", "js/second.js"], "parts are not copied; other files are");
    assert_eq!(build_assets(&theme).expect("again"), assets, "the same input gives the same bytes");
}

#[test]
fn the_first_line_names_the_parts_and_each_folder_once_in_a_row() {
    let files = [("js/a/one.js", "var a = 1;\n"), ("js/a/two.js", "var b = 2;\n"), ("js/three.js", "var c = 3;\n")];
    let manifest = "[[bundle]]\noutput = \"js/all.js\"\nparts = [\"js/a/one.js\", \"js/a/two.js\", \"js/three.js\"]\n";
    let (_root, theme) = theme(&files, manifest);
    let assets = build_assets(&theme).expect("assets");
    let text = String::from_utf8(assets.files[&assets.urls["js/all.js"]].clone()).expect("utf-8");
    assert_eq!(text.lines().next(), Some("/* js/all.js: minified from js/a/one.js, two.js, js/three.js */"), "{text}");
}

#[test]
fn a_syntax_error_names_the_part_and_its_line() {
    let files = [("js/first.js", "var ok = 1;\n"), ("js/second.js", "var a = 1;\n\nif (a {\n")];
    let (_root, theme) = theme(&files, TWO_PARTS);
    let errors = build_assets(&theme).expect_err("syntax error");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, Path::new("themes/t/static/js/second.js"));
    assert_eq!(errors[0].line, Some(3), "{errors:?}");
    let message = errors[0].message_in(crate::diagnostics::Lang::En);
    assert!(message.starts_with("JavaScript syntax error"), "{message}");
}

#[test]
fn hashed_files_are_copied_under_their_hashed_name() {
    let (_root, theme) = theme(&[("style.css", "body { color: red }")], "hashed = [\"style.css\"]\n");
    let assets = build_assets(&theme).expect("assets");
    let path = &assets.urls["style.css"];
    assert!(path.starts_with("static/style.") && path.ends_with(".css"), "{path}");
    assert_eq!(assets.files[path], b"body { color: red }", "copied as it is");
}

#[test]
fn a_theme_without_a_manifest_has_no_assets() {
    let root = tempfile::tempdir().expect("tempdir");
    let theme = Theme::Folder { dir: root.path().to_path_buf(), root: root.path().to_path_buf() };
    assert_eq!(build_assets(&theme).expect("none"), Assets::default());
}
