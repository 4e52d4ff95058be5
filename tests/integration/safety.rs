//! Safe by default (issue 10): a build never replaces what ecolib did not write, editors' raw HTML cannot
//! run script, and hostile input (a `%` link, a template that includes itself, thousands of identical
//! headings) ends in a clear error or a normal build, never a crash or a hang.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests panic on what they did not expect

use crate::support;

use std::collections::BTreeMap;
use std::path::Path;

use support::{snapshot, Run, SiteTest};

/// Every file under `dir` (dot folders such as `.git` included) with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    snapshot(dir)
}

fn good_site() -> SiteTest {
    SiteTest::fixture("good-site")
}

fn build_into(site: &SiteTest, output: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["build", "--output", output.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    site.run(&args)
}

#[test]
fn output_at_the_sources_or_the_root_is_refused_and_nothing_changes() {
    let site = good_site();
    std::fs::create_dir_all(site.root.join("src")).unwrap();
    std::fs::write(site.root.join("src/main.rs"), "fn main() {}\n").unwrap();
    let before = tree(&site.root);
    for target in ["content", "themes", "themes/default/templates", "src", ".", "..", "content/../content"] {
        for force in [&[][..], &["--force"][..]] {
            let run = build_into(&site, &site.root.join(target), force);
            assert_eq!(run.code, 2, "--output {target} {force:?}: {}", run.stderr);
            assert!(run.stderr.contains("sources"), "{target}: {}", run.stderr);
        }
    }
    assert!(tree(&site.root) == before, "a refused build changed the site");
}

#[test]
fn output_dir_in_site_toml_inside_the_sources_is_a_config_error() {
    let site = good_site();
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write("site.toml", format!("output_dir = \"themes\"\n{toml}"));
    let before = tree(&site.root);
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("site.toml:1"), "{}", run.stderr);
    assert!(run.stderr.contains("holds the site's sources"), "{}", run.stderr);
    assert!(tree(&site.root) == before);
}

