//! Property tests (issue 10, "no input hangs or crashes ecolib"): arbitrary front matter, Markdown bodies,
//! link targets, search queries and percent-encoded paths never make ecolib panic or run long, and every
//! error it reports names a file and a line. Most properties call the stage functions directly (thousands of
//! cases a second); a few build whole sites in memory, where hostile titles must also come out escaped in
//! the JSON-LD and neutralised in catalog.csv.
//!
//! Each case runs on its own thread and fails if it takes over [`TIME_BOUND`] ([`SITE_TIME_BOUND`] for a
//! whole site). The normal run is short (256 cases a property, 16 sites); the campaign recorded in
//! docs/robustness.md is `PROPTEST_CASES=100000 cargo test --release --test integration properties::`.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::path::PathBuf;
use std::sync::{mpsc, OnceLock};
use std::time::Duration;

use proptest::prelude::*;

use ecolib::config::Config;
use ecolib::content::front_matter::{parse_front_matter, split_front_matter};
use ecolib::diagnostics::Diagnostic;
use ecolib::markdown::{is_script_url, render_markdown, LinkResolver, MarkdownOptions, RawHtmlPolicy, ResolvedLink};
use ecolib::pipeline::{run_pipeline_to, IndexTarget, PipelineOptions};
use ecolib::render::{MemoryOutput, NoOutput};
use ecolib::search::query::{MAX_QUERY_CHARS, MAX_QUERY_WORDS};
use ecolib::search::{index_dir, open_index};
use ecolib::search::{parse_query, search, SearchIndex, SearchOptions};
use ecolib::site::urls::percent_decode;
use ecolib::site::InternalLink;

/// Longest a case of a stage function may take (debug build, two busy cores).
const TIME_BOUND: Duration = Duration::from_secs(2);
/// Longest a whole small site may take to build in memory.
const SITE_TIME_BOUND: Duration = Duration::from_secs(20);

/// Runs `work` on its own thread: its result, its panic, or a failure when it takes over `bound`.
fn within<T: Send + 'static>(bound: Duration, what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    match receiver.recv_timeout(bound) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("took over {bound:?} (hang?): {what}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => panic!("the worker sent nothing: {what}"),
        },
    }
}

/// Cases for the whole-site properties: a five-hundredth of `PROPTEST_CASES` (200 in the long run, where a
/// site takes about a second on a busy machine), at least 16.
fn site_cases() -> u32 {
    (ProptestConfig::default().cases / 500).max(16)
}

fn lines_in(text: &str) -> usize {
    text.lines().count().max(1)
}

// ---------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------

/// Short text of any characters, control and astral ones included.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..=max).prop_map(|chars| chars.into_iter().collect())
}

/// Words a library page is made of.
fn words() -> impl Strategy<Value = String> {
    "[а-яёәғқңөұүһіa-z0-9 ]{0,12}"
}

/// Fragments of YAML syntax, glued together in any order.
fn yaml_ish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "title: ", "summary: ", "doc_type: ", "date: ", "topics: ", "sources:", "instrument:", "  ", "- ",
            ": ", "\n", "\n  - ", "{", "}", "[", "]", ", ", "\"", "'", "&a ", "*a", "!!binary ", "!!str ",
            "? ", "|\n  ", ">-\n  ", "# ", "---\n", "...\n", "\t", "~", "null", "2024-02-30", "99999-01-01",
            "-1", "1e400", "0x1F", ".nan", "<<: *a\n", "%YAML 1.2\n", "\\u0000", "\u{feff}", "\r\n",
        ])
        .prop_map(str::to_string),
        2 => words(),
        1 => any_text(6),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// A YAML value for a known field: scalars of every type, odd dates, lists, maps.
