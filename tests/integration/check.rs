//! `ecolib check`: every editorial problem of a seeded fixture is reported at its file (and line), the
//! real library passes `--strict`, and a broken template fails check although check writes nothing.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

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
        "the source URL https://example.org/ is a site's home page, not a document",
        "content/docs/first.md:9:3",
        "the title «Одинаковый заголовок» is also used by content/docs/first.md",
        "content/docs/second.md:2:1",
        "differs from content/docs/Notes.txt only in upper/lower case",
        "the name «what?.txt» cannot be copied to a USB stick",
        // A translation that disagrees with its original, at the line of each differing field.
        "`date` differs from the original content/docs/lecture.md: 2020-03-05 there, 2020-03-06 here",
        "content/docs/lecture.en.md:5:1",
        "`pillars` is [access-to-information] here, but the original content/docs/lecture.md has none",
        "content/docs/lecture.en.md:7:1",
        "`event: date` differs from the original content/docs/lecture.md: 2020-03-05 there, 2020-03-06 here",
        "content/docs/lecture.en.md:11:3",
        // A Cyrillic file name, and the address it silently gets.
        "the file name «как-подать-запрос» is not in lowercase Latin letters, digits and hyphens: the page is published at https://example.org/lib/docs/kak-podat-zapros/",
        "rename the file to kak-podat-zapros.md (and its other language versions alike), or add `slug: kak-podat-zapros`",
    ] {
        assert!(out.contains(expected), "missing «{expected}» in:\n{out}");
    }
    assert!(!out.contains("second.md: warning: no en translation"), "second.md has its translation");
    assert!(!out.contains("`topics`"), "the same topics in another order are the same:\n{out}");
    assert_eq!(
        out.matches("which the section promises").count(),
        1,
        "only first.md, not the page with `untranslated: [en]`:\n{out}"
    );
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
    assert_eq!(report["warnings"], 9, "{}", json.stdout);
    let first = &report["diagnostics"][0];
    assert_eq!(first["path"], "content/docs/first.md");
    assert_eq!(first["severity"], "warning");
    for diagnostic in report["diagnostics"].as_array().expect("a list") {
        let code = diagnostic["code"].as_str().unwrap_or_default();
        assert!(code.len() == 5 && code.starts_with('W'), "a warning's stable code: {diagnostic}");
        assert!(diagnostic["name"].is_string() && diagnostic["args"].is_object(), "{diagnostic}");
        assert!(diagnostic["message"].is_string() && diagnostic["line"].is_number() || diagnostic["line"].is_null());
    }
}

#[test]
fn json_carries_the_code_and_arguments_in_every_message_language() {
    let site = SiteTest::fixture("good-site");
    let page = "content/guides/request.md";
    let original = std::fs::read_to_string(site.root.join(page)).expect("page");
    site.write(page, original.replacen("---\n", "---\ngeography: [caspian]\n", 1));
    let finding = |lang: &str| {
        let run = site.run(&["check", "--format", "json", "--lang", lang]);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
        assert_eq!(report["errors"], 1, "{}", run.stdout);
        report["diagnostics"][0].clone()
    };
    let (en, ru, kk) = (finding("en"), finding("ru"), finding("kk"));
    for d in [&en, &ru, &kk] {
        assert_eq!(d["code"], "E0105", "{d}");
        assert_eq!(d["name"], "unknown-geography", "{d}");
        assert_eq!(d["args"], serde_json::json!({"value": "caspian"}), "{d}");
        assert_eq!((&d["path"], &d["line"]), (&en["path"], &serde_json::json!(2)), "{d}");
    }
    assert_eq!(en["message"], "unknown geography \"caspian\"");
    assert_eq!(ru["message"], "неизвестная география «caspian»");
    assert_eq!(kk["message"], "«caspian» деген география жоқ");
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

/// A loopback web server: 404 for /missing, 200 otherwise; counts requests.
fn link_server() -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("server");
    let port = server.server_addr().to_ip().expect("ip").port();
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = hits.clone();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let status = if request.url().starts_with("/missing") { 404 } else { 200 };
            let _ = request.respond(tiny_http::Response::empty(status));
        }
    });
    (port, hits)
}

