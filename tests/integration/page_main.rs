//! The `<main>` element of one page per document type and language of a small fixture site
//! (`tests/fixtures/custom-types`), pinned with insta: a change in the shape of a page is a reviewed diff
//! (`cargo insta review`), not a surprise.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use support::SiteTest;

#[test]
fn main_of_one_page_per_doc_type_and_language() {
    let site = SiteTest::fixture("custom-types");
    site.build().assert_ok();
    for (doc_type, page) in [
        ("page", "about/contacts"),
        ("court-decision", "decisions/ural-water-case"),
        ("monitoring-report", "reports/ural-2025"),
    ] {
        for (lang, prefix) in [("ru", ""), ("en", "en/")] {
            let main = site.main_of(&format!("{prefix}{page}/index.html"));
            insta::assert_snapshot!(format!("{doc_type}-{lang}"), main);
        }
    }
}
