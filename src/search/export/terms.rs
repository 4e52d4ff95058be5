//! Term files of the static index: each analyzer's vocabulary in small dictionary shards (front-coded
//! terms, document frequencies, short posting lists inline), the long posting and position lists in blob
//! files of their own, and for every prefix whose terms run past its shard the prefix's most frequent
//! terms, so that expanding a prefix never loads more than one dictionary shard.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde_json::{json, Value};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::Postings;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, TERMINATED};

use super::blobs::Blobs;
use super::files::{json_size, DataFile};
use crate::search::analyzer::Analyzer;
use crate::search::index::{IndexError, SearchIndex, FIELD_COUNT, TEXT_FIELDS};
use crate::search::query::{typo_vocabulary, MAX_PREFIX_TERMS, TYPO_VOCABULARY};

/// Bytes a postings blob file holds before compression: a query loads whole files for the lists it needs,
/// so they are small; a list longer than a piece spans several files.
const POSTINGS_FILE_BYTES: usize = 16 * 1024;
/// Positions serve phrases only: larger files, fewer of them. Position deltas hardly compress, and base64
/// adds a third, so 44 KB of them make a file of at most about 60 KB: no file a query loads passes 64 KB.
const POSITIONS_FILE_BYTES: usize = 44 * 1024;
/// Prefixes up to this many characters get `tops`. Every prefix of a shard's first term would do, but a
/// hostile 20,000-letter word made that quadratic (seconds of export, megabytes of shard); a longer prefix
/// that runs past its shard is left to the client, which then reads on into the next shards.
pub const MAX_TOPS_PREFIX_CHARS: usize = 24;
/// Terms of the typo vocabulary per file.
const TYPO_TERMS_PER_FILE: usize = 4096;
/// One term's data in one field.
#[derive(Default)]
pub struct FieldPostings {
    postings: Vec<u8>,
    positions: Vec<u8>,
    df: u64,
}

/// A term with its postings in each text field.
pub struct TermEntry {
    term: String,
    fields: [Option<FieldPostings>; FIELD_COUNT],
}

impl TermEntry {
    fn df_total(&self) -> u64 {
        self.fields.iter().flatten().map(|f| f.df).sum()
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

/// One analyzer's vocabulary with postings, read from the index (a single segment), and the average
/// length of each field.
pub fn read_terms(index: &SearchIndex, analyzer: Analyzer) -> Result<(Vec<TermEntry>, Vec<f64>), IndexError> {
    let searcher = index.index.reader()?.searcher();
    let num_docs = searcher.num_docs().max(1);
    let per_field: Vec<(Vec<(String, FieldPostings)>, f64)> = TEXT_FIELDS
        .par_iter()
        .map(|name| read_field(index, &searcher, analyzer, name, num_docs))
        .collect::<Result<_, IndexError>>()?;
    let mut terms: BTreeMap<String, [Option<FieldPostings>; FIELD_COUNT]> = BTreeMap::new();
    let mut averages = Vec::new();
    for (f, (postings, average)) in per_field.into_iter().enumerate() {
        averages.push(average);
        for (term, data) in postings {
            terms.entry(term).or_default()[f] = Some(data);
        }
    }
    Ok((terms.into_iter().map(|(term, fields)| TermEntry { term, fields }).collect(), averages))
}

/// One field's postings by term (doc delta, tf, fieldnorm id as varints; positions as deltas), and its
/// average field length as tantivy's BM25 computes it (in f32).
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

/// A row of values without its trailing nulls (a term is absent from most fields).
fn trimmed(mut values: Vec<Value>) -> Vec<Value> {
    while values.last().is_some_and(Value::is_null) {
        values.pop();
    }
    values
}

/// Length, in UTF-16 code units (JavaScript string indexes), of the common prefix of two terms.
fn shared_units(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).map(|(c, _)| c.len_utf16()).sum()
}

/// The term files of one analyzer, and its part of the manifest (the first term of every dictionary shard).
pub struct AnalyzerFiles {
    pub files: Vec<DataFile>,
    pub firsts: Vec<String>,
    /// The analyzer's last term: no lookup past it needs a shard.
    pub last: String,
    /// How many files `y-<an>-<k>` hold the typo vocabulary.
    pub typo_files: usize,
}

/// One analyzer's terms with their lists placed: what every layout of its dictionary shares. Layouts are
/// counted ([`count_term_files`]) until one fits the file budget, and only that one is built.
pub struct PreparedTerms<'t> {
    analyzer: Analyzer,
    terms: &'t [TermEntry],
    /// Per term: its postings and positions per field (inline, or a place in the blob files).
    values: Vec<(Vec<Value>, Vec<Value>)>,
    /// Per term: its row's share of a dictionary shard, and the length of its position row's JSON.
    sizes: Vec<(usize, usize)>,
    postings: Vec<DataFile>,
    /// The positions' blob files so far: the layout adds its shards' position rows.
    positions: Blobs,
    typo: Vec<DataFile>,
}

