//! `ecolib init`: a new site that builds and passes `check --strict` at once, in the languages asked for,
//! using the built-in theme or a copy of it; never written into a folder that holds anything.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use std::path::Path;
use std::process::{Command, Output};

/// Runs `ecolib <args>` in `dir`.
fn ecolib(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(args)
        .current_dir(dir)
        .env("ECOLIB_LOG", "error")
        .output()
        .expect("run ecolib")
}

fn assert_success(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} failed ({:?}):\n{}{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn init_then_build_then_check_strict_succeeds() {
    let temp = tempfile::tempdir().expect("temp dir");
    assert_success(&ecolib(temp.path(), &["init", "demo"]), "ecolib init demo");
    assert_success(&ecolib(temp.path(), &["build", "--root", "demo"]), "ecolib build --root demo");
    assert_success(&ecolib(temp.path(), &["check", "--strict", "--root", "demo"]), "ecolib check --strict");
    let demo = temp.path().join("demo");
    assert!(!demo.join("themes").exists(), "the theme is referenced, not copied");
    for page in ["index.html", "kk/index.html", "en/library/aarhus-convention-overview/index.html"] {
        assert!(demo.join("public").join(page).is_file(), "{page}");
    }
    let report = std::fs::read_to_string(demo.join("public/library/aarhus-convention-overview/index.html"))
        .expect("report page");
    assert!(report.contains("\"@type\":\"Report\""), "the declared schema.org type");
    assert!(stylesheet(&demo.join("public")).is_file(), "the built-in theme's static files are copied");
    let readme = std::fs::read_to_string(demo.join("README.md")).expect("README");
    assert!(readme.contains("ecolib new library/my-report"), "{readme}");
}

#[test]
fn init_writes_the_languages_asked_for_default_first() {
    let temp = tempfile::tempdir().expect("temp dir");
    assert_success(&ecolib(temp.path(), &["init", "site", "--lang", "en", "--lang", "kk"]), "init");
    let site = temp.path().join("site");
    let toml = std::fs::read_to_string(site.join("site.toml")).expect("site.toml");
    assert!(toml.contains("default_language = \"en\""), "{toml}");
    assert!(!toml.contains("[languages.ru]"), "{toml}");
    assert!(site.join("content/about/contacts.kk.md").is_file());
    assert!(!site.join("content/about/contacts.ru.md").exists());
    assert!(std::fs::read_to_string(site.join("README.md")).expect("README").starts_with("# Our environmental"));
    assert_success(&ecolib(temp.path(), &["check", "--strict", "--root", "site"]), "check --strict");
    for (args, needle) in [
        (&["init", "other", "--lang", "de"][..], "not \"de\""),
        (&["init", "other", "--lang", "en", "--lang", "en"][..], "given twice"),
        (&["init", "other", "--base-url", "example.org"][..], "not an absolute http(s) address"),
    ] {
        let output = ecolib(temp.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains(needle), "{args:?}");
        assert!(!temp.path().join("other").exists(), "{args:?} wrote nothing");
    }
}

#[test]
fn init_refuses_a_folder_that_holds_anything_and_leaves_it_alone() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path().join("mine");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(dir.join("notes.txt"), "my notes").expect("write");
    let output = ecolib(temp.path(), &["init", "mine"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not empty"));
    let names: Vec<_> = std::fs::read_dir(&dir).expect("read").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names, ["notes.txt"]);
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).expect("read"), "my notes");
    // An empty folder is fine.
    let empty = temp.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    assert_success(&ecolib(temp.path(), &["init", "empty", "--lang", "ru"]), "init into an empty folder");
}

#[test]
fn a_copied_theme_is_the_one_the_site_uses() {
    let temp = tempfile::tempdir().expect("temp dir");
    assert_success(&ecolib(temp.path(), &["init", "site", "--copy-theme", "--lang", "en"]), "init --copy-theme");
    let site = temp.path().join("site");
    let repo_theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    for rel in ["templates/page.html", "i18n/kk.toml", "static/style.css", "static/js/search/engine.js"] {
        assert_eq!(
            std::fs::read(site.join("themes/default").join(rel)).expect("copied"),
            std::fs::read(repo_theme.join(rel)).expect("repository theme"),
            "{rel}"
        );
    }
    let css = site.join("themes/default/static/style.css");
    let edited = format!("{}\n/* edited by the site */\n", std::fs::read_to_string(&css).expect("css"));
    std::fs::write(&css, edited).expect("edit");
    assert_success(&ecolib(temp.path(), &["build", "--root", "site"]), "build");
    let built = std::fs::read_to_string(stylesheet(&site.join("public"))).expect("built css");
    assert!(built.contains("edited by the site"), "the site's copy wins over the built-in theme");
}

/// The site's stylesheet, named by its content's hash (`static/style.<hash>.css`).
fn stylesheet(public: &std::path::Path) -> std::path::PathBuf {
    let names: Vec<std::path::PathBuf> = std::fs::read_dir(public.join("static"))
        .expect("static")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("style.") && n.ends_with(".css"))
        })
        .collect();
    assert_eq!(names.len(), 1, "one stylesheet: {names:?}");
    names[0].clone()
}
