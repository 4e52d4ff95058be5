//! Queries: the query language (words, "phrases", -exclusions), the expansion of each word into index
//! terms (exact stem, stem prefixes, one-edit typos), and their execution on the tantivy index. The
//! browser client implements the same plan over the static index, so both rank alike.
//!
//! Semantics: every word must match (in any field, any of its expansions); phrases must match as phrases;
//! excluded words and phrases must not. A document's score is tantivy's BM25 summed over the matching
//! (field, term) pairs, each multiplied by the field's boost and the expansion's weight.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

use super::analyzer::{analyze, lowercase_without_marks, normalize_token, raw_tokens, Analyzer};
use super::index::{IndexError, SearchIndex, FIELD_COUNT, TEXT_FIELDS};

/// Boost of each text field, in the order of [`TEXT_FIELDS`].
pub const FIELD_BOOSTS: [f32; FIELD_COUNT] = [3.0, 1.5, 1.5, 1.0, 1.0];
/// Weight of a term that is the query word's stem itself.
pub const EXACT_WEIGHT: f32 = 1.0;
/// Weight of a longer term that starts with the query stem («касп» → «каспийск»).
pub const PREFIX_WEIGHT: f32 = 0.6;
/// Weight of a Kazakh term found by backing off the query key (see [`Vocabulary::backoff`]).
pub const BACKOFF_WEIGHT: f32 = 0.5;
/// Shortest key a Kazakh backoff goes down to.
pub const MIN_BACKOFF_LEN: usize = 3;
/// Weight of a term one edit away from the query stem, used only when nothing matches exactly.
pub const TYPO_WEIGHT: f32 = 0.4;
/// At most this many prefix expansions per word (most frequent first).
pub const MAX_PREFIX_TERMS: usize = 32;
/// At most this many typo candidates per word.
pub const MAX_TYPO_TERMS: usize = 16;
/// Shortest stem that is expanded by prefix (2 for the word being typed).
pub const MIN_PREFIX_LEN: usize = 3;
/// Shortest word (in letters) that is corrected for typos.
pub const MIN_TYPO_WORD_LEN: usize = 5;
/// Longest word (in letters) that is corrected for typos: a word of n letters has about 66·n one-edit
/// variants of length n, so longer words would make the work grow with the square of their length; no
/// real word of the library is this long, so such a word is a paste or a hostile query.
pub const MAX_TYPO_WORD_LEN: usize = 24;
/// A query is cut to its first this many characters (code points) before it is parsed.
pub const MAX_QUERY_CHARS: usize = 256;
/// A query keeps its first this many words (words, phrase words and excluded words together).
pub const MAX_QUERY_WORDS: usize = 32;

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// Words that must match, as typed.
    pub words: Vec<String>,
    /// Phrases that must match, each as its words.
    pub phrases: Vec<Vec<String>>,
    /// Words and phrases that must not match.
    pub excluded: Vec<Vec<String>>,
    /// The last word is still being typed (no space after it): expand it as a prefix from 2 letters.
    pub typing: bool,
}

