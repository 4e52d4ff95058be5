//! docs/diagnostics.md, generated from the code table and the English catalog, so the list of codes in the
//! docs cannot drift from the program (a test compares the file with this text).

use super::catalog::{catalog_of, entry_variables, Lang};
use super::codes;
use super::message::{Arg, Message};

/// The Markdown page listing every code with its message, an example and the fix.
pub fn diagnostics_markdown() -> String {
    let mut out = String::from(
        "# Diagnostics\n\n\
         <!-- Generated from src/diagnostics/codes.rs and src/diagnostics/catalog/en.ftl by the test \
         `diagnostics::tests::docs_list_every_code`; run it with ECOLIB_BLESS=1 to rewrite this file. -->\n\n\
         Every problem ecolib reports has a stable code: `E` errors fail the build, `W` warnings fail only \
         `check --strict`, `N` notes fail nothing (a draft's gaps are notes too). The first digits name the stage \
         that finds it: `00` site.toml and the theme, `01` reading files and front matter, `02` the site model \
         (fields, links, addresses), `03` rendering (Markdown, raw HTML, templates), `04` `check`'s editorial \
         checks, `05` output folders. `check --format json` gives each diagnostic's `code`, `name` and `args`; \
         `--lang ru` and `--lang kk` word the same messages in Russian and Kazakh \
         (src/diagnostics/catalog/).\n\n\
         In the messages below, `{name}` stands for what ecolib fills in.\n",
    );
    let en = catalog_of(Lang::En);
    let mut stage = "";
    for code in codes::ALL {
        let number = code.code.unwrap_or_default();
        let this_stage = stage_title(number);
        if this_stage != stage {
            stage = this_stage;
            out.push_str(&format!("\n## {stage}\n"));
        }
        out.push_str(&format!("\n### {number} {}\n\n", code.name));
        out.push_str(&format!("- Message: {}\n", quoted(&Lang::En.render(&placeholders(code.name)))));
        let attribute = |name| escape(&en.attribute(code.name, name).unwrap_or_default());
        out.push_str(&format!("- Example: {}\n", attribute("example")));
        out.push_str(&format!("- Fix: {}\n", attribute("fix")));
    }
    out
}

/// The code's message with each argument shown as `{name}`.
fn placeholders(name: &'static str) -> Message {
    let mut message = Message::from(super::Id::text(name));
    for variable in entry_variables(Lang::En).remove(name).unwrap_or_default() {
        message.args.push((variable, Arg::Text(format!("{{{variable}}}"))));
    }
    message
}

/// Inline code that keeps backticks in the message readable.
fn quoted(text: &str) -> String {
    match text.contains('`') {
        true => format!("`` {text} ``"),
        false => format!("`{text}`"),
    }
}

/// Prose with `<tag>`s and `*` shown as written, not read as HTML or emphasis.
fn escape(text: &str) -> String {
    text.replace('<', "&lt;").replace('>', "&gt;").replace('*', "\\*").replace('_', "\\_")
}

fn stage_title(number: &str) -> &'static str {
    match number.get(1..3) {
        Some("00") => "site.toml and the theme",
        Some("01") => "Reading files and front matter",
        Some("02") => "The site model: fields, links, addresses",
        Some("03") => "Rendering: Markdown, raw HTML, templates",
        Some("04") => "check: editorial checks",
        _ => "Output folders",
    }
}
