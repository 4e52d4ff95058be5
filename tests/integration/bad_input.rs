//! Bad input: every way an editor can break a site must fail the build with exit code 1, name the file and
//! the line (codespan style, `┌─ content/docs/x.md:7:3`), say what is wrong and how to fix it, and leave the
//! previous `public/` exactly as it was (DESIGN.md §1 "write", §2, §6).
//!
//! Each test builds the good fixture site, breaks it in one place with a fixture from
//! `tests/fixtures/bad-input/<case>/` laid over it, builds again and checks the report.
//!
//! Tests marked `#[ignore = "bug: …"]` assert the behaviour the tool should have and does not yet; run them
//! with `cargo test --test integration bad_input:: -- --ignored`.

// Tests may panic on broken fixtures; this also covers the shared harness in support/.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use crate::support;

use std::collections::BTreeMap;

use support::{Run, SiteTest};

/// One diagnostic as printed on stderr.
#[derive(Debug)]
struct Reported {
    /// The first line without the `error: ` prefix.
    message: String,
    /// `content/docs/x.md:7:3` from `┌─ …`, or `content/docs/x.md` from a `= in …` note.
    location: String,
    /// Text after `= help: `.
    help: String,
    /// The whole block, for failure messages.
    text: String,
}

impl Reported {
    /// `path:line` of the location (`content/docs/x.md:7`), or just the path when no line is given.
    fn path_line(&self) -> String {
        let mut parts = self.location.splitn(3, ':');
        match (parts.next(), parts.next()) {
            (Some(path), Some(line)) => format!("{path}:{line}"),
            (Some(path), None) => path.to_string(),
            _ => String::new(),
        }
    }

    fn path(&self) -> &str {
        self.location.split(':').next().unwrap_or("")
    }
}

/// Splits stderr into the reported errors (warnings are skipped).
fn errors(run: &Run) -> Vec<Reported> {
    let mut out: Vec<Reported> = Vec::new();
    let mut in_error = false;
    for line in run.stderr.lines() {
        if let Some(rest) = line.strip_prefix("error") {
            // `error: msg` or `error[code]: msg`.
            let message = rest.split_once(": ").map_or(rest, |(_, m)| m).to_string();
            out.push(Reported { message, location: String::new(), help: String::new(), text: format!("{line}\n") });
            in_error = true;
            continue;
        }
        // A warning, or the closing summary (`1 error(s), 0 warning(s): …`), ends the current error.
        if line.starts_with("warning") || line.contains(" error(s), ") {
            in_error = false;
            continue;
        }
        if !in_error {
            continue;
        }
        let Some(current) = out.last_mut() else {
            continue;
        };
        current.text.push_str(line);
        current.text.push('\n');
        let trimmed = line.trim_start();
        if let Some((_, location)) = line.split_once("┌─ ") {
            current.location = location.trim().to_string();
        } else if let Some(note) = trimmed.strip_prefix("= in ") {
            if current.location.is_empty() {
                current.location = note.trim().to_string();
            }
        } else if let Some(help) = trimmed.strip_prefix("= help: ") {
            current.help = help.trim().to_string();
        }
    }
    out
}

/// The one error of the run; fails when there are none or several.
fn only_error(run: &Run) -> Reported {
    let mut all = errors(run);
    assert_eq!(all.len(), 1, "expected exactly one error, stderr:\n{}", run.stderr);
    all.remove(0)
}

/// The good site, built; then `case` laid over it.
fn broken(case: &str) -> (SiteTest, BTreeMap<String, Vec<u8>>) {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    assert!(!before.is_empty(), "the good site produced no output");
    site.overlay(&format!("bad-input/{case}"));
    (site, before)
}

/// Exit code 1, no panic, previous output byte for byte as it was, no staging folder left beside it.
fn assert_rejected(site: &SiteTest, before: &BTreeMap<String, Vec<u8>>, run: &Run) {
    assert_eq!(run.code, 1, "exit code must be 1, stderr:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "ecolib panicked:\n{}", run.stderr);
    assert!(!errors(run).is_empty(), "no error printed, stderr:\n{}", run.stderr);
    let after = site.snapshot();
    if &after != before {
        let changed: Vec<&String> =
            before.keys().chain(after.keys()).filter(|k| before.get(*k) != after.get(*k)).collect();
        panic!("the failed build touched public/: {changed:?}\nstderr:\n{}", run.stderr);
    }
    let leftovers: Vec<String> = std::fs::read_dir(&site.root)
        .expect("read site root")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| {
            // .ecolib-cache holds the search index of the last good build.
            name != "public"
                && name != ".ecolib-cache"
                && (name.contains("public") || name.contains("staging") || name.starts_with('.'))
        })
        .collect();
    assert!(leftovers.is_empty(), "left beside public/: {leftovers:?}");
}