/// Splits a query into words, "quoted phrases" and -exclusions. Work is bounded for any input: only the first
/// [`MAX_QUERY_CHARS`] characters and, of those, the first [`MAX_QUERY_WORDS`] words count; when words are
/// dropped, the last word kept is complete, so it is not expanded as the word being typed.
pub fn parse_query(query: &str, typing: bool) -> ParsedQuery {
    let query = truncate_chars(query, MAX_QUERY_CHARS);
    let mut parsed = ParsedQuery::default();
    let mut budget = MAX_QUERY_WORDS;
    let mut dropped_words = false;
    let mut rest = query;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        let negated = rest.starts_with('-');
        let body = if negated { &rest[1..] } else { rest };
        let (chunk, after) = match body.strip_prefix('"') {
            Some(quoted) => match quoted.find('"') {
                Some(end) => (&quoted[..end], &quoted[end + 1..]),
                None => (quoted, ""),
            },
            None => {
                let end = body.find(char::is_whitespace).unwrap_or(body.len());
                (&body[..end], &body[end..])
            }
        };
        let is_phrase = body.starts_with('"');
        let mut words: Vec<String> = raw_tokens(chunk).into_iter().map(|(a, b)| chunk[a..b].to_string()).collect();
        rest = after;
        if words.len() > budget {
            dropped_words = true;
            words.truncate(budget);
        }
        budget -= words.len();
        if words.is_empty() {
            continue;
        }
        match (negated, is_phrase && words.len() > 1) {
            (true, _) => parsed.excluded.push(words),
            (false, true) => parsed.phrases.push(words),
            (false, false) => parsed.words.extend(words),
        }
    }
    parsed.typing = typing
        && !dropped_words
        && !query.ends_with(char::is_whitespace)
        && !query.trim_end().ends_with('"')
        && !parsed.words.is_empty();
    parsed
}

/// The first `max` characters (code points) of `text`.
pub fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// True when a word with no exact or prefix match is long enough to have a typo worth correcting and short
/// enough that its one-edit variants stay few (see [`MAX_TYPO_WORD_LEN`]).
pub fn corrects_typos(word: &str) -> bool {
    (MIN_TYPO_WORD_LEN..=MAX_TYPO_WORD_LEN).contains(&word.chars().count())
}

/// The terms of one analyzer's text fields with their summed document frequencies, sorted.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub terms: BTreeMap<String, u64>,
    /// The terms a typo may be corrected to: the [`TYPO_VOCABULARY`] most frequent ones. Bounded so that the
    /// browser, which must see all of them to find the close ones, loads a fixed amount whatever the site.
    pub typo_terms: BTreeMap<String, u64>,
}

/// How many of an analyzer's most frequent terms typos are corrected to.
pub const TYPO_VOCABULARY: usize = 16_384;

/// The `limit` most frequent terms of `terms` (ties to the smaller term), with their frequencies.
pub fn typo_vocabulary(terms: &BTreeMap<String, u64>, limit: usize) -> BTreeMap<String, u64> {
    most_frequent(terms.iter(), limit).into_iter().map(|t| (t.clone(), terms[&t])).collect()
}

impl Vocabulary {
    pub fn new(terms: BTreeMap<String, u64>) -> Vocabulary {
        let typo_terms = typo_vocabulary(&terms, TYPO_VOCABULARY);
        Vocabulary { terms, typo_terms }
    }

    /// Reads the vocabulary of `analyzer` from the index.
    pub fn read(searcher: &Searcher, index: &SearchIndex, analyzer: Analyzer) -> Result<Vocabulary, IndexError> {
        let mut terms: BTreeMap<String, u64> = BTreeMap::new();
        for name in TEXT_FIELDS {
            let field = index.text_field(name, analyzer)?;
            for segment in searcher.segment_readers() {
                let inverted = segment.inverted_index(field)?;
                let mut stream = inverted.terms().stream().map_err(tantivy::TantivyError::from)?;
                while stream.advance() {
                    if let Ok(term) = std::str::from_utf8(stream.key()) {
                        *terms.entry(term.to_string()).or_default() += u64::from(stream.value().doc_freq);
                    }
                }
            }
        }
        Ok(Vocabulary::new(terms))
    }

