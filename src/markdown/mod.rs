//! Markdown → HTML with pulldown-cmark: heading ids, table of contents, plain text for search, links handed
//! to a resolver (internal `@/` links, files beside the page, external links marked), lazy images and
//! typographic quotes for Russian and Kazakh. No I/O: everything outside the text comes through
//! [`LinkResolver`].

mod headings;
mod raw_html;

use std::borrow::Cow;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::escape_html;

use crate::diagnostics::{codes, msg, Message};

pub use headings::{anchor_help, heading_id};
pub use raw_html::{is_data_image, is_remote, is_script_url, scheme, shorten_url, RawHtmlPolicy};

/// How to render one page.
#[derive(Debug, Clone)]
pub struct MarkdownOptions {
    pub smart_punctuation: bool,
    /// The page's language; `ru` and `kk` get «ёлочки» for quotes.
    pub lang: String,
    /// File line of the body's first line, so problems point into the file.
    pub first_line: usize,
    /// Whether raw HTML is sanitised (the default) or passed as written (`unsafe_html: true`).
    pub raw_html: RawHtmlPolicy,
}

/// What a link or image destination became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedLink {
    pub href: String,
    pub external: bool,
}

/// A problem found in the body, at a file line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyProblem {
    pub line: usize,
    pub message: Message,
    pub help: Message,
    /// Warnings do not fail a build.
    pub warning: bool,
}

/// Turns link destinations into hrefs; implemented by the renderer, which knows the site.
pub trait LinkResolver {
    /// Resolves `dest` written at file line `line`; `Err((message, help))` for a broken link.
    fn resolve(&mut self, dest: &str, line: usize) -> Result<ResolvedLink, (Message, Message)>;
}

/// One entry of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// The rendered body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    /// `##` and `###` headings.
    pub toc: Vec<TocEntry>,
    /// Every heading id, for checking `#anchor` links.
    pub anchors: Vec<String>,
    /// The text without markup, for search and snippets.
    pub plain_text: String,
    pub problems: Vec<BodyProblem>,
    /// Links to other sites (http, https) with their file lines, for `check --external`.
    pub external_links: Vec<(String, usize)>,
}

/// Renders a Markdown body.
pub fn render_markdown(body: &str, options: &MarkdownOptions, resolver: &mut dyn LinkResolver) -> Rendered {
    let mut flags = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    if options.smart_punctuation {
        flags |= Options::ENABLE_SMART_PUNCTUATION;
    }
    // CommonMark: a NUL is replaced by U+FFFD, so it never reaches the page.
    let body: Cow<str> =
        if body.contains('\0') { Cow::Owned(body.replace('\0', "\u{FFFD}")) } else { Cow::Borrowed(body) };
    let body = body.as_ref();
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(memchr::memchr_iter(b'\n', body.as_bytes()).map(|i| i + 1)).collect();
    let line_of = |offset: usize| options.first_line + line_starts.partition_point(|&s| s <= offset) - 1;
    let guillemets = options.smart_punctuation && matches!(options.lang.as_str(), "ru" | "kk");
    let mut state = State { raw_html: options.raw_html, ..State::default() };
    for (event, range) in Parser::new_ext(body, flags).into_offset_iter() {
        let event = match event {
            Event::Text(text) if guillemets => Event::Text(russian_typography(text)),
            other => other,
        };
        state.handle(event, line_of(range.start), resolver);
    }
    let mut rendered = state.finish();
    if guillemets {
        russian_dashes(&mut rendered.html);
        russian_dashes(&mut rendered.plain_text);
    }
    rendered
}

/// An image being read: its alt text so far, resolved src, title and line.
struct PendingImage {
    alt: String,
    src: String,
    title: String,
    line: usize,
}

#[derive(Default)]
struct State<'a> {
    rendered: Rendered,
    raw_html: RawHtmlPolicy,
    /// Whether the body holds raw HTML (then the whole body is sanitised).
    saw_raw_html: bool,
    /// The raw HTML block being read, with its first line: a tag may span its lines.
    html_block: Option<(String, usize)>,
    /// Heading ids given so far.
    ids: headings::UniqueIds,
    events: Vec<Event<'a>>,
    /// The heading being read: level, explicit id, its events and text.
    heading: Option<(HeadingLevel, Option<String>, Vec<Event<'a>>, String)>,
    image: Option<PendingImage>,
    /// Same-page `#anchor` links, checked once every heading is known.
    local_anchors: Vec<(String, usize)>,
}

