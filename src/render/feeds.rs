//! Files for machines on the web: `sitemap.xml` with language alternates, an Atom feed per language and
//! `robots.txt`. These are the only outputs with absolute URLs (from `base_url`), as DESIGN.md §3 allows.

use std::fmt::Write;

use pulldown_cmark_escape::escape_html;

use crate::site::Site;

use super::frame::is_document;

/// How many entries a feed carries.
const FEED_ENTRIES: usize = 30;

pub fn render_feeds(site: &Site) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![
        ("sitemap.xml".to_string(), sitemap(site).into_bytes()),
        (
            "robots.txt".to_string(),
            format!("User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n", site.config.base_url).into_bytes(),
        ),
    ];
    for lang in site.config.language_codes() {
        if site.home(lang).is_some() {
            files.push((format!("{}atom.xml", site.config.language_prefix(lang)), atom(site, lang).into_bytes()));
        }
    }
    files
}

fn xml(text: &str) -> String {
    let mut out = String::new();
    let _ = escape_html(&mut out, text);
    out
}

fn sitemap(site: &Site) -> String {
    let base = &site.config.base_url;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // (URL, last modified, [(language, URL)] of the translations)
    type Entry = (String, Option<String>, Vec<(String, String)>);
    let mut entries: Vec<Entry> = Vec::new();
    for section in &site.sections {
        let alternates = std::iter::once(section.lang.clone())
            .chain(section.translations.iter().map(|&t| site.sections[t].lang.clone()))
            .zip(
                std::iter::once(section.dir_url.clone())
                    .chain(section.translations.iter().map(|&t| site.sections[t].dir_url.clone())),
            )
            .collect();
        entries.push((section.dir_url.clone(), None, alternates));
    }
    for page in &site.pages {
        let lastmod = page.front().updated.or(page.front().date).map(|d| d.to_string());
        let alternates = std::iter::once((page.lang().to_string(), page.dir_url.clone()))
            .chain(page.translations.iter().map(|&t| (site.pages[t].lang().to_string(), site.pages[t].dir_url.clone())))
            .collect();
        entries.push((page.dir_url.clone(), lastmod, alternates));
    }
    entries.sort();
    for (url, lastmod, alternates) in entries {
        let _ = writeln!(out, "  <url>\n    <loc>{}</loc>", xml(&format!("{base}/{url}")));
        if let Some(lastmod) = lastmod {
            let _ = writeln!(out, "    <lastmod>{lastmod}</lastmod>");
        }
        if alternates.len() > 1 {
            for (lang, href) in alternates {
                let _ = writeln!(
                    out,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                    xml(&format!("{base}/{href}"))
                );
            }
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

fn atom(site: &Site, lang: &str) -> String {
    let base = &site.config.base_url;
    let prefix = site.config.language_prefix(lang);
    let mut pages: Vec<_> =
        site.pages_in(lang).filter(|(_, p)| is_document(site, p) && p.front().date.is_some()).map(|(_, p)| p).collect();
    pages.sort_by(|a, b| {
        let key = |p: &crate::site::Page| p.front().updated.or(p.front().date);
        key(b).cmp(&key(a)).then_with(|| crate::site::by_title(a, b))
    });
    pages.truncate(FEED_ENTRIES);
    let updated = pages.iter().filter_map(|p| p.front().updated.or(p.front().date)).max();
    let stamp = |d: Option<crate::content::schema::Date>| {
        d.map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| format!("{d}T00:00:00Z"))
    };
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">");
    let _ = writeln!(out, "  <title>{}</title>", xml(site.config.title.get(lang)));
    let _ = writeln!(out, "  <link href=\"{}\"/>", xml(&format!("{base}/{prefix}")));
    let _ = writeln!(out, "  <link rel=\"self\" href=\"{}\"/>", xml(&format!("{base}/{prefix}atom.xml")));
    let _ = writeln!(out, "  <id>{}</id>", xml(&format!("{base}/{prefix}")));
    let _ = writeln!(out, "  <updated>{}</updated>", stamp(updated));
    for page in pages {
        let url = format!("{base}/{}", page.dir_url);
        let _ = writeln!(out, "  <entry>\n    <title>{}</title>", xml(page.title()));
        let _ = writeln!(out, "    <link href=\"{}\"/>\n    <id>{}</id>", xml(&url), xml(&url));
        let _ = writeln!(out, "    <updated>{}</updated>", stamp(page.front().updated.or(page.front().date)));
        if let Some(date) = page.front().date {
            let _ = writeln!(out, "    <published>{}</published>", stamp(Some(date)));
        }
        let _ = writeln!(
            out,
            "    <summary>{}</summary>\n  </entry>",
            xml(page.front().summary.as_deref().unwrap_or_default())
        );
    }
    out.push_str("</feed>\n");
    out
}
