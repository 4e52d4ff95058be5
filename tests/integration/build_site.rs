//! Integration tests on the `library` fixture site: sections, translations, taxonomies, aliases,
//! attachments, drafts, links and pagination, asserted on the built HTML.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::sync::OnceLock;

use support::SiteTest;

/// The fixture, built once for all tests in this file.
fn library() -> &'static SiteTest {
    static SITE: OnceLock<SiteTest> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = SiteTest::fixture("library");
        site.build().assert_ok();
        site
    })
}

#[test]
fn nested_sections_have_pages_breadcrumbs_and_subsections() {
    let site = library();
    let conventions = site.main_of("conventions/index.html");
    assert!(conventions.contains("href=\"protocols/index.html\">Протоколы</a>"), "{conventions}");
    assert!(conventions.contains("href=\"tehran/index.html\">Тегеранская конвенция</a>"), "{conventions}");
    let protocols = site.read("conventions/protocols/index.html");
    assert!(protocols.contains("href=\"aktau/index.html\">Актауский протокол</a>"));
    let page = site.read("conventions/protocols/aktau/index.html");
    let crumbs = &page[page.find("class=\"breadcrumbs").expect("breadcrumbs")..];
    let crumbs = &crumbs[..crumbs.find("</nav>").expect("end")];
    assert!(crumbs.contains("href=\"../../../index.html\">Библиотека</a>"), "{crumbs}");
    assert!(crumbs.contains("href=\"../../index.html\">Конвенции</a>"), "{crumbs}");
    assert!(crumbs.contains("href=\"../index.html\">Протоколы</a>"), "{crumbs}");
}

#[test]
fn translations_are_linked_by_the_switcher_and_hreflang() {
    let site = library();
    let ru = site.read("conventions/tehran/index.html");
    assert!(ru.contains("<html lang=\"ru\""));
    assert!(ru.contains("href=\"../../en/conventions/tehran/index.html\" hreflang=\"en\""), "switcher to en");
    assert!(
        ru.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/lib/en/conventions/tehran/\">")
    );
    // No Kazakh translation: the switcher goes to the Kazakh home page and says so.
    assert!(
        ru.contains("href=\"../../kk/index.html\" hreflang=\"kk\" lang=\"kk\" class=\"no-translation\""),
        "kk falls back to home"
    );
    let en = site.read("en/conventions/tehran/index.html");
    assert!(en.contains("<html lang=\"en\""));
    assert!(en.contains("href=\"../../../conventions/tehran/index.html\" hreflang=\"ru\""), "switcher back to ru");
    assert!(en.contains("<span aria-current=\"true\" lang=\"en\">English</span>"));
    // An English page links the English translation of another document when it exists, else the Russian one.
    assert!(en.contains("href=\"../../../conventions/protocols/aktau/index.html\">Aktau Protocol</a>"), "{en}");
}

#[test]
fn every_taxonomy_has_an_index_and_term_pages() {
    let site = library();
    for index in ["topics", "pillars", "types", "years", "tags"] {
        assert!(site.exists(&format!("{index}/index.html")), "{index}/index.html");
    }
    let topic = site.main_of("topics/oil-spills/index.html");
    assert!(topic.contains("Тегеранская конвенция") && topic.contains("Актауский протокол"), "{topic}");
    let pillar = site.main_of("pillars/public-participation/index.html");
    assert!(pillar.contains("Как запросить экологическую информацию"));
    let types = site.main_of("types/convention/index.html");
    assert!(types.contains("Тегеранская конвенция") && !types.contains("Актауский"));
    let year = site.main_of("years/2011/index.html");
    assert!(year.contains("Актауский протокол"));
    // Eight pages carry the tag «Каспий»: three listing pages of three, newest first.
    let tag = site.main_of("tags/kaspii/index.html");
    assert!(tag.contains("Новость 7") && tag.contains("<h1>Каспий</h1>"), "{tag}");
    assert!(site.main_of("tags/kaspii/page/3/index.html").contains("Тегеранская конвенция"));
    let topics = site.main_of("topics/index.html");
    assert!(
        topics.contains("href=\"oil-spills/index.html\">Разливы нефти</a> <span class=\"count\">2</span>"),
        "{topics}"
    );
    // English taxonomies list English pages only.
    let en = site.main_of("en/topics/oil-spills/index.html");
    assert!(en.contains("Tehran Convention") && !en.contains("Тегеранская"));
}

#[test]
fn aliases_redirect_relatively() {
    let site = library();
    let alias = site.read("old/tehran/index.html");
    assert!(
        alias.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../conventions/tehran/index.html\">"),
        "{alias}"
    );
    assert!(alias.contains("<link rel=\"canonical\" href=\"https://example.org/lib/conventions/tehran/\">"));
}