fn assert_contains(haystack: &str, needle: &str, what: &str, run: &Run) {
    assert!(haystack.contains(needle), "{what} {haystack:?} lacks {needle:?}; stderr:\n{}", run.stderr);
}

#[test]
fn unclosed_front_matter() {
    let (site, before) = broken("unclosed-front-matter");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/unclosed.md:1", "{}", e.text);
    assert_contains(&e.message, "front matter is not closed", "message", &run);
    assert_contains(&e.help, "add a line `---`", "help", &run);
}

#[test]
fn yaml_syntax_error_reports_the_line_in_the_md_file() {
    let (site, before) = broken("yaml-syntax-error");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    // ` - второй` is line 7 of the .md file (line 6 of the YAML between the `---` lines).
    assert_eq!(e.path_line(), "content/docs/yaml-syntax.md:7", "{}", e.text);
    assert_contains(&e.text, " - второй", "snippet", &run);
    assert_contains(&e.message, "did not find expected key", "message", &run);
    assert_contains(&e.help, "check the YAML syntax", "help", &run);
}

#[test]
fn yaml_error_message_does_not_contradict_the_reported_line() {
    let (site, before) = broken("yaml-message-line");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/yaml-list.md:6", "{}", e.text);
    assert_contains(&e.message, "did not find expected ',' or ']'", "message", &run);
    assert!(!e.message.contains("at line 5"), "the message names YAML line 5 while the file line is 6:\n{}", e.text);
}

#[test]
fn wrong_type() {
    let (site, before) = broken("wrong-type");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/wrong-type.md:5", "{}", e.text);
    assert_contains(&e.message, "topics: invalid type: integer `5`, expected a sequence", "message", &run);
    assert_contains(&e.help, "lists are [a, b]", "help", &run);
}

#[test]
fn page_with_bad_front_matter_is_not_reported_missing_by_pages_linking_to_it() {
    let (site, before) = broken("broken-linked-page");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    assert!(
        !run.stderr.contains("there is no content/docs/convention.md"),
        "content/docs/convention.md exists; only its front matter is wrong:\n{}",
        run.stderr
    );
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/convention.md:7", "{}", e.text);
    assert_contains(&e.message, "topics: invalid type", "message", &run);
}

#[test]
fn bad_date() {
    let (site, before) = broken("bad-date");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/bad-date.md:5", "{}", e.text);
    assert_contains(&e.message, "invalid date \"2006-13-45\"", "message", &run);
    assert_contains(&e.help, "YYYY-MM-DD", "help", &run);
}

#[test]
fn unknown_doc_type_suggests_the_closest() {
    let (site, before) = broken("unknown-doc-type");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/unknown-type.md:4", "{}", e.text);
    assert_contains(&e.message, "unknown doc_type \"gide\"", "message", &run);
    assert_contains(&e.help, "did you mean \"guide\"?", "help", &run);
}

#[test]
fn misspelled_topic_suggests_the_closest() {
    let (site, before) = broken("misspelled-topic");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/misspelled-topic.md:5", "{}", e.text);
    assert_contains(&e.message, "unknown topic \"oil-spil\"", "message", &run);
    assert_eq!(e.help, "did you mean \"oil-spills\"?", "{}", e.text);
}

#[test]
fn unknown_front_matter_field() {
    let (site, before) = broken("unknown-field");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/unknown-field.md:5", "{}", e.text);
    assert_eq!(e.message, "unknown field `titel`", "{}", e.text);
}

#[test]
fn unknown_front_matter_field_suggests_the_closest() {
    let (site, before) = broken("unknown-field");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_contains(&e.help, "did you mean", "help", &run);
    assert_contains(&e.help, "title", "help", &run);
}

