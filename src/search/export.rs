//! The static index: derived from the tantivy index (its terms, postings, positions, field norms and
//! statistics) and written as `search/*.js` files that register their data with the browser client.
//! The format is the contract in `docs/search-index.md`.

use std::collections::BTreeMap;

use rayon::prelude::*;

use base64::Engine as _;
use serde_json::{json, Value};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::Postings;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, TERMINATED};

use crate::config::Config;

use super::analyzer::Analyzer;
use super::document::SearchDocument;
use super::index::{IndexError, SearchIndex, TEXT_FIELDS};
use super::query::{
    BACKOFF_WEIGHT, EXACT_WEIGHT, FIELD_BOOSTS, MAX_PREFIX_TERMS, MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_TYPO_TERMS,
    MAX_TYPO_WORD_LEN, MIN_BACKOFF_LEN, MIN_PREFIX_LEN, MIN_TYPO_WORD_LEN, PREFIX_WEIGHT, SNIPPET_WORDS, TYPO_WEIGHT,
};

/// The folder of the static index in the output.
pub const STATIC_DIR: &str = "search";
/// The file budget grows by one file per this many documents (64 + 1 per 500 pages).
pub const DOCS_PER_EXTRA_FILE: usize = 500;
/// Characters of page text kept for snippets.
pub const SNIPPET_TEXT_CHARS: usize = 1500;

/// The start of a page's text that snippets are made from: its first [`SNIPPET_TEXT_CHARS`] characters.
pub fn snippet_text(body: &str) -> &str {
    let end = body.char_indices().nth(SNIPPET_TEXT_CHARS).map_or(body.len(), |(i, _)| i);
    &body[..end]
}
/// Aim for shards of about this size, within the file budget: a first query loads a few of them.
const TARGET_SHARD_BYTES: usize = 16 * 1024;
/// Result rows are smaller: the ten hits of a query touch up to ten shards, so as many as the budget allows.
const TARGET_DOC_SHARD_BYTES: usize = 4 * 1024;
/// Other files in the file budget of 64 + 1 per 500 pages: the six client scripts (`static/js/search/`),
/// `search/strings.js` and the results page `search/index.html`.
const CLIENT_FILES: usize = 8;
/// The version of the format in `docs/search-index.md`.
const FORMAT_VERSION: u32 = 2;

/// One term's data in one field.
#[derive(Default)]
struct FieldPostings {
    postings: Vec<u8>,
    positions: Vec<u8>,
    df: u64,
}

/// A term with its postings in each of the four text fields.
struct TermEntry {
    term: String,
    fields: [Option<FieldPostings>; 4],
}

impl TermEntry {
    fn df_total(&self) -> u64 {
        self.fields.iter().flatten().map(|f| f.df).sum()
    }
    fn size(&self) -> usize {
        self.term.len() + self.fields.iter().flatten().map(|f| f.postings.len() * 4 / 3 + 8).sum::<usize>()
    }
}

fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Reads one analyzer's vocabulary with postings from the index (a single segment).
fn read_terms(index: &SearchIndex, analyzer: Analyzer) -> Result<(Vec<TermEntry>, [f64; 4]), IndexError> {
    let searcher = index.index.reader()?.searcher();
    let num_docs = searcher.num_docs().max(1);
    // The four fields are read in parallel (the export ends the build: it is on its critical path).
    let per_field: Vec<(Vec<(String, FieldPostings)>, f64)> = TEXT_FIELDS
        .par_iter()
        .map(|name| read_field(index, &searcher, analyzer, name, num_docs))
        .collect::<Result<_, IndexError>>()?;
    let mut terms: BTreeMap<String, [Option<FieldPostings>; 4]> = BTreeMap::new();
    let mut averages = [0.0f64; 4];
    for (f, (postings, average)) in per_field.into_iter().enumerate() {
        averages[f] = average;
        for (term, data) in postings {
            terms.entry(term).or_default()[f] = Some(data);
        }
    }
    Ok((terms.into_iter().map(|(term, fields)| TermEntry { term, fields }).collect(), averages))
}

