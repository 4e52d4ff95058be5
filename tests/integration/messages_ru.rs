//! `--lang ru` for `build` and `check`: the messages editors meet, YAML parser errors included, are Russian
//! and still name the file and line; the default stays English.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use support::SiteTest;

/// Front matter broken the ways editors break it, with where each problem is reported (the parser places
/// a missing colon and a repeated field only roughly, so those name the file alone).
const BROKEN: &[(&str, &str, &str)] = &[
    ("colon", "---\ntitle: Закон: обзор\nsummary: x\n---\n", "content/docs/colon.md:2:13"),
    ("tab", "---\ntitle: A\nsummary: x\n\tdoc_type: page\n---\n", "content/docs/tab.md:4:1"),
    ("quote", "---\ntitle: \"Без кавычки\nsummary: x\n---\n", "content/docs/quote.md:2:8"),
    ("nul", "---\ntitle: A\nsummary: Нулевой\0байт\n---\n", "content/docs/nul.md:3:17"),
    ("flow", "---\ntitle: A\ntopics: [oil-spills, biodiversity\nsummary: x\n---\n", "content/docs/flow.md:4:8"),
    ("twice", "---\ntitle: A\nsummary: x\ntitle: B\n---\n", "content/docs/twice.md:"),
    ("draft", "---\ntitle: A\nsummary: x\ndoc_type: page\ndraft: yes please\n---\n", "content/docs/draft.md:5:8"),
    ("topics", "---\ntitle: A\nsummary: x\ndoc_type: page\ntopics: oil-spills\n---\n", "content/docs/topics.md:5:9"),
    (
        "source",
        "---\ntitle: A\nsummary: x\ndoc_type: page\nsources:\n  - title: Закон\n---\n",
        "content/docs/source.md:6:5",
    ),
    ("key", "---\ntitle: A\nsummary: x\nfoo\n---\n", "content/docs/key.md:"),
];

fn broken_site() -> SiteTest {
    let site = SiteTest::empty();
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    site.write("content/docs/_index.md", "---\ntitle: Документы\nsort_by: dat\n---\n");
    for (name, text, _) in BROKEN {
        site.write(&format!("content/docs/{name}.md"), text);
    }
    site
}

/// The message and help lines of a report (`error[E0113]: …`, `ошибка[E0113]: …`, `= help: …`), in any of
/// the message languages.
fn message_lines(report: &str) -> Vec<&str> {
    const LABELS: [&str; 9] = [
        "error",
        "warning",
        "ошибка",
        "предупреждение",
        "қате",
        "ескерту",
        "= help:",
        "= как исправить:",
        "= қалай түзету",
    ];
    report.lines().map(str::trim_start).filter(|l| LABELS.iter().any(|label| l.starts_with(label))).collect()
}

