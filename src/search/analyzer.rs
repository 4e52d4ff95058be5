//! The text analyzers, defined once for the tantivy index, `ecolib search` and (ported line by line) the
//! browser client in `themes/default/static/js/search/analyzer.js`.
//!
//! A token is a maximal run of letters and digits (`char::is_alphanumeric`; in JavaScript
//! `[\p{Alphabetic}\p{N}]`), after combining accents (Russian stress marks) are removed. Each token is
//! lowercased and stemmed by its script: Cyrillic by the language's stemmer, Latin by Snowball English,
//! digits kept as they are. So «EITI», «NCOC», «ISO 14001» and «2006» are findable inside Russian text.
//! No stop words are dropped: BM25 weighs common words down, and lists of them drop real content («год»).

use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};

use super::kazakh::{fold_kazakh, stem_kazakh};
use crate::text::{for_each_lowercase, is_alphanumeric};

/// Which analyzer a text goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(usize)]
pub enum Analyzer {
    /// Russian for Cyrillic, English for Latin; used for Russian, English and any other language.
    Russian,
    /// Kazakh light stemmer, then the loose key that folds Kazakh letters to Russian-keyboard ones.
    Kazakh,
}

impl Analyzer {
    pub const ALL: [Analyzer; 2] = [Analyzer::Russian, Analyzer::Kazakh];

    /// The analyzer for a page language.
    pub fn for_language(lang: &str) -> Analyzer {
        if lang == "kk" {
            Analyzer::Kazakh
        } else {
            Analyzer::Russian
        }
    }

    /// Name used for the tantivy tokenizer and in the static index.
    pub fn name(self) -> &'static str {
        match self {
            Analyzer::Russian => "ru",
            Analyzer::Kazakh => "kk",
        }
    }
}

/// One analyzed token: the index term, its position and its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedToken {
    pub term: String,
    pub position: usize,
    pub from: usize,
    pub to: usize,
}

/// Combining diacritical marks (stress marks in Russian texts) do not split or change words.
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Runs of letters longer than this (in characters) are no words: a hash, base64 or a hostile page's
/// 100,000-letter "word". They are not tokens, so no term, dictionary shard or query grows with them.
/// The browser's analyzer (analyzer.js) has the same limit.
pub const MAX_TOKEN_CHARS: usize = 64;

/// The raw tokens of `text` as byte ranges: maximal runs of letters and digits, combining marks skipped,
/// of at most [`MAX_TOKEN_CHARS`] characters.
pub fn raw_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut push = |s: usize, end: usize| {
        // Only a run of more bytes than the limit can have more characters.
        if end - s <= MAX_TOKEN_CHARS || text[s..end].chars().count() <= MAX_TOKEN_CHARS {
            tokens.push((s, end));
        }
    };
    for (i, c) in text.char_indices() {
        if is_alphanumeric(c) {
            start.get_or_insert(i);
            end = i + c.len_utf8();
        } else if is_combining_mark(c) && start.is_some() {
            end = i + c.len_utf8();
        } else if let Some(s) = start.take() {
            push(s, end);
        }
    }
    if let Some(s) = start {
        push(s, end);
    }
    tokens
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52f}').contains(&c)
}

/// Stemmers are cheap to create but not free; one per thread.
fn with_stemmers<R>(f: impl FnOnce(&Stemmer, &Stemmer) -> R) -> R {
    thread_local! {
        static STEMMERS: (Stemmer, Stemmer) = (Stemmer::create(Algorithm::Russian), Stemmer::create(Algorithm::English));
    }
    STEMMERS.with(|(ru, en)| f(ru, en))
}

/// The index term of one raw token.
pub fn normalize_token(raw: &str, analyzer: Analyzer) -> String {
    normalize_shared(raw, analyzer).to_string()
}

/// [`normalize_token`] as a shared string, from the stem cache.
pub fn normalize_shared(raw: &str, analyzer: Analyzer) -> Arc<str> {
    with_stem_cache(|cache| cache.term(raw, analyzer))
}

