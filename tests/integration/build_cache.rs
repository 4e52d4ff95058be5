//! `serve` reuses results of earlier builds (rendered bodies, template renders, text analysis). After every
//! kind of edit the cached rebuild must equal a build from nothing, file for file, while reusing most work.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::sync::Arc;
use std::time::Duration;

use ecolib::cache::BuildCache;
use ecolib::render::RenderedSite;
use ecolib::serve::{build_in_memory, ServeOptions};
use support::SiteTest;

fn options(site: &SiteTest) -> ServeOptions {
    ServeOptions {
        root: site.root.clone(),
        include_drafts: false,
        port: 0,
        poll: false,
        debounce: Duration::from_millis(10),
        lang: ecolib::diagnostics::Lang::En,
    }
}

fn build(site: &SiteTest, cache: &Arc<BuildCache>) -> RenderedSite {
    build_in_memory(&options(site), cache).unwrap_or_else(|errors| panic!("build failed:\n{errors}"))
}

/// Builds with the long-lived cache and from nothing; the two must be the same site.
fn assert_same_as_fresh(site: &SiteTest, cache: &Arc<BuildCache>, edit: &str) -> (usize, usize) {
    let cached = build(site, cache);
    let counts = cache.last_build();
    let fresh = build(site, &Arc::new(BuildCache::new()));
    let cached_names: Vec<&String> = cached.files.keys().collect();
    let fresh_names: Vec<&String> = fresh.files.keys().collect();
    assert_eq!(cached_names, fresh_names, "after {edit}: the cached build has other files");
    for (name, bytes) in &fresh.files {
        assert!(cached.files[name] == *bytes, "after {edit}: {name} differs from a build from nothing");
    }
    assert_eq!(cached.copies, fresh.copies, "after {edit}");
    counts
}

fn edit(site: &SiteTest, rel: &str, from: &str, to: &str) {
    let path = site.root.join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn cached_rebuilds_equal_builds_from_nothing() {
    let site = SiteTest::fixture("library");
    let cache = Arc::new(BuildCache::new());
    build(&site, &cache);
    let (hits, misses) = cache.last_build();
    assert_eq!(hits, 0, "the first build has nothing to reuse");

    // Nothing changed: everything is reused.
    let (hits, misses_again) = assert_same_as_fresh(&site, &cache, "no change");
    assert_eq!(misses_again, 0, "an unchanged site must come entirely from the cache");
    assert_eq!(hits, misses, "every step of the first build is reused");

    // A title shown in listings, breadcrumbs, translations' switchers and the protocol's parent link.
    edit(
        &site,
        "content/conventions/tehran.md",
        "title: Тегеранская конвенция",
        "title: Тегеранская рамочная конвенция",
    );
    let (hits, misses) = assert_same_as_fresh(&site, &cache, "a title change");
    assert!(hits > misses, "most work is reused after one title change ({hits} hits, {misses} misses)");

    // A page moves: every body linking to it must be rendered again with the new address.
    edit(&site, "content/conventions/protocols/aktau.md", "title:", "slug: aktau-1\ntitle:");
    assert_same_as_fresh(&site, &cache, "a slug change");

    // A heading another page links to by anchor moves its id: the anchor check must still see it.
    edit(&site, "content/conventions/tehran.md", "\n## ", "\n## Вступление\n\n## ");
    assert_same_as_fresh(&site, &cache, "a new heading");

    // Body text only: the search index must see the new word.
    edit(&site, "content/guides/request.md", "\n\n", "\n\nСлово-маркер для поиска.\n\n");
    assert_same_as_fresh(&site, &cache, "a body change");

    // The theme and the site's settings reach every page.
    edit(&site, "themes/default/templates/base.html", "</body>", "<!-- edited --></body>");
    assert_same_as_fresh(&site, &cache, "a template change");
    edit(&site, "site.toml", "ru = \"Тестовая библиотека\"", "ru = \"Библиотека\"");
    assert_same_as_fresh(&site, &cache, "the site's title");
    edit(&site, "site.toml", "paginate_by = 3", "paginate_by = 2");
    assert_same_as_fresh(&site, &cache, "pagination");
    let i18n = "themes/default/i18n/ru.toml";
    let text = std::fs::read_to_string(site.root.join(i18n)).unwrap();
    let first_value = text.lines().find(|l| l.contains(" = \"")).unwrap().to_string();
    edit(&site, i18n, &first_value, &first_value.replacen(" = \"", " = \"(изменено) ", 1));
    assert_same_as_fresh(&site, &cache, "an interface string change");

    // A broken anchor fails the build; templates change meanwhile; the fix brings back an equal site.
    edit(&site, "content/conventions/protocols/aktau.md", "#секретариат", "#нет-такого");
    assert!(build_in_memory(&options(&site), &cache).is_err(), "a broken anchor fails the build");
    edit(&site, "themes/default/templates/base.html", "<!-- edited -->", "<!-- edited again -->");
    assert!(build_in_memory(&options(&site), &cache).is_err());
    edit(&site, "content/conventions/protocols/aktau.md", "#нет-такого", "#секретариат");
    assert_same_as_fresh(&site, &cache, "fixing a failed build");
}
