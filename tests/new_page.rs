//! `ecolib new`: a page with the full front matter of its type, short comments in the page's language, a
//! transliterated slug, no overwriting.

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
    assert_eq!(run.code, 1, "an unknown section is refused");
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
                "`summary` is missing",
                "`topics` is missing",
                "a source has no title",
                "source URL \"https://\" is not a web address"
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
    let filled = text.replace("summary: \"\"", "summary: \"Кратко.\"").replace(line, "untranslated: [en]\n");
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
    assert!(!text.contains("untranslated"), "{text}");
    assert!(findings_for(&site, "content/guides/local.kk.md").is_empty());

    // A block list under the key, and `new`'s commented hint, are left out too.
    let text = draft(
        "other",
        "---\ntitle: Другое\nsummary: Кратко.\nuntranslated:\n  - en\n- kk\n# untranslated: [en] # подсказка\ndoc_type: page\n---\nТекст.\n",
    );
    assert!(!text.contains("untranslated") && !text.contains("- en"), "{text}");
    assert!(text.contains("doc_type: page"), "{text}");
    assert!(findings_for(&site, "content/guides/other.kk.md").is_empty());
}