/// Stems cached per thread and analyzer: a library repeats a few tens of thousands of word forms millions
/// of times. A token is looked up as it is written (most need no lowercasing), and sharing the cached stem
/// spares an allocation per token when indexing.
#[derive(Default)]
struct StemCache {
    /// By analyzer: raw token (as written, or lowercased without stress marks) → term.
    terms: [rustc_hash::FxHashMap<Box<str>, Arc<str>>; 2],
}

impl StemCache {
    /// Bounded: a pathological text of endless distinct tokens must not eat the memory.
    const MAX_ENTRIES: usize = 500_000;

    fn term(&mut self, raw: &str, analyzer: Analyzer) -> Arc<str> {
        // FxHash: the keys are our own text, and SipHash was most of the cost of a lookup.
        let terms = &mut self.terms[analyzer as usize];
        if let Some(term) = terms.get(raw) {
            return term.clone();
        }
        if terms.len() > Self::MAX_ENTRIES {
            terms.clear();
        }
        let lower = lowercase_without_marks(raw);
        // The lowercased form may stand for itself only when it is its own lowercase: `İ` lowercases to `i`
        // and a combining dot, which a second pass would drop.
        let stable = lowercase_without_marks(&lower) == lower;
        let term = match terms.get(lower.as_str()).filter(|_| stable) {
            Some(term) => term.clone(),
            None => {
                let term: Arc<str> = Arc::from(stem_lowercase(&lower, analyzer));
                if stable {
                    terms.insert(lower.as_str().into(), term.clone());
                }
                term
            }
        };
        if lower != raw {
            terms.insert(raw.into(), term.clone());
        }
        term
    }
}

/// Runs `f` with this thread's stem cache (one borrow for a whole text, not one per token).
fn with_stem_cache<R>(f: impl FnOnce(&mut StemCache) -> R) -> R {
    thread_local! {
        static CACHE: std::cell::RefCell<StemCache> = Default::default();
    }
    CACHE.with(|cache| f(&mut cache.borrow_mut()))
}

/// The token lowercased, with combining marks (stress) removed: as the analyzer sees it before stemming.
pub fn lowercase_without_marks(raw: &str) -> String {
    let mut lower = String::with_capacity(raw.len());
    for c in raw.chars().filter(|c| !is_combining_mark(*c)) {
        for_each_lowercase(c, |c| lower.push(c));
    }
    lower
}

fn stem_lowercase(lower: &str, analyzer: Analyzer) -> String {
    if lower.chars().any(is_cyrillic) {
        match analyzer {
            // rust-stemmers' Russian algorithm has no ё step: fold it first, never й.
            Analyzer::Russian => with_stemmers(|ru, _| ru.stem(&lower.replace('ё', "е")).into_owned()),
            Analyzer::Kazakh => fold_kazakh(&stem_kazakh(lower)),
        }
    } else if lower.chars().any(|c| c.is_alphabetic()) {
        with_stemmers(|_, en| en.stem(lower).into_owned())
    } else {
        lower.to_string()
    }
}

/// One token for the index: its term (shared with the stem cache), position and byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexToken {
    pub term: Arc<str>,
    pub position: u32,
    pub from: u32,
    pub to: u32,
}

/// [`analyze`] for the index writer: the same terms, without a string per token.
pub fn analyze_for_index(text: &str, analyzer: Analyzer) -> Vec<IndexToken> {
    // Page texts are far below 4 GiB.
    with_stem_cache(|cache| {
        raw_tokens(text)
            .into_iter()
            .enumerate()
            .map(|(position, (from, to))| IndexToken {
                term: cache.term(&text[from..to], analyzer),
                position: position as u32,
                from: from as u32,
                to: to as u32,
            })
            .collect()
    })
}