/// One field's postings by term, and its average field length.
fn read_field(
    index: &SearchIndex,
    searcher: &tantivy::Searcher,
    analyzer: Analyzer,
    name: &str,
    num_docs: u64,
) -> Result<(Vec<(String, FieldPostings)>, f64), IndexError> {
    let field = index.text_field(name, analyzer)?;
    let mut out = Vec::new();
    let mut average = 0.0;
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        // As tantivy's BM25 computes it: total tokens over all documents, in f32.
        average = f64::from(inverted.total_num_tokens() as f32 / num_docs as f32);
        let norms: FieldNormReader = segment.get_fieldnorms_reader(field)?;
        let mut stream = inverted.terms().stream().map_err(tantivy::TantivyError::from)?;
        while stream.advance() {
            let Ok(term) = std::str::from_utf8(stream.key()) else { continue };
            let mut postings = inverted
                .read_postings_from_terminfo(stream.value(), IndexRecordOption::WithFreqsAndPositions)
                .map_err(tantivy::TantivyError::from)?;
            let mut data = FieldPostings::default();
            let (mut previous, mut positions) = (0u32, Vec::new());
            let mut doc = postings.doc();
            while doc != TERMINATED {
                push_varint(&mut data.postings, doc - previous);
                push_varint(&mut data.postings, postings.term_freq());
                push_varint(&mut data.postings, u32::from(norms.fieldnorm_id(doc)));
                postings.positions(&mut positions);
                let mut last = 0;
                for &p in &positions {
                    push_varint(&mut data.positions, p - last);
                    last = p;
                }
                data.df += 1;
                previous = doc;
                doc = postings.advance();
            }
            out.push((term.to_string(), data));
        }
    }
    Ok((out, average))
}

/// Splits sorted terms into about `shards` ranges of similar size, never between two terms that share
/// their first two characters.
fn partition(terms: &[TermEntry], shards: usize) -> Vec<std::ops::Range<usize>> {
    let total: usize = terms.iter().map(TermEntry::size).sum();
    let target = total / shards.max(1) + 1;
    let prefix = |t: &str| t.chars().take(2).collect::<String>();
    let mut ranges = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, entry) in terms.iter().enumerate() {
        let boundary = i > start && prefix(&entry.term) != prefix(&terms[i - 1].term);
        if boundary && size >= target {
            ranges.push(start..i);
            start = i;
            size = 0;
        }
        size += entry.size();
    }
    if start < terms.len() {
        ranges.push(start..terms.len());
    }
    ranges
}

/// A script file that registers `data` under `name`.
fn script(name: &str, data: &Value) -> Vec<u8> {
    // U+2028/2029 are line breaks for older JavaScript parsers.
    let json = data.to_string().replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029");
    format!("ecolibSearch.register({}, {json});\n", Value::from(name)).into_bytes()
}

/// How the file budget of a site is shared between the kinds of file.
struct Budget {
    docs: usize,
    text: usize,
    positions: usize,
    terms: usize,
}

impl Budget {
    /// Positions serve phrases only: a tenth of the files. Of the rest, a fifth for the snippet text (loaded
    /// after the results are shown), and the others shared between the result rows (a first query needs
    /// the rows of ten hits, about ten shards) and the term shards (one or two per query word).
    fn new(documents: usize) -> Budget {
        let total = (64 + documents / DOCS_PER_EXTRA_FILE).saturating_sub(CLIENT_FILES + 2).max(8);
        let positions = (total / 10).max(2);
        let rest = total - positions;
        let text = rest / 5;
        let docs = (rest - text) / 2;
        Budget { docs, text, positions, terms: rest - text - docs }
    }
}

