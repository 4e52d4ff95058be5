//! A site whose document types are its own (`tests/fixtures/custom-types`: «Решение суда» with a `law:`
//! block, a review date and schema.org `LegislationObject`; «Отчёт о мониторинге» as a `Report`): the
//! registry in site.toml drives validation, JSON-LD, catalog, feeds and `ecolib new`.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use support::SiteTest;

const DECISION: &str = "content/decisions/ural-water-case.md";

/// The JSON-LD object of an output page, or `None` when it has none.
fn jsonld(site: &SiteTest, page: &str) -> Option<serde_json::Value> {
    let html = site.read(page);
    let start = html.find("<script type=\"application/ld+json\">")? + "<script type=\"application/ld+json\">".len();
    let end = start + html[start..].find("</script>").expect("end of JSON-LD");
    Some(serde_json::from_str(&html[start..end]).expect("JSON-LD is JSON"))
}

#[test]
fn custom_types_build_and_appear_in_catalog_feeds_and_jsonld_as_declared() {
    let site = SiteTest::fixture("custom-types");
    site.build().assert_ok();
    let decision = jsonld(&site, "decisions/ural-water-case/index.html").expect("a document has JSON-LD");
    assert_eq!(decision["@type"], "LegislationObject");
    assert_eq!(decision["legislationIdentifier"], "2-1234/2024", "the law block's properties");
    assert_eq!(decision["legislationLegalForce"], "https://schema.org/InForce");
    let report = jsonld(&site, "en/reports/ural-2025/index.html").expect("a document has JSON-LD");
    assert_eq!(report["@type"], "Report");
    assert!(report.get("legislationLegalForce").is_none(), "no block, no block properties: {report}");
    assert!(jsonld(&site, "about/contacts/index.html").is_none(), "document = false: no JSON-LD");
    assert!(site.main_of("decisions/ural-water-case/index.html").contains("Решение суда"), "the declared label");

    let catalog: Vec<serde_json::Value> = serde_json::from_str(&site.read("catalog.json")).expect("catalog");
    let types_of = |id: &str| -> Vec<String> {
        catalog.iter().filter(|r| r["id"] == id).map(|r| r["doc_type"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(types_of("decisions/ural-water-case"), ["court-decision", "court-decision"]);
    assert_eq!(types_of("reports/ural-2025"), ["monitoring-report", "monitoring-report"]);
    let record = catalog.iter().find(|r| r["id"] == "decisions/ural-water-case" && r["lang"] == "ru").unwrap();
    assert_eq!((record["law_number"].as_str(), record["status"].as_str()), (Some("2-1234/2024"), Some("in-force")));
    let csv = site.read("catalog.csv");
    assert!(csv.lines().any(|l| l.contains(",court-decision,2024-03-15,")), "{csv}");

    let feed = site.read("atom.xml");
    assert!(feed.contains("decisions/ural-water-case/") && feed.contains("reports/ural-2025/"), "{feed}");
    assert!(!feed.contains("about/contacts/"), "a page that is not a document is not in the feed");
}

/// `(severity, line, message)` of every finding `check` reports for `file`.
fn findings(site: &SiteTest, file: &str) -> Vec<(String, u64, String)> {
    let run = site.run(&["check", "--today", "2026-01-01", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let mut found: Vec<_> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["path"] == file)
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap().to_string();
            (text("severity"), d["line"].as_u64().unwrap_or(0), text("message"))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn what_a_custom_type_requires_is_an_error_at_the_file_and_line() {
    let site = SiteTest::fixture("custom-types");
    let original = std::fs::read_to_string(site.root.join(DECISION)).expect("decision");
    let error = |line: u64, message: &str| ("error".to_string(), line, message.to_string());
    // review_by_required: the missing field is pointed at the title (line 2).
    site.write(DECISION, original.replace("review_by: 2027-03-15\n", ""));
    assert_eq!(findings(&site, DECISION), [error(2, "`review_by` is missing")]);
    // The declared block: its absence is pointed at doc_type (line 4).
    let without_block = original.split("law:\n").next().unwrap().to_string() + "---\nText.\n";
    site.write(DECISION, &without_block);
    assert_eq!(findings(&site, DECISION), [error(4, "doc_type \"court-decision\" needs an `law:` block")]);
    site.write(DECISION, &original);
    assert!(findings(&site, DECISION).is_empty());
    // A block on a type that does not declare it, and a document's missing date.
    let report = "content/reports/ural-2025.md";
    let text = std::fs::read_to_string(site.root.join(report)).expect("report");
    let text = text.replace("date: 2025-06-30\n", "").replace("---\n## ", "event:\n  date: 2025-06-30\n---\n## ");
    site.write(report, text);
    assert_eq!(
        findings(&site, report),
        [error(2, "`date` is missing"), error(9, "`event:` is not used by any doc_type of this site")]
    );
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("content/reports/ural-2025.md:9"), "{}", run.stderr);
}

#[test]
fn a_bad_declaration_is_a_site_toml_error_with_its_line_and_fix() {
    let site = SiteTest::fixture("custom-types");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).expect("site.toml");
    site.write("site.toml", toml.replace("block = \"law\"", "block = \"verdict\""));
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("site.toml:18"), "at the block line:\n{}", run.stderr);
    assert!(run.stderr.contains("unknown variant `verdict`, expected one of `instrument`, `law`, `event`, `guide`"));
    site.write("site.toml", toml.replace("schema_org = \"LegislationObject\"", "schema_org = \"HowTo\""));
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("schema_org \"HowTo\" cannot carry the law block's JSON-LD properties"));
    assert!(run.stderr.contains("use schema_org = Legislation or LegislationObject"), "{}", run.stderr);
    assert!(run.stderr.contains("site.toml:20"), "at the schema_org line:\n{}", run.stderr);
}

#[test]
fn new_writes_the_declared_skeleton_and_the_registrys_fields() {
    let site = SiteTest::fixture("custom-types");
    let run = site.run(&[
        "new",
        "decisions/case-2-99",
        "--type",
        "court-decision",
        "--title",
        "Дело «2-99»",
        "--today",
        "2026-12-01",
    ]);
    run.assert_ok();
    let text = std::fs::read_to_string(site.root.join("content/decisions/case-2-99.md")).expect("new page");
    let skeleton = std::fs::read_to_string(site.root.join("skeletons/court-decision.md")).expect("skeleton");
    let expected = skeleton
        .replacen("---\n", "---\ndraft: true # удалите эту строку, когда заполните все поля: до тех пор build пропускает страницу, а check перечисляет, чего не хватает\n", 1)
        .replace("{title}", "\"Дело «2-99»\"")
        .replace("{today}", "2026-12-01")
        .replace("{review_by}", "2027-12-01");
    assert_eq!(text, expected);
    // Filled in, the page builds.
    let filled = text
        .lines()
        .filter(|l| !l.starts_with("draft:"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("summary: \"\"", "summary: \"Кратко.\"")
        .replace("url: \"https://\"", "url: \"https://example.org/d/2-99\"")
        .replace("official_url: \"https://\"", "official_url: \"https://example.org/d/2-99\"")
        .replace("number: \"\"", "number: \"2-99\"")
        .replace("issuer: \"\"", "issuer: \"Суд\"");
    site.write("content/decisions/case-2-99.md", filled);
    site.build().assert_ok();
    assert!(site.exists("decisions/case-2-99/index.html"));

    // Without a skeleton, the front matter follows the registry: a document without a block or review date.
    let run = site.run(&["new", "reports/r", "--type", "monitoring-report", "--title", "R", "--today", "2026-12-01"]);
    run.assert_ok();
    let text = std::fs::read_to_string(site.root.join("content/reports/r.md")).expect("new report");
    for (line, present) in [("date: 2026-12-01", true), ("sources:", true), ("review_by:", false), ("law:", false)] {
        assert_eq!(text.contains(line), present, "{line}:\n{text}");
    }
}