fn yaml_value() -> impl Strategy<Value = String> {
    let scalar = prop_oneof![
        words(),
        any_text(8).prop_map(|s| serde_json::to_string(&s).unwrap()),
        prop::sample::select(vec![
            "2024-01-31",
            "2024-02-30",
            "2024-13-01",
            "0000-00-00",
            "true",
            "no",
            "null",
            "~",
            "-5",
            "3.5",
            "convention",
            "guide",
            "oil-spills",
            "oil-spil",
            "in-force",
            "\"\"",
            "''",
            "[]",
            "{}",
            "@/docs/convention.md",
            "https://example.org/x",
            "javascript:alert(1)",
            "\"=HYPERLINK(1)\"",
            "\"<!--<script>\"",
        ])
        .prop_map(str::to_string),
    ];
    prop_oneof![
        4 => scalar.clone(),
        1 => prop::collection::vec(scalar.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
        1 => (scalar.clone(), scalar).prop_map(|(a, b)| format!("{{date: {a}, place: {b}, url: {b}}}")),
    ]
}

/// Front matter lines of the known fields (and an unknown one), each with any value.
fn known_fields() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "title",
        "summary",
        "doc_type",
        "date",
        "updated",
        "review_by",
        "topics",
        "pillars",
        "geography",
        "instruments",
        "sources",
        "unconfirmed",
        "tags",
        "authors",
        "attachments",
        "draft",
        "weight",
        "slug",
        "aliases",
        "instrument",
        "law",
        "event",
        "guide",
        "unsafe_html",
        "sort_by",
        "unknown_field",
    ]);
    prop::collection::vec((key, yaml_value()), 0..10)
        .prop_map(|fields| fields.iter().map(|(k, v)| format!("{k}: {v}\n")).collect::<String>())
}

/// Markdown: block and inline constructs, raw HTML, odd links, deep nesting.
fn markdown_body() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "# ", "## ", "### Заголовок {#id}\n", "> ", "- ", "1. ", "* ", "_", "**", "`", "```\n", "~~~", "\n",
            "\n\n", "    ", "|a|b|\n|-|-|\n|1|2|\n", "[x](", ")", "![i](", "](", "[^1]", "[^1]: note\n", "<div>",
            "</div>", "<script>alert(1)</script>", "<SCRIPT SRC=x>", "<!--", "-->", "<a href=\"javascript:x\">",
            "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil\">", "<style>", "&amp;", "&#0;", "&#x110000;",
            "\\", "%a", "%ф", "%FF", "@/docs/convention.md", "@/docs/nope.md#x", "@/", "#", "http://x/", "data:,x",
            "<", ">", "\"", "«", "—", "\r", "\t", "\u{0}", "\u{2028}",
        ])
        .prop_map(str::to_string),
        3 => words(),
        1 => any_text(8),
        1 => (prop::sample::select(vec!["> ", "- ", "[", "*", "_", "<div>", "`", "(", "#"]), 1..300usize)
            .prop_map(|(s, n)| s.repeat(n)),
        1 => (any_text(4), prop::sample::select(vec!["[l](", "[l](<", "![i]("]))
            .prop_map(|(dest, open)| format!("{open}%a{dest})")),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

/// A link destination written by an editor.
fn link_target() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "@/",
            "docs/",
            "convention",
            ".md",
            ".en.md",
            ".kk.md",
            "#",
            "%",
            "%a",
            "%D1%84",
            "%ZZ",
            "/",
            "..",
            "./",
            "\\",
            " ",
            "?",
            ":",
            "javascript:",
            "ftp://",
            "@",
            "_index",
        ])
        .prop_map(str::to_string),
        words(),
        any_text(4),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

/// A query typed into the search box.
fn query_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "конвенция", "конвенци", "кнвенция", "протокол", "нефть", "тест", "\"", "-", " ", "  ", "-\"", "Қорғау",
            "ё", "e\u{301}", "2003", "tehran", "*", "(", "\u{a0}", "\u{3000}",
        ])
        .prop_map(str::to_string),
        2 => words(),
        1 => any_text(8),
        1 => ("[а-я]{1,3}", 1..400usize).prop_map(|(s, n)| s.repeat(n)),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

// ---------------------------------------------------------------------------------------------------------
// Stage functions
// ---------------------------------------------------------------------------------------------------------

