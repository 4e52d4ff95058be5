use std::collections::BTreeSet;

use super::*;

#[test]
fn suggest_finds_close_names_only() {
    let known = ["oil-spills", "sturgeon", "eia"];
    assert_eq!(suggest("oil-spil", known), Some("oil-spills"));
    assert_eq!(suggest("sturgen", known), Some("sturgeon"));
    assert_eq!(suggest("zzzz", known), None);
}

#[test]
fn line_col_counts_from_one() {
    assert_eq!(line_col("ab\ncd", 0), (1, 1));
    assert_eq!(line_col("ab\ncd", 4), (2, 2));
    assert_eq!(line_col("аб\nвг", "аб\nв".len()), (2, 2));
}

fn unknown_topic() -> Diagnostic {
    Diagnostic::error("content/a.md", codes::UNKNOWN_TOPIC.arg("value", "oil-spil"))
        .at_line(3)
        .with_help(msg("did-you-mean").arg("suggestion", "oil-spills"))
}

#[test]
fn rendered_diagnostic_shows_the_code_and_the_line() {
    let mut sources = SourceMap::default();
    sources.insert("content/a.md", "---\ntitle: x\ntopics: [oil-spil]\n---\n");
    let text = render_diagnostics(&[unknown_topic()], &sources);
    assert!(text.starts_with("error[E0102]: unknown topic \"oil-spil\"\n"), "{text}");
    assert!(text.contains("content/a.md:3:1"), "{text}");
    assert!(text.contains("topics: [oil-spil]"), "{text}");
    assert!(text.contains("= help: did you mean \"oil-spills\"?"), "{text}");
}

#[test]
fn the_same_diagnostic_reads_in_russian_and_kazakh() {
    let mut sources = SourceMap::default();
    sources.insert("content/a.md", "---\ntitle: x\ntopics: [oil-spil]\n---\n");
    let ru = render_diagnostics_in(&[unknown_topic()], &sources, Lang::Ru);
    assert!(ru.starts_with("ошибка[E0102]: неизвестная тема «oil-spil»\n"), "{ru}");
    assert!(ru.contains("= как исправить: может быть, «oil-spills»?"), "{ru}");
    let kk = render_diagnostics_in(&[unknown_topic()], &SourceMap::default(), Lang::Kk);
    assert!(kk.starts_with("қате[E0102]: «oil-spil» деген тақырып жоқ\n"), "{kk}");
    assert!(kk.contains("= файл: content/a.md:3"), "{kk}");
}

#[test]
fn counts_take_the_plural_form_of_the_language() {
    let summary = |count: usize| codes::SUMMARY_TOO_LONG.arg("count", count).arg("max", 300usize);
    let ru: Vec<String> = [301, 302, 305, 321].map(|n| Lang::Ru.render(&summary(n))).to_vec();
    assert_eq!(
        ru,
        [
            "в кратком содержании 301 знак, больше 300",
            "в кратком содержании 302 знака, больше 300",
            "в кратком содержании 305 знаков, больше 300",
            "в кратком содержании 321 знак, больше 300",
        ]
    );
    // Kazakh keeps the noun singular after a number.
    assert_eq!(Lang::Kk.render(&summary(305)), "қысқаша мазмұнда 305 таңба бар, бұл 300 таңбадан көп");
    assert_eq!(Lang::En.render(&summary(305)), "the summary has 305 characters, more than 300");
}

#[test]
fn json_carries_the_code_and_the_arguments() {
    let json = unknown_topic().to_json(Lang::Ru);
    assert_eq!(json["code"], "E0102");
    assert_eq!(json["name"], "unknown-topic");
    assert_eq!(json["args"]["value"], "oil-spil");
    assert_eq!(json["message"], "неизвестная тема «oil-spil»");
    assert_eq!(json["help_id"], "did-you-mean");
    assert_eq!(json["help_args"]["suggestion"], "oil-spills");
    assert_eq!(json["line"], 3);
}

#[test]
fn long_source_line_is_cut_around_the_column() {
    let line = format!("{}NEEDLE{}", "a".repeat(150_000), "b".repeat(50_000));
    let mut sources = SourceMap::default();
    sources.insert("content/a.md", format!("---\ntitle: x\n---\n{line}\n"));
    let d = Diagnostic::error("content/a.md", codes::IMAGE_WITHOUT_ALT).at(4, 150_001);
    let text = render_diagnostics(&[d], &sources);
    assert!(text.len() < 2_000, "the line is echoed whole: {} bytes", text.len());
    assert!(text.contains("content/a.md:4:150001"), "{text}");
    assert!(text.contains(&format!("…{}NEEDLE{}…", "a".repeat(100), "b".repeat(94))), "{text}");
    let caret_line = text.lines().find(|l| l.contains('^')).unwrap_or_default();
    let source_line = text.lines().find(|l| l.contains("NEEDLE")).unwrap_or_default();
    let caret_at = caret_line.chars().position(|c| c == '^');
    assert_eq!(caret_at, source_line.chars().position(|c| c == 'N'), "{text}");
}

