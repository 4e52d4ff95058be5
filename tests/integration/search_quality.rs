//! Search quality on the real library: relevance on the judged query set (`tests/search/judged-queries.tsv`),
//! typo tolerance, and ranking parity between `ecolib search` (tantivy) and the browser client (run under
//! node over the exported static index): same top 10, same order up to ties, scores within 1e-4.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use ecolib::search::{index_dir, open_index, parse_query, search, Hit, SearchIndex, SearchOptions};
use support::repo;

struct Built {
    _dir: tempfile::TempDir,
    out: PathBuf,
    index: SearchIndex,
}

/// The real site built once, with its index in a private cache folder.
fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let (out, cache) = (dir.path().join("public"), dir.path().join("cache"));
        let output = Command::new(env!("CARGO_BIN_EXE_ecolib"))
            .args(["build", "--root"])
            .arg(repo())
            .arg("--output")
            .arg(&out)
            .arg("--cache")
            .arg(&cache)
            .output()
            .expect("run ecolib");
        assert!(output.status.success(), "build failed:\n{}", String::from_utf8_lossy(&output.stderr));
        let index = open_index(&index_dir(&cache)).expect("index");
        Built { _dir: dir, out, index }
    })
}

struct Judged {
    lang: String,
    query: String,
    expected: Vec<String>,
    kind: String,
}

fn judged_queries() -> Vec<Judged> {
    let text = std::fs::read_to_string(repo().join("tests/search/judged-queries.tsv")).expect("judged queries");
    text.lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "bad line: {line}");
            Judged {
                lang: cols[0].to_string(),
                query: cols[1].to_string(),
                expected: cols[2].split('|').map(str::to_string).collect(),
                kind: cols[3].to_string(),
            }
        })
        .collect()
}

fn top(query: &str, limit: usize) -> Vec<Hit> {
    let options = SearchOptions { limit, ..SearchOptions::default() };
    search(&built().index, &parse_query(query, false), &options).expect("search")
}

/// The 1-based rank of the first expected page in the top `k`, if any.
fn rank_of(hits: &[Hit], expected: &[String], k: usize) -> Option<usize> {
    hits.iter().take(k).position(|h| expected.contains(&h.id)).map(|p| p + 1)
}

#[test]
fn judged_queries_meet_the_relevance_targets() {
    let queries = judged_queries();
    assert!(queries.len() >= 160, "only {} judged queries", queries.len());
    let mut misses = Vec::new();
    // (language or kind) → (queries, hits in top 10, reciprocal-rank sum)
    let mut stats: std::collections::BTreeMap<String, (usize, usize, f64)> = Default::default();
    for q in &queries {
        let hits = top(&q.query, 10);
        let rank = rank_of(&hits, &q.expected, 10);
        for key in [format!("lang {}", q.lang), format!("kind {}", q.kind), "all".to_string()] {
            let entry = stats.entry(key).or_default();
            entry.0 += 1;
            entry.1 += usize::from(rank.is_some());
            entry.2 += rank.map_or(0.0, |r| 1.0 / r as f64);
        }
        if rank.is_none() {
            let got: Vec<&str> = hits.iter().take(3).map(|h| h.id.as_str()).collect();
            misses.push(format!("[{}/{}] «{}» expected {:?}, got {got:?}", q.lang, q.kind, q.query, q.expected));
        }
    }
    let report: Vec<String> = stats
        .iter()
        .map(|(k, (n, hit, rr))| {
            format!("{k}: n={n} recall@10={:.3} MRR@10={:.3}", *hit as f64 / *n as f64, rr / *n as f64)
        })
        .collect();
    eprintln!("{}\nmisses:\n{}", report.join("\n"), misses.join("\n"));
    let metric =
        |key: &str| stats.get(key).map(|(n, hit, rr)| (*hit as f64 / *n as f64, rr / *n as f64)).unwrap_or((0.0, 0.0));
    for kind in ["inflected", "yo", "latin", "keyboard"] {
        let (recall, _) = metric(&format!("kind {kind}"));
        assert!(recall >= 0.95, "recall@10 for {kind} queries is {recall:.3} < 0.95\n{}", report.join("\n"));
    }
    for key in ["all", "lang ru", "lang kk", "lang en"] {
        let (_, mrr) = metric(key);
        assert!(mrr >= 0.85, "MRR@10 for {key} is {mrr:.3} < 0.85\n{}\n{}", report.join("\n"), misses.join("\n"));
    }
}