/// Accepts every link except script URLs, as the renderer's resolver does for links outside the site.
struct AcceptingResolver;

impl LinkResolver for AcceptingResolver {
    fn resolve(
        &mut self,
        dest: &str,
        _line: usize,
    ) -> Result<ResolvedLink, (ecolib::diagnostics::Message, ecolib::diagnostics::Message)> {
        match is_script_url(dest) {
            true => Err((
                ecolib::diagnostics::codes::SCRIPT_LINK.into(),
                ecolib::diagnostics::msg("help-link-kinds").into(),
            )),
            false => Ok(ResolvedLink { href: dest.to_string(), external: dest.starts_with("http") }),
        }
    }
}

fn site_config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        let text = std::fs::read_to_string(support::repo().join("tests/fixtures/base-site.toml")).expect("read");
        Config::parse(&text).expect("base-site.toml parses")
    })
}

fn check_front_matter(text: String) {
    let lines = lines_in(&text);
    within(TIME_BOUND, &format!("{text:?}"), move || match split_front_matter(&text) {
        Err(error) => assert!((1..=lines + 1).contains(&error.line), "line {} of {lines}", error.line),
        Ok(split) => {
            if let Err(error) = parse_front_matter(&split) {
                assert!((1..=lines + 1).contains(&error.line), "line {} of {lines}: {error:?}", error.line);
            }
        }
    });
}

fn check_markdown(body: String, policy: RawHtmlPolicy) {
    within(TIME_BOUND, &format!("{body:?}"), move || {
        let options = MarkdownOptions { smart_punctuation: true, lang: "ru".into(), first_line: 7, raw_html: policy };
        let rendered = render_markdown(&body, &options, &mut AcceptingResolver);
        let last_line = 7 + lines_in(&body);
        for problem in &rendered.problems {
            assert!((7..=last_line).contains(&problem.line), "line {} outside 7..={last_line}", problem.line);
        }
        if policy == RawHtmlPolicy::Sanitise {
            for tag in tags_of(&rendered.html) {
                assert!(!is_active_tag(&tag), "{tag} survived sanitising:\n{}", rendered.html);
            }
        }
    });
}

/// The tags of HTML (escaped text has no `<`), lowercased, with their quoted attribute values blanked.
fn tags_of(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| {
            let tag = rest.split('>').next().unwrap_or_default().to_lowercase();
            tag.split('"').step_by(2).collect::<Vec<_>>().join("\"\"")
        })
        .collect()
}

/// A tag that runs script or loads another page: script, iframe, style, object, embed, or an `on…=` handler.
fn is_active_tag(tag: &str) -> bool {
    let name = tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or_default();
    ["script", "iframe", "style", "object", "embed"].contains(&name)
        || tag.split_whitespace().skip(1).any(|attribute| attribute.starts_with("on") && attribute.contains('='))
}