    /// The exact and prefix expansions of one query word: (term, weight). A finished word that is a term
    /// is not expanded by prefix: its stem already joins its inflected forms, and the longer words that
    /// merely start with it would cost a query the postings of up to [`MAX_PREFIX_TERMS`] more terms.
    pub fn expand(&self, stem: &str, typing: bool) -> Vec<(String, f32)> {
        let mut out = Vec::new();
        let exact = self.terms.contains_key(stem);
        if exact {
            out.push((stem.to_string(), EXACT_WEIGHT));
        }
        let min_prefix = if typing { 2 } else { MIN_PREFIX_LEN };
        if (typing || !exact) && stem.chars().count() >= min_prefix {
            let longer = self
                .terms
                .range(stem.to_string()..)
                .take_while(|(t, _)| t.starts_with(stem))
                .filter(|(t, _)| *t != stem);
            out.extend(most_frequent(longer, MAX_PREFIX_TERMS).into_iter().map(|t| (t, PREFIX_WEIGHT)));
        }
        out
    }

    /// Kazakh typed on a Russian keyboard keeps endings the stemmer cannot safely strip («торелигине» for
    /// «төрелігіне», indexed as «торе»): the longest proper prefix of the key (at least [`MIN_BACKOFF_LEN`]
    /// letters) that is itself a term, with its expansions, all at [`BACKOFF_WEIGHT`].
    pub fn backoff(&self, stem: &str) -> Vec<(String, f32)> {
        let chars: Vec<char> = stem.chars().collect();
        for len in (MIN_BACKOFF_LEN..chars.len()).rev() {
            let shorter: String = chars[..len].iter().collect();
            if self.terms.contains_key(&shorter) {
                // As a prefix, like a word being typed: the key was cut short on purpose.
                return self.expand(&shorter, true).into_iter().map(|(t, _)| (t, BACKOFF_WEIGHT)).collect();
            }
        }
        Vec::new()
    }

    /// Typo candidates for a word that has no exact or prefix match in any analyzer: the terms of the typo
    /// vocabulary one edit away from its stem, and the stems of the word's one-edit variants that are in it (a typo can move
    /// Snowball's regions, so «сбственность» stems far from «собственность» though the words are close).
    pub fn typo_candidates(&self, stem: &str, word: &str, analyzer: Analyzer) -> Vec<(String, f32)> {
        let mut close: BTreeMap<&String, &u64> =
            self.typo_terms.iter().filter(|(t, _)| is_one_edit_away(stem, t)).collect();
        for variant in one_edit_variants(&lowercase_without_marks(word), analyzer) {
            let term = normalize_token(&variant, analyzer);
            if term != stem {
                if let Some((t, df)) = self.typo_terms.get_key_value(&term) {
                    close.insert(t, df);
                }
            }
        }
        most_frequent(close.into_iter(), MAX_TYPO_TERMS).into_iter().map(|t| (t, TYPO_WEIGHT)).collect()
    }
}

/// Russian letters, for insertions and substitutions in Cyrillic words.
const RUSSIAN_LETTERS: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
/// Kazakh letters beyond the Russian ones.
const KAZAKH_LETTERS: &str = "әғқңөұүһі";
const LATIN_LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// Every string one deletion, adjacent transposition, substitution or insertion away from `word`, with
/// letters of the word's script (Kazakh letters too for the Kazakh analyzer).
pub fn one_edit_variants(word: &str, analyzer: Analyzer) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let alphabet: Vec<char> = if chars.iter().any(|c| ('\u{400}'..='\u{52f}').contains(c)) {
        let extra = if analyzer == Analyzer::Kazakh { KAZAKH_LETTERS } else { "" };
        RUSSIAN_LETTERS.chars().chain(extra.chars()).collect()
    } else if chars.iter().any(char::is_ascii_alphabetic) {
        LATIN_LETTERS.chars().collect()
    } else {
        Vec::new()
    };
    let join = |v: Vec<char>| v.into_iter().collect::<String>();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let mut v = chars.clone();
        v.remove(i);
        out.push(join(v));
        if i + 1 < chars.len() {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            out.push(join(v));
        }
        for &letter in alphabet.iter().filter(|&&l| l != chars[i]) {
            let mut v = chars.clone();
            v[i] = letter;
            out.push(join(v));
        }
    }
    for i in 0..=chars.len() {
        for &letter in &alphabet {
            let mut v = chars.clone();
            v.insert(i, letter);
            out.push(join(v));
        }
    }
    out
}

