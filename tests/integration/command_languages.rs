//! `--lang` in `init`, `pack` and `verify`: every message in the reader's language (ru, kk), English by
//! default, as in build, check, serve, new and search. Refusals (exit 2) are worded the same way.

use std::path::Path;

use crate::support::{self, Run, SiteTest};

/// Runs `ecolib <args>` in `dir`.
fn ecolib(dir: &Path, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Run {
    let mut command = support::ecolib_command();
    command.args(args.iter().map(|a| a.as_ref())).current_dir(dir).env("SOURCE_DATE_EPOCH", "1765000000");
    Run::of(&mut command)
}

#[test]
fn init_speaks_its_first_language_and_english_by_default() {
    let temp = tempfile::tempdir().expect("temp dir");
    let ru = ecolib(temp.path(), &[&"init", &"ru-site", &"--lang", &"ru", &"--lang", &"en"]);
    ru.assert_ok();
    assert_eq!(
        ru.stdout,
        "Новый сайт создан в ru-site (ru, en). Дальше: ecolib serve --root ru-site; руководство для редакторов — \
         ru-site/README.md.\n"
    );
    let refused = ecolib(temp.path(), &[&"init", &"ru-site", &"--lang", &"ru"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains("ошибка: папка ru-site не пуста"), "{}", refused.stderr);
    // A Kazakh site: messages and the editors' README in Kazakh, its translation example in Russian.
    let kk = ecolib(temp.path(), &[&"init", &"kk-site", &"--lang", &"kk", &"--lang", &"ru"]);
    assert!(kk.stdout.starts_with("Жаңа сайт kk-site бумасында жасалды (kk, ru)."), "{}", kk.stdout);
    let readme = std::fs::read_to_string(temp.path().join("kk-site/README.md")).expect("README");
    assert!(readme.starts_with("# Біздің экологиялық кітапхана"), "{readme}");
    assert!(readme.contains("`ecolib new library/my-report --lang ru` — оның орыс тіліне аудармасы"), "{readme}");
    let en = ecolib(temp.path(), &[&"init", &"default-site"]);
    assert!(en.stdout.starts_with("A new site in default-site (ru, kk, en)."), "{}", en.stdout);
    let refused = ecolib(temp.path(), &[&"init", &"default-site"]);
    assert!(refused.stderr.contains("error: default-site is not empty"), "{}", refused.stderr);
}

#[test]
fn pack_speaks_russian_with_lang_ru_and_english_by_default() {
    let site = SiteTest::fixture("good-site");
    let stick = tempfile::tempdir().expect("stick");
    let root = site.root.as_path();
    let refused = ecolib(root, &[&"pack", &"--root", &root, &"--to", &"not-mounted", &"--lang", &"ru"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(
        refused.stderr.contains("ошибка: --to not-mounted: такой папки нет (флешка вставлена и подключена?)"),
        "{}",
        refused.stderr
    );
    let ru = ecolib(root, &[&"pack", &"--root", &root, &"--to", &stick.path(), &"--lang", &"ru"]);
    ru.assert_ok();
    assert!(ru.stderr.contains("скопировано файлов — "), "{}", ru.stderr);
    assert!(ru.stderr.contains("МБ), удалено — 0, без изменений — 0"), "{}", ru.stderr);
    assert!(!ru.stderr.contains("copied"), "{}", ru.stderr);
    let en = ecolib(root, &[&"pack", &"--root", &root, &"--to", &stick.path()]);
    assert!(en.stderr.contains("copied 0 files (0.0 MB), removed 0, unchanged "), "{}", en.stderr);
}

#[test]
fn verify_speaks_russian_and_kazakh_and_english_by_default() {
    let site = SiteTest::fixture("good-site");
    let stick = tempfile::tempdir().expect("stick");
    let root = site.root.as_path();
    ecolib(root, &[&"pack", &"--root", &root, &"--to", &stick.path()]).assert_ok();
    let ru = ecolib(root, &[&"verify", &stick.path(), &"--lang", &"ru"]);
    ru.assert_ok();
    assert!(ru.stdout.contains(": точная копия пакета от 2025-12-06T05:46:40Z"), "{}", ru.stdout);
    let corrupt = stick.path().join("library/docs/convention/index.html");
    let mut bytes = std::fs::read(&corrupt).expect("read");
    bytes[100] ^= 1;
    std::fs::write(&corrupt, bytes).expect("write");
    let ru = ecolib(root, &[&"verify", &stick.path(), &"--lang", &"ru"]);
    assert_eq!(ru.code, 1, "{ru:?}");
    assert!(ru.stdout.starts_with("изменён: docs/convention/index.html (SHA-256 не совпадает с манифестом)\n"));
    assert!(ru.stdout.contains("не точная копия пакета от"), "{}", ru.stdout);
    assert!(ru.stdout.contains("нет — 0, изменено — 1, лишних — 0 из "), "{}", ru.stdout);
    let kk = ecolib(root, &[&"verify", &stick.path(), &"--lang", &"kk"]);
    assert!(kk.stdout.starts_with("өзгерген: docs/convention/index.html (SHA-256 мәні"), "{}", kk.stdout);
    let en = ecolib(root, &[&"verify", &stick.path()]);
    assert!(en.stdout.starts_with("changed: docs/convention/index.html (its SHA-256 differs"), "{}", en.stdout);
    let nothing = ecolib(root, &[&"verify", &"no-stick-here", &"--lang", &"ru"]);
    assert_eq!(nothing.code, 2, "{nothing:?}");
    assert!(nothing.stderr.contains("ошибка: в no-stick-here нет упакованной библиотеки"), "{}", nothing.stderr);
}
