//! The files of a new site, as text: site.toml, the pages in every language, README.md for its editors and
//! .gitignore. Pure: `init` writes them.

use std::fmt::Write as _;

use super::readme::readme;
use super::texts::{column, PageSeed, Texts, DOC_TYPES, HOME_BODY, LANGUAGE_LABELS, SECTIONS, SITE_DESCRIPTION};
use super::texts::{SITE_TITLE, VOCABULARIES};

/// What the new site is.
pub struct NewSite<'a> {
    /// Default language first; every one has a column in `texts`.
    pub languages: &'a [String],
    pub base_url: &'a str,
    /// The date of the example document.
    pub today: chrono::NaiveDate,
}

/// Every file of the new site: path relative to its folder, and text.
pub fn site_files(site: &NewSite<'_>) -> Vec<(String, String)> {
    let mut files = vec![
        ("site.toml".to_string(), site_toml(site)),
        ("README.md".to_string(), readme(site.languages)),
        (".gitignore".to_string(), "/public/\n/.ecolib-cache/\n".to_string()),
    ];
    for (i, lang) in site.languages.iter().enumerate() {
        let suffix = if i == 0 { String::new() } else { format!(".{lang}") };
        let col = column(lang).unwrap_or(0);
        let home = format!(
            "---\ntitle: {}\nsummary: {}\n---\n\n{}\n",
            yaml(&SITE_TITLE, col),
            yaml(&SITE_DESCRIPTION, col),
            HOME_BODY[col]
        );
        files.push((format!("content/_index{suffix}.md"), home));
        for section in &SECTIONS {
            let index = format!(
                "---\ntitle: {}\nsort_by: {}\n---\n\n{}\n",
                yaml(&section.title, col),
                section.sort_by,
                section.body[col]
            );
            files.push((format!("content/{}/_index{suffix}.md", section.dir), index));
            let page = page_text(&section.page, col, site.today);
            files.push((format!("content/{}/{}{suffix}.md", section.dir, section.page.slug), page));
        }
    }
    files
}

fn page_text(page: &PageSeed, col: usize, today: chrono::NaiveDate) -> String {
    let mut text = format!("---\ntitle: {}\nsummary: {}\n", yaml(&page.title, col), yaml(&page.summary, col));
    text.push_str(&page.fields.replace("{today}", &today.to_string()));
    if let Some((titles, url)) = page.source {
        let _ = write!(text, "sources:\n  - title: {}\n    url: {url}\n", yaml(&titles, col));
    }
    let _ = write!(text, "---\n\n{}\n", page.body[col]);
    text
}

fn site_toml(site: &NewSite<'_>) -> String {
    let default = &site.languages[0];
    let mut out = format!(
        "# The site's settings. Every key is described in the ecolib README (\"site.toml reference\").\n\
         base_url = {}\ndefault_language = \"{default}\"\n\
         # The built-in default theme; copy it into themes/default/ to change it (ecolib init --copy-theme).\n\
         theme = \"default\"\n\n",
        toml_string(site.base_url)
    );
    let languages = |texts: &Texts| -> String {
        let pairs: Vec<String> = site
            .languages
            .iter()
            .map(|lang| format!("{lang} = {}", toml_string(texts[column(lang).unwrap_or(0)])))
            .collect();
        format!("{{ {} }}", pairs.join(", "))
    };
    let _ = writeln!(out, "title = {}\ndescription = {}\n", languages(&SITE_TITLE), languages(&SITE_DESCRIPTION));
    for lang in site.languages {
        let label = LANGUAGE_LABELS[column(lang).unwrap_or(0)];
        let _ = writeln!(out, "[languages.{lang}]\nlabel = {}", toml_string(label));
    }
    out.push_str(
        "\n# Document types: labels, and what a type means (docs/front-matter.md, \"Declaring a document type\").\n\
         # document: listed as a document (needs date, topics, sources); block: the front-matter block it needs;\n\
         # review_by_required; schema_org: its JSON-LD type; skeleton: a file `ecolib new` starts pages from.\n",
    );
    for doc_type in &DOC_TYPES {
        let _ = writeln!(
            out,
            "\n[doc_types.{}]\nlabels = {}\n{}",
            doc_type.key,
            languages(&doc_type.labels),
            doc_type.declaration
        );
    }
    for (table, entries) in &VOCABULARIES {
        let _ = writeln!(out, "\n[{table}]");
        for (key, labels) in entries.iter() {
            let _ = writeln!(out, "{key} = {}", languages(labels));
        }
    }
    out
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// One language's text as a YAML double-quoted scalar (JSON's string syntax is valid YAML).
fn yaml(texts: &Texts, col: usize) -> String {
    serde_json::Value::String(texts[col].to_string()).to_string()
}
