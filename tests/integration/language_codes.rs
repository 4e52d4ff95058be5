//! One rule for language codes (`config::is_language_code`): a site that declares a three-letter language
//! (Karakalpak, ISO 639-3 `kaa`, which has no two-letter code) has pages (`x.kaa.md`) and attachments
//! (`lang: kaa`) in it, attachments may be in another three-letter language (`uzb`), and a file whose
//! suffix is a three-letter code the site does not declare is reported, not taken for part of its name.

use crate::support::SiteTest;

/// The fixture with the theme's strings for Karakalpak (the Russian ones stand in: the test is about codes).
fn karakalpak_site() -> SiteTest {
    let site = SiteTest::fixture("three-letter-language");
    let strings = source(&site, "themes/default/i18n/ru.toml");
    site.write("themes/default/i18n/kaa.toml", strings);
    site
}

/// A file of the site's sources, as text.
fn source(site: &SiteTest, rel: &str) -> String {
    std::fs::read_to_string(site.root.join(rel)).expect("a file of the fixture")
}

#[test]
fn a_site_in_a_three_letter_language_builds_its_pages_and_attachments() {
    let site = karakalpak_site();
    site.build().assert_ok();
    let page = site.read("kaa/docs/x/index.html");
    assert!(page.contains("<html lang=\"kaa\""), "the page is in Karakalpak");
    assert!(page.contains("Aral boyı suwı"), "the translation x.kaa.md");
    // The original's attachment is in Karakalpak, the translation's in Uzbek (not a site language).
    assert!(page.contains("Ólshew maǵlıwmatları</a> <span class=\"file-meta\">(TXT, 17 B, uzb)"), "{page}");
    let original = site.read("docs/x/index.html");
    assert!(original.contains("Данные замеров</a> <span class=\"file-meta\">(TXT, 17 Б, Qaraqalpaqsha)"), "{original}");
    assert!(original.contains("hreflang=\"kaa\""), "the original links its translation");
}

#[test]
fn a_three_letter_suffix_the_site_does_not_declare_is_reported() {
    let site = karakalpak_site();
    site.write("content/docs/y.tgk.md", source(&site, "content/docs/x.kaa.md"));
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[E0120]: \"tgk\" is not a language of this site"), "{}", run.stderr);
    assert!(run.stderr.contains("with one of: ru, kaa"), "{}", run.stderr);
}

#[test]
fn an_attachment_language_must_still_be_a_code() {
    let site = karakalpak_site();
    let page = source(&site, "content/docs/x.kaa.md").replace("lang: uzb", "lang: uzbek");
    site.write("content/docs/x.kaa.md", page);
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[E0209]: attachment language \"uzbek\" is not a language code"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("two or three lowercase letters"), "{}", run.stderr);
}