proptest! {
    #[test]
    fn front_matter_of_any_text_never_panics_and_errors_have_a_line(yaml in yaml_ish(), body in words()) {
        check_front_matter(format!("---\n{yaml}\n---\n{body}"));
    }

    #[test]
    fn front_matter_with_any_values_of_known_fields_never_panics(fields in known_fields()) {
        check_front_matter(format!("---\n{fields}---\nТекст.\n"));
    }

    #[test]
    fn any_file_text_never_panics_the_front_matter_split(text in any_text(64)) {
        check_front_matter(text);
    }

    #[test]
    fn markdown_bodies_never_panic_and_keep_problems_in_the_file(body in markdown_body()) {
        check_markdown(body, RawHtmlPolicy::Sanitise);
    }

    #[test]
    fn markdown_with_raw_html_allowed_never_panics(body in markdown_body()) {
        check_markdown(body, RawHtmlPolicy::Allow);
    }

    #[test]
    fn link_targets_never_panic_the_link_parser(target in link_target()) {
        let config = site_config();
        within(TIME_BOUND, &format!("{target:?}"), move || {
            let _ = InternalLink::parse(&target, config);
            let _ = InternalLink::parse(&format!("@/{target}"), config);
        });
    }

    #[test]
    fn percent_decoding_never_panics(path in any_text(24), percents in link_target()) {
        within(TIME_BOUND, &format!("{path:?} {percents:?}"), move || {
            let _ = percent_decode(&path);
            let _ = percent_decode(&percents);
            if !path.contains('%') {
                assert_eq!(percent_decode(&path), path, "text without % is left alone");
            }
        });
    }

    #[test]
    fn percent_decoding_undoes_percent_encoding(text in any_text(24)) {
        let encoded = percent_encoding::utf8_percent_encode(&text, percent_encoding::NON_ALPHANUMERIC).to_string();
        prop_assert_eq!(percent_decode(&encoded), text);
    }

    #[test]
    fn queries_are_parsed_within_their_bounds(query in query_text(), typing in any::<bool>()) {
        let parsed = within(TIME_BOUND, &format!("{query:?}"), move || parse_query(&query, typing));
        let words: Vec<&String> =
            parsed.words.iter().chain(parsed.phrases.iter().flatten()).chain(parsed.excluded.iter().flatten()).collect();
        prop_assert!(words.len() <= MAX_QUERY_WORDS);
        prop_assert!(words.iter().all(|w| w.chars().count() <= MAX_QUERY_CHARS));
    }

    #[test]
    fn any_query_searches_the_index_quickly_and_snippets_stay_escaped(query in query_text(), typing in any::<bool>()) {
        let index = fixture_index();
        let hits = within(TIME_BOUND, &format!("{query:?}"), move || {
            let options = SearchOptions { limit: 5, ..SearchOptions::default() };
            search(index, &parse_query(&query, typing), &options).expect("search")
        });
        prop_assert!(hits.len() <= 5);
        for hit in &hits {
            let markup_free = hit.snippet.replace("<mark>", "").replace("</mark>", "");
            prop_assert!(!markup_free.contains(['<', '>']), "unescaped snippet {}", hit.snippet);
        }
    }
}

/// The search index of the good-site fixture, built once in memory.
fn fixture_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        // The site's folder stays for the whole run: the index is opened from it.
        let site: &'static support::SiteTest = Box::leak(Box::new(support::SiteTest::fixture("good-site")));
        let dir = index_dir(&site.root.join("cache"));
        let options = PipelineOptions { index: IndexTarget::Disk(dir.clone()), ..PipelineOptions::new(&site.root) };
        let built = run_pipeline_to(&options, &NoOutput).ok().expect("the good-site fixture builds");
        let staged = built.index.expect("the index stage").staged.expect("a staged index");
        staged.commit().expect("commit");
        open_index(&dir).expect("index")
    })
}

// ---------------------------------------------------------------------------------------------------------
// Whole sites
// ---------------------------------------------------------------------------------------------------------

/// A title an editor might paste, hostile to HTML, JSON in a script element and spreadsheets.
fn hostile_title() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "<!--<script>",
            "</script>",
            "<!--",
            "-->",
            "=HYPERLINK(\"http://x\")",
            "+7",
            "-",
            "@SUM(A1)",
            "\t",
            "&",
            "&amp;",
            "\u{2028}",
            "\u{2029}",
            "«",
            "»",
            "\"",
            "'",
            "\\",
            "<b>",
            "{{",
            "}}",
            "{%",
            "%}",
        ])
        .prop_map(str::to_string),
        words(),
    ];
    // Half of them start as a spreadsheet formula would.
    let start = prop::sample::select(vec!["", "", "", "", "", "=", "+", "-", "@", "\t"]);
    (start, prop::collection::vec(piece, 1..6))
        .prop_map(|(start, pieces)| format!("{start}{}", pieces.concat()))
        .prop_filter("a title", |t| !t.trim().is_empty())
}

/// A YAML double-quoted string holding exactly `text` (JSON's escapes, plus the line separators, which YAML
/// would fold).
fn yaml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap().replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