/// Places one analyzer's lists: short ones inline, long ones in blob files `b-<an>-<k>` (postings) and
/// `q-<an>-<k>` (positions), in term order, so a prefix's long lists lie side by side.
pub fn prepare_terms(analyzer: Analyzer, terms: &[TermEntry]) -> PreparedTerms<'_> {
    let (mut postings, mut positions) = (Blobs::new(POSTINGS_FILE_BYTES), Blobs::new(POSITIONS_FILE_BYTES));
    let mut values: Vec<(Vec<Value>, Vec<Value>)> = Vec::with_capacity(terms.len());
    for entry in terms {
        let p = entry.fields.iter().map(|f| postings.value(f.as_ref().map(|d| d.postings.as_slice()))).collect();
        let q = entry.fields.iter().map(|f| positions.value(f.as_ref().map(|d| d.positions.as_slice()))).collect();
        values.push((trimmed(p), trimmed(q)));
    }
    let sizes = terms
        .iter()
        .zip(&values)
        .map(|(entry, (p, q))| {
            (entry.term.len() + 12 + p.iter().map(|v| json_size(v) + 1).sum::<usize>(), array_size(q))
        })
        .collect();
    let an = analyzer.name();
    let (postings, typo) = (postings.into_files(&format!("b-{an}")), typo_files(an, terms));
    PreparedTerms { analyzer, terms, values, sizes, postings, positions, typo }
}

/// The length of a JSON array of `values`, as serde_json writes it: `[a,b]`.
fn array_size(values: &[Value]) -> usize {
    joined_size(values.iter().map(json_size))
}

/// The length of a JSON array whose items have these lengths.
fn joined_size(lengths: impl ExactSizeIterator<Item = usize>) -> usize {
    let commas = lengths.len().saturating_sub(1);
    2 + lengths.sum::<usize>() + commas
}

/// How many term files [`term_files`] makes of `prepared` at `dict_target`, without making them.
pub fn count_term_files(prepared: &PreparedTerms<'_>, dict_target: usize) -> usize {
    let ranges = partition(&prepared.sizes, dict_target);
    let mut positions = prepared.positions.layout.clone();
    for range in &ranges {
        positions.place(joined_size(prepared.sizes[range.clone()].iter().map(|&(_, q)| q)));
    }
    ranges.len() + prepared.postings.len() + positions.files() + prepared.typo.len()
}

/// Lays out prepared terms in dictionary shards `t-<an>-<n>` of about `dict_target` bytes, each with its
/// position rows in the `q` files: every term file of the analyzer.
pub fn term_files(prepared: PreparedTerms<'_>, dict_target: usize) -> AnalyzerFiles {
    let (terms, values) = (prepared.terms, &prepared.values);
    let an = prepared.analyzer.name();
    let mut positions = prepared.positions;
    let ranges = partition(&prepared.sizes, dict_target);
    let firsts: Vec<String> = ranges.iter().map(|r| terms[r.start].term.clone()).collect();
    let mut tops = prefix_tops(terms, values, &firsts);
    let mut files = Vec::new();
    for (n, range) in ranges.iter().enumerate() {
        let mut coder = FrontCoder::default();
        let mut rows = Vec::with_capacity(range.len());
        for i in range.clone() {
            let mut row = coder.row(&terms[i].term, terms[i].df_total());
            row.extend(values[i].0.iter().cloned());
            rows.push(Value::Array(row));
        }
        // The shard's position rows are a list in the positions' blob files themselves: phrases alone
        // need them, and a file per shard would take file slots that result rows and text need more.
        let position_rows: Vec<Value> = range.clone().map(|i| Value::Array(values[i].1.clone())).collect();
        let positions_ref = positions.push(Value::Array(position_rows).to_string().as_bytes());
        let mut data = json!({ "terms": rows, "positions": positions_ref });
        if let Some(t) = tops.remove(&n) {
            data["tops"] = Value::Object(t);
        }
        files.push(DataFile::new(format!("t-{an}-{n}"), data));
    }
    files.extend(prepared.postings);
    files.extend(positions.into_files(&format!("q-{an}")));
    let typo_files = prepared.typo.len();
    files.extend(prepared.typo);
    let last = terms.last().map(|t| t.term.clone()).unwrap_or_default();
    AnalyzerFiles { files, firsts, last, typo_files }
}

/// The typo vocabulary (the terms a typo may be corrected to, `query::typo_vocabulary`) in term order, as
/// files `y-<an>-<k>` of front-coded rows `[shared, suffix, dfTotal]`: a typo loads them all, a fixed amount.
fn typo_files(an: &str, terms: &[TermEntry]) -> Vec<DataFile> {
    let all: BTreeMap<String, u64> = terms.iter().map(|t| (t.term.clone(), t.df_total())).collect();
    let typo: Vec<(String, u64)> = typo_vocabulary(&all, TYPO_VOCABULARY).into_iter().collect();
    typo.chunks(TYPO_TERMS_PER_FILE)
        .enumerate()
        .map(|(k, chunk)| {
            let mut coder = FrontCoder::default();
            let rows: Vec<Value> = chunk.iter().map(|(term, df)| Value::Array(coder.row(term, *df))).collect();
            DataFile::new(format!("y-{an}-{k}"), json!({ "terms": rows }))
        })
        .collect()
}

