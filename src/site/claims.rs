//! Every file the build will write, with who claims it: two claims on one file are an error that names
//! both, and content may not write into the folders the theme and search own. Checked on the model, once,
//! so rendering never has to decide between two pages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

use super::urls::{page_count, pagination_dir};
use super::validate::locate;
use super::Site;

/// Output folders that belong to the theme and the search index.
pub const RESERVED_DIRS: [&str; 2] = ["static/", "search/"];

/// Files every build writes, besides pages (the search index's own files have hashed names under `search/`).
const FIXED_FILES: [&str; 6] =
    ["sitemap.xml", "robots.txt", "catalog.json", "catalog.csv", "404.html", crate::render::SEARCH_STRINGS];

/// Who claims a file: a description, the source file to report and the line there.
struct Claimant {
    by: String,
    path: PathBuf,
    line: Option<usize>,
    /// Claimed by a file under content/ (which may not write into reserved folders).
    from_content: bool,
}

#[derive(Default)]
struct Claims {
    files: BTreeMap<String, Claimant>,
    errors: Vec<Diagnostic>,
}

impl Claims {
    fn claim(&mut self, file: String, claimant: Claimant) {
        if let Some(first) = self.files.get(&file) {
            let url = file.trim_end_matches("index.html");
            let mut error = Diagnostic::error(
                &claimant.path,
                format!("two pages claim the URL /{url}: {} and {}", first.by, claimant.by),
            )
            .with_help("rename one of the files or give one a different `slug:`");
            if let Some(line) = claimant.line {
                error = error.at_line(line);
            }
            self.errors.push(error);
            return;
        }
        self.files.insert(file, claimant);
    }
}

fn site_toml(by: String) -> Claimant {
    Claimant { by, path: PathBuf::from("site.toml"), line: None, from_content: false }
}

/// Reports every conflict between outputs, and content in reserved folders.
pub(super) fn check_url_claims(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    let config = &site.config;
    let mut claims = Claims::default();
    for file in FIXED_FILES {
        claims.claim(file.to_string(), site_toml(format!("the generated {file}")));
    }
    for lang in config.language_codes().filter(|l| site.home(l).is_some()) {
        let prefix = config.language_prefix(lang);
        claims.claim(format!("{prefix}atom.xml"), site_toml(format!("the {lang} feed")));
        claims.claim(format!("{prefix}search/index.html"), site_toml(format!("the {lang} search page")));
    }
    for section in &site.sections {
        for number in 1..=section.page_count(config) {
            let by = format!("{} ({})", section.doc.display_path.display(), section.lang);
            let claimant = Claimant { by, path: section.doc.display_path.clone(), line: None, from_content: true };
            claims.claim(format!("{}index.html", pagination_dir(&section.dir_url, number)), claimant);
        }
    }
    for page in &site.pages {
        let line = page.front().slug.as_ref().map(|_| locate(&page.doc, "slug", None));
        let claimant = Claimant {
            by: page.doc.display_path.display().to_string(),
            path: page.doc.display_path.clone(),
            line,
            from_content: true,
        };
        claims.claim(format!("{}index.html", page.dir_url), claimant);
    }
    for taxonomy in &site.taxonomies {
        let by = || site_toml(format!("the {} list", taxonomy.kind.slug()));
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
            by: format!("an alias in {}", page.doc.display_path.display()),
            path: page.doc.display_path.clone(),
            line: Some(locate(&page.doc, "aliases", Some(alias.dir_url.trim_end_matches('/')))),
            from_content: true,
        };
        claims.claim(format!("{}index.html", alias.dir_url), claimant);
    }
    for asset in &site.assets {
        let path = Path::new("content").join(&asset.rel_path);
        claims.claim(
            asset.rel_path.clone(),
            Claimant { by: path.display().to_string(), path, line: None, from_content: true },
        );
    }
    report_files_in_the_way(&claims.files, &mut claims.errors);
    for (file, claimant) in &claims.files {
        if let Some(dir) = RESERVED_DIRS.iter().find(|d| claimant.from_content && file.starts_with(*d)) {
            let mut error = Diagnostic::error(
                &claimant.path,
                format!("{} would write into {dir}, which the theme and search use", claimant.by),
            )
            .with_help(format!("rename the folder or give the page a `slug:`; {dir} is reserved"));
            if let Some(line) = claimant.line {
                error = error.at_line(line);
            }
            claims.errors.push(error);
        }
    }
    diagnostics.append(&mut claims.errors);
}

/// A claim that needs a folder where another claims a file: an alias `sitemap.xml` writes
/// `sitemap.xml/index.html`, but `sitemap.xml` is the generated file; a disk cannot hold both. The content
/// side is blamed, since generated files cannot move.
fn report_files_in_the_way(files: &BTreeMap<String, Claimant>, errors: &mut Vec<Diagnostic>) {
    for (file, claimant) in files {
        let mut folders = file.match_indices('/').map(|(end, _)| &file[..end]);
        let Some((folder, owner)) = folders.find_map(|f| files.get(f).map(|owner| (f, owner))) else {
            continue;
        };
        let blamed = if claimant.from_content || !owner.from_content { claimant } else { owner };
        let url = file.trim_end_matches("index.html");
        let mut error = Diagnostic::error(
            &blamed.path,
            format!("{} would write /{url}, but /{folder} is already {}", claimant.by, owner.by),
        )
        .with_help("give the alias or page an address that no generated or copied file has, or rename the file");
        if let Some(line) = blamed.line {
            error = error.at_line(line);
        }
        errors.push(error);
    }
}
