//! Raw HTML in editors' Markdown. A library with many editors cannot let one pasted snippet run script in
//! every visitor's browser, nor load anything from another host (the site must work from a USB stick).
//! So a body that contains raw HTML is passed through an allowlist sanitiser (ammonia) after rendering,
//! and each raw fragment is read beforehand to tell the editor, at its line, what will be removed
//! (warnings) or what cannot be published at all (errors: `javascript:`/`data:` URLs, files from
//! another host). A page or a site that really needs raw HTML opts in with `unsafe_html: true`.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::diagnostics::{codes, msg, Message};

/// Tags that the sanitiser keeps: ammonia's default allowlist (text structure, tables, images, links,
/// `details`) plus the disabled checkboxes of task lists.
const EXTRA_TAGS: &[&str] = &["input"];

/// Attributes that ecolib's own Markdown output uses and that must survive sanitising.
const GENERIC_ATTRIBUTES: &[&str] = &["id", "class", "style"];

/// Attributes whose value a browser loads as a resource when the page opens.
const LOADING_ATTRIBUTES: &[(&str, &str)] = &[
    ("img", "src"),
    ("img", "srcset"),
    ("iframe", "src"),
    ("frame", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("script", "src"),
    ("link", "href"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("source", "src"),
    ("source", "srcset"),
    ("track", "src"),
    ("input", "src"),
    ("image", "href"),
    ("use", "href"),
];

/// What raw HTML does in a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RawHtmlPolicy {
    /// Sanitised by the allowlist (the default).
    #[default]
    Sanitise,
    /// Passed as written: the page or the site said `unsafe_html: true`.
    Allow,
}

/// A finding in a raw HTML fragment: an error when the page cannot be published as written, a warning
/// when the sanitiser removes something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHtmlFinding {
    /// Lines after the fragment's first line.
    pub line_offset: usize,
    pub message: Message,
    pub help: Message,
    pub error: bool,
}

/// The sanitiser, built once.
fn sanitiser() -> &'static ammonia::Builder<'static> {
    static SANITISER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITISER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .add_tags(EXTRA_TAGS)
            .add_generic_attributes(GENERIC_ATTRIBUTES)
            .add_tag_attributes("a", &["rel", "title", "aria-hidden", "tabindex"])
            .add_tag_attributes("img", &["loading", "decoding", "title"])
            .add_tag_attributes("div", &["tabindex"])
            .add_tag_attributes("input", &["type", "checked", "disabled"])
            .filter_style_properties(HashSet::from(["text-align"]))
            .link_rel(None)
            .add_url_schemes(&["data"])
            .strip_comments(true)
            .attribute_filter(keep_attribute);
        builder
    })
}

/// The last word on an attribute the allowlist accepted: nothing loaded from another host, no `data:`
/// URL except an image's.
fn keep_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    let loads = LOADING_ATTRIBUTES.contains(&(element, attribute));
    if loads && is_remote(value) {
        return None;
    }
    if scheme(value).as_deref() == Some("data") && !(element == "img" && attribute == "src" && is_data_image(value)) {
        return None;
    }
    if element == "input" && attribute == "type" && !value.eq_ignore_ascii_case("checkbox") {
        return None;
    }
    Some(Cow::Borrowed(value))
}

/// Sanitises a rendered body that contains raw HTML.
pub fn sanitise(html: &str) -> String {
    sanitiser().clean(html).to_string()
}

/// The scheme of a URL, lowercased, as a browser reads it (ignoring the spaces, tabs and newlines that
/// browsers drop); `None` for a relative URL.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url.trim().chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect();
    let colon = cleaned.find(':')?;
    let candidate = &cleaned[..colon];
    let valid = candidate.len() > 1
        && candidate.starts_with(|c: char| c.is_ascii_alphabetic())
        && candidate.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| candidate.to_ascii_lowercase())
}

/// Whether a URL can run script when followed or loaded.
pub fn is_script_url(url: &str) -> bool {
    matches!(scheme(url).as_deref(), Some("javascript" | "vbscript" | "livescript"))
}

/// Whether a URL points to another host (`https://…`, `//host/…`).
pub fn is_remote(url: &str) -> bool {
    let url = url.trim();
    url.starts_with("//") || url.starts_with("\\\\") || matches!(scheme(url).as_deref(), Some("http" | "https" | "ftp"))
}

