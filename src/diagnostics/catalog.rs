//! The message catalogs: one Fluent file per language (`catalog/en.ftl`, `ru.ftl`, `kk.ftl`), embedded in
//! the binary. A [`Message`] becomes text only here, when it is printed, in the reader's language; Fluent
//! chooses plural forms by the language's rules (`1 ошибка`, `2 ошибки`, `5 ошибок`). An entry missing from
//! a catalog falls back to English (a test makes sure none is missing).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::message::{Arg, Message};

/// The language messages are printed in (`--lang`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The language's code: `en`, `ru`, `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The message language for a content language code; English for a language without a catalog.
    pub fn from_code(code: &str) -> Lang {
        match code {
            "ru" => Lang::Ru,
            "kk" => Lang::Kk,
            _ => Lang::En,
        }
    }

    /// The catalog's source text.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("catalog/en.ftl"),
            Lang::Ru => include_str!("catalog/ru.ftl"),
            Lang::Kk => include_str!("catalog/kk.ftl"),
        }
    }

    /// `message` worded in this language.
    pub fn render(self, message: &Message) -> String {
        let own = catalog(self);
        if own.has_message(message.id.name) || self == Lang::En {
            return own.format(self, message);
        }
        catalog(Lang::En).format(self, message)
    }

    /// A text without arguments (`label-error`, …).
    pub fn text(self, name: &'static str) -> String {
        self.render(&Message::from(super::message::Id::text(name)))
    }
}

/// A language's catalog, parsed once.
pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: OnceLock<[Catalog; 3]> = OnceLock::new();
    let all = CATALOGS.get_or_init(|| Lang::ALL.map(Catalog::parse));
    &all[lang as usize]
}

impl Catalog {
    /// Parses a catalog; entries with syntax errors are left out (a test fails on any).
    fn parse(lang: Lang) -> Catalog {
        let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(partial, _)| partial);
        let locale = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Unicode isolation marks around arguments would show up in terminals and JSON.
        bundle.set_use_isolating(false);
        // Entries that clash keep the first one; the catalog test catches duplicates.
        let _ = bundle.add_resource(resource);
        Catalog { bundle }
    }

    fn has_message(&self, name: &str) -> bool {
        self.bundle.has_message(name)
    }

    /// Formats `message`; nested messages are worded in `lang` too.
    fn format(&self, lang: Lang, message: &Message) -> String {
        let Some(pattern) = self.bundle.get_message(message.id.name).and_then(|m| m.value()) else {
            return message.id.name.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Count(count) => FluentValue::from(*count),
                Arg::Message(inner) => FluentValue::from(lang.render(inner)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned()
    }

    /// An attribute of an entry (`.example`, `.fix` in the English catalog, for the docs).
    pub fn attribute(&self, name: &str, attribute: &str) -> Option<String> {
        let pattern = self.bundle.get_message(name)?.get_attribute(attribute)?.value();
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, None, &mut errors).into_owned())
    }
}

/// The parsed catalog of `lang`, for the docs and the tests.
pub fn catalog_of(lang: Lang) -> &'static Catalog {
    catalog(lang)
}

/// The variables each entry of `lang`'s catalog uses in its value (attributes left out), by entry name;
/// for the docs and for the test that every language asks for the same arguments.
pub fn entry_variables(lang: Lang) -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    let resource = match fluent_syntax::parser::parse(lang.source()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            out.insert(message.id.name, variables);
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&'static str>, out: &mut BTreeSet<&'static str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&'static str>, out: &mut BTreeSet<&'static str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&'static str>, out: &mut BTreeSet<&'static str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}
