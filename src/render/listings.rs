//! Listing pages: home and section pages (paginated), taxonomy indexes and term pages (paginated), alias
//! redirects and the 404 page.

use std::path::Path;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::site::urls::pagination_dir;
use crate::site::{PageId, Site, Target, TaxonomyKind};
use crate::templates::context::{
    PageNumber, Pagination, SectionView, SubsectionView, TaxonomyView, TermPageView, TermView,
};
use crate::templates::{RenderContext, Templates};

use super::body::Bodies;
use super::frame::{is_document, Frame, Kind};

/// How many of the newest documents the home page shows.
const HOME_LATEST: usize = 10;

/// One rendered file: its path and bytes.
type File = (String, Vec<u8>);

/// Renders every listing page into `output`; problems go to `diagnostics`.
pub fn render_listings(
    site: &Site,
    templates: &Templates,
    bodies: &Bodies,
    output: &dyn super::Output,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut jobs: Vec<Job> = Vec::new();
    for (id, section) in site.sections.iter().enumerate() {
        let chunks = paginate(&section.pages, section.paginate_by(&site.config));
        for number in 1..=chunks.len() {
            jobs.push(Job::Section { id, number, total: chunks.len() });
        }
    }
    for (t, taxonomy) in site.taxonomies.iter().enumerate() {
        jobs.push(Job::Taxonomy { t });
        for (term, entry) in taxonomy.terms.iter().enumerate() {
            let total = paginate(&entry.pages, site.config.paginate_by).len();
            for number in 1..=total {
                jobs.push(Job::Term { t, term, number, total });
            }
        }
    }
    jobs.extend((0..site.aliases.len()).map(Job::Alias));
    jobs.extend(site.config.language_codes().filter(|l| site.home(l).is_some()).map(|l| Job::Search(l.to_string())));
    jobs.push(Job::NotFound);
    let problems: Vec<Diagnostic> = jobs
        .par_iter()
        .filter_map(|job| job.render(site, templates, bodies).map(|(path, bytes)| output.file(path, bytes)).err())
        .collect();
    diagnostics.extend(problems);
}

enum Job {
    Section { id: usize, number: usize, total: usize },
    Taxonomy { t: usize },
    Term { t: usize, term: usize, number: usize, total: usize },
    Alias(usize),
    Search(String),
    NotFound,
}

/// The pages of a listing split into chunks of `per_page` (at least one chunk, possibly empty).
fn paginate(pages: &[PageId], per_page: usize) -> Vec<&[PageId]> {
    let chunks: Vec<&[PageId]> = pages.chunks(per_page.max(1)).collect();
    if chunks.is_empty() {
        vec![&[]]
    } else {
        chunks
    }
}

fn pagination(frame: &Frame<'_>, base: &str, number: usize, total: usize) -> Option<Pagination> {
    (total > 1).then(|| Pagination {
        current: number,
        total,
        prev_url: (number > 1).then(|| frame.url(&pagination_dir(base, number - 1))),
        next_url: (number < total).then(|| frame.url(&pagination_dir(base, number + 1))),
        pages: page_window(number, total)
            .into_iter()
            .map(|(n, gap_before)| PageNumber {
                number: n,
                url: frame.url(&pagination_dir(base, n)),
                current: n == number,
                gap_before,
            })
            .collect(),
    })
}

/// Page numbers shown around page `current` of `total`: the first and the last, and two on each side of the
/// current one, each with whether numbers were left out before it. A listing of 120 pages shows at most seven
/// numbers on each of its pages, not 120. A gap of a single page shows that page instead.
fn page_window(current: usize, total: usize) -> Vec<(usize, bool)> {
    const AROUND: usize = 2;
    let shown = |n: usize| n == 1 || n == total || n.abs_diff(current) <= AROUND;
    let mut window = Vec::new();
    let mut gap = false;
    for n in 1..=total {
        if shown(n) || (n > 1 && n < total && shown(n - 1) && shown(n + 1)) {
            window.push((n, gap));
            gap = false;
        } else {
            gap = true;
        }
    }
    window
}

