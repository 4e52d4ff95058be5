//! Tests on the real library: the repository's own `content/` built with its own theme. Every link in the
//! output resolves, nothing is loaded from another host, the build is deterministic, and the key dates of
//! every instrument page agree between its front matter and its text.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use ecolib::site::urls::percent_decode;
use regex::Regex;
use support::{repo, snapshot};

struct Built {
    _dir: tempfile::TempDir,
    out: PathBuf,
}

fn build_into(out: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(["build", "--root"])
        .arg(repo())
        .arg("--output")
        .arg(out)
        .output()
        .expect("run ecolib");
    assert!(output.status.success(), "the real site does not build:\n{}", String::from_utf8_lossy(&output.stderr));
}

/// The real site, built once into a temporary folder.
fn real_site() -> &'static Path {
    static BUILT: OnceLock<Built> = OnceLock::new();
    &BUILT
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let out = dir.path().join("public");
            build_into(&out);
            Built { _dir: dir, out }
        })
        .out
}

fn html_files(root: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect()
}

fn ids_of(html: &str) -> BTreeSet<String> {
    let re = Regex::new(r#"\sid="([^"]+)""#).expect("regex");
    re.captures_iter(html).map(|c| c[1].to_string()).collect()
}

#[test]
fn every_link_in_the_built_site_resolves() {
    let root = real_site();
    let tag = Regex::new(r#"<(a|link|img|script|source|iframe|meta)\b([^>]*)>"#).expect("regex");
    let attr = Regex::new(r#"\s(href|src)="([^"]*)""#).expect("regex");
    let rel = Regex::new(r#"\srel="([^"]*)""#).expect("regex");
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut ids_cache: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    for file in html_files(root) {
        let html = std::fs::read_to_string(&file).expect("read");
        let shown = file.strip_prefix(root).expect("inside").display().to_string();
        if shown == "404.html" {
            // Served by web servers at any depth: its links are relative to <base href>, checked below.
            assert!(html.contains("<base href=\"https://aarhus-atyrau.kz/library/\">"));
            continue;
        }
        for element in tag.captures_iter(&html) {
            let (name, attrs) = (&element[1], &element[2]);
            let rel = rel.captures(attrs).map(|c| c[1].to_string()).unwrap_or_default();
            for a in attr.captures_iter(attrs) {
                let url = a[2].replace("&amp;", "&");
                checked += 1;
                let absolute = url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//");
                if absolute {
                    let allowed = name == "a" || (name == "link" && (rel == "canonical" || rel == "alternate"));
                    if !allowed {
                        problems.push(format!("{shown}: <{name}> loads {url} from another host"));
                    }
                    continue;
                }
                if url.starts_with("mailto:") || url.starts_with("tel:") {
                    continue;
                }
                if url.starts_with('/') {
                    problems.push(format!("{shown}: root-absolute link {url}"));
                    continue;
                }
                let (path, fragment) = match url.split_once('#') {
                    Some((p, f)) => (p.to_string(), Some(percent_decode(f))),
                    None => (url.clone(), None),
                };
                let target = if path.is_empty() {
                    file.clone()
                } else {
                    file.parent().expect("dir").join(percent_decode(&path))
                };
                if path.ends_with('/') || (target.is_dir() && !path.is_empty()) {
                    problems.push(format!("{shown}: directory link {url} (needs index.html to work from disk)"));
                    continue;
                }
                let Ok(target) = target.canonicalize() else {
                    problems.push(format!("{shown}: broken link {url}"));
                    continue;
                };
                if !target.starts_with(root.canonicalize().expect("root")) {
                    problems.push(format!("{shown}: link {url} leaves the site"));
                }
                if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                    let ids = ids_cache
                        .entry(target.clone())
                        .or_insert_with(|| ids_of(&std::fs::read_to_string(&target).unwrap_or_default()));
                    if !ids.contains(&fragment) {
                        problems.push(format!("{shown}: {url} points to a missing anchor"));
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} links checked: is the site built?");
    assert!(problems.is_empty(), "{} link problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_build_is_deterministic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    build_into(&a);
    build_into(&b);
    let (a, b) = (snapshot(&a), snapshot(&b));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    let differing: Vec<&String> = a.iter().filter(|(k, v)| b.get(*k) != Some(v)).map(|(k, _)| k).collect();
    assert!(differing.is_empty(), "files differ between two builds: {differing:?}");
}

/// A date in words as the page's language writes it in running text.
fn date_in_words(iso: &str, lang: &str) -> String {
    const RU: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    const KK: [&str; 12] = [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<usize> = iso.split('-').map(|p| p.parse().expect("number")).collect();
    let (y, m, d) = (parts[0], parts[1] - 1, parts[2]);
    match lang {
        "ru" => format!("{d} {} {y}", RU[m]),
        "kk" => format!("{y} жылғы {d} {}", KK[m]),
        _ => format!("{d} {} {y}", EN[m]),
    }
}

/// Instrument and law pages: the adoption, entry-into-force and ratification dates of the front matter are
/// stated in the page's own text, so the record and the prose cannot drift apart.
#[test]
fn instrument_dates_in_text_match_front_matter() {
    let catalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(real_site().join("catalog.json")).expect("catalog"))
            .expect("json");
    let mut checked = 0;
    let mut problems = Vec::new();
    for record in catalog.as_array().expect("array") {
        if !matches!(record["doc_type"].as_str(), Some("convention" | "protocol" | "national-law")) {
            continue;
        }
        let lang = record["lang"].as_str().expect("lang");
        let file = record["source_file"].as_str().expect("source file");
        let text = std::fs::read_to_string(repo().join(file)).expect("source");
        // The text after the closing `---` of the front matter.
        let body = text[3..].split_once("\n---").map(|(_, b)| b).unwrap_or_default().replace('\u{a0}', " ");
        let mut dates = vec![("adopted", record["adopted"].as_str())];
        dates.push(("in_force", record["in_force"].as_str()));
        let ratification =
            record["kz_ratification"].as_str().and_then(|r| r.rsplit_once('(')).map(|(_, d)| d.trim_end_matches(')'));
        dates.push(("kz_ratification", ratification));
        for (field, date) in dates {
            let Some(date) = date else { continue };
            let words = date_in_words(date, lang);
            checked += 1;
            if !body.contains(&words) {
                problems.push(format!("{file}: {field} is {date} but the text never says «{words}»"));
            }
        }
    }
    assert!(checked >= 20, "only {checked} dates checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_translation_is_reachable_from_the_switcher() {
    let root = real_site();
    let catalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("catalog.json")).expect("catalog")).expect("json");
    for record in catalog.as_array().expect("array") {
        let path = record["path"].as_str().expect("path");
        let html = std::fs::read_to_string(root.join(path).join("index.html")).expect("page");
        for lang in record["translations"].as_array().expect("translations") {
            let lang = lang.as_str().expect("code");
            let marker = format!("hreflang=\"{lang}\" lang=\"{lang}\">");
            assert!(html.contains(&marker), "{path}: the switcher does not link the {lang} translation");
        }
    }
}

/// Issue 11 part 5: what a first query needs of the client (the bundled script and the interface strings)
/// is at most 60 KB, in one script every page links, named by its content; its sources are not shipped.
#[test]
fn the_search_client_is_one_hashed_bundle_of_at_most_60_kb() {
    let site = real_site();
    let js: Vec<String> = std::fs::read_dir(site.join("static/js"))
        .expect("static/js")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let name_re = Regex::new(r"^search\.[0-9a-f]{8}\.js$").expect("regex");
    assert!(js.len() == 1 && name_re.is_match(&js[0]), "one hashed client script in static/js: {js:?}");
    let bundle = std::fs::read(site.join("static/js").join(&js[0])).expect("bundle");
    let strings = std::fs::metadata(site.join("search/strings.js")).expect("strings.js").len() as usize;
    eprintln!("client: {} + strings.js {strings} bytes", bundle.len());
    assert!(bundle.len() + strings <= 60 * 1024, "client {} + strings {strings} bytes", bundle.len());
    let page = std::fs::read_to_string(site.join("conventions/index.html")).expect("page");
    assert!(page.contains(&format!("<script src=\"../static/js/{}\" defer>", js[0])), "the page links the bundle");
    let text = String::from_utf8(bundle).expect("utf-8");
    for global in ["ecolibSearch", "stemKk", "ecolibSearchStrings"] {
        assert!(text.contains(global), "{global} is kept (other scripts and the index files use it)");
    }
}