/// Analyzes a text into index terms with positions.
pub fn analyze(text: &str, analyzer: Analyzer) -> Vec<AnalyzedToken> {
    analyze_for_index(text, analyzer)
        .into_iter()
        .map(|t| AnalyzedToken {
            term: t.term.to_string(),
            position: t.position as usize,
            from: t.from as usize,
            to: t.to as usize,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_longer_than_a_word_are_no_tokens() {
        let longest = "ж".repeat(MAX_TOKEN_CHARS);
        let text = format!("вода {longest} {}ы x{} море", longest, "a".repeat(100_000));
        let words: Vec<&str> = raw_tokens(&text).into_iter().map(|(a, b)| &text[a..b]).collect();
        assert_eq!(words, ["вода", longest.as_str(), "море"]);
        let source = include_str!("../../themes/default/static/js/search/analyzer.js");
        assert!(
            source.contains(&format!("var MAX_TOKEN_CHARS = {MAX_TOKEN_CHARS};")),
            "analyzer.js has the same limit"
        );
    }

    #[test]
    fn every_written_form_gets_the_term_of_its_lowercase_form() {
        // The cache keys tokens as written, so each form is checked on a first and on a cached lookup.
        let words = ["Слушания", "СЛУШАНИЯ", "слушания", "Слу\u{301}шания", "EITI", "eiti", "Қазақстан"];
        // `İ` lowercases to `i` and a combining dot: the same letters written out must not share its entry,
        // whichever comes first.
        let turkic = ["İstanbul", "i\u{307}stanbul", "İstanbul"];
        let check = |words: &[&str]| {
            for word in words {
                for analyzer in Analyzer::ALL {
                    let fresh = stem_lowercase(&lowercase_without_marks(word), analyzer);
                    assert_eq!(&*normalize_shared(word, analyzer), fresh, "{word} first");
                    assert_eq!(&*normalize_shared(word, analyzer), fresh, "{word} cached");
                }
            }
        };
        check(&words);
        check(&turkic);
        // The other order, on a thread with an empty cache.
        std::thread::spawn(move || check(&["i\u{307}stanbul", "İstanbul"])).join().expect("reverse order");
    }

    fn terms(text: &str, analyzer: Analyzer) -> Vec<String> {
        analyze(text, analyzer).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn russian_inflections_share_a_stem() {
        let stems = terms("конвенция конвенции конвенцией конвенциям", Analyzer::Russian);
        assert!(stems.iter().all(|s| s == "конвенц"), "{stems:?}");
    }

    #[test]
    fn yo_is_folded_before_stemming_but_short_i_is_not() {
        assert_eq!(terms("ёлками елками", Analyzer::Russian), ["елк", "елк"]);
        assert!(normalize_token("йодом", Analyzer::Russian).starts_with('й'));
    }

    #[test]
    fn latin_and_numbers_survive_in_russian_text() {
        assert_eq!(
            terms("Отчёт EITI и NCOC по ISO 14001 (2006)", Analyzer::Russian),
            ["отчет", "eiti", "и", "ncoc", "по", "iso", "14001", "2006"]
        );
    }

    #[test]
    fn english_is_stemmed() {
        assert_eq!(terms("Conventions protocols spills", Analyzer::Russian), ["convent", "protocol", "spill"]);
    }

    #[test]
    fn stress_marks_do_not_split_words() {
        assert_eq!(terms("конве\u{301}нция", Analyzer::Russian), ["конвенц"]);
    }

    #[test]
    fn kazakh_is_folded_for_russian_keyboards() {
        assert_eq!(normalize_token("қорғау", Analyzer::Kazakh), normalize_token("коргау", Analyzer::Kazakh));
        assert_eq!(normalize_token("ақпаратқа", Analyzer::Kazakh), normalize_token("акпарат", Analyzer::Kazakh));
    }

    #[test]
    fn positions_and_offsets() {
        let tokens = analyze("Тегеран, 2003-11-04", Analyzer::Russian);
        assert_eq!(tokens.len(), 4);
        assert_eq!((tokens[1].position, tokens[1].from, tokens[1].to), (1, "Тегеран, ".len(), "Тегеран, 2003".len()));
    }
}