/// A `data:` URL of a raster image, which cannot run script (SVG can).
pub fn is_data_image(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp", "data:image/avif"]
        .iter()
        .any(|prefix| lower.starts_with(prefix))
}

/// Reads one raw HTML fragment (a block or an inline tag) for what the sanitiser will do to it.
pub fn inspect(fragment: &str) -> Vec<RawHtmlFinding> {
    let mut findings = Vec::new();
    for tag in scan_tags(fragment) {
        let line_offset = fragment[..tag.offset].matches('\n').count();
        let mut push = |message: Message, help: &'static str, error: bool| {
            findings.push(RawHtmlFinding { line_offset, message, help: msg(help).into(), error })
        };
        let allowed = ammonia_allows_tag(&tag.name);
        if !allowed {
            push(codes::RAW_HTML_REMOVED.arg("tag", &tag.name), "help-raw-html", false);
        }
        for (attribute, value) in &tag.attributes {
            if attribute.starts_with("on") {
                push(
                    codes::RAW_HTML_SCRIPT_ATTRIBUTE.arg("attribute", attribute).arg("tag", &tag.name),
                    "help-remove-attribute",
                    false,
                );
                continue;
            }
            let Some(value) = value else { continue };
            if is_script_url(value) || (scheme(value).as_deref() == Some("data") && !is_data_image(value)) {
                push(
                    codes::SCRIPT_URL_IN_HTML
                        .arg("url", shorten_url(value))
                        .arg("tag", &tag.name)
                        .arg("attribute", attribute),
                    "help-link-inside",
                    true,
                );
            } else if LOADING_ATTRIBUTES.contains(&(tag.name.as_str(), attribute.as_str())) && is_remote(value) {
                push(
                    codes::REMOTE_FILE_IN_HTML
                        .arg("tag", &tag.name)
                        .arg("attribute", attribute)
                        .arg("url", shorten_url(value)),
                    "help-download-file",
                    true,
                );
            }
        }
    }
    findings
}

fn ammonia_allows_tag(name: &str) -> bool {
    static DEFAULT_TAGS: OnceLock<HashSet<String>> = OnceLock::new();
    DEFAULT_TAGS
        .get_or_init(|| ammonia::Builder::default().clone_tags().into_iter().map(str::to_string).collect())
        .contains(name)
        || EXTRA_TAGS.contains(&name)
}

/// A URL cut for a message (a `data:` URL may be megabytes).
pub fn shorten_url(url: &str) -> String {
    let mut chars = url.chars();
    let head: String = chars.by_ref().take(60).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// A start tag read from raw HTML.
struct StartTag {
    offset: usize,
    name: String,
    attributes: Vec<(String, Option<String>)>,
}

/// Reads the start tags of a fragment the way an HTML tokenizer does (names lowercased, quoted and
/// unquoted values, comments skipped). Used only to explain what the sanitiser does, never to decide it.
fn scan_tags(html: &str) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + found;
        i = start + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(bytes.len(), |end| i + end + 3);
            continue;
        }
        let name_len =
            html[i..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':')).unwrap_or(html.len() - i);
        if name_len == 0 || !bytes[i].is_ascii_alphabetic() {
            continue;
        }
        let name = html[i..i + name_len].to_ascii_lowercase();
        i += name_len;
        let (attributes, end) = scan_attributes(html, i);
        i = end;
        tags.push(StartTag { offset: start, name, attributes });
    }
    tags
}

/// Reads attributes from `i` up to the tag's `>`; returns them and the position after the tag.
fn scan_attributes(html: &str, mut i: usize) -> (Vec<(String, Option<String>)>, usize) {
    let bytes = html.as_bytes();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            return (attributes, (i + 1).min(bytes.len()));
        }
        let name_end = html[i..]
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '/' | '>' | '='))
            .map_or(bytes.len(), |n| i + n.max(1));
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] != b'=' {
            attributes.push((name, None));
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let (value, end) = match bytes.get(i) {
            Some(&quote @ (b'"' | b'\'')) => {
                let close = memchr::memchr(quote, &bytes[i + 1..]).map_or(bytes.len(), |n| i + 1 + n);
                (&html[i + 1..close], (close + 1).min(bytes.len()))
            }
            _ => {
                let end = html[i..].find(|c: char| c.is_ascii_whitespace() || c == '>').map_or(bytes.len(), |n| i + n);
                (&html[i..end], end)
            }
        };
        attributes.push((name, Some(decode_entities(value))));
        i = end;
    }
}

