//! Template loops: a template that includes, imports or extends itself, directly or through others, sends
//! tera into endless recursion (a stack overflow kills ecolib and leaves a staging folder). The loops are
//! found before anything renders, from the templates' own `include`/`import`/`extends` tags.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostics::{codes, msg, Diagnostic};

/// One reference of a template to another, with its line in the referring template.
struct Reference {
    to: String,
    line: usize,
}

/// The references of every template, from `{% include "…" %}`, `{% include ["…", "…"] %}`,
/// `{% import "…" as x %}` and `{% extends "…" %}`.
fn references(text: &str) -> Vec<Reference> {
    static TAG: OnceLock<Option<Regex>> = OnceLock::new();
    static NAME: OnceLock<Option<Regex>> = OnceLock::new();
    let tag =
        TAG.get_or_init(|| Regex::new(r#"\{%-?\s*(?:include|import|extends)\s+(\[[^\]]*\]|"[^"]*"|'[^']*')"#).ok());
    let name = NAME.get_or_init(|| Regex::new(r#""([^"]*)"|'([^']*)'"#).ok());
    let (Some(tag), Some(name)) = (tag, name) else { return Vec::new() };
    let mut out = Vec::new();
    for found in tag.captures_iter(text) {
        let (Some(whole), Some(names)) = (found.get(0), found.get(1)) else { continue };
        let line = 1 + text[..whole.start()].matches('\n').count();
        for quoted in name.captures_iter(names.as_str()) {
            if let Some(to) = quoted.get(1).or_else(|| quoted.get(2)) {
                out.push(Reference { to: to.as_str().to_string(), line });
            }
        }
    }
    out
}

/// One error for each loop among `templates` (name → (file, text)), at the reference that closes it.
pub fn template_loops(templates: &BTreeMap<String, (PathBuf, String)>) -> Vec<Diagnostic> {
    let graph: BTreeMap<&str, Vec<Reference>> =
        templates.iter().map(|(name, (_, text))| (name.as_str(), references(text))).collect();
    let mut state: BTreeMap<&str, Visit> = BTreeMap::new();
    let mut errors = Vec::new();
    for start in graph.keys() {
        let mut path = Vec::new();
        visit(start, &graph, &mut state, &mut path, &mut |cycle, line| {
            let names: Vec<&str> = cycle.to_vec();
            let first = names.first().copied().unwrap_or_default();
            let file = templates.get(first).map(|(path, _)| path.clone()).unwrap_or_else(|| first.into());
            errors.push(
                Diagnostic::error(file, codes::TEMPLATE_LOOP.arg("chain", format!("{} → {first}", names.join(" → "))))
                    .at_line(line)
                    .with_help(msg("help-template-loop")),
            );
        });
    }
    errors
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    Open,
    Done,
}

/// Depth-first search; `found(cycle, line)` is called with the templates of a loop, from the one whose
/// reference at `line` closes it.
fn visit<'a>(
    name: &'a str,
    graph: &'a BTreeMap<&'a str, Vec<Reference>>,
    state: &mut BTreeMap<&'a str, Visit>,
    path: &mut Vec<&'a str>,
    found: &mut dyn FnMut(&[&'a str], usize),
) {
    if state.contains_key(name) {
        return;
    }
    state.insert(name, Visit::Open);
    path.push(name);
    for reference in graph.get(name).map(Vec::as_slice).unwrap_or_default() {
        let Some((&to, _)) = graph.get_key_value(reference.to.as_str()) else { continue };
        match state.get(to) {
            Some(Visit::Open) => {
                let from = path.iter().position(|&n| n == to).unwrap_or(0);
                let mut cycle = path[from..].to_vec();
                // Reported from the template whose reference closes the loop.
                cycle.rotate_right(1);
                found(&cycle, reference.line);
            }
            Some(Visit::Done) => {}
            None => visit(to, graph, state, path, found),
        }
    }
    path.pop();
    state.insert(name, Visit::Done);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates(list: &[(&str, &str)]) -> BTreeMap<String, (PathBuf, String)> {
        list.iter().map(|(n, t)| (n.to_string(), (PathBuf::from(format!("templates/{n}")), t.to_string()))).collect()
    }

    #[test]
    fn a_template_that_includes_itself_is_a_loop() {
        let errors = template_loops(&templates(&[("page.html", "a\n{% include \"page.html\" %}")]));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, Some(2));
        assert!(errors[0].message.to_string().contains("page.html → page.html"), "{}", errors[0].message);
    }

    #[test]
    fn loops_through_other_templates_name_every_one() {
        let errors = template_loops(&templates(&[
            ("a.html", "{%- include ['missing.html', 'b.html'] ignore missing -%}"),
            ("b.html", "x\ny\n{% import \"c.html\" as c %}"),
            ("c.html", "{% extends \"a.html\" %}"),
            ("d.html", "{% include \"a.html\" %}"),
        ]));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].message.to_string().contains("c.html → a.html → b.html → c.html"), "{}", errors[0].message);
        assert_eq!(errors[0].line, Some(1));
    }

    #[test]
    fn shared_partials_are_not_loops() {
        let errors = template_loops(&templates(&[
            ("base.html", "{% include \"nav.html\" %}"),
            ("page.html", "{% extends \"base.html\" %}{% include \"nav.html\" %}"),
            ("nav.html", "<nav></nav>"),
        ]));
        assert!(errors.is_empty());
    }
}