#[test]
fn attachments_are_copied_and_shown_with_format_and_size() {
    let site = library();
    assert_eq!(site.read("guides/request-template.txt"), "Шаблон запроса\n");
    let page = site.main_of("guides/request/index.html");
    assert!(page.contains("<a href=\"../request-template.txt\" download>Шаблон запроса</a> <span class=\"file-meta\">(TXT, 28 Б, Русский)</span>"), "{page}");
    assert!(page.contains("<a href=\"../request-template.txt\">шаблону</a>"), "body link to the file is relative");
    assert!(site.exists("conventions/protocols/scheme.png"), "co-located image copied");
    let aktau = site.main_of("conventions/protocols/aktau/index.html");
    assert!(aktau.contains("<img src=\"../scheme.png\" alt=\"Схема реагирования\" loading=\"lazy\""), "{aktau}");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = library();
    assert!(!site.exists("conventions/draft-protocol/index.html"));
    assert!(!site.read("conventions/index.html").contains("Черновик"));
    let drafts = SiteTest::fixture("library");
    drafts.run(&["build", "--drafts"]).assert_ok();
    assert!(drafts.exists("conventions/draft-protocol/index.html"));
}

#[test]
fn internal_links_and_anchors_resolve() {
    let site = library();
    let aktau = site.main_of("conventions/protocols/aktau/index.html");
    assert!(aktau.contains("<a href=\"../../tehran/index.html#секретариат\">Тегеранской конвенции</a>"), "{aktau}");
    assert!(
        aktau.contains("<a href=\"../../tehran/index.html#обязательства-сторон\">обязательства</a>"),
        "relative .md link"
    );
    assert!(aktau.contains("<a href=\"../../index.html\">раздел</a>"), "section link");
    assert!(
        aktau.contains("<a href=\"https://unece.org/\" class=\"external\" rel=\"external noopener\">"),
        "external marked"
    );
    let tehran = site.main_of("conventions/tehran/index.html");
    assert!(tehran.contains("<h2 id=\"секретариат\">Секретариат"), "{tehran}");
}

#[test]
fn instrument_pages_link_protocols_and_parent_both_ways() {
    let site = library();
    let tehran = site.main_of("conventions/tehran/index.html");
    let protocols = &tehran[tehran.find("id=\"protocols-title\"").expect("protocols block")..];
    assert!(protocols.contains("href=\"../protocols/aktau/index.html\">Актауский протокол</a>"), "{protocols}");
    let cited = &tehran[tehran.find("id=\"cited-title\"").expect("cited-by block")..];
    assert!(cited.contains("Как запросить экологическую информацию"), "guides citing it as legal basis");
    let aktau = site.main_of("conventions/protocols/aktau/index.html");
    assert!(
        aktau.contains("<dt>Конвенция</dt><dd><a href=\"../../tehran/index.html\">Тегеранская конвенция</a></dd>"),
        "{aktau}"
    );
}

#[test]
fn document_record_shows_the_metadata() {
    let site = library();
    let page = site.main_of("conventions/tehran/index.html");
    for expected in [
        "<dt>Принят</dt><dd><time datetime=\"2003-11-04\">4 ноября 2003 г.</time>, Тегеран</dd>",
        "<dt>Вступил в силу</dt><dd><time datetime=\"2006-08-12\">12 августа 2006 г.</time></dd>",
        "<dt>Стороны</dt><dd>AZ, IR, KZ, RU, TM</dd>",
        "Закон Республики Казахстан № 97 от <time datetime=\"2005-12-13\">13 декабря 2005 г.</time>",
        "<dt>Последняя проверка</dt><dd><time datetime=\"2026-11-20\">20 ноября 2026 г.</time></dd>",
        "Проведена ли седьмая конференция сторон.",
        "class=\"notice notice-unconfirmed\" role=\"note\"",
        "(дата обращения <time datetime=\"2026-11-01\">1 ноября 2026 г.</time>)",
    ] {
        assert!(page.contains(expected), "missing {expected}\n{page}");
    }
    let html = site.read("conventions/tehran/index.html");
    let start = html.find("application/ld+json\">").expect("json-ld") + "application/ld+json\">".len();
    let json: serde_json::Value =
        serde_json::from_str(&html[start..html[start..].find("</script>").expect("end") + start])
            .expect("valid JSON-LD");
    assert_eq!(json["@type"], "Legislation");
    assert_eq!(json["legislationLegalForce"], "https://schema.org/InForce");
    assert_eq!(json["workTranslation"][0]["@id"], "https://example.org/lib/en/conventions/tehran/");
}