#[test]
fn broken_internal_link() {
    let (site, before) = broken("broken-internal-link");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/broken-link.md:8", "{}", e.text);
    assert_contains(&e.message, "broken internal link: there is no content/docs/nope.md", "message", &run);
    assert!(!e.help.is_empty(), "no help:\n{}", e.text);
}

#[test]
fn broken_internal_link_suggests_only_documented_link_forms() {
    let (site, before) = broken("broken-internal-link");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert!(!e.help.contains("@/docs.md"), "help suggests @/docs.md:\n{}", e.text);
}

#[test]
fn broken_anchor_lists_the_headings() {
    let (site, before) = broken("broken-anchor");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/broken-anchor.md:8", "{}", e.text);
    assert_contains(&e.message, "broken anchor", "message", &run);
    assert_contains(&e.message, "\"nowhere\"", "message", &run);
    assert_contains(&e.help, "#статус", "help", &run);
}

#[test]
fn missing_attachment() {
    let (site, before) = broken("missing-attachment");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path(), "content/guides/request.md", "{}", e.text);
    assert_contains(&e.message, "attachment \"missing.docx\" does not exist", "message", &run);
    assert_contains(&e.help, "content/guides/missing.docx", "help", &run);
}

#[test]
fn missing_attachment_points_at_its_entry() {
    let (site, before) = broken("missing-attachment");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/guides/request.md:11", "{}", e.text);
}

#[test]
fn missing_image() {
    let (site, before) = broken("missing-image");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/missing-image.md:8", "{}", e.text);
    assert_contains(&e.message, "\"nope.png\" does not exist", "message", &run);
    assert_contains(&e.message, "content/docs/nope.png", "message", &run);
    assert_contains(&e.help, "beside the page", "help", &run);
}

#[test]
fn invalid_utf8() {
    let (site, before) = broken("invalid-utf8");
    // The fixture marks the place; the bytes 0xFF 0xFE go there (line 8, after `Текст `).
    let rel = "content/docs/bad-bytes.md";
    let text = std::fs::read(site.root.join(rel)).expect("fixture");
    let marker = b"{{FF FE}}";
    let at = text.windows(marker.len()).position(|w| w == marker).expect("marker in fixture");
    let mut bytes = text[..at].to_vec();
    bytes.extend_from_slice(&[0xFF, 0xFE]);
    bytes.extend_from_slice(&text[at + marker.len()..]);
    site.write(rel, bytes);
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.location, "content/docs/bad-bytes.md:8:7", "{}", e.text);
    assert_contains(&e.message, "not valid UTF-8", "message", &run);
    assert_contains(&e.help, "UTF-8", "help", &run);
}

#[test]
fn two_pages_claiming_one_url() {
    let (site, before) = broken("slug-collision");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path(), "content/docs/extra.md", "{}", e.text);
    assert_contains(&e.message, "two pages claim the URL /docs/convention/", "message", &run);
    assert_contains(&e.message, "content/docs/convention.md", "message", &run);
    assert_contains(&e.message, "content/docs/extra.md", "message", &run);
    assert_contains(&e.help, "`slug:`", "help", &run);
}

#[test]
fn two_pages_claiming_one_url_points_at_the_slug() {
    let (site, before) = broken("slug-collision");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/extra.md:5", "{}", e.text);
}

#[test]
fn slug_escaping_the_output() {
    let (site, before) = broken("slug-escaping");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/escaping-slug.md:5", "{}", e.text);
    assert_contains(&e.message, "slug \"../../etc\"", "message", &run);
    assert_contains(&e.help, "no / or ..", "help", &run);
    assert!(!site.root.join("etc").exists(), "a page was written outside public/");
}

#[test]
fn alias_escaping_the_output() {
    let (site, before) = broken("alias-escaping");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/escaping-alias.md:5", "{}", e.text);
    assert_contains(&e.message, "alias \"../../x/\" is not a path inside the site", "message", &run);
    assert_contains(&e.help, "relative to the site root", "help", &run);
    let outside = site.root.parent().expect("temp dir").join("x");
    assert!(!outside.exists() && !site.root.join("x").exists(), "a redirect was written outside public/");
}