/// One deterministic edit of `word` (insertion, deletion, substitution or transposition) chosen by `seed`.
fn typo(word: &str, seed: usize) -> String {
    let chars: Vec<char> = word.chars().collect();
    let alphabet: Vec<char> = if chars.iter().any(|c| c.is_ascii_alphabetic()) {
        "abcdefghijklmnopqrstuvwxyz".chars().collect()
    } else {
        "абвгдежзиклмнопрстуфхцчшыэюя".chars().collect()
    };
    let pos = seed / 4 % chars.len();
    let letter = alphabet[(seed * 7 + 3) % alphabet.len()];
    let mut out = chars.clone();
    match seed % 4 {
        0 => out.insert(pos, letter),
        1 => {
            out.remove(pos);
        }
        2 => out[pos] = if chars[pos] == letter { alphabet[(seed + 1) % alphabet.len()] } else { letter },
        _ => {
            let p = pos.min(chars.len() - 2);
            out.swap(p, p + 1);
        }
    }
    out.into_iter().collect()
}

#[test]
fn one_edit_typos_still_find_the_page() {
    let mut total = 0;
    let mut found = 0;
    let mut lost = Vec::new();
    for (n, q) in judged_queries().iter().filter(|q| q.kind != "phrase" && q.lang != "kk").enumerate() {
        // Typo in the longest word of 5+ letters, with four kinds of edit over the queries.
        let words: Vec<&str> = q.query.split_whitespace().collect();
        let is_word = |w: &&&str| w.chars().count() >= 5 && w.chars().all(char::is_alphabetic);
        let Some((i, word)) =
            words.iter().enumerate().filter(|(_, w)| is_word(w)).max_by_key(|(_, w)| w.chars().count())
        else {
            continue;
        };
        if top(&q.query, 5).iter().all(|h| !q.expected.contains(&h.id)) {
            continue; // only queries that work without the typo measure typo tolerance
        }
        let misspelt = typo(word, n * 13 + 5);
        let mut typed = words.clone();
        typed[i] = &misspelt;
        let query = typed.join(" ");
        total += 1;
        if rank_of(&top(&query, 5), &q.expected, 5).is_some() {
            found += 1;
        } else {
            lost.push(format!("«{}» → «{query}»", q.query));
        }
    }
    let share = found as f64 / total.max(1) as f64;
    eprintln!("typos: {found}/{total} = {share:.3}\nlost:\n{}", lost.join("\n"));
    assert!(total >= 100, "only {total} typo queries");
    assert!(share >= 0.90, "only {share:.3} of one-edit typos find the page in the top 5\n{}", lost.join("\n"));
}

#[test]
fn browser_client_ranks_exactly_like_tantivy() {
    let mut queries: Vec<String> = judged_queries().into_iter().map(|q| q.query).collect();
    queries.extend(
        [
            "-конвенция протокол",
            "\"Тегеранская конвенция\" -Актау",
            "EITI",
            "2006",
            "коргау",
            "кнвенция",
            "нефть Каспий",
        ]
        .map(str::to_string),
    );
    queries.extend(long_queries());
    let cases: Vec<serde_json::Value> = queries
        .iter()
        .map(|query| {
            let expected: Vec<serde_json::Value> =
                top(query, 10).iter().map(|h| serde_json::json!({ "id": h.id, "score": h.score })).collect();
            serde_json::json!({ "query": query, "typing": false, "expected": expected })
        })
        .collect();
    let file = write_json(&cases);
    for client in [None, Some(client_bundle(&built().out))] {
        assert_parity(&built().out.join("search"), &file, client.as_deref(), cases.len());
    }
}