#[test]
fn external_links_are_checked_only_on_request_and_cached() {
    let (port, hits) = link_server();
    // A site whose only external links point at the loopback server: tests never go online.
    let site = SiteTest::empty();
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    site.write("content/docs/_index.md", "---\ntitle: Документы\n---\n");
    site.write(
        "content/docs/links.md",
        format!(
            "---\ntitle: Ссылки\nsummary: Внешние ссылки.\ndoc_type: page\nsources:\n  - {{ title: Живой, url: \"http://127.0.0.1:{port}/alive\" }}\n---\n\
             Текст.\n\n[Пропавший документ](http://127.0.0.1:{port}/missing) и [живой](http://127.0.0.1:{port}/alive).\n"
        ),
    );
    let offline = site.run(&["check"]);
    assert!(offline.stdout.contains("2 external links not checked (use --external)"), "{}", offline.stdout);
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 0, "no request without --external");

    let online = site.run(&["check", "--external", "--today", "2026-11-25"]);
    assert!(online.stdout.contains("the external link http://127.0.0.1:"), "{}", online.stdout);
    assert!(online.stdout.contains("/missing answers 404"), "{}", online.stdout);
    assert!(online.stdout.contains("content/docs/links.md:10"), "reported at the link's line:\n{}", online.stdout);
    assert!(!online.stdout.contains("/alive answers"), "{}", online.stdout);
    let asked = hits.load(std::sync::atomic::Ordering::SeqCst);
    assert!(asked >= 2, "{asked} requests");

    let again = site.run(&["check", "--external", "--today", "2026-11-26"]);
    assert!(again.stdout.contains("/missing answers 404"), "{}", again.stdout);
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), asked, "the second check used the cache");
}

#[test]
fn messages_in_russian_for_the_editors() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    seed_unsafe_names(&site);
    let run = site.run(&["check", "--today", "2026-11-25", "--lang", "ru"]);
    for expected in [
        "нет перевода (en), который обещает раздел",
        "срок проверки истёк 2021-01-01",
        "у картинки нет описания (alt)",
        "заголовок «Одинаковый заголовок» уже есть у content/docs/first.md",
        "отличается от content/docs/Notes.txt только заглавными и строчными буквами",
        "файл «what?.txt» нельзя скопировать на флешку",
        "`date` не совпадает с оригиналом content/docs/lecture.md: там 2020-03-05, здесь 2020-03-06",
        "`pillars` здесь [access-to-information], а в оригинале content/docs/lecture.md этого поля нет",
        "у перевода те же даты, вид, темы и статус, что у оригинала",
        "имя файла «как-подать-запрос» не из строчных латинских букв, цифр и дефисов: страница будет опубликована по адресу https://example.org/lib/docs/kak-podat-zapros/",
        "переименуйте файл в kak-podat-zapros.md (и его переводы так же) или добавьте в поля `slug: kak-podat-zapros`",
        "добавьте content/docs/first.en.md или напишите `untranslated: [en]`, если перевода этой страницы не будет",
        "проверено страниц — 6, разделов — 4; внешних ссылок — 2, не проверялись (--external): ошибок — 2, предупреждений — 9",
    ] {
        assert!(run.stdout.contains(expected), "missing «{expected}» in:\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("review was due"), "an English message was left:\n{}", run.stdout);
}

#[test]
fn untranslated_names_languages_of_the_site() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    site.write(
        "content/docs/local.md",
        "---\ntitle: Местная новость\nsummary: Только по-русски.\ndoc_type: page\nuntranslated: [eng, ru]\n---\nТекст.\n",
    );
    let run = site.run(&["check", "--today", "2026-11-25"]);
    let out = &run.stdout;
    for expected in [
        "\"eng\" is not a language of this site",
        "did you mean \"en\"?",
        "content/docs/local.md:5:1",
        "`untranslated` lists ru, the language of this page itself",
    ] {
        assert!(out.contains(expected), "missing «{expected}» in:\n{out}");
    }
    assert_eq!(run.code, 1, "an unknown language is an error:\n{out}");
    // A misspelt code is an error of the build too, not only of `check`.
    let build = site.build();
    assert_eq!(build.code, 1, "{}", build.stderr);
    assert!(build.stderr.contains("\"eng\" is not a language of this site"), "{}", build.stderr);

    site.write(
        "content/docs/local.md",
        "---\ntitle: Местная новость\nsummary: Только по-русски.\ndoc_type: page\nuntranslated: [en]\n---\nТекст.\n",
    );
    site.write(
        "content/docs/local.en.md",
        "---\ntitle: Local news\nsummary: In English after all.\ndoc_type: page\n---\n",
    );
    let run = site.run(&["check", "--today", "2026-11-25"]);
    assert!(run.stdout.contains("`untranslated` lists en, but content/docs/local.en.md exists"), "{}", run.stdout);
}

