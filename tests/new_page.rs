//! `ecolib new`: a page with the full front matter of its type, a transliterated slug, no overwriting.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

mod support;

use support::SiteTest;

#[test]
fn new_guide_has_every_required_field_and_builds_once_filled() {
    let site = SiteTest::fixture("good-site");
    let run = site.run(&["new", "guides", "--type", "guide", "--title", "Как подать жалобу", "--today", "2026-11-25"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = site.root.join("content/guides/kak-podat-zhalobu.md");
    let text = std::fs::read_to_string(&path).expect("the new page");
    for field in [
        "title: \"Как подать жалобу\"",
        "doc_type: guide",
        "date: 2026-11-25",
        "topics: [] # one or more of: oil-spills",
        "sources:",
        "guide:",
        "audience: [citizens]",
    ] {
        assert!(text.contains(field), "missing {field} in\n{text}");
    }
    // Filled in as an editor would, the page builds.
    let filled = text
        .replace("summary: \"\"", "summary: \"Кратко.\"")
        .replace("topics: []", "topics: [public-hearings]")
        .replace("title: \"\"\n    url: \"https://\"", "title: \"Закон\"\n    url: \"https://adilet.zan.kz/\"");
    std::fs::write(&path, filled).expect("write");
    site.build().assert_ok();
    assert!(site.exists("guides/kak-podat-zhalobu/index.html"));
}

#[test]
fn new_refuses_to_overwrite_and_names_translations() {
    let site = SiteTest::fixture("good-site");
    let run = site.run(&["new", "guides/request"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    let run = site.run(&["new", "docs/convention", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(site.root.join("content/docs/convention.en.md")).expect("translation");
    let original = std::fs::read_to_string(site.root.join("content/docs/convention.md")).expect("original");
    assert!(text.contains("# Translation of convention.md"), "{text}");
    assert!(text.ends_with(original.trim_start_matches("---\n")), "the translation starts from the original:\n{text}");
    site.build().assert_ok();
    let run = site.run(&["new", "docs/other", "--type", "guid"]);
    assert!(run.stderr.contains("did you mean \"guide\"?"), "{}", run.stderr);
    assert_eq!(site.run(&["new", "nowhere/page"]).code, 1, "an unknown section is refused");
}