#[test]
fn template_syntax_error() {
    let (site, before) = broken("template-syntax-error");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    // Tera notices the unclosed `{% if %}` (line 5) at `{% endblock %}`, line 8.
    assert_eq!(e.path_line(), "templates/page.html:8", "{}", e.text);
    assert_contains(&e.message, "unexpected tag", "message", &run);
    assert_contains(&e.help, "every {% tag %} needs its {% end… %}", "help", &run);
}

#[test]
fn template_syntax_error_message_has_no_raw_parser_location() {
    let (site, before) = broken("template-syntax-error");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert!(!e.message.contains("-->"), "raw parser location in the message:\n{}", e.text);
}

#[test]
fn template_runtime_error() {
    let (site, before) = broken("template-runtime-error");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let all = errors(&run);
    // One per page rendered with page.html, each naming the template line and the page.
    let pages = ["content/docs/convention.md", "content/docs/protocol.md", "content/guides/request.md"];
    assert_eq!(all.len(), pages.len(), "stderr:\n{}", run.stderr);
    for (e, page) in all.iter().zip(pages) {
        assert_eq!(e.path_line(), "templates/page.html:5", "{}", e.text);
        assert_contains(&e.message, "`page.nonexistent.field` not found", "message", &run);
        assert_contains(&e.message, &format!("while rendering {page}"), "message", &run);
        assert_contains(&e.help, "check the variable", "help", &run);
    }
}

#[test]
fn link_starting_with_slash() {
    let (site, before) = broken("root-relative-link");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), "content/docs/root-link.md:8", "{}", e.text);
    assert_contains(&e.message, "\"/docs/convention/\" starts with /", "message", &run);
    assert_contains(&e.message, "USB", "message", &run);
    assert_contains(&e.help, "@/section/page.md", "help", &run);
}

#[test]
fn missing_required_field_for_the_type() {
    let (site, before) = broken("missing-required-field");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    // A missing field has no line of its own; the tool points at the first field, `title:`.
    assert_eq!(e.path_line(), "content/docs/protocol.md:2", "{}", e.text);
    assert_contains(&e.message, "`review_by` is missing", "message", &run);
    assert_contains(&e.help, "review_by: YYYY-MM-DD", "help", &run);
}

#[test]
fn three_errors_in_three_files_are_all_reported_sorted_by_file() {
    let (site, before) = broken("three-errors");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let all = errors(&run);
    let got: Vec<(String, &str)> = all.iter().map(|e| (e.path_line(), e.message.as_str())).collect();
    assert_eq!(all.len(), 3, "stderr:\n{}", run.stderr);
    assert_eq!(all[0].path_line(), "content/docs/extra.md:4", "{got:?}");
    assert_contains(&all[0].message, "unknown doc_type \"protocl\"", "message", &run);
    assert_contains(&all[0].help, "did you mean \"protocol\"?", "help", &run);
    assert_eq!(all[1].path_line(), "content/docs/protocol.md:7", "{got:?}");
    assert_contains(&all[1].message, "unknown topic \"oil-spil\"", "message", &run);
    assert_eq!(all[2].path_line(), "content/guides/request.md:5", "{got:?}");
    assert_contains(&all[2].message, "invalid date \"2024-02-30\"", "message", &run);
}

#[test]
fn errors_of_different_stages_in_three_files_are_all_reported() {
    let (site, before) = broken("errors-across-stages");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let all = errors(&run);
    let got: Vec<(String, &str)> = all.iter().map(|e| (e.path_line(), e.message.as_str())).collect();
    assert_eq!(all.len(), 3, "stderr:\n{}", run.stderr);
    assert_eq!(all[0].path_line(), "content/docs/extra.md:6", "{got:?}");
    assert_contains(&all[0].message, "broken internal link", "message", &run);
    assert_eq!(all[1].path_line(), "content/docs/protocol.md:7", "{got:?}");
    assert_contains(&all[1].message, "unknown topic \"oil-spil\"", "message", &run);
    assert_eq!(all[2].path_line(), "content/guides/request.md:5", "{got:?}");
    assert_contains(&all[2].message, "invalid date \"2024-02-30\"", "message", &run);
}

#[test]
fn front_matter_error_does_not_hide_body_errors_in_the_same_file() {
    let (site, before) = broken("errors-in-one-file");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let all = errors(&run);
    let got: Vec<String> = all.iter().map(Reported::path_line).collect();
    assert_eq!(got, ["content/docs/two-problems.md:5", "content/docs/two-problems.md:7"], "stderr:\n{}", run.stderr);
}