impl Job {
    fn render(&self, site: &Site, templates: &Templates, bodies: &Bodies) -> Result<File, Diagnostic> {
        match *self {
            Job::Section { id, number, total } => render_section(site, templates, bodies, id, number, total),
            Job::Taxonomy { t } => render_taxonomy(site, templates, t),
            Job::Term { t, term, number, total } => render_term(site, templates, t, term, number, total),
            Job::Alias(a) => render_alias(site, templates, a),
            Job::Search(ref lang) => render_search_page(site, templates, lang),
            Job::NotFound => render_not_found(site, templates),
        }
    }
}

fn render_section(
    site: &Site,
    templates: &Templates,
    bodies: &Bodies,
    id: usize,
    number: usize,
    total: usize,
) -> Result<File, Diagnostic> {
    let section = &site.sections[id];
    let dir = pagination_dir(&section.dir_url, number);
    let frame = Frame { site, templates, lang: &section.lang, dir: &dir };
    let per_page = section.paginate_by(&site.config);
    let chunk = paginate(&section.pages, per_page)[number - 1];
    let body = &bodies.sections[id];
    let view = SectionView {
        title: section.title().to_string(),
        summary: section.doc.front.summary.clone().unwrap_or_default(),
        content: if number == 1 { body.html.clone() } else { String::new() },
        toc: body.toc.clone(),
        pages: chunk.iter().map(|&p| frame.item(p)).collect(),
        subsections: section
            .subsections
            .iter()
            .map(|&s| {
                let sub = &site.sections[s];
                SubsectionView {
                    title: sub.title().to_string(),
                    summary: sub.doc.front.summary.clone().unwrap_or_default(),
                    url: frame.url(&sub.dir_url),
                    count: sub.pages.len(),
                }
            })
            .collect(),
        pagination: pagination(&frame, &section.dir_url, number, total),
        is_home: section.is_home(),
    };
    let others: Vec<(String, String)> = section
        .translations
        .iter()
        .map(|&t| (site.sections[t].lang.clone(), site.sections[t].dir_url.clone()))
        .collect();
    let kind = if section.is_home() { Kind::Home } else { Kind::Section };
    let title =
        if section.is_home() { site.config.title.get(&section.lang).to_string() } else { section.title().to_string() };
    let description =
        section.doc.front.summary.clone().unwrap_or_else(|| site.config.description.get(&section.lang).to_string());
    let mut context = frame.base_context(kind, &title, &description, frame.language_links(&section.dir_url, &others));
    context.insert("breadcrumbs", &frame.breadcrumbs(section.parent));
    context.insert("section", &view);
    if section.is_home() {
        add_home_extras(&frame, &mut context);
    }
    let default = if section.is_home() { "index.html" } else { "section.html" };
    let template = section.doc.front.template.clone().unwrap_or_else(|| default.into());
    let html = templates.render(&template, context, &section.doc.display_path)?;
    Ok((format!("{dir}index.html"), html))
}

/// The home page's newest documents and its topic and pillar maps.
fn add_home_extras(frame: &Frame<'_>, context: &mut RenderContext) {
    let site = frame.site;
    let mut documents: Vec<PageId> = site
        .pages_in(frame.lang)
        .filter(|(_, p)| is_document(site, p) && p.front().date.is_some())
        .map(|(id, _)| id)
        .collect();
    documents.sort_by(|&a, &b| crate::site::newest_first(&site.pages[a], &site.pages[b]));
    let latest: Vec<_> = documents.into_iter().take(HOME_LATEST).map(|id| frame.item(id)).collect();
    context.insert("latest", &latest);
    for (name, kind) in
        [("topics", TaxonomyKind::Topic), ("pillars", TaxonomyKind::Pillar), ("types", TaxonomyKind::DocType)]
    {
        context.insert(name, &term_views(frame, kind));
    }
}