#[test]
fn translations_agreeing_with_their_original_pass() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    let original = std::fs::read_to_string(site.root.join("content/docs/lecture.en.md")).unwrap();
    site.write(
        "content/docs/lecture.en.md",
        original.replace("2020-03-06", "2020-03-05").replace("pillars: [access-to-information]\n", ""),
    );
    let run = site.run(&["check", "--today", "2026-11-25"]);
    assert!(!run.stdout.contains("lecture.en.md"), "{}", run.stdout);
}

#[test]
fn check_says_how_many_drafts_it_skipped() {
    let site = SiteTest::fixture("library");
    let run = site.run(&["check", "--today", "2026-11-25"]);
    assert!(run.stdout.contains("1 drafts (not published; their gaps are notes)"), "{}", run.stdout);
    let run = site.run(&["check", "--today", "2026-11-25", "--drafts"]);
    assert!(!run.stdout.contains("not published"), "{}", run.stdout);
}

#[test]
fn a_drafts_gaps_are_notes_that_do_not_fail_strict_check() {
    let site = SiteTest::fixture("library");
    site.write("content/docs/half-done.md", "---\ntitle: Наполовину\ndraft: true\n---\nТекст.\n");
    let before = site.run(&["check", "--strict", "--today", "2026-11-25"]);
    assert!(before.stdout.contains("note[E0222]: draft: `summary` is missing"), "{}", before.stdout);
    let without = SiteTest::fixture("library");
    let baseline = without.run(&["check", "--strict", "--today", "2026-11-25"]);
    assert_eq!(before.code, baseline.code, "a draft changed the outcome:\n{}", before.stdout);
}

#[test]
fn names_windows_cannot_hold_are_errors_in_any_case_with_any_extension() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    for name in ["docs/nul.txt", "docs/Com1.pdf", "aux/x.txt", "docs/lpt9", "docs/notes. ", "docs/notes."] {
        site.write(&format!("content/{name}"), "x");
    }
    let run = site.run(&["check", "--today", "2026-11-25"]);
    let out = &run.stdout;
    for expected in [
        "── content/docs/nul.txt",
        "the name «nul.txt» is reserved on Windows, whatever the extension",
        "the name «Com1.pdf» is reserved on Windows",
        "── content/aux (1)",
        "the name «aux» is reserved on Windows",
        "the name «lpt9» is reserved on Windows",
        "the name «notes. » cannot be copied to a USB stick",
        "the name «notes.» cannot be copied to a USB stick",
        "Windows cannot copy or open CON, PRN, AUX, NUL",
    ] {
        assert!(out.contains(expected), "missing «{expected}» in:\n{out}");
    }
    assert!(!out.contains("«x.txt»"), "{out}");
    assert_eq!(run.code, 1, "{out}");
}

#[test]
fn source_citing_a_site_home_page_is_a_warning_at_its_line() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    site.write(
        "content/docs/cited.md",
        "---\ntitle: Источники\nsummary: x\ndoc_type: page\nsources:\n  - title: Закон\n    url: https://adilet.zan.kz/rus/docs/Z070000212_\n  - title: Адилет\n    url: https://adilet.zan.kz\n  - { title: Минэкологии, url: \"https://www.gov.kz/\" }\n---\nТекст.\n",
    );
    let run = site.run(&["check", "--today", "2026-11-25"]);
    let out = &run.stdout;
    for expected in [
        "warning[W0403]: the source URL https://adilet.zan.kz is a site's home page, not a document",
        "content/docs/cited.md:9:",
        "warning[W0403]: the source URL https://www.gov.kz/ is a site's home page, not a document",
        "content/docs/cited.md:10:",
        "cite the exact document, not the site's home page",
    ] {
        assert!(out.contains(expected), "missing «{expected}» in:\n{out}");
    }
    assert!(!out.contains("https://adilet.zan.kz/rus/docs/Z070000212_ is"), "{out}");
    assert_eq!(run.code, 0, "a warning only:\n{out}");
}

#[test]
fn a_deadline_source_citing_a_site_home_page_is_a_warning_too() {
    let site = SiteTest::fixture("good-site");
    let text = std::fs::read_to_string(site.root.join("content/guides/request.md")).unwrap();
    site.write(
        "content/guides/request.md",
        text.replacen(
            "  audience: [citizens]\n",
            "  audience: [citizens]\n  steps_deadlines:\n    - { step: Ответ, days: 15, day_type: working, source: \"https://adilet.zan.kz/\" }\n",
            1,
        ),
    );
    let run = site.run(&["check", "--today", "2026-11-25"]);
    assert!(run.stdout.contains("the source URL https://adilet.zan.kz/ is a site's home page"), "{}", run.stdout);
    assert!(run.stdout.contains("content/guides/request.md:15:"), "{}", run.stdout);
}