#[test]
fn yaml_syntax_error_does_not_hide_broken_links_in_the_same_file() {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    site.write(
        "content/docs/both.md",
        "---\ntitle: [не закрыто\nsummary: x\n---\nТекст со ссылкой [в никуда](@/docs/nope.md).\n",
    );
    let run = site.build();
    assert_rejected(&site, &before, &run);
    assert!(run.stderr.contains("content/docs/both.md:2"), "the YAML error:\n{}", run.stderr);
    assert!(run.stderr.contains("content/docs/both.md:5"), "the broken link in the same file:\n{}", run.stderr);
    assert!(run.stderr.contains("there is no content/docs/nope.md"), "{}", run.stderr);
}

#[test]
fn empty_source_placeholders_are_errors() {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    site.write(
        "content/docs/placeholder.md",
        "---\ntitle: Заготовка\nsummary: Из ecolib new.\ndoc_type: report\ndate: 2026-11-25\ntopics: [oil-spills]\nsources:\n  - title: \"\"\n    url: \"https://\"\n---\nТекст.\n",
    );
    let run = site.build();
    assert_rejected(&site, &before, &run);
    assert!(run.stderr.contains("a source has no title"), "{}", run.stderr);
    assert!(run.stderr.contains("source URL \"https://\" is not a web address"), "{}", run.stderr);
}

#[test]
fn alias_on_a_generated_or_copied_file_is_reported_at_the_alias() {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    let generated = ["sitemap.xml", "catalog.json", "catalog.csv", "robots.txt", "404.html", "atom.xml", "en/atom.xml"];
    // A copied attachment, and a theme file (the theme's folder is reserved).
    for alias in generated.iter().chain(&["guides/template.txt", "static/style.css"]) {
        site.write(
            "content/docs/old.md",
            format!("---\ntitle: Старый адрес\nsummary: x\ndoc_type: page\naliases: [\"{alias}\"]\n---\nТекст.\n"),
        );
        let run = site.build();
        assert_rejected(&site, &before, &run);
        let e = only_error(&run);
        assert_eq!(e.path_line(), "content/docs/old.md:5", "{alias}: {}", e.text);
        assert!(!run.stderr.contains("os error"), "{alias}: a raw I/O error:\n{}", run.stderr);
        if generated.contains(alias) {
            let clash = format!("would write /{alias}/, but /{alias} is already the");
            assert_contains(&e.message, &clash, "message", &run);
            assert_contains(&e.help, "no generated or copied file", "help", &run);
        }
        let check = site.run(&["check"]);
        assert_eq!(check.code, 1, "{alias}: check must fail too:\n{}", check.stdout);
        assert!(check.stdout.contains("content/docs/old.md:5"), "{alias}:\n{}", check.stdout);
    }
}

#[test]
fn missing_home_page_is_an_error_even_with_a_translated_one() {
    let (site, before) = broken("unknown-field");
    site.remove("content/docs/unknown-field.md");
    site.remove("content/_index.md");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path(), "content/_index.md", "{}", e.text);
    assert_contains(&e.message, "the home page content/_index.md is missing", "message", &run);
    assert_contains(&e.help, "`title:`", "help", &run);
}

