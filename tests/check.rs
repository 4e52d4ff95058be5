//! `ecolib check`: every editorial problem of a seeded fixture is reported at its file (and line), the
//! real library passes `--strict`, and a broken template fails check although check writes nothing.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

mod support;

use support::{repo, SiteTest};

/// Names that would make this repository unclonable on Windows or macOS are created by the test.
fn seed_unsafe_names(site: &SiteTest) {
    for name in ["Notes.txt", "notes.txt", "what?.txt"] {
        site.write(&format!("content/docs/{name}"), "x");
    }
}

#[test]
fn seeded_problems_are_all_reported_at_their_place() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    seed_unsafe_names(&site);
    let run = site.run(&["check", "--today", "2026-11-25"]);
    let out = &run.stdout;
    for expected in [
        "── content/docs/first.md",
        "no en translation, which the section promises",
        "review was due on 2021-01-01",
        "content/docs/first.md:6:1",
        "an image has no description (alt text)",
        "content/docs/first.md:13:1",
        "the title «Одинаковый заголовок» is also used by content/docs/first.md",
        "content/docs/second.md:2:1",
        "differs from content/docs/Notes.txt only in upper/lower case",
        "the name «what?.txt» cannot be copied to a USB stick",
    ] {
        assert!(out.contains(expected), "missing «{expected}» in:\n{out}");
    }
    assert!(!out.contains("second.md: warning: no en translation"), "second.md has its translation");
    assert_eq!(run.code, 1, "unsafe names are errors:\n{out}");
    assert!(!site.exists("index.html"), "check writes nothing");
}

#[test]
fn warnings_fail_only_with_strict_and_json_is_machine_readable() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    assert_eq!(site.run(&["check", "--today", "2026-11-25"]).code, 0);
    assert_eq!(site.run(&["check", "--today", "2026-11-25", "--strict"]).code, 1);
    let json = site.run(&["check", "--today", "2026-11-25", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(report["errors"], 0);
    assert_eq!(report["warnings"], 4, "{}", json.stdout);
    let first = &report["diagnostics"][0];
    assert_eq!(first["path"], "content/docs/first.md");
    assert_eq!(first["severity"], "warning");
}

#[test]
fn a_broken_template_fails_check() {
    let site = SiteTest::fixture("good-site");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block content %}{{ page.nope.deeper }}{% endblock content %}",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("templates/page.html"), "{}", run.stdout);
}

#[test]
fn the_real_library_passes_strict_check() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(["check", "--strict", "--root"])
        .arg(repo())
        .output()
        .expect("run ecolib");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("0 error(s), 0 warning(s)"), "{stdout}");
}
