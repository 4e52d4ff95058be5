use super::*;

/// Resolves `@/x.md` to `../x/index.html`, `http…` as external, `missing.png` as broken.
struct FakeResolver;

impl LinkResolver for FakeResolver {
    fn resolve(
        &mut self,
        dest: &str,
        _line: usize,
    ) -> Result<ResolvedLink, (crate::diagnostics::Message, crate::diagnostics::Message)> {
        if dest.starts_with("http") {
            Ok(ResolvedLink { href: dest.into(), external: true })
        } else if let Some(rest) = dest.strip_prefix("@/") {
            Ok(ResolvedLink { href: format!("../{}/index.html", rest.trim_end_matches(".md")), external: false })
        } else if dest == "missing.png" {
            Err((
                crate::diagnostics::codes::LINKED_FILE_MISSING.into(),
                crate::diagnostics::msg("help-file-beside").into(),
            ))
        } else {
            Ok(ResolvedLink { href: dest.into(), external: false })
        }
    }
}

fn render(body: &str) -> Rendered {
    let options = MarkdownOptions {
        smart_punctuation: true,
        lang: "ru".into(),
        first_line: 5,
        raw_html: RawHtmlPolicy::Sanitise,
    };
    render_markdown(body, &options, &mut FakeResolver)
}

#[test]
fn headings_get_ids_and_toc() {
    let r = render("## Доступ к информации\n\ntext\n\n### Шаг 1\n\n## Доступ к информации\n");
    assert!(r.html.contains("<h2 id=\"доступ-к-информации\">Доступ к информации<a class=\"anchor\""), "{}", r.html);
    assert_eq!(r.anchors, ["доступ-к-информации", "шаг-1", "доступ-к-информации-1"]);
    assert_eq!(r.toc.len(), 3);
    assert_eq!(r.toc[1].level, 3);
}

#[test]
fn explicit_heading_ids_win() {
    let r = render("## Статус {#status}\n");
    assert_eq!(r.anchors, ["status"]);
}

#[test]
fn links_are_resolved_and_external_marked() {
    let r = render("[a](@/conventions/x.md) and [b](https://unece.org)\n");
    assert!(r.html.contains("<a href=\"../conventions/x/index.html\">a</a>"), "{}", r.html);
    assert!(
        r.html.contains("<a href=\"https://unece.org\" class=\"external\" rel=\"external noopener\">b</a>"),
        "{}",
        r.html
    );
}

#[test]
fn broken_links_and_anchors_are_problems_with_lines() {
    let r = render("line one\n\n![map](missing.png)\n\n[x](#nowhere)\n\n## Here\n");
    let lines: Vec<usize> = r.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [7, 9], "{:?}", r.problems);
    assert!(r.problems[1].message.to_string().contains("nowhere"));
    assert_eq!(r.problems[1].help.to_string(), "the page's headings are: #here");
}

#[test]
fn images_are_lazy_and_need_alt_text() {
    let r = render("![Карта](map.png)\n\n![](plain.png)\n");
    assert!(r.html.contains("<img src=\"map.png\" alt=\"Карта\" loading=\"lazy\" decoding=\"async\">"), "{}", r.html);
    assert_eq!(r.problems.len(), 1);
    assert!(r.problems[0].warning);
}

#[test]
fn russian_gets_guillemets_and_tables_scroll() {
    let r = render("Он сказал \"привет\" -- и ушёл в 1998--2001.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    assert!(r.html.contains("«привет» — и ушёл в 1998–2001."), "{}", r.html);
    assert!(r.html.contains("<div class=\"table-scroll\" tabindex=\"0\"><table>"), "{}", r.html);
}

#[test]
fn footnotes_tasklists_and_strikethrough() {
    let r = render("Text[^1] ~~old~~\n\n- [x] done\n\n[^1]: Note.\n");
    assert!(r.html.contains("<del>old</del>"), "{}", r.html);
    assert!(r.html.contains("type=\"checkbox\""), "{}", r.html);
    assert!(r.html.contains("footnote-definition"), "{}", r.html);
}

#[test]
fn plain_text_has_no_markup() {
    let r = render("## Title\n\nSome *bold* <b>x</b> text.\n");
    assert_eq!(r.plain_text, "Title\nSome bold x text.");
}

#[test]
fn anchors_copied_from_the_address_bar_are_accepted() {
    let r = render("## Статус\n\n[x](#%D1%81%D1%82%D0%B0%D1%82%D1%83%D1%81)\n");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
}

#[test]
fn raw_html_is_sanitised_and_every_removal_is_reported_at_its_line() {
    let body = "Текст\n\n<div onclick=\"alert(1)\">\n<script>alert(1)</script>\n</div>\n\nи <img src=\"x.png\" alt=\"x\" onerror=\"alert(2)\">\n";
    let r = render(body);
    assert!(!r.html.contains("script") && !r.html.contains("onclick") && !r.html.contains("onerror"), "{}", r.html);
    assert!(r.html.contains("<img src=\"x.png\" alt=\"x\">"), "{}", r.html);
    let lines: Vec<(usize, bool)> = r.problems.iter().map(|p| (p.line, p.warning)).collect();
    assert_eq!(lines, [(7, true), (8, true), (11, true)], "{:?}", r.problems);
}

#[test]
fn script_urls_and_remote_files_in_raw_html_are_errors() {
    for html in [
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
        "<img src=https://example.org/t.png alt=t>",
        "<link rel=stylesheet href=https://example.org/x.css>",
    ] {
        let r = render(html);
        assert!(r.problems.iter().any(|p| !p.warning && p.line == 5), "{html}: {:?}", r.problems);
        assert!(!r.html.contains("javascript") && !r.html.contains("https://example.org"), "{html}: {}", r.html);
    }
}

#[test]
fn unsafe_html_pages_keep_their_html() {
    let options =
        MarkdownOptions { smart_punctuation: true, lang: "ru".into(), first_line: 1, raw_html: RawHtmlPolicy::Allow };
    let r = render_markdown("<div onclick=\"x()\">a</div>\n", &options, &mut FakeResolver);
    assert_eq!(r.html, "<div onclick=\"x()\">a</div>\n");
    assert!(r.problems.is_empty());
}

#[test]
fn pages_without_raw_html_are_not_reserialised() {
    let body =
        "## A heading\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n\nText & more [link](@/x.md),\\\nnext line.\n";
    let r = render(body);
    // html5ever would write `<br>`: pulldown-cmark's `<br />` shows nothing was re-serialised.
    assert!(r.html.contains("<br />") && r.html.contains("&amp; more"), "{}", r.html);
}

#[test]
fn images_from_another_host_are_errors() {
    let r = render("![карта](https://example.org/t.png)\n");
    assert!(
        r.problems.iter().any(|p| !p.warning && p.message.to_string().contains("another host")),
        "{:?}",
        r.problems
    );
    assert!(!r.html.contains("example.org"), "{}", r.html);
    let r = render("![точка](data:image/png;base64,iVBORw0KGgo=)\n");
    assert!(r.problems.is_empty() && r.html.contains("src=\"data:image/png"), "{:?} {}", r.problems, r.html);
}

#[test]
fn a_nul_in_the_body_becomes_the_replacement_character() {
    let r = render("a\0b\n");
    assert!(r.html.contains("a\u{FFFD}b") && !r.html.contains('\0'), "{:?}", r.html);
}