#[test]
fn a_folder_with_foreign_files_is_refused_without_force() {
    let site = good_site();
    let deploy = site.root.parent().unwrap().join("deploy");
    std::fs::create_dir_all(deploy.join(".git")).unwrap();
    std::fs::write(deploy.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(deploy.join("keep.txt"), "mine").unwrap();
    let before = tree(&deploy);
    let run = build_into(&site, &deploy, &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert!(tree(&deploy) == before, "the foreign folder changed");
    // Said explicitly, the folder is replaced, and from then on it is ecolib's own.
    build_into(&site, &deploy, &["--force"]).assert_ok();
    assert!(deploy.join("index.html").is_file() && !deploy.join("keep.txt").exists());
    build_into(&site, &deploy, &[]).assert_ok();
}

#[test]
fn an_empty_or_new_folder_and_ecolibs_own_output_are_fine() {
    let site = good_site();
    let empty = site.root.parent().unwrap().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    build_into(&site, &empty, &[]).assert_ok();
    site.build().assert_ok();
    site.build().assert_ok();
    assert!(site.exists(".ecolib-output"), "the output is marked as ecolib's");
}

#[test]
fn a_cache_in_the_sources_or_the_output_is_refused() {
    let site = good_site();
    let before = tree(&site.root);
    for cache in ["content", "public", "public/cache", "."] {
        let run = site.run(&["build", "--cache", site.root.join(cache).to_str().unwrap()]);
        assert_eq!(run.code, 2, "--cache {cache}: {}", run.stderr);
    }
    assert!(tree(&site.root) == before);
}

#[test]
fn folders_left_by_a_killed_build_are_removed_by_the_next() {
    let site = good_site();
    site.build().assert_ok();
    // No Linux process has a pid this large (pid_max ≤ 2^22).
    for leftover in [".public.staging-4999999", ".public.previous-4999998"] {
        site.write(&format!("{leftover}/index.html"), "old");
    }
    site.build().assert_ok();
    if cfg!(target_os = "linux") {
        assert!(!site.root.join(".public.staging-4999999").exists());
        assert!(!site.root.join(".public.previous-4999998").exists());
    }
    let names: Vec<String> = std::fs::read_dir(&site.root)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-") || n.contains(".previous-"))
        .collect();
    assert!(names.is_empty() || !cfg!(target_os = "linux"), "{names:?}");
}

#[test]
fn raw_html_reaches_the_page_without_script() {
    let site = SiteTest::fixture("raw-html");
    let run = site.build();
    run.assert_ok();
    let main = site.main_of("notes/pasted/index.html");
    for forbidden in ["<script", "onerror", "onclick", "onmouseover", "onload", "<style", "ecolibPwned"] {
        assert!(!main.contains(forbidden), "{forbidden} reached the page:\n{main}");
    }
    assert!(main.contains("<details><summary>Подробнее</summary>"), "{main}");
    assert!(main.contains("alt=\"Карта\""), "{main}");
    // Each removal is reported where it was written.
    for (line, what) in [(8, "<script>"), (10, "onerror"), (12, "onclick"), (16, "<svg>"), (18, "<style>")] {
        let at = format!("content/notes/pasted.md:{line}");
        assert!(run.stderr.contains(&at), "no warning at {at} for {what}:\n{}", run.stderr);
    }
}

#[test]
fn script_links_and_files_from_other_hosts_fail_the_build_at_their_line() {
    let site = SiteTest::fixture("raw-html");
    site.write(
        "content/notes/links.md",
        "---\ntitle: Ссылки\nsummary: Опасные ссылки.\ndoc_type: page\n---\n[a](javascript:alert(1))\n\n\
         [b](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n![t](https://example.org/t.png)\n\n\
         <iframe src=\"javascript:alert(1)\"></iframe>\n\n<link rel=stylesheet href=https://example.org/x.css>\n",
    );
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    for line in [6, 8, 10, 12, 14] {
        let at = format!("content/notes/links.md:{line}");
        assert!(run.stderr.contains(&at), "no error at {at}:\n{}", run.stderr);
    }
    assert!(!site.public().exists(), "nothing was written");
}

#[test]
fn unsafe_html_pages_keep_their_html_and_check_lists_them() {
    let site = SiteTest::fixture("raw-html");
    let text = std::fs::read_to_string(site.root.join("content/notes/pasted.md")).unwrap();
    site.write("content/notes/pasted.md", text.replacen("doc_type: page\n", "doc_type: page\nunsafe_html: true\n", 1));
    let run = site.build();
    run.assert_ok();
    assert!(site.main_of("notes/pasted/index.html").contains("<script>window.ecolibPwned"));
    let check = site.run(&["check"]);
    let report = format!("{}{}", check.stdout, check.stderr);
    assert!(report.contains("content/notes/pasted.md:5"), "{report}");
    assert!(report.contains("unsafe_html: true: this page's raw HTML is published as written"), "{report}");
}

#[test]
fn percent_before_a_multibyte_letter_is_an_error_not_a_crash() {
    let site = good_site();
    site.write("content/docs/form.md", "---\ntitle: Форма\nsummary: s\ndoc_type: page\n---\n[form](%aформа.pdf)\n");
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/docs/form.md:6"), "{}", run.stderr);
}

#[test]
fn a_template_that_includes_itself_is_an_error_not_a_stack_overflow() {
    let site = good_site();
    site.write("templates/page.html", "{% include \"page.html\" %}\n");
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("templates/page.html:1"), "{}", run.stderr);
    assert!(run.stderr.contains("loop"), "{}", run.stderr);
    let leftovers: Vec<_> = std::fs::read_dir(&site.root)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn thousands_of_identical_headings_build() {
    let site = good_site();
    let body: String = "## Пример\n\nТекст.\n\n".repeat(5_000);
    site.write("content/docs/many.md", format!("---\ntitle: Много\nsummary: s\ndoc_type: page\n---\n{body}"));
    site.build().assert_ok();
    assert!(site.read("docs/many/index.html").contains("id=\"пример-4999\""));
}

#[test]
fn a_section_with_paginate_by_zero_is_an_error() {
    let site = good_site();
    let index = std::fs::read_to_string(site.root.join("content/docs/_index.md")).unwrap();
    site.write("content/docs/_index.md", index.replacen("---\n", "---\npaginate_by: 0\n", 1));
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/docs/_index.md:2"), "{}", run.stderr);
}
