//! Every file the build will write, with who claims it: two claims on one file are an error that names
//! both, and content may not write into the folders the theme and search own. Checked on the model, once,
//! so rendering never has to decide between two pages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::SourceDoc;
use crate::diagnostics::{codes, msg, Diagnostic, Message};

use super::urls::{page_count, pagination_dir};
use super::validate::locate;
use super::Site;

/// Output folders that belong to the theme and the search index.
pub const RESERVED_DIRS: [&str; 2] = ["static/", "search/"];

/// Files every build writes, besides pages (the search index's own files have hashed names under `search/`).
const FIXED_FILES: [&str; 6] =
    ["sitemap.xml", "robots.txt", "catalog.json", "catalog.csv", "404.html", crate::render::SEARCH_STRINGS];

/// Who claims a file: a description, the source file to report and the field there.
struct Claimant<'a> {
    by: Message,
    path: PathBuf,
    line: Option<Field<'a>>,
    /// Claimed by a file under content/ (which may not write into reserved folders).
    from_content: bool,
}

/// A front-matter field (and value) to point at, located only when a conflict is reported: finding it takes
/// a YAML read, and nearly every claim is fine.
struct Field<'a> {
    doc: &'a SourceDoc,
    name: &'static str,
    value: Option<String>,
}

impl Field<'_> {
    fn line(&self) -> usize {
        locate(self.doc, self.name, self.value.as_deref())
    }
}

#[derive(Default)]
struct Claims<'a> {
    files: BTreeMap<String, Claimant<'a>>,
    errors: Vec<Diagnostic>,
}

impl<'a> Claims<'a> {
    fn claim(&mut self, file: String, claimant: Claimant<'a>) {
        if let Some(first) = self.files.get(&file) {
            let url = file.trim_end_matches("index.html");
            let message = codes::URL_CLAIMED_TWICE
                .arg("url", url)
                .arg("first", first.by.clone())
                .arg("second", claimant.by.clone());
            let error = Diagnostic::error(&claimant.path, message).with_help(msg("help-rename-or-slug"));
            self.errors.push(error.at_line_opt(claimant.line.as_ref().map(Field::line)));
            return;
        }
        self.files.insert(file, claimant);
    }
}

fn site_toml(by: Message) -> Claimant<'static> {
    Claimant { by, path: PathBuf::from("site.toml"), line: None, from_content: false }
}

/// Reports every conflict between outputs, and content in reserved folders.
pub(super) fn check_url_claims(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    let config = &site.config;
    let mut claims = Claims::default();
    for file in FIXED_FILES {
        claims.claim(file.to_string(), site_toml(msg("claimant-generated").arg("file", file)));
    }
    for lang in config.language_codes().filter(|l| site.home(l).is_some()) {
        let prefix = config.language_prefix(lang);
        claims.claim(format!("{prefix}atom.xml"), site_toml(msg("claimant-feed").arg("lang", lang)));
        claims.claim(format!("{prefix}search/index.html"), site_toml(msg("claimant-search-page").arg("lang", lang)));
    }
    for section in &site.sections {
        for number in 1..=section.page_count(config) {
            let by = msg("claimant-section-page").arg("path", &section.doc.display_path).arg("lang", &section.lang);
            let claimant = Claimant { by, path: section.doc.display_path.clone(), line: None, from_content: true };
            claims.claim(format!("{}index.html", pagination_dir(&section.dir_url, number)), claimant);
        }
    }
    for page in &site.pages {
        let line = page.front().slug.as_ref().map(|_| Field { doc: &page.doc, name: "slug", value: None });
        let claimant = Claimant {
            by: msg("claimant-file").arg("path", &page.doc.display_path),
            path: page.doc.display_path.clone(),
            line,
            from_content: true,
        };
        claims.claim(format!("{}index.html", page.dir_url), claimant);
    }
    for taxonomy in &site.taxonomies {
        let by = || site_toml(msg("claimant-list").arg("kind", taxonomy.kind.slug()));
        claims.claim(format!("{}index.html", taxonomy.dir_url), by());
        for term in &taxonomy.terms {
            for number in 1..=page_count(term.pages.len(), config.paginate_by) {
                claims.claim(format!("{}index.html", pagination_dir(&term.dir_url, number)), by());
            }
        }
    }
    for alias in &site.aliases {
        let page = &site.pages[alias.target];
        let claimant = Claimant {
            by: msg("claimant-alias").arg("path", &page.doc.display_path),
            path: page.doc.display_path.clone(),
            line: Some(Field {
                doc: &page.doc,
                name: "aliases",
                value: Some(alias.dir_url.trim_end_matches('/').to_string()),
            }),
            from_content: true,
        };
        claims.claim(format!("{}index.html", alias.dir_url), claimant);
    }
    for asset in &site.assets {
        let path = Path::new("content").join(&asset.rel_path);
        claims.claim(
            asset.rel_path.clone(),
            Claimant { by: msg("claimant-file").arg("path", &path), path, line: None, from_content: true },
        );
    }
    report_files_in_the_way(&claims.files, &mut claims.errors);
    for (file, claimant) in &claims.files {
        if let Some(dir) = RESERVED_DIRS.iter().find(|d| claimant.from_content && file.starts_with(*d)) {
            let message = codes::RESERVED_FOLDER.arg("by", claimant.by.clone()).arg("dir", *dir);
            let error =
                Diagnostic::error(&claimant.path, message).with_help(msg("help-reserved-folder").arg("dir", *dir));
            claims.errors.push(error.at_line_opt(claimant.line.as_ref().map(Field::line)));
        }
    }
    diagnostics.append(&mut claims.errors);
}

/// A claim that needs a folder where another claims a file: an alias `sitemap.xml` writes
/// `sitemap.xml/index.html`, but `sitemap.xml` is the generated file; a disk cannot hold both. The content
/// side is blamed, since generated files cannot move.
fn report_files_in_the_way(files: &BTreeMap<String, Claimant<'_>>, errors: &mut Vec<Diagnostic>) {
    for (file, claimant) in files {
        let mut folders = file.match_indices('/').map(|(end, _)| &file[..end]);
        let Some((folder, owner)) = folders.find_map(|f| files.get(f).map(|owner| (f, owner))) else {
            continue;
        };
        let blamed = if claimant.from_content || !owner.from_content { claimant } else { owner };
        let url = file.trim_end_matches("index.html");
        let message = codes::URL_TAKEN
            .arg("by", claimant.by.clone())
            .arg("url", url)
            .arg("folder", folder.to_string())
            .arg("owner", owner.by.clone());
        let error = Diagnostic::error(&blamed.path, message).with_help(msg("help-url-taken"));
        errors.push(error.at_line_opt(blamed.line.as_ref().map(Field::line)));
    }
}