#[test]
fn long_sections_are_paginated() {
    let site = library();
    // paginate_by = 3 in base-site.toml: 7 news items make 3 pages, newest first.
    let first = site.main_of("news/index.html");
    assert!(first.contains("Новость 7") && first.contains("Новость 5") && !first.contains("Новость 4"), "{first}");
    assert!(first.contains("<a rel=\"next\" href=\"page/2/index.html\">"), "{first}");
    let second = site.main_of("news/page/2/index.html");
    assert!(second.contains("Новость 4") && second.contains("<a rel=\"prev\" href=\"../../index.html\">"), "{second}");
    assert!(site.exists("news/page/3/index.html") && !site.exists("news/page/4/index.html"));
}

#[test]
fn previous_and_next_stay_within_the_section() {
    let site = library();
    let item = site.main_of("news/item-5/index.html");
    assert!(item.contains("<a rel=\"prev\" href=\"../item-6/index.html\">"), "{item}");
    assert!(item.contains("<a rel=\"next\" href=\"../item-4/index.html\">"), "{item}");
}

#[test]
fn machine_readable_outputs_exist() {
    let site = library();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/lib/conventions/tehran/</loc>"));
    assert!(sitemap.contains("hreflang=\"en\" href=\"https://example.org/lib/en/conventions/tehran/\""));
    assert!(site.read("atom.xml").contains("<title>Тегеранская конвенция</title>"));
    assert!(site.read("en/atom.xml").contains("<title>Tehran Convention</title>"));
    assert!(site.read("robots.txt").contains("Sitemap: https://example.org/lib/sitemap.xml"));
    let catalog: serde_json::Value = serde_json::from_str(&site.read("catalog.json")).expect("catalog.json");
    let tehran = catalog
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["id"] == "conventions/tehran" && r["lang"] == "ru")
        .expect("record");
    assert_eq!(tehran["in_force"], "2006-08-12");
    assert_eq!(tehran["translations"][0], "en");
    let csv = site.read("catalog.csv");
    assert!(csv.starts_with("\u{feff}id,lang,title,doc_type"), "BOM and header");
    assert!(csv.contains("conventions/tehran,ru,Тегеранская конвенция,convention,2003-11-04"));
}

#[test]
fn pretty_links_drop_index_html() {
    let site = SiteTest::fixture("library");
    let config = std::fs::read_to_string(site.root.join("site.toml")).expect("site.toml");
    site.write("site.toml", config.replace("paginate_by = 3", "paginate_by = 3\npretty_links = true"));
    site.build().assert_ok();
    let aktau = site.main_of("conventions/protocols/aktau/index.html");
    assert!(aktau.contains("<a href=\"../../tehran/#секретариат\">"), "{aktau}");
}

#[test]
fn building_twice_gives_identical_output() {
    let site = SiteTest::fixture("library");
    site.build().assert_ok();
    let first = site.snapshot();
    site.build().assert_ok();
    assert_eq!(first, site.snapshot());
}

#[test]
fn a_failed_build_leaves_the_search_index_of_the_last_good_one() {
    let site = SiteTest::fixture("library");
    site.build().assert_ok();
    let text = std::fs::read_to_string(site.root.join("content/guides/request.md")).unwrap();
    site.write("content/guides/request.md", format!("{text}\nСловомаркер появился.\n"));
    // The bodies render (so the index starts), then a template fails.
    let base = std::fs::read_to_string(site.root.join("themes/default/templates/page.html")).unwrap();
    site.write("themes/default/templates/page.html", base.replacen("{{", "{{ no_such_variable }}{{", 1));
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let search = site.run(&["search", "словомаркер", "--json"]);
    assert_eq!(search.code, 0, "{}", search.stderr);
    assert!(!search.stdout.contains("request"), "the index of a failed build was swapped in: {}", search.stdout);
    assert!(!site
        .root
        .join(".ecolib-cache")
        .read_dir()
        .unwrap()
        .any(|e| { e.unwrap().file_name().to_string_lossy().contains("staging") }));
    // Once the site builds, the index follows it.
    site.write("themes/default/templates/page.html", base);
    site.build().assert_ok();
    let search = site.run(&["search", "словомаркер", "--json"]);
    assert!(search.stdout.contains("request"), "{}", search.stdout);
}