/// All files of the static index, by path under the output root.
pub fn export_static_index(
    index: &SearchIndex,
    documents: &[SearchDocument],
    config: &Config,
) -> Result<Vec<(String, Vec<u8>)>, IndexError> {
    let mut files = Vec::new();
    let budget = Budget::new(documents.len());
    let lists = ValueLists::new(documents, config);
    // The terms are read while the per-document rows are made: both are large, and independent.
    let (per_analyzer, rows) = rayon::join(
        || {
            Analyzer::ALL
                .par_iter()
                .map(|&analyzer| read_terms(index, analyzer).map(|(terms, averages)| (analyzer, terms, averages)))
                .collect::<Result<Vec<_>, IndexError>>()
        },
        || {
            let metadata: Vec<Value> = documents.iter().map(|d| lists.doc_row(d)).collect();
            let texts: Vec<Value> = documents.par_iter().map(|d| json!([d.summary, snippet_text(&d.body)])).collect();
            let docs = row_shards("docs", &metadata, budget.docs, TARGET_DOC_SHARD_BYTES);
            (docs, row_shards("text", &texts, budget.text, TARGET_SHARD_BYTES))
        },
    );
    let per_analyzer = per_analyzer?;
    let ((doc_files, doc_shard_list), (text_files, text_shard_list)) = rows;
    files.extend(doc_files);
    files.extend(text_files);
    let total_bytes: usize =
        per_analyzer.iter().flat_map(|(_, t, _)| t.iter().map(TermEntry::size)).sum::<usize>().max(1);
    let mut analyzers = serde_json::Map::new();
    for (analyzer, terms, averages) in &per_analyzer {
        let bytes: usize = terms.iter().map(TermEntry::size).sum();
        let share = |files: usize| (files * bytes / total_bytes).max(1);
        let shards = bytes.div_ceil(TARGET_SHARD_BYTES).clamp(1, share(budget.terms));
        let ranges = partition(terms, shards);
        let groups = ranges.len().div_ceil(share(budget.positions)).max(1);
        let (term_files, shard_list) = term_shards(*analyzer, terms, &ranges, groups);
        files.extend(term_files);
        analyzers.insert(analyzer.name().to_string(), json!({ "avgFieldnorm": averages, "shards": shard_list }));
    }
    files.push((format!("{STATIC_DIR}/facets.js"), script("facets", &lists.facets(documents))));
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
        },
        "fieldnormTable": (0..=255u8).map(FieldNormReader::id_to_fieldnorm).collect::<Vec<u32>>(),
        "analyzers": analyzers,
        "values": lists.values(),
        "sections": lists.sections,
        "langRuns": lang_runs(documents, &lists.langs),
        "docShards": doc_shard_list,
        "textShards": text_shard_list,
        "facets": "facets",
        "labels": labels(config),
    });
    files.push((format!("{STATIC_DIR}/manifest.js"), script("manifest", &manifest)));
    Ok(files)
}

/// The term shards of one analyzer (`ranges` of its sorted terms) and their positions, `groups` term
/// shards to a positions file: the files and the manifest's shard list.
fn term_shards(
    analyzer: Analyzer,
    terms: &[TermEntry],
    ranges: &[std::ops::Range<usize>],
    groups: usize,
) -> (Vec<(String, Vec<u8>)>, Vec<Value>) {
    let field_data = |f: &Option<FieldPostings>, pick: fn(&FieldPostings) -> &Vec<u8>| match f {
        Some(data) => Value::from(base64(pick(data))),
        None => Value::Null,
    };
    let (mut files, mut shard_list) = (Vec::new(), Vec::new());
    for (g, group) in ranges.chunks(groups).enumerate() {
        let positions_name = format!("pos-{}-{g:02}", analyzer.name());
        let mut position_rows = Vec::new();
        for (k, range) in group.iter().enumerate() {
            let n = g * groups + k;
            let name = format!("terms-{}-{n:02}", analyzer.name());
            let slice = &terms[range.clone()];
            let term_rows: Vec<Value> = slice
                .iter()
                .map(|e| {
                    let mut row = vec![Value::from(e.term.clone()), Value::from(e.df_total())];
                    row.extend(e.fields.iter().map(|f| field_data(f, |d| &d.postings)));
                    Value::Array(row)
                })
                .collect();
            files.push((format!("{STATIC_DIR}/{name}.js"), script(&name, &json!({ "terms": term_rows }))));
            let (first, last) = (&slice[0].term, &slice[slice.len() - 1].term);
            shard_list.push(json!({
                "name": name, "first": first, "last": last,
                "positions": positions_name, "positionsFirst": position_rows.len(),
            }));
            position_rows.extend(
                slice.iter().map(|e| Value::Array(e.fields.iter().map(|f| field_data(f, |d| &d.positions)).collect())),
            );
        }
        files.push((
            format!("{STATIC_DIR}/{positions_name}.js"),
            script(&positions_name, &json!({ "positions": position_rows })),
        ));
    }
    (files, shard_list)
}