/// The `limit` terms with the highest document frequency, ties to the smaller term.
fn most_frequent<'a>(terms: impl Iterator<Item = (&'a String, &'a u64)>, limit: usize) -> Vec<String> {
    let mut terms: Vec<(&String, u64)> = terms.map(|(t, df)| (t, *df)).collect();
    terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    terms.into_iter().take(limit).map(|(t, _)| t.clone()).collect()
}

/// True when `b` is one insertion, deletion, substitution or transposition of adjacent letters from `a`.
pub fn is_one_edit_away(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 || a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if la == lb {
        let suffix_equal = |from: usize| a[from..] == b[from..];
        // substitution, or transposition of positions prefix and prefix+1
        suffix_equal(prefix + 1)
            || (prefix + 1 < la && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] && suffix_equal(prefix + 2))
    } else if la > lb {
        a[prefix + 1..] == b[prefix..]
    } else {
        b[prefix + 1..] == a[prefix..]
    }
}

/// Filters applied after scoring (they never change scores).
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    pub lang: Option<String>,
    pub doc_type: Option<String>,
    pub topic: Option<String>,
    pub limit: usize,
}

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub title: String,
    pub url: String,
    pub lang: String,
    pub doc_type: String,
    pub section: String,
    pub date: Option<String>,
    /// HTML: escaped text with the matched words in `<mark>`.
    pub snippet: String,
}

/// Runs a query on the index.
pub fn search(index: &SearchIndex, query: &ParsedQuery, options: &SearchOptions) -> Result<Vec<Hit>, IndexError> {
    let reader = index.index.reader()?;
    let searcher = reader.searcher();
    let mut matched_terms: BTreeSet<(Analyzer, String)> = BTreeSet::new();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let vocabularies = index.vocabularies()?;
    for (i, word) in query.words.iter().enumerate() {
        let typing = query.typing && i + 1 == query.words.len();
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let stems: Vec<String> = vocabularies.iter().map(|(a, _)| normalize_token(word, *a)).collect();
        let mut expansions: Vec<Vec<(String, f32)>> =
            vocabularies.iter().zip(&stems).map(|((_, v), stem)| v.expand(stem, typing)).collect();
        // Typos are corrected only when the word is nowhere in the library as written; Kazakh keys back off
        // only when that finds nothing either.
        if expansions.iter().all(Vec::is_empty) && corrects_typos(word) {
            expansions =
                vocabularies.iter().zip(&stems).map(|((a, v), stem)| v.typo_candidates(stem, word, *a)).collect();
        }
        if expansions.iter().all(Vec::is_empty) {
            expansions = vocabularies
                .iter()
                .zip(&stems)
                .map(|((a, v), stem)| if *a == Analyzer::Kazakh { v.backoff(stem) } else { Vec::new() })
                .collect();
        }
        for ((analyzer, _), terms) in vocabularies.iter().zip(expansions) {
            for (term, weight) in terms {
                for (name, boost) in TEXT_FIELDS.iter().zip(FIELD_BOOSTS) {
                    let field = index.text_field(name, *analyzer)?;
                    let term_query = TermQuery::new(Term::from_field_text(field, &term), IndexRecordOption::WithFreqs);
                    should.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term_query), boost * weight))));
                }
                matched_terms.insert((*analyzer, term));
            }
        }
        if should.is_empty() {
            return Ok(Vec::new());
        }
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(should))));
    }
    for phrase in &query.phrases {
        clauses.push((Occur::Must, phrase_query(index, phrase, 1.0, &mut matched_terms)?));
    }
    for excluded in &query.excluded {
        clauses.push((Occur::MustNot, phrase_query(index, excluded, 1.0, &mut BTreeSet::new())?));
    }
    if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
        return Ok(Vec::new());
    }
    let top = searcher.search(
        &BooleanQuery::new(clauses),
        &TopDocs::with_limit(searcher.num_docs().max(1) as usize).order_by_score(),
    )?;
    let f = index.fields;
    let mut hits = Vec::new();
    for (score, address) in top {
        let doc: TantivyDocument = searcher.doc(address)?;
        let get = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let all = |field| doc.get_all(field).filter_map(|v| v.as_str()).map(str::to_string).collect::<Vec<_>>();
        let lang = get(f.lang);
        if options.lang.as_ref().is_some_and(|l| *l != lang)
            || options.doc_type.as_ref().is_some_and(|t| *t != get(f.doc_type))
            || options.topic.as_ref().is_some_and(|t| !all(f.topic).contains(t))
        {
            continue;
        }
        let analyzer = Analyzer::for_language(&lang);
        let terms: BTreeSet<&str> =
            matched_terms.iter().filter(|(a, _)| *a == analyzer).map(|(_, t)| t.as_str()).collect();
        let body = get(f.body_stored);
        let snippet = make_snippet(&body, analyzer, &terms).unwrap_or_else(|| escape(&get(f.summary_stored)));
        hits.push(Hit {
            id: get(f.id),
            score,
            title: get(f.title_stored),
            url: get(f.url),
            lang,
            doc_type: get(f.doc_type),
            section: get(f.section),
            date: doc.get_first(f.date).and_then(|v| v.as_str()).map(str::to_string),
            snippet,
        });
        if hits.len() >= options.limit.max(1) {
            break;
        }
    }
    Ok(hits)
}