#[test]
fn a_deadline_links_its_source_by_the_title_of_the_pages_source() {
    let site = SiteTest::fixture("good-site");
    let text = std::fs::read_to_string(site.root.join("content/guides/request.md")).unwrap();
    let deadlines = "  steps_deadlines:\n    - { step: Ответ органа, days: 15, day_type: working, source: \"https://example.org/law\" }\n    - { step: Жалоба, days: 30, day_type: calendar, source: \"Статья 91 АППК\" }\n";
    site.write(
        "content/guides/request.md",
        text.replacen("  audience: [citizens]\n", &format!("  audience: [citizens]\n{deadlines}"), 1),
    );
    site.build().assert_ok();
    let main = site.main_of("guides/request/index.html");
    // The fixture's sources: `- title: Закон` with `url: https://example.org/law`.
    assert!(
        main.contains("<a href=\"https://example.org/law\" class=\"external\" rel=\"external noopener\">Закон</a>"),
        "{main}"
    );
    assert!(main.contains("(Статья 91 АППК)"), "{main}");
}

#[test]
fn the_offline_page_links_the_librarys_zip_with_its_size() {
    let site = SiteTest::fixture("good-site");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write("site.toml", format!("offline_zip_url = \"https://example.org/library.zip\"\n{toml}"));
    site.write(
        "content/docs/offline.md",
        "---\ntitle: Без интернета\nsummary: s\ndoc_type: page\ntemplate: offline.html\n---\nТекст.\n",
    );
    let zip = site.root.parent().unwrap().join("library.zip");
    std::fs::write(&zip, vec![0u8; 3 * 1024 * 1024]).unwrap();
    site.run(&["build", "--offline-zip", zip.to_str().unwrap()]).assert_ok();
    let main = site.main_of("docs/offline/index.html");
    assert!(main.contains("<a href=\"https://example.org/library.zip\" download>"), "{main}");
    assert!(main.contains("(ZIP, 3,0 МБ)"), "{main}");
    // Without the file the link stays, without a size; other pages have no such box.
    site.build().assert_ok();
    let main = site.main_of("docs/offline/index.html");
    assert!(main.contains("library.zip") && !main.contains("(ZIP,"), "{main}");
    assert!(!site.main_of("guides/request/index.html").contains("offline-download"));
}

#[test]
fn offline_zip_without_an_address_in_site_toml_is_an_error() {
    let site = SiteTest::fixture("good-site");
    let zip = site.root.parent().unwrap().join("library.zip");
    std::fs::write(&zip, b"PK").unwrap();
    let run = site.run(&["build", "--offline-zip", zip.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("site.toml has no offline_zip_url"), "{}", run.stderr);
    let missing = site.root.parent().unwrap().join("none.zip");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write("site.toml", format!("offline_zip_url = \"https://example.org/library.zip\"\n{toml}"));
    let run = site.run(&["build", "--offline-zip", missing.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("ecolib pack --zip"), "{}", run.stderr);
}

/// A lecture whose date nobody knows: `date_unknown: true` instead of a stand-in date.
const UNDATED_LECTURE: &str = "---\ntitle: Лекция\nsummary: s\ndoc_type: lecture\ndate_unknown: true\ntopics: [oil-spills]\nsources:\n  - { title: Источник, url: \"https://example.org/a\" }\nevent:\n  city: Атырау\nunconfirmed:\n  - Дата лекции не установлена.\n---\nТекст.\n";

#[test]
fn a_document_whose_date_is_unknown_says_so_instead_of_a_stand_in_date() {
    let site = SiteTest::fixture("good-site");
    site.write("content/docs/lecture.md", UNDATED_LECTURE);
    site.build().assert_ok();
    let page = site.read("docs/lecture/index.html");
    assert!(page.contains("<dd>не установлена (см. непроверенные сведения)</dd>"), "{page}");
    assert!(!page.contains("startDate"), "no date in JSON-LD");
}

#[test]
fn date_unknown_must_be_explained_and_never_sit_beside_a_date() {
    let site = SiteTest::fixture("good-site");
    for (broken, message) in [
        (
            UNDATED_LECTURE.replace("unconfirmed:\n  - Дата лекции не установлена.\n", ""),
            "`date_unknown: true` needs a line in `unconfirmed`",
        ),
        (
            UNDATED_LECTURE.replace("  city: Атырау\n", "  city: Атырау\n  date: 2010-10-20\n"),
            "`date_unknown: true` beside a date",
        ),
        (UNDATED_LECTURE.replace("date_unknown: true\n", "date: 2010-10-20\n"), "`event` has no `date`"),
    ] {
        site.write("content/docs/lecture.md", broken);
        let run = site.build();
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(run.stderr.contains(message), "{message}:\n{}", run.stderr);
    }
}