#[test]
fn io_error_is_one_sentence_with_the_path() {
    let site = SiteTest::fixture("good-site");
    site.write("not-a-folder", "x");
    let output = site.root.join("not-a-folder/public");
    let run = site.run(&["build", "--output", output.to_str().expect("utf-8 path")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line = run.stderr.lines().find(|l| l.starts_with("error: ")).expect("an error line");
    assert!(line.contains("not-a-folder"), "no path: {line}");
    assert!(line.ends_with("not-a-folder: a file or folder of that name is already there"), "{line}");
    assert!(!run.stderr.contains("os error"), "{}", run.stderr);
}

#[test]
fn long_source_line_is_cut_around_the_problem_in_the_report() {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    // A 240 KB title whose colon (column 180 001) YAML refuses.
    let title = format!("{}Закон: обзор {}", "слово ".repeat(30_000), "ещё ".repeat(10_000));
    site.write("content/docs/long.md", format!("---\ntitle: {title}\nsummary: x\ndoc_type: page\n---\nТекст.\n"));
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.location, "content/docs/long.md:2:180013", "{}", e.text);
    assert!(run.stderr.len() < 4_000, "the 240 KB line is echoed: stderr is {} bytes", run.stderr.len());
    assert_contains(&e.text, "2 │ …лово слово", "excerpt", &run);
    assert_contains(&e.text, "слово Закон: обзор ещё", "excerpt", &run);
    let source_line = e.text.lines().find(|l| l.contains("Закон:")).expect("source line");
    let caret_line = e.text.lines().find(|l| l.contains('^')).expect("caret line");
    let colon = source_line.chars().position(|c| c == ':').expect("colon");
    assert_eq!(caret_line.chars().position(|c| c == '^'), Some(colon), "{}", e.text);
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_refused_with_an_error_naming_the_link() {
    use std::os::unix::fs::symlink;
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    site.write("outside/secret.txt", "not for the web");
    site.write("outside/page.md", "---\ntitle: Снаружи\nsummary: x\ndoc_type: page\n---\nТекст.\n");
    let content = site.root.join("content");
    symlink(site.root.join("outside/secret.txt"), content.join("guides/linked.txt")).expect("link");
    symlink(site.root.join("outside/page.md"), content.join("docs/linked.md")).expect("link");
    symlink(site.root.join("outside"), content.join("docs/linked-folder")).expect("link");
    // The guide offers the linked file as an attachment.
    let guide = std::fs::read_to_string(content.join("guides/request.md")).expect("guide");
    let guide = guide.replace("attachments:\n", "attachments:\n  - { file: linked.txt, title: Ссылка, lang: ru }\n");
    site.write("content/guides/request.md", guide);
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let mut got: Vec<(String, String, String)> =
        errors(&run).into_iter().map(|e| (e.path_line(), e.message, e.help)).collect();
    got.sort();
    let expected = [
        ("content/docs/linked-folder", "folder"),
        ("content/docs/linked.md", "file"),
        ("content/guides/linked.txt", "file"),
    ];
    assert_eq!(got.len(), expected.len(), "stderr:\n{}", run.stderr);
    for ((path, message, help), (want, what)) in got.iter().zip(expected) {
        assert_eq!(path, want, "stderr:\n{}", run.stderr);
        assert_eq!(message, &format!("{want} is a symbolic link; ecolib does not follow links"));
        assert_eq!(help, &format!("copy the {what} here instead of linking to it"));
    }
    assert!(!run.stderr.contains("does not exist"), "{}", run.stderr);
}

#[test]
fn unclosed_quote_is_reported_at_the_opening_quote_in_file_lines() {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    site.write("content/docs/quote.md", "---\ntitle: \"x\nsummary: y\n---\n");
    site.write("content/docs/nul.md", "---\ntitle: A\nsummary: y\0z\n---\n");
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let all = errors(&run);
    assert_eq!(all.len(), 2, "stderr:\n{}", run.stderr);
    assert_eq!(all[0].location, "content/docs/nul.md:3:11", "{}", all[0].text);
    assert_eq!(all[0].message, "control characters are not allowed", "{}", all[0].text);
    assert_eq!(all[1].location, "content/docs/quote.md:2:8", "{}", all[1].text);
    assert_eq!(all[1].message, "found unexpected end of stream, while scanning a quoted scalar", "{}", all[1].text);
    assert_contains(&all[1].help, "close the quotes", "help", &run);
}

#[test]
fn theme_script_syntax_error_names_the_script_and_its_line() {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let before = site.snapshot();
    let script = "themes/default/static/js/search/ui.js";
    let mut text = std::fs::read_to_string(site.root.join(script)).expect("ui.js");
    let broken_line = text.lines().count() + 2;
    text.push_str("\nif (ready {\n  start();\n}\n");
    site.write(script, text);
    let run = site.build();
    assert_rejected(&site, &before, &run);
    let e = only_error(&run);
    assert_eq!(e.path_line(), format!("{script}:{broken_line}"), "{}", e.text);
    assert_contains(&e.message, "JavaScript syntax error", "message", &run);
    assert_contains(&e.help, "bundles and minifies the theme's scripts", "help", &run);
}
