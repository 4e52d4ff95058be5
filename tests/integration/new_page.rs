//! `ecolib new`: a page with the full front matter of its type, short comments in the page's language, a
//! transliterated slug, no overwriting; a draft until filled in; nothing written outside `content/`.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use support::{snapshot, SiteTest};

/// The line `new` starts a Russian page with.
const DRAFT_RU: &str =
    "draft: true # удалите эту строку, когда заполните все поля: до тех пор build пропускает страницу, а check перечисляет, чего не хватает\n";

#[test]
fn new_guide_has_every_required_field_and_builds_once_filled() {
    let site = SiteTest::fixture("good-site");
    let run = site.run(&["new", "guides", "--type", "guide", "--title", "Как подать жалобу", "--today", "2026-11-25"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = site.root.join("content/guides/kak-podat-zhalobu.md");
    let text = std::fs::read_to_string(&path).expect("the new page");
    for field in [
        DRAFT_RU,
        "title: \"Как подать жалобу\"",
        "doc_type: guide",
        "date: 2026-11-25",
        "topics: [] # от 1 до 5 из списка:\n#   oil-spills — Разливы нефти\n#   biodiversity — Биоразнообразие\n",
        "  audience: [citizens] # кому адресовано; любые из:\n  #   citizens — Граждане\n",
        "sources:",
        "guide:",
        "audience: [citizens]",
    ] {
        assert!(text.contains(field), "missing {field} in\n{text}");
    }
    // Filled in as an editor would, the page builds.
    let filled = text
        .replace(DRAFT_RU, "")
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
    // A Russian page (the site's default language): the refusal is in Russian; an English page's in English.
    let run = site.run(&["new", "guides/request"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("ошибка: "), "{}", run.stderr);
    assert!(run.stderr.contains("уже есть: ecolib new никогда не перезаписывает страницы"), "{}", run.stderr);
    site.write("content/guides/request.en.md", "---\ntitle: Request\nsummary: S.\ndoc_type: page\n---\n");
    let run = site.run(&["new", "guides/request", "--lang", "en"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    site.remove("content/guides/request.en.md");
    let run = site.run(&["new", "docs/convention", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(site.root.join("content/docs/convention.en.md")).expect("translation");
    let original = std::fs::read_to_string(site.root.join("content/docs/convention.md")).expect("original");
    assert!(text.contains("# Translation of convention.md"), "{text}");
    assert!(text.ends_with(original.trim_start_matches("---\n")), "the translation starts from the original:\n{text}");
    site.build().assert_ok();
    let run = site.run(&["new", "docs/other", "--type", "guid"]);
    assert!(run.stderr.contains("может быть, «guide»?"), "{}", run.stderr);
    let run = site.run(&["new", "docs/other", "--type", "guid", "--lang", "en"]);
    assert!(run.stderr.contains("did you mean \"guide\"?"), "{}", run.stderr);
    let run = site.run(&["new", "nowhere/page"]);
    assert_eq!(run.code, 2, "an unknown section is refused as a usage error");
    assert!(run.stderr.contains("раздела content/nowhere/ нет"), "{}", run.stderr);
}

/// The findings `check` reports for one file: `(severity, message)` from the JSON report.
fn findings_for(site: &SiteTest, file: &str) -> Vec<(String, String)> {
    let run = site.run(&["check", "--today", "2026-11-25", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["path"] == file)
        .map(|d| (d["severity"].as_str().unwrap().to_string(), d["message"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn hints_are_in_the_page_language_and_the_page_stays_valid() {
    let site = SiteTest::fixture("good-site");
    // A section that promises English: a new Russian page offers `untranslated:`, commented out.
    site.write("content/guides/_index.md", "---\ntitle: Руководства\nlanguages: [ru, en]\n---\n");
    let cases = [
        ("ru", "guides/ru-page", "content/guides/ru-page.md", "# от 1 до 5 из списка:", "oil-spills — Разливы нефти"),
        ("en", "docs/en-page", "content/docs/en-page.en.md", "# 1 to 5 of:", "oil-spills — Oil spills"),
        ("kk", "docs/kk-page", "content/docs/kk-page.kk.md", "# от 1 до 5 из списка:", "oil-spills — Мұнайдың төгілуі"),
    ];
    for (lang, path, file, hint, label) in cases {
        let run =
            site.run(&["new", path, "--type", "convention", "--lang", lang, "--title", "T", "--today", "2026-11-25"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = std::fs::read_to_string(site.root.join(file)).expect("the new page");
        assert!(text.contains(hint) && text.contains(label), "{lang}:\n{text}");
        assert_eq!(text.contains("one of:"), lang == "en", "status hint in the page's language:\n{text}");
        // Only what the editor has to fill in is reported: no YAML or type errors.
        let mut findings: Vec<String> = findings_for(&site, file).into_iter().map(|(_, m)| m).collect();
        findings.sort();
        assert_eq!(
            findings,
            [
                "draft: `summary` is missing",
                "draft: `topics` is missing",
                "draft: a source has no title",
                "draft: source URL \"https://\" is not a web address"
            ],
            "{lang}:\n{text}"
        );
        site.remove(file);
    }
    let run = site.run(&["new", "guides/waived", "--title", "Только по-русски", "--today", "2026-11-25"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = site.root.join("content/guides/waived.md");
    let text = std::fs::read_to_string(&path).expect("the new page");
    let line = "# untranslated: [en] # уберите «# » в начале строки, если перевода на эти языки не будет\n";
    assert!(text.contains(line), "{text}");
    let filled = text
        .replace(DRAFT_RU, "")
        .replace("summary: \"\"", "summary: \"Кратко.\"")
        .replace(line, "untranslated: [en]\n");
    std::fs::write(&path, filled).expect("write");
    assert!(findings_for(&site, "content/guides/waived.md").is_empty(), "the waived promise is silent");
    site.build().assert_ok();
    assert!(site.main_of("guides/waived/index.html").contains("Только по-русски"));
}

#[test]
fn a_translation_draft_leaves_out_the_originals_untranslated() {
    let site = SiteTest::fixture("good-site");
    // Writes content/guides/<name>.md and returns the Kazakh draft `new` makes from it.
    let draft = |name: &str, original: &str| {
        site.write(&format!("content/guides/{name}.md"), original);
        let run = site.run(&["new", &format!("guides/{name}"), "--lang", "kk"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        std::fs::read_to_string(site.root.join(format!("content/guides/{name}.kk.md"))).expect("translation")
    };
    let text =
        draft("local", "---\ntitle: Местное\nsummary: Кратко.\ndoc_type: page\nuntranslated: [en]\n---\nТекст.\n");
    assert!(text.starts_with("---\n# Перевод local.md: переведите title, summary"), "{text}");
    assert!(text.contains(DRAFT_RU), "a translation starts as a draft:\n{text}");
    assert!(!text.contains("untranslated"), "{text}");
    let ready = [("note".to_string(), "draft: nothing is missing".to_string())];
    assert_eq!(findings_for(&site, "content/guides/local.kk.md"), ready);

    // A block list under the key, and `new`'s commented hint, are left out too.
    let text = draft(
        "other",
        "---\ntitle: Другое\nsummary: Кратко.\nuntranslated:\n  - en\n- kk\n# untranslated: [en] # подсказка\ndoc_type: page\n---\nТекст.\n",
    );
    assert!(!text.contains("untranslated") && !text.contains("- en"), "{text}");
    assert!(text.contains("doc_type: page"), "{text}");
    // (The original itself is broken YAML, so `check` stops there; the translation reads.)
    assert_eq!(written_title(&site, "content/guides/other.kk.md"), "Другое");
}

#[test]
fn new_refuses_section_and_slug_that_are_not_url_names_with_exit_2_and_writes_nothing() {
    let site = SiteTest::fixture("good-site");
    let outside = site.root.parent().expect("the temporary folder").to_path_buf();
    // Sections that `..` would reach, so that only the name check stands in the way.
    std::fs::create_dir_all(outside.join("elsewhere")).expect("mkdir");
    std::fs::write(outside.join("elsewhere/_index.md"), "---\ntitle: Outside\n---\n").expect("write");
    site.write("_index.md", "---\ntitle: Root\n---\n");
    let before = snapshot(&outside);
    let long = format!("guides/{}", "a".repeat(81));
    for path in [
        "../../elsewhere/pwn",
        "../x",
        "guides/../../x",
        "guides/./x",
        "guides//x",
        "/tmp/x",
        "guides\\x",
        "guides/-x",
        "guides/X",
        "guides/жалоба",
        long.as_str(),
    ] {
        let run = site.run(&["new", path, "--lang", "en"]);
        assert_eq!(run.code, 2, "{path}: {}", run.stderr);
        assert!(run.stderr.starts_with(&format!("error: cannot make a page at \"{path}\": ")), "{}", run.stderr);
        assert!(run.stderr.contains("Give it as <section>/<slug> inside content/"), "{}", run.stderr);
    }
    // `-x` as the section, with the slug from a title; refused in Russian for a Russian page.
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(["new", "--title", "Заголовок", "--root"])
        .arg(&site.root)
        .args(["--", "-x"])
        .output()
        .expect("run ecolib");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("ошибка: нельзя создать страницу «-x»: «-x» начинается с дефиса."), "{stderr}");
    assert_eq!(snapshot(&outside), before, "nothing was written anywhere");
}

#[test]
fn a_long_title_makes_a_slug_of_at_most_80_characters_cut_between_words() {
    let site = SiteTest::fixture("good-site");
    let title = "Конвенция о доступе к информации, участии общественности в процессе принятия решений и доступе к правосудию по вопросам, касающимся окружающей среды";
    let run = site.run(&["new", "guides", "--title", title]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let slug = "konventsiya-o-dostupe-k-informatsii-uchastii-obshchestvennosti-v-protsesse";
    assert!(site.root.join(format!("content/guides/{slug}.md")).is_file(), "{}", run.stdout);
}

/// The title `new` wrote, read back by ecolib's own front-matter parser.
fn written_title(site: &SiteTest, file: &str) -> String {
    use ecolib::content::front_matter::{parse_front_matter, split_front_matter};
    let text = std::fs::read_to_string(site.root.join(file)).expect("the new page");
    parse_front_matter(&split_front_matter(&text).expect("split")).expect("parses").title
}

#[test]
fn titles_are_written_as_typed_and_control_characters_are_refused() {
    let site = SiteTest::fixture("good-site");
    let titles = [
        "\"a\": b",
        "Закон: обзор",
        "# не комментарий",
        "- не список",
        "«ёлочки» и „лапки“",
        "C:\\папка\\n",
        "'одинарные' и \"двойные\"",
        "50% & {скобки} [да]",
    ];
    for (i, title) in titles.into_iter().enumerate() {
        let path = format!("guides/t{i}");
        let run = site.run(&["new", &path, &format!("--title={title}")]);
        assert_eq!(run.code, 0, "{title}: {}", run.stderr);
        assert_eq!(written_title(&site, &format!("content/guides/t{i}.md")), title);
    }
    for title in ["две\nстроки", "таб\tуляция"] {
        let run = site.run(&["new", "guides/control", "--title", title, "--lang", "en"]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("the title has a line break, tab or another control character"), "{}", run.stderr);
        assert!(!site.root.join("content/guides/control.en.md").exists());
    }
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_in_the_pages_place_is_not_followed() {
    let site = SiteTest::fixture("good-site");
    let target = site.root.parent().expect("the temporary folder").join("outside.md");
    std::os::unix::fs::symlink(&target, site.root.join("content/guides/link.md")).expect("symlink");
    let run = site.run(&["new", "guides/link"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("уже есть: ecolib new никогда не перезаписывает страницы"), "{}", run.stderr);
    assert!(!target.exists(), "nothing written through the link");
}

#[test]
fn a_new_page_is_a_draft_so_build_stays_green_and_check_lists_its_gaps() {
    let site = SiteTest::fixture("good-site");
    let run = site.run(&["new", "docs/new-law", "--type", "national-law", "--title", "Закон", "--today", "2026-11-25"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site.build().assert_ok();
    assert!(!site.exists("docs/new-law/index.html"), "a draft is not published");
    let run = site.run(&["check", "--today", "2026-11-25"]);
    assert_eq!(run.code, 0, "drafts are notes:\n{}", run.stdout);
    assert_eq!(site.run(&["check", "--strict", "--today", "2026-11-25"]).code, 0, "--strict stays green");
    for gap in [
        "── content/docs/new-law.md (",
        "note[E0222]: draft: `summary` is missing",
        "note[E0222]: draft: `topics` is missing",
    ] {
        assert!(run.stdout.contains(gap), "missing {gap} in:\n{}", run.stdout);
    }
    let run = site.run(&["check", "--today", "2026-11-25", "--lang", "ru"]);
    assert!(run.stdout.contains("заметка[E0222]: черновик: нет поля `summary`"), "{}", run.stdout);
    let run = site.run(&["check", "--today", "2026-11-25", "--lang", "kk"]);
    assert!(run.stdout.contains("ескертпе[E0222]: жоба: `summary` өрісі жоқ"), "{}", run.stdout);
    // With --drafts the same gaps are errors, as for a published page.
    let run = site.run(&["check", "--today", "2026-11-25", "--drafts"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("error[E0222]: `summary` is missing"), "{}", run.stdout);
    assert!(!run.stdout.contains("draft: "), "{}", run.stdout);
}
