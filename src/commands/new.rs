//! `ecolib new <section>/<slug>`: starts a page with the full front matter its document type needs, today's
//! date, and the allowed vocabulary values listed in comments. Never overwrites a file.

use std::fmt::Write as _;

use anyhow::{bail, Context};

use crate::cli::NewArgs;
use crate::config::{Config, Vocabulary};
use crate::content::schema::{NEEDS_REVIEW_BY, NOT_DOCUMENTS};
use crate::content::CONTENT_DIR;
use crate::site::urls::slugify;

pub fn run(args: &NewArgs) -> anyhow::Result<bool> {
    let (config, _) = Config::load(&args.root)
        .map_err(|errors| anyhow::anyhow!(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))?;
    let lang = args.lang.clone().unwrap_or_else(|| config.default_language.clone());
    if !config.has_language(&lang) {
        bail!(
            "\"{lang}\" is not a language of this site (site.toml has: {})",
            config.language_codes().collect::<Vec<_>>().join(", ")
        );
    }
    let doc_type = args.doc_type.clone().unwrap_or_else(|| "page".to_string());
    if !config.vocabularies.doc_types.contains(&doc_type) {
        let close = crate::diagnostics::suggest(&doc_type, config.vocabularies.doc_types.keys());
        let hint = close.map(|c| format!("did you mean \"{c}\"? ")).unwrap_or_default();
        let all = config.vocabularies.doc_types.keys().collect::<Vec<_>>().join(", ");
        bail!("unknown type \"{doc_type}\": {hint}use one of {all}");
    }
    let path = args.path.trim_matches('/');
    let (section, slug) = match (path.rsplit_once('/'), &args.title) {
        (Some((section, slug)), _) => (section.to_string(), slug.trim_end_matches(".md").to_string()),
        (None, Some(title)) => (path.to_string(), slugify(title)),
        (None, None) => bail!("give the page as <section>/<slug>, or a --title to make the slug from"),
    };
    if slug.is_empty() || !slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        bail!("the slug \"{slug}\" must be lowercase Latin letters, digits and hyphens (it becomes the address)");
    }
    let section_dir = args.root.join(CONTENT_DIR).join(&section);
    if !section_dir.join("_index.md").exists() {
        bail!("there is no section {CONTENT_DIR}/{section}/ (no _index.md): create it first or pick another section");
    }
    let suffix = if lang == config.default_language { String::new() } else { format!(".{lang}") };
    let file = section_dir.join(format!("{slug}{suffix}.md"));
    if file.exists() {
        bail!("{} already exists: ecolib new never overwrites a page", file.display());
    }
    let today = args.today.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let title = args.title.clone().unwrap_or_default();
    // A translation starts as a copy of the original: dates, topics, links and blocks stay the same.
    let original = section_dir.join(format!("{slug}.md"));
    let text = match std::fs::read_to_string(&original) {
        Ok(text) if !suffix.is_empty() => translation_draft(&text, &slug),
        _ => front_matter(&config, &doc_type, &title, today),
    };
    std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
    println!("{}", file.display());
    Ok(true)
}

/// The original's text with a note on what to translate, inserted after the opening `---`.
fn translation_draft(original: &str, slug: &str) -> String {
    let note = format!(
        "# Translation of {slug}.md: translate title, summary, full_title, place, unconfirmed, attachment titles\n\
         # and the text; keep dates, topics, links and everything else as in the original.\n"
    );
    match original.strip_prefix("---\n") {
        Some(rest) => format!("---\n{note}{rest}"),
        None => format!("{note}{original}"),
    }
}

/// A vocabulary's keys as a YAML comment.
fn allowed(vocabulary: &Vocabulary) -> String {
    format!("# one or more of: {}", vocabulary.keys().collect::<Vec<_>>().join(", "))
}

/// The front matter of a new page of `doc_type`.
fn front_matter(config: &Config, doc_type: &str, title: &str, today: chrono::NaiveDate) -> String {
    let vocab = &config.vocabularies;
    let is_document = !NOT_DOCUMENTS.contains(&doc_type);
    let mut s = String::from("---\n");
    let _ = writeln!(s, "title: \"{}\"", title.replace('"', "'"));
    s.push_str("summary: \"\" # one or two plain sentences, at most 300 characters\n");
    let _ = writeln!(s, "doc_type: {doc_type}");
    if is_document {
        let _ = writeln!(s, "date: {today} # the document's own key date (adoption, event, publication)");
    }
    let _ = writeln!(s, "updated: {today}");
    if NEEDS_REVIEW_BY.contains(&doc_type) {
        let _ = writeln!(s, "review_by: {} # re-check status and dates by then", today + chrono::Days::new(365));
    }
    if is_document {
        let _ = writeln!(s, "topics: [] {}", allowed(&vocab.topics));
    }
    let _ = writeln!(s, "pillars: [] {}", allowed(&vocab.pillars));
    let _ = writeln!(s, "geography: [] {}", allowed(&vocab.geography));
    if is_document {
        s.push_str("sources:\n  - title: \"\"\n    url: \"https://\"\n");
    }
    s.push_str(&type_block(config, doc_type, today));
    s.push_str("---\n\n");
    s
}

/// The block a document type requires, with every field present.
fn type_block(config: &Config, doc_type: &str, today: chrono::NaiveDate) -> String {
    let statuses = allowed(&config.vocabularies.statuses).replace("one or more of", "one of");
    match doc_type {
        "convention" | "protocol" => format!(
            "instrument:\n  full_title: \"\"\n{}  adopted: {{ date: {today}, place: \"\" }}\n  in_force: null # YYYY-MM-DD, or null with the reason in unconfirmed\n  status: in-force {statuses}\n  parties: [] # ISO codes: AZ, IR, KZ, RU, TM\n  kz_ratification: {{ act: \"\", number: \"\", date: {today} }}\n  official_text: []\n",
            if doc_type == "protocol" { "  parent: \"@/conventions/tehran-convention.md\"\n" } else { "" }
        ),
        "national-law" | "regulation" => format!(
            "law:\n  number: \"\"\n  adopted: {today}\n  in_force: null\n  legal_force: in-force {statuses}\n  issuer: \"\"\n  official_url: \"https://adilet.zan.kz/\"\n"
        ),
        "lecture" | "event" => format!("event:\n  date: {today}\n  city: \"\"\n  venue: \"\"\n  organisers: []\n  speakers: [] # - {{ name: \"\", affiliation: \"\" }}\n"),
        "guide" => format!("guide:\n  audience: [citizens] {}\n  legal_basis: [] # \"@/laws/…md\"\n", allowed(&config.vocabularies.audiences)),
        _ => String::new(),
    }
}