fn term_views(frame: &Frame<'_>, kind: TaxonomyKind) -> Vec<TermView> {
    frame
        .site
        .taxonomy(kind, frame.lang)
        .map(|taxonomy| {
            taxonomy
                .terms
                .iter()
                .map(|t| TermView {
                    key: t.key.clone(),
                    label: t.label.clone(),
                    url: Some(frame.url(&t.dir_url)),
                    count: Some(t.pages.len()),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn taxonomy_title(templates: &Templates, lang: &str, kind: TaxonomyKind) -> String {
    templates.i18n.get(lang, &format!("taxonomy_{}", kind.slug())).to_string()
}

/// The language switcher of a taxonomy page: the same taxonomy in each language that has it.
fn taxonomy_languages(
    frame: &Frame<'_>,
    kind: TaxonomyKind,
    term: Option<&str>,
    own: &str,
) -> Vec<crate::templates::context::LanguageLink> {
    let others: Vec<(String, String)> = frame
        .site
        .taxonomies
        .iter()
        .filter(|t| t.kind == kind && t.lang != frame.lang)
        .filter_map(|t| match term {
            None => Some((t.lang.clone(), t.dir_url.clone())),
            Some(key) => t.terms.iter().find(|x| x.key == key).map(|x| (t.lang.clone(), x.dir_url.clone())),
        })
        .collect();
    frame.language_links(own, &others)
}

fn render_taxonomy(site: &Site, templates: &Templates, t: usize) -> Result<File, Diagnostic> {
    let taxonomy = &site.taxonomies[t];
    let frame = Frame { site, templates, lang: &taxonomy.lang, dir: &taxonomy.dir_url };
    let title = taxonomy_title(templates, &taxonomy.lang, taxonomy.kind);
    let view = TaxonomyView {
        kind: taxonomy.kind.slug().to_string(),
        title: title.clone(),
        url: frame.url(&taxonomy.dir_url),
        terms: term_views(&frame, taxonomy.kind),
    };
    let languages = taxonomy_languages(&frame, taxonomy.kind, None, &taxonomy.dir_url);
    let mut context = frame.base_context(Kind::Taxonomy, &title, &title, languages);
    context.insert("breadcrumbs", &frame.breadcrumbs(site.home(&taxonomy.lang)));
    context.insert("taxonomy", &view);
    let html = templates.render("taxonomy_list.html", context, Path::new("site.toml"))?;
    Ok((format!("{}index.html", taxonomy.dir_url), html))
}

fn render_term(
    site: &Site,
    templates: &Templates,
    t: usize,
    term: usize,
    number: usize,
    total: usize,
) -> Result<File, Diagnostic> {
    let taxonomy = &site.taxonomies[t];
    let entry = &taxonomy.terms[term];
    let dir = pagination_dir(&entry.dir_url, number);
    let frame = Frame { site, templates, lang: &taxonomy.lang, dir: &dir };
    let title = taxonomy_title(templates, &taxonomy.lang, taxonomy.kind);
    let chunk = paginate(&entry.pages, site.config.paginate_by)[number - 1];
    let view = TermPageView {
        key: entry.key.clone(),
        label: entry.label.clone(),
        pages: chunk.iter().map(|&p| frame.item(p)).collect(),
        pagination: pagination(&frame, &entry.dir_url, number, total),
    };
    let taxonomy_view = TaxonomyView {
        kind: taxonomy.kind.slug().to_string(),
        title: title.clone(),
        url: frame.url(&taxonomy.dir_url),
        terms: Vec::new(),
    };
    let languages = taxonomy_languages(&frame, taxonomy.kind, Some(&entry.key), &entry.dir_url);
    let page_title = format!("{} — {}", entry.label, title);
    let mut context = frame.base_context(Kind::Term, &page_title, &page_title, languages);
    let mut crumbs = frame.breadcrumbs(site.home(&taxonomy.lang));
    crumbs.push(crate::templates::context::LinkView { title: title.clone(), url: frame.url(&taxonomy.dir_url) });
    context.insert("breadcrumbs", &crumbs);
    context.insert("taxonomy", &taxonomy_view);
    context.insert("term", &view);
    let html = templates.render("taxonomy_term.html", context, Path::new("site.toml"))?;
    Ok((format!("{dir}index.html"), html))
}

fn render_alias(site: &Site, templates: &Templates, a: usize) -> Result<File, Diagnostic> {
    let alias = &site.aliases[a];
    let page = &site.pages[alias.target];
    let frame = Frame { site, templates, lang: page.lang(), dir: &alias.dir_url };
    let mut context = frame.base_context(Kind::Alias, page.title(), "", Vec::new());
    context.insert("target_url", &frame.url(&page.dir_url));
    context.insert("target_title", page.title());
    context.insert("canonical", &frame.permalink(&page.dir_url));
    let html = templates.render("alias.html", context, &page.doc.display_path)?;
    Ok((format!("{}index.html", alias.dir_url), html))
}

/// The search results page of a language (`search/index.html`, `en/search/index.html`); the client fills it.
fn render_search_page(site: &Site, templates: &Templates, lang: &str) -> Result<File, Diagnostic> {
    let dir = format!("{}search/", site.config.language_prefix(lang));
    let frame = Frame { site, templates, lang, dir: &dir };
    let title = templates.i18n.get(lang, "search_title").to_string();
    let others: Vec<(String, String)> = site
        .config
        .language_codes()
        .filter(|l| *l != lang && site.home(l).is_some())
        .map(|l| (l.to_string(), format!("{}search/", site.config.language_prefix(l))))
        .collect();
    let mut context = frame.base_context(Kind::Search, &title, &title, frame.language_links(&dir, &others));
    context.insert("breadcrumbs", &frame.breadcrumbs(site.home(lang)));
    let html = templates.render("search.html", context, Path::new("site.toml"))?;
    Ok((format!("{dir}index.html"), html))
}

/// The 404 page is served by web servers at any depth, so its links are absolute (`<base href>`) and its
/// styles inline; it loads no script (the search box falls back to the results page), so opened from a
/// USB stick it loads nothing from another host.
fn render_not_found(site: &Site, templates: &Templates) -> Result<File, Diagnostic> {
    let lang = site.config.default_language.as_str();
    let frame = Frame { site, templates, lang, dir: "" };
    let title = templates.i18n.get(lang, "not_found_title").to_string();
    let mut context = frame.base_context(Kind::NotFound, &title, &title, frame.language_links("", &[]));
    context.insert("base_href", &format!("{}/", site.config.base_url));
    // The stylesheet is inlined: through <base href> it would load from the web, also from a USB stick.
    let css = templates.theme.static_text("style.css");
    context.insert("inline_css", &css);
    if let Some(home) = site.home(lang) {
        context.insert("breadcrumbs", &vec![frame.target_link(Target::Section(home))]);
    }
    let html = templates.render("404.html", context, Path::new("site.toml"))?;
    Ok(("404.html".to_string(), html))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_paginations_show_a_window_with_gaps() {
        let window = |current, total| -> String {
            page_window(current, total)
                .into_iter()
                .map(|(n, gap_before)| if gap_before { format!("… {n}") } else { n.to_string() })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(window(1, 1), "1");
        assert_eq!(window(2, 5), "1 2 3 4 5");
        assert_eq!(window(1, 7), "1 2 3 … 7");
        assert_eq!(window(4, 7), "1 2 3 4 5 6 7", "a gap of one page shows the page");
        assert_eq!(window(50, 120), "1 … 48 49 50 51 52 … 120");
        assert_eq!(window(120, 120), "1 … 118 119 120");
        assert_eq!(window(3, 120), "1 2 3 4 5 … 120");
    }
}