/// The languages of the documents as runs `[langIndex, count]` in doc id order: one run per language,
/// since `search_documents` groups the documents by language.
fn lang_runs(documents: &[SearchDocument], langs: &[&str]) -> Value {
    let mut runs: Vec<(Value, usize)> = Vec::new();
    for d in documents {
        let lang = langs.iter().position(|l| *l == d.lang).map_or(Value::Null, Value::from);
        match runs.last_mut() {
            Some((last, count)) if *last == lang => *count += 1,
            _ => runs.push((lang, 1)),
        }
    }
    Value::Array(runs.into_iter().map(|(lang, count)| json!([lang, count])).collect())
}

/// Splits per-document rows into shards of about `target` bytes, at most `max_shards`.
fn row_shards(prefix: &str, rows: &[Value], max_shards: usize, target: usize) -> (Vec<(String, Vec<u8>)>, Vec<Value>) {
    let total: usize = rows.iter().map(|r| r.to_string().len()).sum();
    let shards = total.div_ceil(target).clamp(1, max_shards.max(1));
    let per_shard = rows.len().div_ceil(shards).max(1);
    let mut files = Vec::new();
    let mut list = Vec::new();
    for (n, chunk) in rows.chunks(per_shard).enumerate() {
        let name = format!("{prefix}-{n:02}");
        let first = n * per_shard;
        files.push((format!("{STATIC_DIR}/{name}.js"), script(&name, &json!({ "first": first, "rows": chunk }))));
        list.push(json!({ "name": name, "first": first, "count": chunk.len() }));
    }
    (files, list)
}

/// The value lists that rows and facets refer to by index.
struct ValueLists<'a> {
    langs: Vec<&'a str>,
    doc_types: Vec<&'a str>,
    topics: Vec<&'a str>,
    pillars: Vec<&'a str>,
    /// Section titles of the documents, in order of first appearance.
    sections: Vec<&'a str>,
}

impl<'a> ValueLists<'a> {
    fn new(documents: &'a [SearchDocument], config: &'a Config) -> ValueLists<'a> {
        let vocab = &config.vocabularies;
        let mut sections: Vec<&str> = Vec::new();
        for d in documents {
            if !sections.contains(&d.section.as_str()) {
                sections.push(&d.section);
            }
        }
        ValueLists {
            langs: config.language_codes().collect(),
            doc_types: vocab.doc_types.keys().collect(),
            topics: vocab.topics.keys().collect(),
            pillars: vocab.pillars.keys().collect(),
            sections,
        }
    }

    fn values(&self) -> Value {
        json!({ "lang": self.langs, "doc_type": self.doc_types, "topic": self.topics, "pillar": self.pillars })
    }

    /// `[key, url, title, section, docType, date]`: `key` is `""` when it is the URL without its slashes
    /// and language folder (the client derives it), `section` and `docType` are indexes (or the text
    /// itself when it is in no list).
    fn doc_row(&self, d: &SearchDocument) -> Value {
        let key = d.id.split_once(':').map_or(d.id.as_str(), |(_, key)| key);
        let key = if derived_key(&d.url, &d.lang) == key { "" } else { key };
        let index =
            |list: &[&str], value: &str| list.iter().position(|v| *v == value).map_or(Value::from(value), Value::from);
        json!([
            key,
            d.url,
            d.title,
            index(&self.sections, &d.section),
            index(&self.doc_types, &d.doc_type),
            d.date.clone().unwrap_or_default()
        ])
    }

    /// Facet values of every document, as indexes into the value lists of the manifest.
    fn facets(&self, documents: &[SearchDocument]) -> Value {
        let position =
            |list: &[&str], value: &str| list.iter().position(|v| *v == value).map_or(Value::Null, Value::from);
        let docs: Vec<Value> = documents
            .iter()
            .map(|d| {
                json!([
                    position(&self.doc_types, &d.doc_type),
                    d.year.unwrap_or(0),
                    d.topics.iter().map(|t| position(&self.topics, t)).collect::<Vec<_>>(),
                    d.pillars.iter().map(|p| position(&self.pillars, p)).collect::<Vec<_>>(),
                ])
            })
            .collect();
        json!({ "docs": docs })
    }
}

