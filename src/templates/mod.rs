//! Templates: the theme chain (site `templates/` over `themes/<name>/templates/`), tera loading with
//! errors that name the template file and line, the theme's interface strings (i18n), and template
//! functions. Contexts are built in `context`.

pub mod context;
mod cycles;
mod dates;
mod i18n;
mod render_context;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use walkdir::WalkDir;

use crate::cache::{BuildCache, Fingerprint, Key};
use crate::config::Config;
use crate::diagnostics::{codes, msg, Diagnostic, SourceMap};

pub use dates::{human_date, human_size};
pub use i18n::Translations;
pub use render_context::{RenderContext, SharedValue};

/// Folder of the site's own template overrides.
pub const SITE_TEMPLATES_DIR: &str = "templates";

/// The loaded theme: tera with all templates, the interface strings, and where each template came from.
pub struct Templates {
    pub tera: tera::Tera,
    pub i18n: Translations,
    /// Template name → file it was loaded from (relative to the site root), for messages.
    pub origins: BTreeMap<String, PathBuf>,
    /// The theme's `static/` folder.
    pub static_dir: PathBuf,
    /// Template name → its text.
    texts: BTreeMap<String, String>,
    /// A hash of every template's name and text: with the context, the whole input of a render.
    fingerprint: Key,
    /// Renders from earlier builds (`serve`).
    cache: Option<Arc<BuildCache>>,
}

/// The theme's folder.
pub fn theme_dir(root: &Path, config: &Config) -> PathBuf {
    root.join("themes").join(&config.theme)
}

impl Templates {
    /// Loads the theme and the site's overrides. Template texts are added to `sources` for messages.
    pub fn load(root: &Path, config: &Config, sources: &mut SourceMap) -> Result<Templates, Vec<Diagnostic>> {
        let theme = theme_dir(root, config);
        if !theme.is_dir() {
            return Err(vec![Diagnostic::error(
                "site.toml",
                codes::THEME_NOT_FOUND.arg("theme", &config.theme).arg("path", theme.as_path()),
            )
            .with_help(msg("help-theme"))]);
        }
        let mut errors = Vec::new();
        let mut texts: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        for dir in [theme.join("templates"), root.join(SITE_TEMPLATES_DIR)] {
            for (name, path) in template_files(&dir) {
                let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
                match std::fs::read_to_string(&path) {
                    Ok(text) => {
                        texts.insert(name, (shown, text));
                    }
                    Err(err) => {
                        errors.push(Diagnostic::error(shown, codes::TEMPLATE_UNREADABLE.arg("detail", err.to_string())))
                    }
                }
            }
        }
        let i18n = Translations::load(&theme.join("i18n"), config, root).map_err(|mut e| {
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
                let message = codes::TEMPLATE_LOAD.arg("detail", error_chain(&err));
                errors.push(Diagnostic::error(theme.strip_prefix(root).unwrap_or(&theme), message));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let texts: BTreeMap<String, String> = texts.into_iter().map(|(name, (_, text))| (name, text)).collect();
        let fingerprint = texts.iter().fold(Fingerprint::new(), |f, (name, text)| f.str(name).str(text)).finish();
        Ok(Templates { tera, i18n, origins, static_dir: theme.join("static"), texts, fingerprint, cache: None })
    }

    /// Reuses renders of earlier builds whose template texts and context were the same.
    pub fn with_cache(mut self, cache: Option<Arc<BuildCache>>) -> Self {
        self.cache = cache;
        self
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

/// `*.html`, `*.xml` and `*.txt` files under `dir`, named by their path inside it.
fn template_files(dir: &Path) -> Vec<(String, PathBuf)> {
    WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| matches!(e.path().extension().and_then(|x| x.to_str()), Some("html" | "xml" | "txt")))
        .filter_map(|e| {
            let name = e.path().strip_prefix(dir).ok()?.to_string_lossy().replace('\\', "/");
            Some((name, e.path().to_path_buf()))
        })
        .collect()
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