impl<'a> State<'a> {
    fn handle(&mut self, event: Event<'a>, line: usize, resolver: &mut dyn LinkResolver) {
        self.collect_plain_text(&event);
        self.note_raw_html(&event, line);
        if let Some(image) = &mut self.image {
            match event {
                Event::End(TagEnd::Image) => self.end_image(),
                Event::Text(t) | Event::Code(t) => image.alt.push_str(&t),
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                self.heading = Some((level, id.map(|i| i.to_string()), Vec::new(), String::new()));
            }
            Event::End(TagEnd::Heading(_)) => self.end_heading(),
            Event::Start(Tag::Link { dest_url, title, .. }) => {
                let html = self.start_link(&dest_url, &title, line, resolver);
                self.push(Event::Html(html.into()));
            }
            Event::End(TagEnd::Link) => self.push(Event::Html("</a>".into())),
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                let src = self.resolve_image(&dest_url, line, resolver);
                self.image = Some(PendingImage { alt: String::new(), src, title: title.to_string(), line });
            }
            Event::Start(Tag::Table(alignments)) => {
                // Focusable, so that a keyboard can scroll a table wider than the screen (WCAG 2.1.1).
                self.push(Event::Html("<div class=\"table-scroll\" tabindex=\"0\">".into()));
                self.push(Event::Start(Tag::Table(alignments)));
            }
            Event::End(TagEnd::Table) => {
                self.push(Event::End(TagEnd::Table));
                self.push(Event::Html("</div>".into()));
            }
            other => self.push(other),
        }
    }

    /// Notes raw HTML, and reads each fragment for what the sanitiser will remove or refuse.
    fn note_raw_html(&mut self, event: &Event<'_>, line: usize) {
        match event {
            Event::Html(html) => {
                self.saw_raw_html = true;
                let block = self.html_block.get_or_insert_with(|| (String::new(), line));
                block.0.push_str(html);
                return;
            }
            Event::InlineHtml(html) => {
                self.saw_raw_html = true;
                self.inspect_raw_html(html, line);
            }
            _ => {}
        }
        if let Some((block, first_line)) = self.html_block.take() {
            self.inspect_raw_html(&block, first_line);
        }
    }

    fn inspect_raw_html(&mut self, fragment: &str, line: usize) {
        if self.raw_html == RawHtmlPolicy::Allow {
            return;
        }
        for finding in raw_html::inspect(fragment) {
            self.rendered.problems.push(BodyProblem {
                line: line + finding.line_offset,
                message: finding.message,
                help: finding.help,
                warning: !finding.error,
            });
        }
    }

    /// An image's src: a file of the site, or a raster image in a `data:` URL; never from another host
    /// (the site must work offline).
    fn resolve_image(&mut self, dest: &str, line: usize, resolver: &mut dyn LinkResolver) -> String {
        if is_data_image(dest) {
            return dest.to_string();
        }
        let resolved = self.resolve(dest, line, resolver);
        match resolved {
            Some(resolved) if resolved.external || is_remote(dest) => {
                self.rendered.problems.push(BodyProblem {
                    line,
                    message: codes::REMOTE_IMAGE.arg("url", dest),
                    help: msg("help-download-image").into(),
                    warning: false,
                });
                String::new()
            }
            Some(resolved) => resolved.href,
            None => String::new(),
        }
    }

    /// Sends an event to the heading being read, or to the output.
    fn push(&mut self, event: Event<'a>) {
        match &mut self.heading {
            Some((_, _, events, text)) => {
                if let Event::Text(t) | Event::Code(t) = &event {
                    text.push_str(t);
                }
                events.push(event);
            }
            None => self.events.push(event),
        }
    }

    fn collect_plain_text(&mut self, event: &Event<'_>) {
        let text = &mut self.rendered.plain_text;
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock,
            ) if !text.ends_with(char::is_whitespace) && !text.is_empty() => text.push('\n'),
            _ => {}
        }
    }

    fn resolve(&mut self, dest: &str, line: usize, resolver: &mut dyn LinkResolver) -> Option<ResolvedLink> {
        if let Some(anchor) = dest.strip_prefix('#') {
            self.local_anchors.push((anchor.to_string(), line));
            return Some(ResolvedLink { href: dest.to_string(), external: false });
        }
        match resolver.resolve(dest, line) {
            Ok(resolved) => Some(resolved),
            Err((message, help)) => {
                self.rendered.problems.push(BodyProblem { line, message, help, warning: false });
                None
            }
        }
    }

    fn start_link(&mut self, dest: &str, title: &str, line: usize, resolver: &mut dyn LinkResolver) -> String {
        let resolved =
            self.resolve(dest, line, resolver).unwrap_or(ResolvedLink { href: dest.to_string(), external: false });
        if resolved.external {
            self.rendered.external_links.push((resolved.href.clone(), line));
        }
        let mut html = String::from("<a href=\"");
        push_href(&mut html, &resolved.href);
        html.push('"');
        if !title.is_empty() {
            html.push_str(" title=\"");
            let _ = escape_html(&mut html, title);
            html.push('"');
        }
        if resolved.external {
            html.push_str(" class=\"external\" rel=\"external noopener\"");
        }
        html.push('>');
        html
    }

    fn end_image(&mut self) {
        let Some(image) = self.image.take() else {
            return;
        };
        if image.alt.trim().is_empty() {
            self.rendered.problems.push(BodyProblem {
                line: image.line,
                message: codes::IMAGE_WITHOUT_ALT.into(),
                help: msg("help-image-alt").into(),
                warning: true,
            });
        }
        let mut html = String::from("<img src=\"");
        push_href(&mut html, &image.src);
        html.push_str("\" alt=\"");
        let _ = escape_html(&mut html, &image.alt);
        html.push('"');
        if !image.title.is_empty() {
            html.push_str(" title=\"");
            let _ = escape_html(&mut html, &image.title);
            html.push('"');
        }
        html.push_str(" loading=\"lazy\" decoding=\"async\">");
        self.push(Event::Html(html.into()));
    }

    fn end_heading(&mut self) {
        let Some((level, explicit_id, events, text)) = self.heading.take() else {
            return;
        };
        let id = self.ids.claim(explicit_id.unwrap_or_else(|| heading_id(&text)));
        let level_number = level as u8;
        if (2..=3).contains(&level_number) {
            self.rendered.toc.push(TocEntry { level: level_number, id: id.clone(), title: text.trim().to_string() });
        }
        let mut html = format!("<h{level_number} id=\"");
        let _ = escape_html(&mut html, &id);
        html.push_str("\">");
        self.events.push(Event::Html(html.into()));
        self.events.extend(events);
        let mut close = String::from("<a class=\"anchor\" href=\"#");
        push_href(&mut close, &id);
        close.push_str(&format!("\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h{level_number}>\n"));
        self.events.push(Event::Html(close.into()));
        self.rendered.anchors.push(id);
    }

    fn finish(mut self) -> Rendered {
        if let Some((block, first_line)) = self.html_block.take() {
            self.inspect_raw_html(&block, first_line);
        }
        for (anchor, line) in std::mem::take(&mut self.local_anchors) {
            let decoded = crate::site::urls::percent_decode(&anchor);
            if !self.ids.contains(&anchor) && !self.ids.contains(&decoded) {
                self.rendered.problems.push(BodyProblem {
                    line,
                    message: codes::BROKEN_ANCHOR_HERE.arg("anchor", &anchor),
                    help: headings::anchor_help(&anchor, &self.rendered.anchors),
                    warning: false,
                });
            }
        }
        pulldown_cmark::html::push_html(&mut self.rendered.html, self.events.into_iter());
        if self.saw_raw_html && self.raw_html == RawHtmlPolicy::Sanitise {
            self.rendered.html = raw_html::sanitise(&self.rendered.html);
        }
        self.rendered.plain_text = self.rendered.plain_text.trim().to_string();
        self.rendered
    }
}

/// Writes a URL into a double-quoted attribute. Non-ASCII stays as it is (valid in HTML and readable:
/// `#доступ-к-информации`); only what would break the attribute or the URL is encoded.
fn push_href(out: &mut String, url: &str) {
    for c in url.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("%22"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            ' ' => out.push_str("%20"),
            c if c.is_control() => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
}

/// Replaces English curly double quotes with «ёлочки».
fn russian_typography(text: CowStr<'_>) -> CowStr<'_> {
    if text.contains(['\u{201c}', '\u{201d}']) {
        CowStr::from(text.replace('\u{201c}', "«").replace('\u{201d}', "»"))
    } else {
        text
    }
}

/// In Russian and Kazakh a dash between words is the em dash: ` -- ` typed (an en dash after smart
/// punctuation) with spaces around becomes «—»; «1998–2001» keeps its en dash.
fn russian_dashes(text: &mut String) {
    if text.contains(" \u{2013} ") {
        *text = text.replace(" \u{2013} ", " \u{2014} ");
    }
}

#[cfg(test)]
mod tests;
