//! The search page stems query words in the browser with JavaScript ports of
//! the Snowball stemmers (themes/default/static/js/search/stem-{ru,en}.js).
//! They must give exactly the stems that rust-stemmers gives when the index
//! is built, or searches silently miss. This test stems the word lists in
//! tests/data with rust-stemmers, hands the pairs to
//! tests/js/stem_parity.js under node, and fails on any difference.
//!
//! Node.js is required: without it the test fails (it does not skip).

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on what they did not expect

use crate::support;

use std::error::Error;
use std::path::{Path, PathBuf};

use rust_stemmers::{Algorithm, Stemmer};

/// Smallest list sizes accepted, so that a truncated list cannot pass.
const MIN_RU_WORDS: usize = 50_000;
const MIN_EN_WORDS: usize = 20_000;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_words(path: &Path) -> Result<Vec<String>, Box<dyn Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read word list {}: {e}", path.display()))?;
    Ok(text.lines().map(str::trim).filter(|w| !w.is_empty()).map(str::to_owned).collect())
}

fn stem_all(words: &[String], algorithm: Algorithm) -> Vec<(String, String)> {
    let stemmer = Stemmer::create(algorithm);
    words.iter().map(|w| (w.clone(), stemmer.stem(w).into_owned())).collect()
}

#[test]
fn js_stemmers_match_rust_stemmers() -> Result<(), Box<dyn Error>> {
    let root = manifest_dir();
    let ru = read_words(&root.join("tests/data/words-ru.txt"))?;
    let en = read_words(&root.join("tests/data/words-en.txt"))?;
    assert!(
        ru.len() >= MIN_RU_WORDS,
        "tests/data/words-ru.txt has {} words, expected at least {MIN_RU_WORDS}",
        ru.len()
    );
    assert!(
        en.len() >= MIN_EN_WORDS,
        "tests/data/words-en.txt has {} words, expected at least {MIN_EN_WORDS}",
        en.len()
    );

    let pairs = serde_json::json!({
        "ru": stem_all(&ru, Algorithm::Russian),
        "en": stem_all(&en, Algorithm::English),
    });

    let output = support::run_node_on_json("tests/js/stem_parity.js", &pairs);

    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "JavaScript stemmers differ from rust-stemmers (node exited with {}):\n\
         --- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
        output.status
    );
    // Shown with --nocapture.
    print!("{stdout}");
    Ok(())
}