/// Front coding of terms in order (dictionary shards and the typo vocabulary, decoded by the client's
/// `decodeTermRows`): each term as what it shares with the one before and the rest.
#[derive(Default)]
struct FrontCoder {
    previous: String,
}

impl FrontCoder {
    /// The start of a row: `[shared, suffix, dfTotal]`, `shared` in UTF-16 code units (JavaScript indexes).
    fn row(&mut self, term: &str, df_total: u64) -> Vec<Value> {
        let shared = shared_units(&self.previous, term);
        term.clone_into(&mut self.previous);
        vec![Value::from(shared), Value::from(suffix_after(term, shared)), Value::from(df_total)]
    }
}

/// The rest of `term` after its first `shared` UTF-16 code units.
fn suffix_after(term: &str, shared: usize) -> String {
    String::from_utf16_lossy(&term.encode_utf16().skip(shared).collect::<Vec<u16>>())
}

/// Consecutive ranges of terms of about `target` bytes of dictionary each (`sizes`: each term's share and
/// its position row's length).
fn partition(sizes: &[(usize, usize)], target: usize) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, &(bytes, _)) in sizes.iter().enumerate() {
        if i > start && size + bytes > target {
            ranges.push(start..i);
            start = i;
            size = 0;
        }
        size += bytes;
    }
    if start < sizes.len() {
        ranges.push(start..sizes.len());
    }
    ranges
}

/// For every prefix of at most [`MAX_TOPS_PREFIX_CHARS`] characters whose terms run past the shard it would
/// be looked up in (exactly the proper prefixes, of two or more characters, of some shard's first term), its `MAX_PREFIX_TERMS + 1` most frequent terms
/// as full rows `[term, df, p0, …]` (most frequent first, ties by term): by the shard that holds them.
fn prefix_tops(
    terms: &[TermEntry],
    values: &[(Vec<Value>, Vec<Value>)],
    firsts: &[String],
) -> BTreeMap<usize, serde_json::Map<String, Value>> {
    let mut out: BTreeMap<usize, serde_json::Map<String, Value>> = BTreeMap::new();
    for first in firsts.iter().skip(1) {
        let chars: Vec<char> = first.chars().collect();
        for len in 2..chars.len().min(MAX_TOPS_PREFIX_CHARS + 1) {
            let prefix: String = chars[..len].iter().collect();
            // The shard a lookup of `prefix` loads: the last whose first term is <= prefix.
            let owner = firsts.partition_point(|f| f.as_str() <= prefix.as_str()).saturating_sub(1);
            let slot = out.entry(owner).or_default();
            if slot.contains_key(&prefix) {
                continue;
            }
            let start = terms.partition_point(|t| t.term.as_str() < prefix.as_str());
            let mut group: Vec<usize> =
                (start..terms.len()).take_while(|&i| terms[i].term.starts_with(prefix.as_str())).collect();
            group.sort_by(|&a, &b| {
                terms[b].df_total().cmp(&terms[a].df_total()).then(terms[a].term.cmp(&terms[b].term))
            });
            group.truncate(MAX_PREFIX_TERMS + 1);
            let rows: Vec<Value> = group
                .into_iter()
                .map(|i| {
                    let mut row = vec![Value::from(terms[i].term.clone()), Value::from(terms[i].df_total())];
                    row.extend(values[i].0.iter().cloned());
                    Value::Array(row)
                })
                .collect();
            slot.insert(prefix, Value::Array(rows));
        }
    }
    out
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

    #[test]
    fn shared_prefixes_count_utf16_units() {
        assert_eq!(shared_units("вода", "водн"), 3);
        assert_eq!(shared_units("a😀b", "a😀c"), 3);
        assert_eq!(shared_units("", "x"), 0);
    }

    #[test]
    fn counted_layouts_are_the_layouts_made() {
        let entry = |n: usize| {
            let data =
                |len: usize| FieldPostings { postings: vec![1; len], positions: vec![2; len * 3], df: len as u64 };
            TermEntry {
                term: format!("term{n:05}"),
                fields: [Some(data(n % 700 + 1)), None, Some(data(3)), None, None],
            }
        };
        let terms: Vec<TermEntry> = (0..3_000).map(entry).collect();
        for target in [300, 2_000, 12 * 1024, 100_000] {
            let counted = count_term_files(&prepare_terms(Analyzer::Russian, &terms), target);
            let made = term_files(prepare_terms(Analyzer::Russian, &terms), target).files.len();
            assert_eq!(counted, made, "dictionary target {target}");
        }
    }
}