#[test]
fn build_reports_broken_front_matter_in_russian_at_its_line() {
    let site = broken_site();
    let run = site.run(&["build", "--lang", "ru"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let err = &run.stderr;
    for (_, _, place) in BROKEN {
        assert!(err.contains(place), "missing {place} in:\n{err}");
    }
    for expected in [
        "здесь не может стоять двоеточие с пробелом («: »)",
        "отступ сделан табуляцией, а нужны пробелы",
        "поля кончились раньше, чем закрылись кавычки или скобки (в тексте в кавычках)",
        "закройте кавычки или скобки, которые открываются здесь, в строке этого поля",
        "здесь стоит невидимый управляющий знак (например, нулевой байт)",
        "удалите здесь невидимый знак (если его не видно, наберите строку заново)",
        "не найдена запятая или закрывающая скобка «]» (в списке в квадратных скобках)",
        "поле `title` написано дважды",
        "draft: ожидается true или false, а здесь текст «yes please»",
        "topics: ожидается список, а здесь текст «oil-spills»",
        "sources (пункт 1): нет обязательного поля `url`",
        "не найдено двоеточие после имени поля",
        "sort_by: неизвестное значение `dat`; можно: `date`, `weight`, `title`",
        "ошибок — 11, предупреждений — 0: ничего не записано, прежняя версия сайта не изменилась.",
    ] {
        assert!(err.contains(expected), "missing «{expected}» in:\n{err}");
    }
    assert!(message_lines(err).len() >= 22, "every error and its help: {err}");
    let english: Vec<&str> =
        message_lines(err).into_iter().filter(|l| !l.chars().any(|c| ('а'..='я').contains(&c))).collect();
    assert!(english.is_empty(), "messages left in English: {english:#?}");
    assert!(!site.exists("index.html"), "nothing is written");
}

#[test]
fn build_stays_english_by_default() {
    let run = broken_site().run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("mapping values are not allowed in this context"), "{}", run.stderr);
    assert!(run.stderr.contains("11 error(s), 0 warning(s): nothing was written"), "{}", run.stderr);
}

#[test]
fn build_reports_broken_front_matter_in_kazakh_with_the_same_codes_and_places() {
    let site = broken_site();
    let kk = site.run(&["build", "--lang", "kk"]);
    let en = site.run(&["build"]);
    assert_eq!(kk.code, 1, "{}", kk.stderr);
    let codes = |text: &str| -> Vec<String> {
        text.lines().filter_map(|l| Some(l.split_once('[')?.1.split_once(']')?.0.to_string())).collect()
    };
    assert_eq!(codes(&kk.stderr), codes(&en.stderr), "the same findings in both languages");
    for (_, _, place) in BROKEN {
        assert!(kk.stderr.contains(place), "missing {place} in:\n{}", kk.stderr);
    }
    for expected in [
        "қате[E0113]: мұнда бос орынмен келген қос нүкте («: ») тұра алмайды",
        "= қалай түзету керек: осы жолды тексеріңіз: шегіністер, қос нүктелер, тырнақшалар",
        "draft: мұнда true немесе false керек, ал жазылғаны — «yes please» мәтіні",
        "sources (1-тармақ): міндетті `url` өрісі жоқ",
        "қателер: 11, ескертулер: 0; ештеңе жазылған жоқ, сайттың бұрынғы нұсқасы өзгерген жоқ.",
    ] {
        assert!(kk.stderr.contains(expected), "missing «{expected}» in:\n{}", kk.stderr);
    }
    let lines = message_lines(&kk.stderr);
    assert!(lines.len() >= 22, "every error and its help: {}", kk.stderr);
    let untranslated: Vec<&&str> = lines.iter().filter(|l| !l.chars().any(|c| ('а'..='я').contains(&c))).collect();
    assert!(untranslated.is_empty(), "messages left in English: {untranslated:#?}");
}

#[test]
fn a_good_build_sums_up_in_russian() {
    let site = SiteTest::fixture("good-site");
    let run = site.run(&["build", "--lang", "ru"]);
    run.assert_ok();
    assert!(run.stderr.contains("страниц — 3, разделов — "), "{}", run.stderr);
    assert!(run.stderr.contains("записано файлов: "), "{}", run.stderr);
}

#[test]
fn check_reports_the_same_in_russian() {
    let run = broken_site().run(&["check", "--lang", "ru"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("сайт не собирается: ошибок — 11"), "{}", run.stdout);
    assert!(message_lines(&run.stdout).len() >= 22, "every error and its help: {}", run.stdout);
    let english: Vec<&str> =
        message_lines(&run.stdout).into_iter().filter(|l| !l.chars().any(|c| ('а'..='я').contains(&c))).collect();
    assert!(english.is_empty(), "messages left in English: {english:#?}");
}

#[test]
fn an_unknown_message_language_is_a_usage_error() {
    let run = SiteTest::fixture("good-site").run(&["build", "--lang", "de"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("possible values: en, ru, kk"), "{}", run.stderr);
}

#[test]
fn a_failure_outside_the_site_is_labelled_in_russian_too() {
    let site = SiteTest::fixture("good-site");
    // The output's parent is a file: the staging folder cannot be made.
    let file = site.root.parent().expect("parent").join("a-file");
    std::fs::write(&file, "x").expect("write");
    let output = file.join("public");
    let output = output.to_str().expect("a UTF-8 path");
    let run = site.run(&["build", "--lang", "ru", "--output", output]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.starts_with("ошибка: "), "{}", run.stderr);
    let run = site.run(&["build", "--output", output]);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
}

#[test]
fn a_refused_output_folder_is_a_usage_error_in_russian_too() {
    let site = SiteTest::fixture("good-site");
    let output = site.root.join("content");
    let run = site.run(&["build", "--lang", "ru", "--output", output.to_str().expect("a UTF-8 path")]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.starts_with("ошибка: "), "{}", run.stderr);
    assert_eq!(run.stderr.matches("content").count(), 2, "printed once: {}", run.stderr);
    assert!(run.stderr.contains("а там исходные файлы сайта"), "the refusal itself is Russian: {}", run.stderr);
}