/// The document key the client derives from a URL: without the trailing slash and a leading
/// `<lang>/` folder (`en/conventions/tehran/` → `conventions/tehran`).
fn derived_key<'u>(url: &'u str, lang: &str) -> &'u str {
    let url = url.strip_suffix('/').unwrap_or(url);
    url.strip_prefix(lang).and_then(|rest| rest.strip_prefix('/')).unwrap_or(url)
}

/// Labels of facet values in every language of the site.
fn labels(config: &Config) -> Value {
    let vocab = &config.vocabularies;
    let langs: Vec<&str> = config.language_codes().collect();
    let table = |keys: Vec<&str>, label: &dyn Fn(&str, &str) -> String| -> Value {
        let mut map = serde_json::Map::new();
        for key in keys {
            let per_lang: serde_json::Map<String, Value> =
                langs.iter().map(|l| (l.to_string(), Value::from(label(key, l)))).collect();
            map.insert(key.to_string(), Value::Object(per_lang));
        }
        Value::Object(map)
    };
    json!({
        "lang": table(langs.clone(), &|key, _| config.language_label(key).to_string()),
        "doc_type": table(vocab.doc_types.keys().collect(), &|key, lang| vocab.doc_types.label(key, lang).to_string()),
        "topic": table(vocab.topics.keys().collect(), &|key, lang| vocab.topics.label(key, lang).to_string()),
        "pillar": table(vocab.pillars.keys().collect(), &|key, lang| vocab.pillars.label(key, lang).to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_are_leb128() {
        let mut out = Vec::new();
        for v in [0, 1, 127, 128, 300, 16384] {
            push_varint(&mut out, v);
        }
        assert_eq!(out, [0, 1, 127, 0x80, 1, 0xac, 2, 0x80, 0x80, 1]);
    }

    fn entry(term: &str, size: usize) -> TermEntry {
        let data = FieldPostings { postings: vec![0; size], positions: Vec::new(), df: 1 };
        TermEntry { term: term.to_string(), fields: [None, None, None, Some(data)] }
    }

    #[test]
    fn keys_are_derived_from_urls() {
        for (url, lang, key) in [
            ("conventions/tehran/", "ru", "conventions/tehran"),
            ("en/conventions/tehran/", "en", "conventions/tehran"),
            ("rules/x/", "ru", "rules/x"),
            ("", "ru", ""),
        ] {
            assert_eq!(derived_key(url, lang), key, "{url}");
        }
    }

    #[test]
    fn shards_never_split_a_two_letter_prefix() {
        let terms = vec![
            entry("аа", 90),
            entry("аб", 90),
            entry("абв", 90),
            entry("абг", 90),
            entry("ва", 90),
            entry("вб", 90),
        ];
        let ranges = partition(&terms, 3);
        for range in &ranges {
            if range.start > 0 {
                let before: String = terms[range.start - 1].term.chars().take(2).collect();
                let first: String = terms[range.start].term.chars().take(2).collect();
                assert_ne!(before, first, "{ranges:?}");
            }
        }
        assert!(ranges.len() >= 2, "{ranges:?}");
        assert_eq!(ranges.last().map(|r| r.end), Some(terms.len()));
    }
}
