use super::*;

const SITE_TOML: &str = r#"
base_url = "https://example.org/lib"
default_language = "en"
title = { en = "Library" }
[languages.en]
label = "English"
[doc_types]
page = { en = "Page" }
news = { en = "News" }
[topics]
oil-spills = { en = "Oil spills" }
"#;

/// A site with a `news` section; `timezone` is written into site.toml when given.
fn site(timezone: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let zone = timezone.map(|tz| format!("timezone = \"{tz}\"\n")).unwrap_or_default();
    std::fs::write(dir.path().join("site.toml"), format!("{zone}{SITE_TOML}")).expect("site.toml");
    std::fs::create_dir_all(dir.path().join("content/news")).expect("content");
    std::fs::write(dir.path().join("content/_index.md"), "---\ntitle: Home\n---\n").expect("home");
    std::fs::write(dir.path().join("content/news/_index.md"), "---\ntitle: News\n---\n").expect("section");
    dir
}

fn args(root: &Path, slug: &str, today: Option<NaiveDate>) -> NewArgs {
    NewArgs {
        path: format!("news/{slug}"),
        doc_type: Some("news".into()),
        lang: None,
        title: Some("T".into()),
        root: root.to_path_buf(),
        today,
    }
}

/// 01:30 on 8 December in Atyrau (UTC+5), still 7 December in UTC.
fn early_morning_in_atyrau() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-07T20:30:00Z").expect("instant").with_timezone(&Utc)
}

fn written(root: &Path, slug: &str) -> String {
    std::fs::read_to_string(root.join(format!("content/news/{slug}.md"))).expect("the new page")
}

#[test]
fn the_date_is_todays_in_the_sites_time_zone() {
    let dir = site(Some("Asia/Atyrau"));
    assert!(run_at(&args(dir.path(), "early", None), early_morning_in_atyrau()).expect("runs"));
    let text = written(dir.path(), "early");
    assert!(text.contains("date: 2026-12-08 #") && text.contains("updated: 2026-12-08\n"), "{text}");
}

#[test]
fn the_date_is_utcs_without_a_timezone_and_today_overrides_it() {
    let dir = site(None);
    assert!(run_at(&args(dir.path(), "utc", None), early_morning_in_atyrau()).expect("runs"));
    assert!(written(dir.path(), "utc").contains("date: 2026-12-07 #"));
    let given = NaiveDate::from_ymd_opt(2020, 1, 2);
    let dir = site(Some("Asia/Atyrau"));
    assert!(run_at(&args(dir.path(), "given", given), early_morning_in_atyrau()).expect("runs"));
    assert!(written(dir.path(), "given").contains("date: 2020-01-02 #"));
}