/// The one script the build bundled and minified from the client's sources (`static/js/search.<hash>.js`).
fn client_bundle(out: &Path) -> PathBuf {
    let bundles: Vec<PathBuf> = std::fs::read_dir(out.join("static/js"))
        .expect("static/js")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("search.")))
        .collect();
    assert_eq!(bundles.len(), 1, "one search client bundle: {bundles:?}");
    bundles[0].clone()
}

/// Runs tests/js/search_parity.js over the static index `search` with the queries of `file`: the client's
/// sources, or (`bundle`) the minified bundle the build wrote, which must rank exactly like them.
fn assert_parity(search: &Path, file: &Path, bundle: Option<&Path>, cases: usize) {
    let mut command = Command::new("node");
    command.arg(repo().join("tests/js/search_parity.js")).arg(search).arg(file);
    match bundle {
        Some(bundle) => command.env("ECOLIB_SEARCH_BUNDLE", bundle),
        None => command.env_remove("ECOLIB_SEARCH_BUNDLE"),
    };
    let output = command.output().expect("node must be installed: the browser client is tested under node");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let client = bundle.map_or("the sources".into(), |b| b.display().to_string());
    assert!(
        output.status.success(),
        "parity of {client} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains(&format!("{cases} passed, 0 failed")), "{client}: {stdout}");
}

/// Hostile long queries, cut alike on both sides (`MAX_QUERY_CHARS`, `MAX_QUERY_WORDS`, `MAX_TYPO_WORD_LEN`):
/// each would find something else, or nothing, or take minutes without the caps.
fn long_queries() -> Vec<String> {
    vec![
        "а".repeat(1600),
        format!("конвенция {}", "б".repeat(300)),
        // The 33rd word matches nothing: past the cap, it is not required.
        format!("{} zzzqqqxxx", vec!["каспий"; 32].join(" ")),
        format!("{} \"охрана окружающей\" -нефть", vec!["конвенция"; 31].join(" ")),
        // One edit from «конвенцияохранаокружающейсреды», but 29 letters: never corrected.
        "конвенцияохранаокружающейсред".into(),
    ]
}

#[test]
fn a_query_may_start_with_an_exclusion() {
    let cache = built().out.parent().expect("dir").join("cache");
    for args in [vec!["-вода"], vec!["-вода нефть", "--json"]] {
        let output = Command::new(env!("CARGO_BIN_EXE_ecolib"))
            .arg("search")
            .args(&args)
            .arg("--root")
            .arg(repo())
            .arg("--cache")
            .arg(&cache)
            .output()
            .expect("run ecolib");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        match args.len() {
            1 => assert_eq!(stdout, "nothing found for «-вода»\n"),
            _ => assert!(stdout.starts_with("[\n  {"), "{stdout}"),
        }
    }
}

/// Writes the parity queries beside the built site.
fn write_json(cases: &[serde_json::Value]) -> PathBuf {
    let file = built().out.parent().expect("dir").join("parity-queries.json");
    std::fs::write(&file, serde_json::to_vec(cases).expect("json")).expect("write");
    file
}

#[test]
fn static_index_respects_the_file_budget() {
    let search = built().out.join("search");
    let files = std::fs::read_dir(&search).expect("search dir").count();
    // The client is one bundled script; its sources are not copied.
    assert!(!built().out.join("static/js/search").exists(), "the client's sources are in the bundle");
    let client = std::fs::read_dir(built().out.join("static/js")).expect("client").count();
    let pages = built().index.index.reader().expect("reader").searcher().num_docs() as usize;
    assert!(files + client <= ecolib::search::file_budget(pages), "{files} index files + {client} client files");
    for entry in std::fs::read_dir(&search).expect("search dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "js") {
            let text = std::fs::read_to_string(&path).expect("read");
            // The interface strings are not index data: every page loads them (see base.html).
            let expected = match path.file_name().is_some_and(|n| n == "strings.js") {
                true => "window.ecolibSearchStrings = {\"ru\":{",
                false => "ecolibSearch.register(",
            };
            assert!(text.starts_with(expected), "{}", path.display());
            // No file a query loads grows with the site.
            assert!(text.len() <= 64 * 1024, "{} has {} bytes", path.display(), text.len());
        }
    }
    let _ = Path::new("");
}

