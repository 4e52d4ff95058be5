use super::*;

const MINIMAL: &str = r#"
base_url = "https://example.org/lib/"
default_language = "ru"
title = { ru = "Библиотека", en = "Library" }
[languages.en]
label = "English"
[languages.ru]
label = "Русский"
[doc_types]
page = { ru = "Страница", en = "Page" }
[topics]
oil-spills = { ru = "Разливы нефти", en = "Oil spills" }
"#;

#[test]
fn resolves_a_minimal_config() {
    let config = Config::parse(MINIMAL).expect("valid");
    assert_eq!(config.base_url, "https://example.org/lib");
    assert_eq!(config.language_codes().collect::<Vec<_>>(), ["ru", "en"]);
    assert_eq!(config.language_prefix("ru"), "");
    assert_eq!(config.language_prefix("en"), "en/");
    assert_eq!(config.vocabularies.topics.label("oil-spills", "en"), "Oil spills");
    assert!(!config.pretty_links);
}

#[test]
fn unknown_key_is_an_error_with_its_line() {
    let text = format!("{MINIMAL}\n[extra]\nx = 1\n");
    let errors = Config::parse(&text.replacen("base_url", "colour = 1\nbase_url", 1)).unwrap_err();
    assert!(errors[0].message.to_string().contains("unknown field `colour`"), "{errors:?}");
    assert_eq!(errors[0].line, Some(2));
}

#[test]
fn missing_label_is_an_error() {
    let text = MINIMAL.replace(
        "oil-spills = { ru = \"Разливы нефти\", en = \"Oil spills\" }",
        "oil-spills = { ru = \"Разливы нефти\" }",
    );
    let errors = Config::parse(&text).unwrap_err();
    assert!(
        errors.iter().any(|e| e.message.to_string() == "topic \"oil-spills\" has no label for \"en\""),
        "{errors:?}"
    );
}

#[test]
fn default_language_must_exist() {
    let errors = Config::parse(&MINIMAL.replace("default_language = \"ru\"", "default_language = \"kk\"")).unwrap_err();
    assert!(errors[0].message.to_string().contains("default_language \"kk\""), "{errors:?}");
}

#[test]
fn output_dir_in_the_sources_is_an_error_with_its_line() {
    for dir in ["themes", "content/out", "./site.toml", ".", "src", ".git"] {
        let text = MINIMAL.replacen("base_url", &format!("output_dir = \"{dir}\"\nbase_url"), 1);
        let errors = Config::parse(&text).unwrap_err();
        assert!(errors[0].message.to_string().contains("holds the site's sources"), "{dir}: {errors:?}");
        assert_eq!(errors[0].line, Some(2), "{dir}");
    }
    let text = MINIMAL.replacen("base_url", "output_dir = \"public-site\"\nbase_url", 1);
    assert!(Config::parse(&text).is_ok());
}

#[test]
fn timezone_defaults_to_utc_and_reads_an_iana_name() {
    assert_eq!(Config::parse(MINIMAL).expect("valid").timezone, chrono_tz::Tz::UTC);
    let text = MINIMAL.replacen("default_language", "timezone = \"Asia/Atyrau\"\ndefault_language", 1);
    assert_eq!(Config::parse(&text).expect("valid").timezone, chrono_tz::Tz::Asia__Atyrau);
}

#[test]
fn unknown_timezone_is_an_error_with_its_line_and_a_suggestion() {
    let text = MINIMAL.replacen("default_language", "timezone = \"Asia/Atyrua\"\ndefault_language", 1);
    let errors = Config::parse(&text).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].message.to_string(), "timezone \"Asia/Atyrua\" is not an IANA time zone name");
    assert_eq!(errors[0].line, Some(3));
    assert_eq!(errors[0].help.as_ref().map(ToString::to_string).as_deref(), Some("did you mean \"Asia/Atyrau\"?"));
    let errors =
        Config::parse(&MINIMAL.replacen("default_language", "timezone = \"+05:00\"\ndefault_language", 1)).unwrap_err();
    assert_eq!(
        errors[0].help.as_ref().map(ToString::to_string).as_deref(),
        Some("use a name from the IANA time zone database, such as Asia/Atyrau or UTC")
    );
}

#[test]
fn config_errors_stand_at_the_key_the_toml_parser_read() {
    // The key's name also stands in a comment and in another key before it: only the parser knows which
    // line holds the key itself.
    let text = MINIMAL
        .replace(
            "base_url = \"https://example.org/lib/\"",
            "# base_url = \"x\" was the old one\nbase_url = \"example.org\"",
        )
        .replace(
            "[topics]\noil-spills = { ru = \"Разливы нефти\", en = \"Oil spills\" }",
            "[topics.oil-spills]\nru = \"Разливы нефти\"",
        );
    let errors = Config::parse(&text).unwrap_err();
    let line_of = |code: &str| errors.iter().find(|e| e.code() == code).and_then(|e| e.line);
    assert_eq!(line_of("E0005"), Some(3), "{errors:?}");
    assert_eq!(line_of("E0013"), Some(12), "{errors:?}");
}
