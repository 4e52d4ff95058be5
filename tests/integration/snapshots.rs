//! Snapshots (insta) of what editors and programs read, so that a change in their shape is a reviewed diff
//! (`cargo insta review`, or `INSTA_UPDATE=always cargo test --test integration snapshots::` and read the diff), not a
//! surprise: the report of every bad-input fixture, `check --format json` on the seeded-problems fixture,
//! and the static search index of the good fixture decoded back to JSON.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::io::Read as _;

use base64::Engine as _;
use std::path::Path;

use serde_json::{json, Value};
use support::{repo, SiteTest};

/// `text` with this run's temporary site folder written as `[ROOT]`, so snapshots compare across runs.
fn normalized(text: &str, site: &SiteTest) -> String {
    text.replace(&site.root.display().to_string(), "[ROOT]")
}

#[test]
fn the_report_of_every_bad_input() {
    let mut cases: Vec<String> = std::fs::read_dir(repo().join("tests/fixtures/bad-input"))
        .expect("bad-input fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "only {} bad-input fixtures", cases.len());
    for case in cases {
        let site = SiteTest::fixture("good-site");
        site.overlay(&format!("bad-input/{case}"));
        write_marked_bytes(&site, &repo().join("tests/fixtures/bad-input").join(&case));
        let run = site.build();
        assert_eq!(run.code, 1, "{case} must fail the build:\n{}", run.stderr);
        insta::assert_snapshot!(format!("bad-input-{case}"), normalized(&run.stderr, &site));
    }
}

/// Bytes a fixture cannot hold as text: `{{FF FE}}` in a fixture's file stands for the bytes 0xFF 0xFE
/// (the invalid-UTF-8 case, as tests/bad_input.rs writes them).
fn write_marked_bytes(site: &SiteTest, fixture: &Path) {
    let marker = b"{{FF FE}}";
    for entry in walkdir::WalkDir::new(fixture).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let rel = entry.path().strip_prefix(fixture).expect("inside the fixture");
        let text = std::fs::read(site.root.join(rel)).expect("overlaid file");
        if let Some(at) = text.windows(marker.len()).position(|w| w == marker) {
            let mut bytes = text[..at].to_vec();
            bytes.extend_from_slice(&[0xFF, 0xFE]);
            bytes.extend_from_slice(&text[at + marker.len()..]);
            site.write(&rel.to_string_lossy(), bytes);
        }
    }
}

#[test]
fn check_json_on_the_seeded_problems() {
    let site = SiteTest::fixture("check-problems");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    let run = site.run(&["check", "--today", "2026-11-25", "--format", "json"]);
    let report: Value = serde_json::from_str(&run.stdout).expect("check --format json prints JSON");
    insta::assert_snapshot!("check-json", normalized(&serde_json::to_string_pretty(&report).unwrap(), &site));
}

#[test]
fn the_static_index_of_a_small_site_decoded() {
    let site = SiteTest::fixture("good-site");
    site.build().assert_ok();
    let decoded = decode_index(&site.public().join("search"));
    insta::assert_snapshot!("search-index", serde_json::to_string_pretty(&decoded).unwrap());
}

/// Every data file of a built `search/` folder, by name without the build id: JSON files as their data,
/// blob files as their pieces in base64 (docs/search-index.md, "Loading").
fn decode_index(dir: &Path) -> Value {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("search folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "js") && p.file_name().is_some_and(|n| n != "strings.js"))
        .collect();
    names.sort();
    let mut out = serde_json::Map::new();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("index file");
        let (name, data) = decode_file(&text);
        out.insert(name, data);
    }
    Value::Object(out)
}

/// `ecolibSearch.register("name", "payload"[, lengths]);` → (name, data). The payload is seven-bit text
/// (raw control characters are allowed in a JavaScript string, not in JSON: it is cut out, not parsed).
fn decode_file(text: &str) -> (String, Value) {
    let args = &text[text.find('(').expect("(") + 1..text.rfind(')').expect(")")];
    let (name, rest) = args.split_once(", \"").expect("name, payload");
    let (payload, lengths) = rest.split_once('"').expect("payload's closing quote");
    let args: Vec<Value> =
        serde_json::from_str(&format!("[{name}, null{lengths}]")).expect("name and lengths are JSON");
    let name = args[0].as_str().expect("name").to_string();
    let payload = ecolib::search::export::seven_bit::decode(payload).expect("seven-bit text");
    let mut bytes = Vec::new();
    flate2::read::ZlibDecoder::new(payload.as_slice()).read_to_end(&mut bytes).expect("zlib");
    let data = match args.get(2) {
        Some(lengths) => {
            let mut at = 0;
            let pieces: Vec<Value> = lengths
                .as_array()
                .expect("lengths")
                .iter()
                .map(|n| {
                    let n = usize::try_from(n.as_u64().expect("length")).expect("usize");
                    let piece = &bytes[at..at + n];
                    at += n;
                    Value::from(base64::engine::general_purpose::STANDARD.encode(piece))
                })
                .collect();
            assert_eq!(at, bytes.len(), "{name}: the pieces add up to the payload");
            json!({ "pieces": pieces })
        }
        None => serde_json::from_slice(&bytes).expect("JSON payload"),
    };
    (name, data)
}