/// A generated corpus of 300 Russian pages (paragraphs of the real library without links, recombined by a fixed
/// pseudo-random sequence), so that parity is tested beyond the library itself.
fn generated_site() -> support::SiteTest {
    let site = support::SiteTest::empty();
    let mut paragraphs: Vec<String> = Vec::new();
    for entry in walkdir::WalkDir::new(repo().join("content")).sort_by_file_name().into_iter().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".md") || name.ends_with(".en.md") || name.ends_with(".kk.md") || name.starts_with('_') {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("page");
        let body = text[3..].split_once("\n---").map(|(_, b)| b).unwrap_or_default();
        paragraphs.extend(
            body.split("\n\n")
                .map(str::trim)
                .filter(|p| p.len() > 80 && !p.starts_with(['#', '|', '-', '!', '<', '[']) && !p.contains("]("))
                .map(str::to_string),
        );
    }
    assert!(paragraphs.len() > 200, "only {} paragraphs", paragraphs.len());
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    site.write("content/_index.md", "---\ntitle: Сгенерированная библиотека\n---\n");
    for s in 0..5 {
        site.write(&format!("content/part-{s}/_index.md"), format!("---\ntitle: Часть {s}\n---\n"));
    }
    let topics = ["oil-spills", "biodiversity", "public-hearings"];
    for i in 0..300 {
        let body: Vec<&str> = (0..3 + next(6)).map(|_| paragraphs[next(paragraphs.len())].as_str()).collect();
        let words: Vec<&str> =
            body[0].split_whitespace().filter(|w| w.chars().all(char::is_alphabetic)).take(4).collect();
        let title = if words.is_empty() { format!("Страница {i}") } else { words.join(" ") };
        site.write(
            &format!("content/part-{}/page-{i:03}.md", i % 5),
            format!(
                "---\ntitle: \"{title}\"\nsummary: \"Страница {i} сгенерированной библиотеки.\"\ndoc_type: report\ndate: {}-01-15\ntopics: [{}]\ntags: [{}]\nsources:\n  - {{ title: Источник, url: \"https://example.org/{i}\" }}\n---\n{}\n",
                2000 + i % 25,
                topics[i % 3],
                if i % 7 == 0 { "\"морские черепахи\"" } else { "" },
                body.join("\n\n")
            ),
        );
    }
    site
}