/// A convention whose title, summary and full title are `title`, with a plain body.
fn convention(title: &str) -> String {
    let quoted = yaml_string(title);
    format!(
        "---\ntitle: {quoted}\nsummary: {quoted}\ndoc_type: convention\ndate: 2003-11-04\nreview_by: 2027-06-01\n\
         topics: [oil-spills]\nsources:\n  - title: Текст\n    url: https://example.org/c\ninstrument:\n  \
         full_title: {quoted}\n  adopted: {{ date: 2003-11-04, place: Тегеран }}\n  in_force: 2006-08-12\n  status: in-force\n---\nТекст.\n"
    )
}

/// A small site in a temporary folder: home, a section, a convention titled `title`, and `other` as a page.
fn small_site(title: &str, other: Option<String>) -> support::SiteTest {
    let site = support::SiteTest::empty();
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    site.write("content/docs/_index.md", "---\ntitle: Документы\n---\n");
    site.write("content/docs/convention.md", convention(title));
    if let Some(other) = other {
        site.write("content/docs/other.md", other);
    }
    site
}

/// Builds the site in memory: the rendered files, or the error diagnostics, each checked to have a file and
/// a line.
fn build_site(root: PathBuf) -> Result<Files, Vec<Diagnostic>> {
    let output = MemoryOutput::default();
    match run_pipeline_to(&PipelineOptions::new(&root), &output) {
        Err(failed) => {
            for d in failed.diagnostics.iter().filter(|d| d.is_error()) {
                assert!(!d.path.as_os_str().is_empty() && d.line.is_some(), "no file or line: {d:?}");
            }
            Err(failed.diagnostics)
        }
        Ok(_) => Ok(output.into_site().files),
    }
}

/// A site's rendered files by root-relative path.
type Files = std::collections::BTreeMap<String, Vec<u8>>;

/// Every JSON-LD block is JSON that cannot end its script element; the convention's holds its title.
fn check_jsonld(files: &Files, title: &str) {
    let html = String::from_utf8_lossy(&files["docs/convention/index.html"]).to_string();
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("a JSON-LD block") + open.len();
    let json = &html[start..start + html[start..].find("</script>").expect("closed")];
    assert!(!json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']), "unescaped JSON-LD: {json}");
    let value: serde_json::Value = serde_json::from_str(json).expect("JSON-LD parses");
    assert_eq!(value["name"], title);
}

/// No catalog.csv cell starts like a formula; the title comes back, behind a `'` when it looked like one.
fn check_catalog_csv(files: &Files, title: &str) {
    let bytes = files["catalog.csv"].strip_prefix(b"\xEF\xBB\xBF").expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(bytes);
    let mut titles = Vec::new();
    for record in reader.records() {
        let record = record.expect("a CSV record");
        for cell in &record {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula-like cell {cell:?}");
        }
        titles.push(record[2].to_string());
    }
    let expected = match title.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{title}"),
        false => title.to_string(),
    };
    assert!(titles.contains(&expected), "{expected:?} not in {titles:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(site_cases()))]

    #[test]
    fn hostile_titles_come_out_escaped_in_jsonld_and_neutralised_in_catalog_csv(title in hostile_title()) {
        let site = small_site(&title, None);
        let (root, expected) = (site.root.clone(), title.clone());
        within(SITE_TIME_BOUND, &format!("title {title:?}"), move || {
            let files = build_site(root).unwrap_or_else(|errors| panic!("a hostile title fails the build: {errors:#?}"));
            check_jsonld(&files, &expected);
            check_catalog_csv(&files, &expected);
        });
    }

    #[test]
    fn whole_sites_build_or_report_every_error_with_file_and_line(
        fields in prop_oneof![known_fields(), yaml_ish().prop_map(|y| format!("{y}\n"))],
        body in markdown_body(),
    ) {
        let site = small_site("Конвенция", Some(format!("---\n{fields}---\n{body}\n")));
        let root = site.root.clone();
        // Either outcome is fine: build_site has checked that every error has a file and a line.
        let _built_or_reported = within(SITE_TIME_BOUND, &format!("fields {fields:?}, body {body:?}"), move || build_site(root));
    }
}
