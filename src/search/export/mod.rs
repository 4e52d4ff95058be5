//! The static index: derived from the tantivy index (its terms, postings, positions, field norms and
//! statistics) and written as `search/*.js` files that register their data with the browser client.
//! The format is the contract in `docs/search-index.md`: term files (`terms`), per-document files
//! (`rows`), and how files are compressed and named (`files`).

mod blobs;
mod files;
mod rows;
pub mod seven_bit;
mod terms;

use rayon::prelude::*;
use serde_json::{json, Value};
use tantivy::fieldnorm::FieldNormReader;

use crate::config::Config;

use super::analyzer::Analyzer;
use super::document::SearchDocument;
use super::index::{IndexError, SearchIndex, TEXT_FIELDS};
use super::query::{
    BACKOFF_WEIGHT, EXACT_WEIGHT, FIELD_BOOSTS, MAX_PREFIX_TERMS, MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_TYPO_TERMS,
    MAX_TYPO_WORD_LEN, MIN_BACKOFF_LEN, MIN_PREFIX_LEN, MIN_TYPO_WORD_LEN, PREFIX_WEIGHT, SNIPPET_WORDS, TYPO_WEIGHT,
};
use files::DataFile;
pub use rows::{snippet_text, SNIPPET_TEXT_CHARS};

/// The folder of the static index in the output.
pub const STATIC_DIR: &str = "search";
/// The version of the format in `docs/search-index.md`.
const FORMAT_VERSION: u32 = 4;
/// Files of the search that are not index data: the client's bundled script, `search/strings.js` and the
/// results page `search/index.html`, with room to spare.
const CLIENT_FILES: usize = 4;
/// Documents per facet file `f-<k>`: about 4 bytes each once compressed, so no facet file nears 64 KB
/// however large the site (filters and facet counts load them all; a first query none).
const FACETS_PER_FILE: usize = 4096;
/// Dictionary shards start at this many bytes; a site too large for its file budget gets larger ones.
const DICT_TARGET: usize = 12 * 1024;

/// The most search files a site of `documents` pages may have: 64 + N/4.
pub fn file_budget(documents: usize) -> usize {
    64 + documents / 4
}

/// All files of the static index, by path under the output root.
pub fn export_static_index(
    index: &SearchIndex,
    documents: &[SearchDocument],
    config: &Config,
) -> Result<Vec<(String, Vec<u8>)>, IndexError> {
    let started = std::time::Instant::now();
    let lists = rows::ValueLists::new(documents, config);
    // The terms are read while the per-document rows are made: both are large, and independent.
    let (per_analyzer, (doc_rows, text_rows)) = rayon::join(
        || {
            Analyzer::ALL
                .par_iter()
                .map(|&analyzer| terms::read_terms(index, analyzer).map(|(t, averages)| (analyzer, t, averages)))
                .collect::<Result<Vec<_>, IndexError>>()
        },
        || {
            let docs: Vec<Value> = documents.iter().map(|d| lists.doc_row(d)).collect();
            let texts: Vec<Value> = documents.par_iter().map(|d| json!([d.summary, snippet_text(&d.body)])).collect();
            (docs, texts)
        },
    );
    let per_analyzer = per_analyzer?;
    let read = started.elapsed();
    let facet_files = documents.len().div_ceil(FACETS_PER_FILE);
    let budget = file_budget(documents.len()).saturating_sub(CLIENT_FILES + 1 + facet_files);
    // Term files take at most a bit over half the budget: result rows and text, a file per few documents,
    // need the rest (each hit of a query loads one of each).
    let (mut files, analyzers) = term_files_within(&per_analyzer, budget * 11 / 20);
    let laid_out = started.elapsed();
    let (docs_per_file, text_per_file) = group_sizes(&doc_rows, &text_rows, budget.saturating_sub(files.len()));
    files.extend(rows::row_files("r", doc_rows, docs_per_file));
    files.extend(rows::row_files("x", text_rows, text_per_file));
    files.extend(rows::row_files("f", lists.facet_rows(documents), FACETS_PER_FILE));
    let manifest = json!({
        "version": FORMAT_VERSION,
        "numDocs": documents.len(),
        "params": {
            "k1": 1.2, "b": 0.75,
            "fields": TEXT_FIELDS,
            "boosts": FIELD_BOOSTS,
            "exactWeight": EXACT_WEIGHT, "prefixWeight": PREFIX_WEIGHT, "typoWeight": TYPO_WEIGHT,
            "maxPrefixTerms": MAX_PREFIX_TERMS, "maxTypoTerms": MAX_TYPO_TERMS,
            "minPrefixLen": MIN_PREFIX_LEN, "minTypoWordLen": MIN_TYPO_WORD_LEN, "maxTypoWordLen": MAX_TYPO_WORD_LEN,
            "maxQueryChars": MAX_QUERY_CHARS, "maxQueryWords": MAX_QUERY_WORDS,
            "backoffWeight": BACKOFF_WEIGHT, "minBackoffLen": MIN_BACKOFF_LEN,
            "snippetWords": SNIPPET_WORDS,
            "maxTopsPrefix": terms::MAX_TOPS_PREFIX_CHARS,
        },
        "fieldnormTable": (0..=255u8).map(FieldNormReader::id_to_fieldnorm).collect::<Vec<u32>>(),
        "analyzers": analyzers,
        "values": lists.values(),
        "sections": lists.sections,
        "langRuns": rows::lang_runs(documents, &lists.langs),
        "docsPerFile": docs_per_file,
        "textPerFile": text_per_file,
        "facetsPerFile": FACETS_PER_FILE,
        "labels": rows::labels(config),
    });
    let rows_done = started.elapsed();
    let written = files::write_files(files, manifest);
    tracing::debug!(
        read_ms = read.as_millis() as u64,
        terms_ms = (laid_out - read).as_millis() as u64,
        rows_ms = (rows_done - laid_out).as_millis() as u64,
        compress_ms = (started.elapsed() - rows_done).as_millis() as u64,
        "export"
    );
    Ok(written)
}