#[test]
fn browser_client_ranks_like_tantivy_on_a_generated_corpus() {
    let site = generated_site();
    let out = site.root.join("public-parity");
    let cache = site.root.join("cache-parity");
    let output = Command::new(env!("CARGO_BIN_EXE_ecolib"))
        .args(["build", "--root"])
        .arg(&site.root)
        .arg("--output")
        .arg(&out)
        .arg("--cache")
        .arg(&cache)
        .output()
        .expect("build");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let index = open_index(&index_dir(&cache)).expect("index");
    // Queries: title words of every seventh page, single and in pairs, plus prefixes and a typo.
    let catalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("catalog.json")).expect("catalog")).expect("json");
    let mut queries: Vec<String> = Vec::new();
    for (i, record) in catalog.as_array().expect("records").iter().enumerate().step_by(7) {
        let words: Vec<&str> = record["title"].as_str().unwrap_or_default().split_whitespace().collect();
        if let Some(first) = words.first() {
            queries.push(if i % 2 == 0 {
                first.to_string()
            } else {
                words.iter().take(2).cloned().collect::<Vec<_>>().join(" ")
            });
        }
    }
    queries.extend(
        ["конвенц", "разлив нефти", "-конвенция протокол", "\"охраны окружающей\"", "кнвенция"].map(str::to_string),
    );
    // Tags and topic labels are a field of their own: words in no page's text find the tagged pages.
    let tagged = |query: &str| {
        let options = SearchOptions { limit: 1000, ..SearchOptions::default() };
        let hits = search(&index, &parse_query(query, false), &options).expect("search");
        hits.iter().map(|h| h.id.clone()).collect::<std::collections::BTreeSet<_>>()
    };
    let expected: std::collections::BTreeSet<String> =
        (0..300).step_by(7).map(|i| format!("ru:part-{}/page-{i:03}", i % 5)).collect();
    assert_eq!(tagged("черепахи"), expected, "a tag finds exactly the pages that carry it");
    assert_eq!(tagged("\"морские черепахи\""), expected, "a tag as a phrase");
    let biodiversity: std::collections::BTreeSet<String> =
        (1..300).step_by(3).map(|i| format!("ru:part-{}/page-{i:03}", i % 5)).collect();
    assert!(tagged("биоразнообразие").is_superset(&biodiversity), "a topic's label finds its pages");
    queries.extend(["черепахи", "морские черепахи", "\"морские черепахи\"", "разливы нефти"].map(str::to_string));
    assert!(queries.len() >= 30, "only {} queries", queries.len());
    let cases: Vec<serde_json::Value> = queries
        .iter()
        .map(|query| {
            let options = SearchOptions { limit: 10, ..SearchOptions::default() };
            let hits = search(&index, &parse_query(query, false), &options).expect("search");
            let expected: Vec<serde_json::Value> =
                hits.iter().map(|h| serde_json::json!({ "id": h.id, "score": h.score })).collect();
            serde_json::json!({ "query": query, "typing": false, "expected": expected })
        })
        .collect();
    let file = site.root.join("generated-queries.json");
    std::fs::write(&file, serde_json::to_vec(&cases).expect("json")).expect("write");
    for client in [None, Some(client_bundle(&out))] {
        assert_parity(&out.join("search"), &file, client.as_deref(), cases.len());
    }
}

/// Hostile words: a 100,000-letter and a 20,000-letter word (and shorter ones sharing their first 30
/// letters, some over the 64-letter limit of a token) keep every search file small (the export once wrote
/// two 7.5 MB shards for them, quadratic in the word's length), and a long prefix whose terms may run past
/// a shard still ranks as tantivy ranks it.
#[test]
fn very_long_words_keep_the_index_small_and_in_parity() {
    let site = support::SiteTest::fixture("good-site");
    let long: String = "а".repeat(100_000);
    let words: Vec<String> = (0..40).map(|i| format!("{}{}", "б".repeat(30), "вгдежзик".repeat(1 + i % 5))).collect();
    site.write(
        "content/docs/long-words.md",
        format!(
            "---\ntitle: Длинные слова\nsummary: Страница с очень длинными словами.\ndoc_type: page\n---\n{long}\n\n{}\n\n{}\n",
            "б".repeat(20_000),
            words.join(" ")
        ),
    );
    site.build().assert_ok();
    let search_dir = site.public().join("search");
    for entry in std::fs::read_dir(&search_dir).expect("search dir") {
        let path = entry.expect("entry").path();
        let size = std::fs::metadata(&path).expect("size").len();
        assert!(size <= 64 * 1024, "{} has {size} bytes", path.display());
    }
    let index = open_index(&index_dir(&site.root.join(".ecolib-cache"))).expect("index");
    let prefix = "б".repeat(28);
    let cases: Vec<serde_json::Value> = [prefix.as_str(), "длинные слова"]
        .iter()
        .map(|query| {
            let hits =
                search(&index, &parse_query(query, false), &SearchOptions { limit: 10, ..SearchOptions::default() })
                    .expect("search");
            let expected: Vec<_> = hits.iter().map(|h| serde_json::json!({ "id": h.id, "score": h.score })).collect();
            serde_json::json!({ "query": query, "typing": false, "expected": expected })
        })
        .collect();
    let file = site.root.join("long-word-queries.json");
    std::fs::write(&file, serde_json::to_vec(&cases).expect("json")).expect("write");
    assert_parity(&search_dir, &file, None, cases.len());
}
