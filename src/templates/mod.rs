//! Templates: the theme chain (site `templates/` over `themes/<name>/templates/`), tera loading with
//! errors that name the template file and line, the theme's interface strings (i18n), the theme's built
//! assets (bundled scripts, hashed names), and template functions. Contexts are built in `context`.

pub mod context;
mod cycles;
mod dates;
mod i18n;
mod render_context;
pub mod theme;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::assets::{build_assets, Assets};
use crate::cache::{BuildCache, Fingerprint, Key};
use crate::config::Config;
use crate::diagnostics::{codes, msg, Diagnostic, SourceMap};

pub use dates::{human_date, human_size};
pub use i18n::Translations;
pub use render_context::{RenderContext, SharedValue};
pub use theme::{StaticSource, Theme};

/// Folder of the site's own template overrides.
pub const SITE_TEMPLATES_DIR: &str = "templates";

/// The loaded theme: tera with all templates, the interface strings, and where each template came from.
pub struct Templates {
    pub tera: tera::Tera,
    pub i18n: Translations,
    /// Template name → file it was loaded from (relative to the site root), for messages.
    pub origins: BTreeMap<String, PathBuf>,
    /// Where the theme's files are (its `static/` files are copied into the output).
    pub theme: Theme,
    /// The theme's bundled scripts and hashed files (`assets.toml`).
    pub assets: Assets,
    /// `assets.urls` for every template's context, converted once.
    assets_view: SharedValue,
    /// Template name → its text.
    texts: BTreeMap<String, String>,
    /// A hash of every template's name and text: with the context, the whole input of a render.
    fingerprint: Key,
    /// Renders from earlier builds (`serve`).
    cache: Option<Arc<BuildCache>>,
}