type AnalyzerTerms = (Analyzer, Vec<terms::TermEntry>, Vec<f64>);

/// The term files of every analyzer in at most `max_files` files (larger dictionary shards when the
/// smallest do not fit), and the analyzers' part of the manifest.
fn term_files_within(per_analyzer: &[AnalyzerTerms], max_files: usize) -> (Vec<DataFile>, Value) {
    let prepared: Vec<terms::PreparedTerms<'_>> =
        per_analyzer.par_iter().map(|(analyzer, t, _)| terms::prepare_terms(*analyzer, t)).collect();
    let count = |target| prepared.iter().map(|p| terms::count_term_files(p, target)).sum::<usize>();
    let mut target = DICT_TARGET;
    while count(target) > max_files && target < 1 << 24 {
        target += target / 4;
    }
    let laid_out: Vec<terms::AnalyzerFiles> =
        prepared.into_par_iter().map(|prepared| terms::term_files(prepared, target)).collect();
    let mut analyzers = serde_json::Map::new();
    let mut files = Vec::new();
    for ((analyzer, _, averages), laid) in per_analyzer.iter().zip(laid_out) {
        analyzers.insert(
            analyzer.name().into(),
            json!({ "avgFieldnorm": averages, "firsts": laid.firsts, "last": laid.last, "typoFiles": laid.typo_files }),
        );
        files.extend(laid.files);
    }
    (files, Value::Object(analyzers))
}

/// How many documents share a result-row file and a text file, within `max_files` files for both. A query
/// shows ten hits from anywhere in the site, so each hit costs its whole group: groups are as small as the
/// budget allows, text (larger per document) in smaller groups than rows.
fn group_sizes(doc_rows: &[Value], text_rows: &[Value], max_files: usize) -> (usize, usize) {
    let n = doc_rows.len().max(1);
    let size = |rows: &[Value]| rows.iter().map(|r| r.to_string().len()).sum::<usize>().max(1) as f64;
    let ratio = (size(text_rows) / size(doc_rows)).sqrt().max(1.0);
    for text in 1..=n {
        let docs = ((text as f64 * ratio).ceil() as usize).clamp(1, n);
        if n.div_ceil(text) + n.div_ceil(docs) <= max_files.max(2) {
            return (docs, text);
        }
    }
    (n, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_fit_the_budget_and_text_groups_are_smaller() {
        let docs: Vec<Value> = (0..10_000).map(|i| json!([i, "url", "title"])).collect();
        let texts: Vec<Value> = (0..10_000).map(|_| json!(["x".repeat(2_000)])).collect();
        let (d, t) = group_sizes(&docs, &texts, 1_200);
        assert!(10_000usize.div_ceil(d) + 10_000usize.div_ceil(t) <= 1_200, "{d} {t}");
        assert!(t < d, "{d} {t}");
        assert_eq!(group_sizes(&docs[..10], &texts[..10], 100).1, 1, "a small site: one text per file");
    }
}