#[test]
fn short_lines_are_shown_whole() {
    let mut sources = SourceMap::default();
    sources.insert("content/a.md", format!("{}\n", "a".repeat(200)));
    let d = Diagnostic::error("content/a.md", codes::IMAGE_WITHOUT_ALT).at(1, 5);
    let text = render_diagnostics(&[d], &sources);
    assert!(text.contains(&"a".repeat(200)) && !text.contains('…'), "{text}");
}

#[test]
fn diagnostic_without_source_names_the_file() {
    let d = Diagnostic::error("content/b.md", codes::IMAGE_WITHOUT_ALT).at_line(7);
    let text = render_diagnostics(&[d], &SourceMap::default());
    assert!(text.contains("in content/b.md:7"), "{text}");
}

#[test]
fn every_catalog_parses_without_errors() {
    for lang in Lang::ALL {
        let parsed = fluent_syntax::parser::parse(lang.source());
        assert!(parsed.is_ok(), "{}.ftl: {:?}", lang.code(), parsed.err().map(|(_, errors)| errors));
    }
}

#[test]
fn every_entry_has_the_same_arguments_in_en_ru_and_kk() {
    let en = catalog::entry_variables(Lang::En);
    for lang in [Lang::Ru, Lang::Kk] {
        let other = catalog::entry_variables(lang);
        let missing: Vec<&&str> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&&str> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
        let differing: Vec<(&str, &BTreeSet<&str>, &BTreeSet<&str>)> =
            en.iter().filter(|(k, v)| other[*k] != **v).map(|(k, v)| (*k, v, &other[*k])).collect();
        assert!(differing.is_empty(), "{}: arguments differ from en: {differing:#?}", lang.code());
    }
}

#[test]
fn every_code_is_unique_and_documented_in_the_english_catalog() {
    let en = catalog::entry_variables(Lang::En);
    let mut numbers = BTreeSet::new();
    let mut names = BTreeSet::new();
    for code in codes::ALL {
        let number = code.code.unwrap_or_default();
        assert!(numbers.insert(number), "{number} is used twice");
        assert!(names.insert(code.name), "{} is used twice", code.name);
        assert!(en.contains_key(code.name), "{number} {} has no catalog entry", code.name);
        let catalog = catalog::catalog_of(Lang::En);
        for attribute in ["example", "fix"] {
            let text = catalog.attribute(code.name, attribute).unwrap_or_default();
            assert!(!text.trim().is_empty(), "{number} {} has no .{attribute} in en.ftl", code.name);
        }
    }
}

/// Every string literal in the sources shaped like a catalog id (lowercase words joined by hyphens).
fn ids_named_in_sources() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let id_literal = regex::Regex::new(r#""([a-z0-9]+(?:-[a-z0-9]+)+)""#).expect("a valid pattern");
    let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                found.extend(id_literal.captures_iter(&text).map(|c| c[1].to_string()));
            }
        }
    }
    found
}

#[test]
fn every_id_the_code_names_is_in_the_catalogs_and_every_entry_is_used() {
    let en = catalog::entry_variables(Lang::En);
    let named = ids_named_in_sources();
    // Ids the program asks for: in msg("…")/text("…") calls and in tables of ids (yaml_message.rs).
    let asked: BTreeSet<&String> =
        named.iter().filter(|n| en.contains_key(n.as_str()) || looks_like_catalog_id(n)).collect();
    let unknown: Vec<&&String> = asked.iter().filter(|n| !en.contains_key(n.as_str())).collect();
    assert!(unknown.is_empty(), "ids used in the code but missing from en.ftl: {unknown:?}");
    let codes: BTreeSet<&str> = codes::ALL.iter().map(|c| c.name).collect();
    let unused: Vec<&&str> = en.keys().filter(|k| !codes.contains(*k) && !named.contains(**k)).collect();
    assert!(unused.is_empty(), "catalog entries nothing uses: {unused:?}");
}

/// The prefixes of help and command texts: a literal with one of them must be a catalog id.
fn looks_like_catalog_id(literal: &str) -> bool {
    const PREFIXES: [&str; 18] = [
        "help-",
        "did-you-mean",
        "label-",
        "yaml-problem-",
        "yaml-context-",
        "found-",
        "expected-",
        "claimant-",
        "new-",
        "name-",
        "check-",
        "serve-",
        "report-",
        "build-",
        "search-",
        "init-",
        "pack-",
        "verify-",
    ];
    PREFIXES.iter().any(|p| literal.starts_with(p))
}

#[test]
fn docs_list_every_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/diagnostics.md");
    let generated = diagnostics_markdown();
    if std::env::var_os("ECOLIB_BLESS").is_some() {
        std::fs::write(path, &generated).unwrap_or_else(|e| panic!("writing {path}: {e}"));
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    for code in codes::ALL {
        let heading = format!("### {} {}", code.code.unwrap_or_default(), code.name);
        assert!(on_disk.contains(&heading), "docs/diagnostics.md lacks {heading}");
    }
    assert!(on_disk == generated, "docs/diagnostics.md is stale: run the test with ECOLIB_BLESS=1");
}

#[test]
fn sorting_groups_by_file_and_line_and_drops_repeats() {
    let mut all = vec![unknown_topic(), unknown_topic().at_line(1), unknown_topic()];
    sort_diagnostics(&mut all);
    let lines: Vec<Option<usize>> = all.iter().map(|d| d.line).collect();
    assert_eq!(lines, [Some(1), Some(3)]);
}