impl Templates {
    /// Loads the theme and the site's overrides. Template texts are added to `sources` for messages.
    pub fn load(root: &Path, config: &Config, sources: &mut SourceMap) -> Result<Templates, Vec<Diagnostic>> {
        let theme = Theme::locate(root, config).map_err(|d| vec![d])?;
        let mut errors = Vec::new();
        let mut texts: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let overrides = theme::folder_templates(&root.join(SITE_TEMPLATES_DIR), root);
        for (name, (shown, text)) in theme.templates().into_iter().chain(overrides) {
            match text {
                Ok(text) => {
                    texts.insert(name, (shown, text));
                }
                Err(err) => {
                    errors.push(Diagnostic::error(shown, codes::TEMPLATE_UNREADABLE.arg("detail", err.to_string())))
                }
            }
        }
        let i18n = Translations::load(&theme, config).map_err(|mut e| {
            e.append(&mut errors);
            e
        })?;
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_attribute_safe);
        let origins: BTreeMap<String, PathBuf> = texts.iter().map(|(n, (p, _))| (n.clone(), p.clone())).collect();
        for (path, text) in texts.values() {
            sources.insert(path.clone(), text.clone());
        }
        // Templates are added one by one first, so a syntax error names its own file.
        for (name, (path, text)) in &texts {
            if let Err(err) = tera::Template::new(name, None, text) {
                errors.push(template_error(path, &err));
            }
        }
        if errors.is_empty() {
            errors.extend(cycles::template_loops(&texts));
        }
        if errors.is_empty() {
            if let Err(err) = tera.add_raw_templates(texts.iter().map(|(n, (_, t))| (n.clone(), t.clone()))) {
                let dir = root.join("themes").join(&config.theme);
                let message = codes::TEMPLATE_LOAD.arg("detail", error_chain(&err));
                errors.push(Diagnostic::error(dir.strip_prefix(root).unwrap_or(&dir), message));
            }
        }
        let assets = build_assets(&theme).unwrap_or_else(|mut problems| {
            errors.append(&mut problems);
            Assets::default()
        });
        if !errors.is_empty() {
            return Err(errors);
        }
        let texts: BTreeMap<String, String> = texts.into_iter().map(|(name, (_, text))| (name, text)).collect();
        let fingerprint = texts.iter().fold(Fingerprint::new(), |f, (name, text)| f.str(name).str(text)).finish();
        let assets_view = SharedValue::new(&assets.urls);
        Ok(Templates { tera, i18n, origins, theme, assets, assets_view, texts, fingerprint, cache: None })
    }

    /// Reuses renders of earlier builds whose template texts and context were the same.
    pub fn with_cache(mut self, cache: Option<Arc<BuildCache>>) -> Self {
        self.cache = cache;
        self
    }

    /// The `assets` variable of every template: a path the theme's `assets.toml` names → the path of the
    /// written file from the site root.
    pub fn assets_view(&self) -> &SharedValue {
        &self.assets_view
    }

    /// The file a template was loaded from.
    pub fn origin(&self, name: &str) -> PathBuf {
        self.origins.get(name).cloned().unwrap_or_else(|| PathBuf::from(name))
    }

    /// Renders `name` with `context`; an error names the template and the page being rendered.
    /// With a cache, a render whose template texts and variables equal an earlier build's is reused.
    pub fn render(&self, name: &str, context: RenderContext, rendering: &Path) -> Result<Vec<u8>, Diagnostic> {
        let Some(cache) = &self.cache else { return self.render_now(name, &context.into_tera(), rendering) };
        // Templates read nothing but their texts and the variables (no functions that reach outside).
        let key = Fingerprint::new().number(self.fingerprint).str(name).number(context.key()).finish();
        if let Some(html) = cache.page(key) {
            return Ok(html.to_vec());
        }
        let html = self.render_now(name, &context.into_tera(), rendering)?;
        cache.store_page(key, &html);
        Ok(html)
    }

    /// Renders into bytes: tera's `render` would check the whole output is UTF-8 again (templates and
    /// context are text already), which was a twentieth of a build.
    fn render_now(&self, name: &str, context: &tera::Context, rendering: &Path) -> Result<Vec<u8>, Diagnostic> {
        let mut html = Vec::with_capacity(16 * 1024);
        self.tera.render_to(name, context, &mut html).map(|()| html).map_err(|err| {
            let chain = error_chain(&err);
            let template = self.origin(failing_template(&chain).unwrap_or(name));
            let mut diagnostic =
                Diagnostic::error(template, codes::TEMPLATE_RENDER.arg("detail", &chain).arg("page", rendering));
            if let Some(line) = self.find_line_of_variable(&chain, failing_template(&chain).unwrap_or(name)) {
                diagnostic = diagnostic.at_line(line);
            }
            diagnostic.with_help(msg("help-template-variable"))
        })
    }

    /// tera 1 runtime errors carry no line: point at the first line of the template naming the variable.
    fn find_line_of_variable(&self, chain: &str, template: &str) -> Option<usize> {
        let variable = chain.split('`').nth(1)?;
        let source = self.texts.get(template)?;
        crate::diagnostics::find_line(source, 1, |l| l.contains(variable))
    }
}

/// HTML escaping for templates: the five characters that matter, and not `/` (tera's default turns every
/// URL into `&#x2F;` soup).
fn escape_attribute_safe(input: &str) -> String {
    if !input.bytes().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')) {
        return input.to_string();
    }
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The error and all its causes on one line.
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// The innermost template named in a tera error chain (`… while rendering 'partials/meta.html'`).
fn failing_template(chain: &str) -> Option<&str> {
    let start = chain.rfind(" '")? + 2;
    let end = start + chain[start..].find('\'')?;
    Some(&chain[start..end])
}

/// A template syntax error, at the line tera reports (`--> 3:14`).
fn template_error(path: &Path, err: &tera::Error) -> Diagnostic {
    let chain = error_chain(err);
    let position = chain.split("--> ").nth(1).and_then(|rest| {
        let mut numbers = rest.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty());
        Some((numbers.next()?.parse::<usize>().ok()?, numbers.next()?.parse::<usize>().ok()?))
    });
    // tera's text repeats the location (" --> 8:1") and a source excerpt; keep only what is wrong.
    let detail: Vec<&str> = chain
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix('='))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let message = match detail.is_empty() {
        true => codes::TEMPLATE_LOAD.arg(
            "detail",
            chain.lines().find(|l| !l.trim().is_empty() && !l.contains("-->")).unwrap_or("template error").trim(),
        ),
        false => codes::TEMPLATE_SYNTAX.arg("detail", detail.join("; ")),
    };
    let diagnostic = Diagnostic::error(path, message).with_help(msg("help-template-syntax"));
    match position {
        Some((line, column)) => diagnostic.at(line, column),
        None => diagnostic,
    }
}
