//! The search page makes Kazakh search keys in the browser with
//! `themes/default/static/js/search/stem-kk.js`, a port of
//! `src/search/kazakh.rs`. Both must give exactly the same stem and key for
//! every word, or searches silently miss. This test stems and folds the
//! words of `tests/data/words-kk.txt` (and forms built from the stemmer's own
//! lists of known stems) with the Rust functions, hands the
//! `[word, stem, fold(stem)]` triples to `tests/js/kazakh_parity.js` under node,
//! and fails on any difference.
//!
//! Node.js is required: without it the test fails (it does not skip).

use crate::support;

// The module is included on its own, so that this test does not depend on
// the library's module tree.
#[path = "../../src/search/kazakh.rs"]
#[allow(dead_code)]
mod kazakh;

use std::error::Error;
use std::path::{Path, PathBuf};

use kazakh::{fold_kazakh, stem_kazakh, ELISIONS, KNOWN};

/// Smallest list size accepted, so that a truncated list cannot pass.
const MIN_WORDS: usize = 5_000;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The word list, checked: lowercase, sorted by code point, no duplicates.
fn read_words(path: &Path) -> Result<Vec<String>, Box<dyn Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read word list {}: {e}", path.display()))?;
    let words: Vec<String> = text.lines().map(str::trim).filter(|w| !w.is_empty()).map(str::to_owned).collect();
    for pair in words.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{} must be sorted by code point without duplicates: {:?} then {:?}",
            path.display(),
            pair[0],
            pair[1]
        );
    }
    for w in &words {
        assert_eq!(&w.to_lowercase(), w, "{} has a word that is not lowercase", path.display());
    }
    Ok(words)
}

/// The listed words, plus each known stem and elided stem in a few forms,
/// so that the two copies of those lists cannot drift apart unnoticed.
fn all_words() -> Result<Vec<String>, Box<dyn Error>> {
    let mut words = read_words(&manifest_dir().join("tests/data/words-kk.txt"))?;
    assert!(
        words.len() >= MIN_WORDS,
        "tests/data/words-kk.txt has {} words, expected at least {MIN_WORDS}",
        words.len()
    );
    for k in KNOWN {
        for ending in ["", "ы", "і", "сы", "сі", "да", "де", "ның", "нің", "ға", "ге", "лар", "лер", "н"]
        {
            words.push(format!("{k}{ending}"));
        }
        words.push(fold_kazakh(k));
    }
    for (short, _) in ELISIONS {
        for ending in ["ы", "і", "ының", "інің", "ына", "іне"] {
            words.push(format!("{short}{ending}"));
        }
    }
    Ok(words)
}

#[test]
fn js_kazakh_stemmer_matches_rust() -> Result<(), Box<dyn Error>> {
    let triples: Vec<[String; 3]> = all_words()?
        .into_iter()
        .map(|w| {
            let stem = stem_kazakh(&w);
            let key = fold_kazakh(&stem);
            [w, stem, key]
        })
        .collect();

    let output = support::run_node_on_json("tests/js/kazakh_parity.js", &triples);

    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the JavaScript Kazakh stemmer differs from src/search/kazakh.rs (node exited with {}):\n\
         --- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
        output.status
    );
    // Shown with --nocapture.
    print!("{stdout}");
    Ok(())
}

/// A word typed on a Russian keyboard gets the key of the Kazakh word, as
/// long as the word has no ң or і (which the stemmer matches strictly; see
/// the module documentation).
#[test]
fn russian_keyboard_spelling_gives_the_same_key() -> Result<(), Box<dyn Error>> {
    let mut differ = Vec::new();
    let words = all_words()?;
    for w in words.iter().filter(|w| !w.contains(['ң', 'і'])) {
        let kazakh = fold_kazakh(&stem_kazakh(w));
        let typed = fold_kazakh(&stem_kazakh(&fold_kazakh(w)));
        if kazakh != typed {
            differ.push(format!("{w}: {kazakh} but typed {typed}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} words get another key when typed on a Russian keyboard:\n{}",
        differ.len(),
        words.len(),
        differ.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
    Ok(())
}

/// Inflected forms of one noun share one key; distinct words stay apart.
#[test]
fn inflected_forms_share_a_key() {
    let key = |w: &str| fold_kazakh(&stem_kazakh(w));
    let groups: &[&[&str]] = &[
        &["конвенция", "конвенцияның", "конвенцияға", "конвенциясы", "конвенцияларды"],
        &["қорғау", "қорғаудың", "қорғауға", "коргау", "коргауга"],
        &["ақпарат", "ақпаратқа", "ақпаратты", "ақпараттың", "акпаратка"],
        &["тыңдау", "тыңдаулар", "тыңдауларға"],
        &["орталық", "орталығы", "орталыққа", "орталык"],
    ];
    for group in groups {
        let first = key(group[0]);
        for w in *group {
            assert_eq!(key(w), first, "{w} vs {}", group[0]);
        }
    }
    assert_ne!(key("теңіз"), key("тең"));
    assert_ne!(key("орталық"), key("орта"));
}