/// Decodes the character references a URL may hide behind (`&#106;avascript:`, `&colon;`).
fn decode_entities(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map_or(rest.len(), |n| n + 1);
        let entity = &rest[1..end];
        let decoded = match entity.strip_prefix('#') {
            Some(number) => {
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse().ok(),
                };
                code.and_then(char::from_u32)
            }
            None => match entity {
                "colon" => Some(':'),
                "Tab" => Some('\t'),
                "NewLine" => Some('\n'),
                "amp" => Some('&'),
                _ => None,
            },
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = rest[end..].strip_prefix(';').unwrap_or(&rest[end..]);
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_and_handlers_are_removed() {
        let cases = [
            ("<script>alert(1)</script><p>ok</p>", "<p>ok</p>"),
            ("<img src=\"x.png\" onerror=\"alert(1)\" alt=\"a\">", "<img src=\"x.png\" alt=\"a\">"),
            ("<div onclick=\"alert(1)\">t</div>", "<div>t</div>"),
            ("<iframe src=\"javascript:alert(1)\"></iframe>", ""),
            ("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>"),
            ("<a href=\"jav&#x09;ascript:alert(1)\">a</a>", "<a>a</a>"),
            ("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">b</a>", "<a>b</a>"),
            ("<img src=\"https://example.org/t.png\" alt=\"t\">", "<img alt=\"t\">"),
            ("<link rel=\"stylesheet\" href=\"https://example.org/x.css\">", ""),
            ("<p style=\"background:url(https://e.org/x)\">s</p>", "<p style=\"\">s</p>"),
            ("<svg><script>alert(1)</script></svg>", ""),
            ("<!--<script>alert(1)</script>-->", ""),
        ];
        for (raw, clean) in cases {
            assert_eq!(sanitise(raw), clean, "{raw}");
        }
    }

    #[test]
    fn what_ecolib_itself_writes_survives() {
        let ours = [
            "<h2 id=\"доступ\">Доступ<a class=\"anchor\" href=\"#доступ\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>",
            "<div class=\"table-scroll\" tabindex=\"0\"><table><thead><tr><th style=\"text-align: left\">a</th></tr></thead></table></div>",
            "<p><a href=\"../x/index.html\" class=\"external\" rel=\"external noopener\">x</a></p>",
            "<img src=\"map.png\" alt=\"Карта\" loading=\"lazy\" decoding=\"async\">",
            "<ul><li><input disabled=\"\" type=\"checkbox\" checked=\"\">done</li></ul>",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">",
        ];
        for html in ours {
            let clean = sanitise(html);
            assert_eq!(sanitise(&clean), clean, "stable: {html}");
            for needle in ["id=", "class=", "href=", "src=", "loading=", "type=", "tabindex="] {
                assert_eq!(html.contains(needle), clean.contains(needle), "{needle} in {html} → {clean}");
            }
        }
    }

    #[test]
    fn inspection_names_what_goes_and_what_is_refused() {
        let findings = inspect("<div>\n<img src=x onerror=alert(1)>\n<script>x</script>\n</div>");
        let summary: Vec<(usize, bool)> = findings.iter().map(|f| (f.line_offset, f.error)).collect();
        assert_eq!(summary, [(1, false), (2, false)], "{findings:?}");
        let refused = [
            "<a href='javascript:alert(1)'>",
            "<a href=\"&#106;avascript:alert(1)\">",
            "<iframe src=\"data:text/html,x\">",
            "<img src=https://example.org/a.png>",
            "<img src=\"//example.org/a.png\">",
            "<link rel=stylesheet href=https://example.org/x.css>",
        ];
        for html in refused {
            assert!(inspect(html).iter().any(|f| f.error), "{html}: {:?}", inspect(html));
        }
        for html in
            ["<a href=\"https://example.org\">", "<img src=\"map.png\" alt=\"m\">", "<details><summary>x</summary>"]
        {
            assert!(inspect(html).is_empty(), "{html}: {:?}", inspect(html));
        }
    }

    #[test]
    fn schemes_are_read_as_browsers_read_them() {
        assert_eq!(scheme(" JavaScript:alert(1)").as_deref(), Some("javascript"));
        assert_eq!(scheme("java\tscript:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("file.pdf"), None);
        assert_eq!(scheme("c:file"), None);
        assert!(is_remote("//cdn.example.org/x.js") && is_remote("HTTPS://x") && !is_remote("img/x.png"));
    }
}