/// A phrase (or single word, exact) as a query over both analyzers' text fields.
fn phrase_query(
    index: &SearchIndex,
    words: &[String],
    boost: f32,
    matched: &mut BTreeSet<(Analyzer, String)>,
) -> Result<Box<dyn Query>, IndexError> {
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for analyzer in Analyzer::ALL {
        let stems: Vec<String> = words.iter().map(|w| normalize_token(w, analyzer)).collect();
        for (name, field_boost) in TEXT_FIELDS.iter().zip(FIELD_BOOSTS) {
            let field = index.text_field(name, analyzer)?;
            let terms: Vec<Term> = stems.iter().map(|s| Term::from_field_text(field, s)).collect();
            let query: Box<dyn Query> = if terms.len() == 1 {
                Box::new(TermQuery::new(terms[0].clone(), IndexRecordOption::WithFreqs))
            } else {
                Box::new(PhraseQuery::new(terms))
            };
            should.push((Occur::Should, Box::new(BoostQuery::new(query, boost * field_boost))));
        }
        matched.extend(stems.into_iter().map(|s| (analyzer, s)));
    }
    Ok(Box::new(BooleanQuery::new(should)))
}

/// Words of context a snippet shows.
pub const SNIPPET_WORDS: usize = 24;

/// The passage of `text` with the most distinct matched terms, escaped, matches in `<mark>`.
pub fn make_snippet(text: &str, analyzer: Analyzer, terms: &BTreeSet<&str>) -> Option<String> {
    let tokens = analyze(text, analyzer);
    let hits: Vec<bool> = tokens.iter().map(|t| terms.contains(t.term.as_str())).collect();
    if !hits.contains(&true) {
        return None;
    }
    let window = SNIPPET_WORDS.min(tokens.len());
    let mut best = (0usize, 0usize, 0usize); // (distinct, total, start)
    for start in 0..=tokens.len() - window {
        let matched: Vec<&str> =
            (start..start + window).filter(|&i| hits[i]).map(|i| tokens[i].term.as_str()).collect();
        let distinct = matched.iter().collect::<BTreeSet<_>>().len();
        if (distinct, matched.len()) > (best.0, best.1) {
            best = (distinct, matched.len(), start);
        }
    }
    // Start a little before the first match, so it has some context.
    let first_hit = (best.2..best.2 + window).find(|&i| hits[i]).unwrap_or(best.2);
    let start = first_hit.saturating_sub(3).max(best.2.saturating_sub(3)).min(tokens.len() - window);
    let end = start + window;
    let from = if start == 0 { 0 } else { tokens[start].from };
    let to = if end >= tokens.len() { text.len() } else { tokens[end - 1].to };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cursor = from;
    for i in start..end {
        let t = &tokens[i];
        out.push_str(&escape(&text[cursor..t.from]));
        if hits[i] {
            out.push_str("<mark>");
            out.push_str(&escape(&text[t.from..t.to]));
            out.push_str("</mark>");
        } else {
            out.push_str(&escape(&text[t.from..t.to]));
        }
        cursor = t.to;
    }
    out.push_str(&escape(&text[cursor..to]));
    if end < tokens.len() {
        out.push('…');
    }
    Some(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_phrases_and_exclusions() {
        let q = parse_query("нефть \"разлив нефти\" -Каспий -\"общественные слушания\" конв", true);
        assert_eq!(q.words, ["нефть", "конв"]);
        assert_eq!(q.phrases, [vec!["разлив".to_string(), "нефти".to_string()]]);
        assert_eq!(q.excluded.len(), 2);
        assert!(q.typing);
        assert!(!parse_query("нефть ", true).typing);
    }

    #[test]
    fn long_queries_are_cut_to_their_first_256_characters() {
        // Words of 60 letters (a token has at most 64): 256 characters hold four and 12 letters of a fifth.
        let q = parse_query(&format!("{} ", "а".repeat(60)).repeat(26), true);
        let mut words = vec!["а".repeat(60); 4];
        words.push("а".repeat(MAX_QUERY_CHARS - 4 * 61));
        assert_eq!(q.words, words);
        assert_eq!(truncate_chars("😀é😀", 2), "😀é");
        assert_eq!(truncate_chars("ab", 5), "ab");
    }

    #[test]
    fn queries_keep_their_first_32_words_of_every_kind() {
        let many: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        let q = parse_query(&many.join(" "), true);
        assert_eq!(q.words, many[..MAX_QUERY_WORDS]);
        assert!(!q.typing, "the last word kept was complete");
        let words = vec!["x"; MAX_QUERY_WORDS - 2].join(" ");
        let q = parse_query(&format!("{words} \"a b c\" -d e"), true);
        assert_eq!(q.words.len(), MAX_QUERY_WORDS - 2);
        assert_eq!(q.phrases, [vec!["a".to_string(), "b".to_string()]]);
        assert!(q.excluded.is_empty() && !q.typing);
        let q = parse_query(&format!("{words} y \"a b\""), false);
        assert_eq!(q.words.len(), MAX_QUERY_WORDS, "a phrase cut to one word is a word");
        assert!(parse_query(&format!("{words} y z"), true).typing, "32 words: nothing dropped");
    }

    #[test]
    fn only_words_of_5_to_24_letters_are_corrected_for_typos() {
        assert!(!corrects_typos("нфть"));
        assert!(corrects_typos("кнвенция"));
        assert!(corrects_typos(&"а".repeat(MAX_TYPO_WORD_LEN)));
        assert!(!corrects_typos(&"а".repeat(MAX_TYPO_WORD_LEN + 1)));
    }

    #[test]
    fn the_longest_word_corrected_has_at_most_2081_variants() {
        // docs/robustness.md: n + (n - 1) + n·(A - 1) + (n + 1)·A for n letters and an alphabet of A.
        let longest = "қ".repeat(MAX_TYPO_WORD_LEN);
        assert_eq!(one_edit_variants(&longest, Analyzer::Kazakh).len(), 2081);
        assert_eq!(one_edit_variants(&"ж".repeat(MAX_TYPO_WORD_LEN), Analyzer::Russian).len(), 1640);
        assert_eq!(one_edit_variants(&"z".repeat(MAX_TYPO_WORD_LEN), Analyzer::Russian).len(), 1297);
    }

    #[test]
    fn one_edit_distance() {
        for (a, b, expected) in [
            ("конвенц", "конвенц", false),
            ("конвенц", "канвенц", true),
            ("конвенц", "конвнец", true),
            ("конвенц", "конвец", true),
            ("конвенц", "конвенцй", true),
            ("конвенц", "кновенц", true),
            ("конвенц", "конвенции", false),
            ("abc", "bca", false),
        ] {
            assert_eq!(is_one_edit_away(a, b), expected, "{a} ~ {b}");
        }
    }

    #[test]
    fn expansion_rules() {
        let vocabulary = Vocabulary::new(
            [("касп", 3), ("каспийск", 9), ("каспи", 1), ("конвенц", 5)]
                .into_iter()
                .map(|(t, d)| (t.to_string(), d))
                .collect(),
        );
        assert_eq!(vocabulary.expand("касп", false), [("касп".into(), 1.0)], "a finished word that is a term");
        let expansions = vocabulary.expand("касп", true);
        assert_eq!(expansions, [("касп".into(), 1.0), ("каспийск".into(), 0.6), ("каспи".into(), 0.6)]);
        assert_eq!(vocabulary.expand("каспий", false), [("каспийск".into(), 0.6)], "a finished word that is no term");
        assert!(vocabulary.expand("кнвенц", false).is_empty());
        assert_eq!(vocabulary.typo_candidates("кнвенц", "кнвенция", Analyzer::Russian), [("конвенц".into(), 0.4)]);
        let rare = Vocabulary { typo_terms: typo_vocabulary(&vocabulary.terms, 1), ..vocabulary.clone() };
        assert!(rare.typo_candidates("кнвенц", "кнвенция", Analyzer::Russian).is_empty(), "only frequent terms");
        assert_eq!(rare.typo_terms.keys().collect::<Vec<_>>(), ["каспийск"]);
        assert!(vocabulary.expand("ко", false).is_empty(), "complete two-letter stems are not expanded");
        assert_eq!(
            vocabulary.expand("ко", true),
            [("конвенц".into(), 0.6)],
            "the word being typed expands from 2 letters"
        );
    }

    #[test]
    fn kazakh_keys_back_off() {
        let vocabulary =
            Vocabulary::new([("тениз", 4), ("тенизши", 1)].into_iter().map(|(t, d)| (t.to_string(), d)).collect());
        assert_eq!(vocabulary.backoff("тенизин"), [("тениз".into(), 0.5), ("тенизши".into(), 0.5)]);
        assert!(vocabulary.backoff("тен").is_empty());
    }

    #[test]
    fn variants_of_a_word() {
        let variants = one_edit_variants("ab", Analyzer::Russian);
        for expected in ["b", "a", "ba", "zb", "az", "cab", "abz"] {
            assert!(variants.contains(&expected.to_string()), "{expected}");
        }
        assert_eq!(one_edit_variants("12", Analyzer::Russian), ["2", "21", "1"]);
        let kazakh = one_edit_variants("кор", Analyzer::Kazakh);
        assert!(kazakh.contains(&"қор".to_string()));
        assert!(!one_edit_variants("кор", Analyzer::Russian).contains(&"қор".to_string()));
    }

    #[test]
    fn snippets_mark_matches_and_escape() {
        let terms: BTreeSet<&str> = ["нефт"].into_iter().collect();
        let text = "Разлив <b>нефти</b> у берега. Нефть собрали.";
        let snippet = make_snippet(text, Analyzer::Russian, &terms).expect("snippet");
        assert_eq!(snippet, "Разлив &lt;b&gt;<mark>нефти</mark>&lt;/b&gt; у берега. <mark>Нефть</mark> собрали.");
    }
}
