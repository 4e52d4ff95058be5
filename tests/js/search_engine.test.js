// Unit tests for the browser search client (analyzer.js, engine.js, ui.js helpers): node --test tests/js/
//
// The BM25 expectations are computed here by hand from docs/search-index.md over the hand-made index in
// fixtures/search/ (see the comments in its manifest.js and term shards), in 64-bit floats; the engine
// computes in 32-bit floats as tantivy does, so they agree to about 1e-7 relative.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const path = require('path');

const JS_DIR = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search');
const FIXTURE = path.join(__dirname, 'fixtures', 'search');

// The theme's sources, run as a page runs them (every part of the bundle, the interface too).
const { clientParts, loadSources } = require('./load_client.js');
const engine = loadSources();
const ui = engine.ui;
const { stemRu } = require(path.join(JS_DIR, 'stem-ru.js'));
const { stemEn } = require(path.join(JS_DIR, 'stem-en.js'));

// The fixture's Kazakh vocabulary holds only Latin and digit terms, which the kk analyzer sends to the
// English stemmer; any Kazakh stemmer gives the same results on it. Until stem-kk.js exists, a stand-in.
if (typeof engine.stemKk !== 'function') engine.stemKk = (w) => w;
if (typeof engine.foldKk !== 'function') engine.foldKk = (w) => w;

function useFixture() {
  engine.reset();
  engine.loader = engine.nodeLoader(FIXTURE);
}

// ---------------------------------------------------------------------------------------------------
// Hand computation (docs/search-index.md §Query semantics 4)
// ---------------------------------------------------------------------------------------------------

const N = 5;
const K1 = 1.2;
const B = 0.75;
const idf = (df) => Math.log(1 + (N - df + 0.5) / (df + 0.5));
const bm25 = (idfValue, tf, len, avg) => (idfValue * (1 + K1) * tf) / (tf + K1 * (1 - B + (B * len) / avg));
// avgFieldnorm of the fixture: ru [1.8, 3.8, 0.4, 9.6], kk [0.4, 0, 0, 1.2]; boosts [3, 1.5, 1.5, 1].
const RU = { title: 1.8, summary: 3.8, body: 9.6 };
const KK = { body: 1.2 };

function assertClose(actual, expected, what) {
  const tolerance = 1e-5 * Math.max(Math.abs(expected), 1e-9);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} != ${expected}`);
}

function ids(result) {
  return result.hits.map((h) => h.id);
}

// ---------------------------------------------------------------------------------------------------
// Tokenizer and normalization (parity with src/search/analyzer.rs)
// ---------------------------------------------------------------------------------------------------

function terms(text, analyzer) {
  return engine.analyze(text, analyzer || 'ru').map((t) => t.term);
}

test('tokenizer: Russian inflections share a stem (analyzer.rs russian_inflections_share_a_stem)', () => {
  assert.deepStrictEqual(terms('конвенция конвенции конвенцией конвенциям'), ['конвенц', 'конвенц', 'конвенц', 'конвенц']);
});

test('tokenizer: ё is folded before stemming, й is not', () => {
  assert.deepStrictEqual(terms('ёлками елками'), ['елк', 'елк']);
  assert.deepStrictEqual(terms('ЁЛКАМИ'), ['елк']);
  assert.ok(engine.normalizeToken('йодом', 'ru').startsWith('й'));
});

test('tokenizer: Latin and numbers survive in Russian text', () => {
  assert.deepStrictEqual(terms('Отчёт EITI и NCOC по ISO 14001 (2006)'), ['отчет', 'eiti', 'и', 'ncoc', 'по', 'iso', '14001', '2006']);
});

test('tokenizer: English is stemmed', () => {
  assert.deepStrictEqual(terms('Conventions protocols spills'), ['convent', 'protocol', 'spill']);
});

test('tokenizer: stress marks do not split words, and are dropped', () => {
  assert.deepStrictEqual(terms('конве\u0301нция'), ['конвенц']);
  assert.deepStrictEqual(engine.rawTokens('конве\u0301нция'), [[0, 10]]);
  // A mark right after a word belongs to it; a mark with no word before it is no token.
  assert.deepStrictEqual(engine.rawTokens('да\u0301 \u0301 нет'), [[0, 3], [6, 9]]);
});

test('tokenizer: positions and UTF-16 offsets (analyzer.rs positions_and_offsets)', () => {
  const tokens = engine.analyze('Тегеран, 2003-11-04', 'ru');
  assert.strictEqual(tokens.length, 4);
  assert.deepStrictEqual([tokens[1].position, tokens[1].from, tokens[1].to], [1, 'Тегеран, '.length, 'Тегеран, 2003'.length]);
  assert.deepStrictEqual(terms('Тегеран, 2003-11-04'), [stemRu('тегеран'), '2003', '11', '04']);
});

test('tokenizer: separators and other scripts as Rust char::is_alphanumeric sees them', () => {
  const words = (text) => engine.rawTokens(text).map(([a, b]) => text.slice(a, b));
  assert.deepStrictEqual(words('snake_case, it\'s co-op «кавычки» №5 ½ ٣'), ['snake', 'case', 'it', 's', 'co', 'op', 'кавычки', '5', '½', '٣']);
  // Astral letters are one character of two code units.
  assert.deepStrictEqual(engine.rawTokens('𝐀𝐁 x'), [[0, 4], [5, 6]]);
  // Kazakh letters are Cyrillic letters.
  assert.deepStrictEqual(words('қоғамдық тыңдаулар'), ['қоғамдық', 'тыңдаулар']);
  assert.deepStrictEqual(engine.rawTokens(''), []);
  assert.deepStrictEqual(engine.rawTokens(' ,.- '), []);
});

test('normalization: lowercasing is per character (no final sigma), digits stay', () => {
  assert.strictEqual(engine.normalizeToken('ΟΣ', 'ru'), stemEn('οσ'));
  assert.strictEqual(engine.normalizeToken('14001', 'ru'), '14001');
  assert.strictEqual(engine.normalizeToken('14001', 'kk'), '14001');
  assert.strictEqual(engine.normalizeToken('NCOC', 'kk'), 'ncoc');
  assert.strictEqual(engine.normalizeToken('Spills', 'kk'), 'spill');
});

test('normalization: Cyrillic goes through the Kazakh stemmer and fold for kk', () => {
  const saved = [engine.stemKk, engine.foldKk];
  try {
    engine.clearTermCache();
    engine.stemKk = (w) => `stem(${w})`;
    engine.foldKk = (w) => `fold(${w})`;
    assert.strictEqual(engine.normalizeToken('Қорғау', 'kk'), 'fold(stem(қорғау))');
    assert.strictEqual(engine.normalizeToken('Ёлка', 'kk'), 'fold(stem(ёлка))', 'no ё folding for kk');
    assert.strictEqual(engine.normalizeToken('конвенция', 'ru'), 'конвенц');
  } finally {
    [engine.stemKk, engine.foldKk] = saved;
    engine.clearTermCache();
  }
});

// ---------------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------------

test('base64 and LEB128 varints', () => {
  assert.deepStrictEqual(Array.from(engine.decodeBase64('AQILAwEK')), [1, 2, 11, 3, 1, 10]);
  assert.deepStrictEqual(Array.from(engine.decodeBase64('AAI=')), [0, 2]);
  assert.deepStrictEqual(Array.from(engine.decodeBase64('BA==')), [4]);
  assert.deepStrictEqual(Array.from(engine.decodeBase64('')), []);
  // [0, 1, 127, 128, 300, 16384] as in export.rs varints_are_leb128
  const bytes = Uint8Array.from([0, 1, 127, 0x80, 1, 0xac, 2, 0x80, 0x80, 1]);
  assert.deepStrictEqual(engine.decodeVarints(bytes), [0, 1, 127, 128, 300, 16384]);
  assert.deepStrictEqual(engine.decodeVarints(engine.decodeBase64(Buffer.from(bytes).toString('base64'))), [0, 1, 127, 128, 300, 16384]);
  // Beyond 32 bits does not wrap.
  assert.deepStrictEqual(engine.decodeVarints(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x10])), [2 ** 32]);
  assert.throws(() => engine.decodeVarints(Uint8Array.from([0x80])), /truncated/);
  assert.throws(() => engine.decodeBase64('A*=='), /base64/);
});

test('posting lists and positions', () => {
  // нефт, body: (doc 1, tf 2, norm 11), (doc 4, tf 1, norm 10); positions [1, 6], [0]
  const postings = engine.decodePostings('AQILAwEK');
  assert.deepStrictEqual([postings.docs, postings.tfs, postings.norms], [[1, 4], [2, 1], [11, 10]]);
  assert.deepStrictEqual(engine.decodePositions('AQUA', postings.tfs), [[1, 6], [0]]);
  assert.throws(() => engine.decodePostings('AQI='), /corrupt/);
  assert.throws(() => engine.decodePositions('AQ==', postings.tfs), /shorter/);
});

// ---------------------------------------------------------------------------------------------------
// Query parsing (parse_query)
// ---------------------------------------------------------------------------------------------------

test('parse: words, phrases and exclusions (query.rs parses_words_phrases_and_exclusions)', () => {
  const q = engine.parseQuery('нефть "разлив нефти" -Каспий -"общественные слушания" конв', true);
  assert.deepStrictEqual(q.words, ['нефть', 'конв']);
  assert.deepStrictEqual(q.phrases, [['разлив', 'нефти']]);
  assert.deepStrictEqual(q.excluded, [['Каспий'], ['общественные', 'слушания']]);
  assert.strictEqual(q.typing, true);
  assert.strictEqual(engine.parseQuery('нефть ', true).typing, false);
});

test('parse: edge cases', () => {
  const p = (s, typing) => engine.parseQuery(s, typing);
  assert.strictEqual(p('нефть', false).typing, false, 'typing only when asked');
  assert.strictEqual(p('нефть "разлив нефти"', true).typing, false, 'a closing quote ends typing');
  assert.strictEqual(p('нефть "разлив нефти"  ', true).typing, false);
  assert.strictEqual(p('"разлив нефти', true).typing, false, 'no words: nothing is being typed');
  assert.deepStrictEqual(p('"разлив нефти', true).phrases, [['разлив', 'нефти']], 'an unclosed quote runs to the end');
  assert.deepStrictEqual(p('"нефть"', false).words, ['нефть'], 'a quoted single word is a word');
  assert.deepStrictEqual(p('foo-bar', false).words, ['foo', 'bar']);
  assert.deepStrictEqual(p('-foo-bar', false).excluded, [['foo', 'bar']], 'an excluded chunk of two words is a phrase');
  assert.deepStrictEqual(p('- нефть', false), { words: ['нефть'], phrases: [], excluded: [], typing: false });
  assert.deepStrictEqual(p('  ', true), { words: [], phrases: [], excluded: [], typing: false });
  assert.deepStrictEqual(p('a"b c"', false).words, ['a', 'b', 'c'], 'a quote inside a chunk is no phrase');
  // White space is Unicode White_Space (Rust), not JavaScript's \s.
  assert.strictEqual(p('нефть\u00a0', true).typing, false);
  assert.strictEqual(p('нефть\u0085', true).typing, false);
  assert.strictEqual(p('нефть\ufeff', true).typing, true, 'U+FEFF is no white space for Rust');
  assert.deepStrictEqual(p('нефть\u3000газ', false).words, ['нефть', 'газ']);
});

test('parse: long queries are cut to their first 256 characters (query.rs, same test)', () => {
  // Words of 60 letters (a token has at most 64): 256 characters hold four and 12 letters of a fifth.
  const words = engine.parseQuery(('а'.repeat(60) + ' ').repeat(26), true).words;
  assert.deepStrictEqual(words, [...Array(4).fill('а'.repeat(60)), 'а'.repeat(12)]);
  assert.strictEqual(engine.truncateChars('😀é😀', 2), '😀é', 'code points, as Rust chars, not UTF-16 units');
  assert.strictEqual(engine.truncateChars('ab', 5), 'ab');
  assert.deepStrictEqual(engine.parseQuery('ab cd', false, { maxChars: 4 }).words, ['ab', 'c'], 'the manifest sets the cap');
});

test('parse: queries keep their first 32 words of every kind (query.rs, same test)', () => {
  const many = Array.from({ length: 40 }, (_, i) => 'w' + i);
  const q = engine.parseQuery(many.join(' '), true);
  assert.deepStrictEqual(q.words, many.slice(0, 32));
  assert.strictEqual(q.typing, false, 'the last word kept was complete');
  const words = Array(30).fill('x').join(' ');
  const cut = engine.parseQuery(words + ' "a b c" -d e', true);
  assert.strictEqual(cut.words.length, 30);
  assert.deepStrictEqual(cut.phrases, [['a', 'b']]);
  assert.deepStrictEqual(cut.excluded, []);
  assert.strictEqual(cut.typing, false);
  assert.strictEqual(engine.parseQuery(words + ' y "a b"', false).words.length, 32, 'a phrase cut to one word is a word');
  assert.strictEqual(engine.parseQuery(words + ' y z', true).typing, true, '32 words: nothing dropped');
  assert.strictEqual(engine.parseQuery('a b c', true, { maxWords: 2 }).words.length, 2, 'the manifest sets the cap');
});

test('one edit distance (query.rs one_edit_distance)', () => {
  for (const [a, b, expected] of [
    ['конвенц', 'конвенц', false],
    ['конвенц', 'канвенц', true],
    ['конвенц', 'конвнец', true],
    ['конвенц', 'конвец', true],
    ['конвенц', 'конвенцй', true],
    ['конвенц', 'кновенц', true],
    ['конвенц', 'конвенции', false],
    ['abc', 'bca', false],
    ['разлв', 'разл', true],
    ['разлв', 'разлив', true],
    ['ab', 'ba', true],
    ['a', '', true],
    ['', '', false],
  ]) {
    assert.strictEqual(engine.isOneEditAway(a, b), expected, `${a} ~ ${b}`);
  }
});

// ---------------------------------------------------------------------------------------------------
// Expansion (Vocabulary::expand, typo_candidates)
// ---------------------------------------------------------------------------------------------------

test('expansion: exact stem; prefixes by dfTotal (capped at maxPrefixTerms, 2 in the fixture) for a word being typed or no term', async () => {
  useFixture();
  // разлив -> stem разл, a term: a finished word is not expanded by prefix; while typed, it is.
  assert.deepStrictEqual(await engine.expandWord('разлив'), { ru: [['разл', 1]], kk: [] });
  assert.deepStrictEqual(await engine.expandWord('разлив', true), { ru: [['разл', 1], ['разлив', Math.fround(0.6)]], kk: [] });
  // конв: конвенц (dfTotal 4), then the tie конвенцион / конвертац (dfTotal 1) to the smaller term; cap 2.
  assert.deepStrictEqual((await engine.expandWord('конв')).ru, [['конвенц', Math.fround(0.6)], ['конвенцион', Math.fround(0.6)]]);
  // конвенция: exact конвенц; its longer term конвенцион only while the word is typed.
  assert.deepStrictEqual((await engine.expandWord('конвенция')).ru, [['конвенц', 1]]);
  assert.deepStrictEqual((await engine.expandWord('конвенция', true)).ru, [['конвенц', 1], ['конвенцион', Math.fround(0.6)]]);
  // Both analyzers.
  assert.deepStrictEqual(await engine.expandWord('2003'), { ru: [['2003', 1]], kk: [['2003', 1]] });
});

test('expansion: two-letter stems expand only while being typed', async () => {
  useFixture();
  assert.deepStrictEqual((await engine.expandWord('ра', false)).ru, []);
  assert.deepStrictEqual((await engine.expandWord('ра', true)).ru, [['разл', Math.fround(0.6)], ['разлив', Math.fround(0.6)]]);
  assert.deepStrictEqual((await engine.expandWord('ра ', true)).ru, [], 'a trailing space ends typing');
  const r = await engine.search('ра', { typing: true });
  assert.deepStrictEqual(ids(r), ['ru:guides/oil-spill', 'ru:news/oil']);
  assert.strictEqual((await engine.search('ра', { typing: false })).total, 0);
});

test('expansion: typos only for words of 5+ characters with no exact or prefix match in any analyzer', async () => {
  useFixture();
  // разлв: one edit from разл (dfTotal 4) and разлив (dfTotal 1); maxTypoTerms 1 keeps разл.
  assert.deepStrictEqual((await engine.expandWord('разлв')).ru, [['разл', Math.fround(0.4)]]);
  // tehrann: typo candidates in each analyzer.
  assert.deepStrictEqual(await engine.expandWord('tehrann'), { ru: [['tehran', Math.fround(0.4)]], kk: [['tehran', Math.fround(0.4)]] });
  // caspia has a prefix match in ru (caspian): no typo correction anywhere, not even kk's «caspi».
  assert.deepStrictEqual(await engine.expandWord('caspia'), { ru: [['caspian', Math.fround(0.6)]], kk: [] });
  // Four letters: no typo correction (нкфт is one edit from нефт).
  assert.deepStrictEqual(await engine.expandWord('нкфт'), { ru: [], kk: [] });
  // An exact match wins over typos.
  assert.deepStrictEqual((await engine.expandWord('нефти')).ru, [['нефт', 1]]);
});

// ---------------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------------

test('BM25: one word over several fields', async () => {
  useFixture();
  const r = await engine.search('нефть');
  assert.deepStrictEqual(ids(r), ['ru:guides/oil-spill', 'ru:news/oil']);
  assert.strictEqual(r.total, 2);
  // doc 1: title (df 2, tf 1, len 2) ×3 + summary (df 1, tf 1, len 5) ×1.5 + body (df 2, tf 2, len 11) ×1
  assertClose(r.hits[0].score, 3 * bm25(idf(2), 1, 2, RU.title) + 1.5 * bm25(idf(1), 1, 5, RU.summary) + bm25(idf(2), 2, 11, RU.body), 'doc 1'); // 5.5101
  // doc 4: title (df 2, tf 1, len 3) ×3 + body (df 2, tf 1, len 10)
  assertClose(r.hits[1].score, 3 * bm25(idf(2), 1, 3, RU.title) + bm25(idf(2), 1, 10, RU.body), 'doc 4'); // 2.9244
});

test('BM25: exact and prefix expansions with their weights', async () => {
  useFixture();
  const r = await engine.search('конвенция', { typing: true });
  assert.deepStrictEqual(ids(r), ['ru:conventions/tehran', 'ru:guides/oil-spill']);
  // doc 0: конвенц in title, summary, body (df 1, 1, 2) + конвенцион in body (df 1) × 0.6
  const doc0 = 3 * bm25(idf(1), 1, 2, RU.title) + 1.5 * bm25(idf(1), 1, 5, RU.summary) + bm25(idf(2), 1, 15, RU.body);
  assertClose(r.hits[0].score, doc0 + 0.6 * bm25(idf(1), 1, 15, RU.body), 'doc 0'); // 7.2075
  assertClose(r.hits[1].score, bm25(idf(2), 1, 11, RU.body), 'doc 1'); // 0.8262
  // Finished, the word is its exact stem only.
  assertClose((await engine.search('конвенция')).hits[0].score, doc0, 'doc 0, finished word');
});

test('BM25: both analyzers, each with its own statistics; ties and order', async () => {
  useFixture();
  const r = await engine.search('2003');
  assert.deepStrictEqual(ids(r), ['en:conventions/tehran', 'ru:conventions/tehran', 'kk:conventions/tehran']);
  assertClose(r.hits[0].score, bm25(idf(2), 1, 12, RU.body), 'doc 2'); // 0.7942
  assertClose(r.hits[1].score, bm25(idf(2), 1, 15, RU.body), 'doc 0'); // 0.7117
  assertClose(r.hits[2].score, bm25(idf(1), 1, 6, KK.body), 'doc 3 (kk field)'); // 0.5258
});

test('BM25: typo expansions weigh 0.4', async () => {
  useFixture();
  const r = await engine.search('разлв');
  assert.deepStrictEqual(ids(r), ['ru:guides/oil-spill', 'ru:news/oil']);
  assertClose(r.hits[0].score, 0.4 * (3 * bm25(idf(2), 1, 2, RU.title) + bm25(idf(2), 2, 11, RU.body)), 'doc 1'); // 1.4674
  assertClose(r.hits[1].score, 0.4 * (3 * bm25(idf(2), 1, 3, RU.title) + bm25(idf(2), 1, 10, RU.body)), 'doc 4'); // 1.1698
});

test('every word must match; scores add up', async () => {
  useFixture();
  const r = await engine.search('нефть конвенция');
  assert.deepStrictEqual(ids(r), ['ru:guides/oil-spill']);
  const neft = 3 * bm25(idf(2), 1, 2, RU.title) + 1.5 * bm25(idf(1), 1, 5, RU.summary) + bm25(idf(2), 2, 11, RU.body);
  assertClose(r.hits[0].score, neft + bm25(idf(2), 1, 11, RU.body), 'doc 1');
  assert.strictEqual((await engine.search('нефть несуществующееслово')).total, 0, 'a word with no expansion matches nothing');
  assert.strictEqual((await engine.search('')).total, 0);
});

// ---------------------------------------------------------------------------------------------------
// Phrases and exclusions
// ---------------------------------------------------------------------------------------------------

test('phrases: adjacent words only, idf summed, tf = occurrences', async () => {
  useFixture();
  const r = await engine.search('"разлив нефти"');
  // doc 4 has both words, not side by side.
  assert.deepStrictEqual(ids(r), ['ru:guides/oil-spill']);
  // title: once (len 2); body: twice (positions 0-1 and 5-6, len 11); idf = idf(разл) + idf(нефт) = 2 idf(2)
  assertClose(r.hits[0].score, 3 * bm25(2 * idf(2), 1, 2, RU.title) + bm25(2 * idf(2), 2, 11, RU.body), 'doc 1'); // 7.3371
  assert.strictEqual((await engine.search('"нефти разлив"')).total, 0, 'order matters');
});

test('phrases: in either analyzer, with a word', async () => {
  useFixture();
  const r = await engine.search('"Tehran conventions"');
  assert.deepStrictEqual(ids(r), ['en:conventions/tehran', 'kk:conventions/tehran']);
  assertClose(r.hits[0].score, 3 * bm25(2 * idf(1), 1, 2, RU.title), 'doc 2, ru title'); // 7.9561
  assertClose(r.hits[1].score, bm25(2 * idf(1), 1, 6, KK.body), 'doc 3, kk body'); // 1.0517
  const both = await engine.search('2003 "Tehran conventions"');
  assert.deepStrictEqual(ids(both), ['en:conventions/tehran', 'kk:conventions/tehran']);
  assertClose(both.hits[0].score, bm25(idf(2), 1, 12, RU.body) + 3 * bm25(2 * idf(1), 1, 2, RU.title), 'word + phrase');
});

test('exclusions: a word (exact stem, no expansion) or a phrase', async () => {
  useFixture();
  assert.deepStrictEqual(ids(await engine.search('нефть -конвенция')), ['ru:news/oil']);
  assert.deepStrictEqual(ids(await engine.search('нефть -разлив')), [], 'both pages have «разлив»');
  assert.deepStrictEqual(ids(await engine.search('нефть -"разлив нефти"')), ['ru:news/oil']);
  // Exclusions are exact: «-конв» does not exclude «конвенция» (stem конв is no term).
  assert.deepStrictEqual(ids(await engine.search('нефть -конв')), ['ru:guides/oil-spill', 'ru:news/oil']);
  // Scores of the remaining pages are unchanged.
  const r = await engine.search('нефть -конвенция');
  assertClose(r.hits[0].score, 3 * bm25(idf(2), 1, 3, RU.title) + bm25(idf(2), 1, 10, RU.body), 'doc 4');
  assert.strictEqual((await engine.search('-нефть')).total, 0, 'exclusions alone match nothing');
});

// ---------------------------------------------------------------------------------------------------
// Filters and facets
// ---------------------------------------------------------------------------------------------------

const facetMap = (list) => Object.fromEntries(list.map((f) => [f.value, f.count]));

test('facets: counts over the matching documents', async () => {
  useFixture();
  const r = await engine.search('нефть', { facets: true });
  assert.deepStrictEqual(r.facets.lang, [{ value: 'ru', count: 2 }]);
  assert.deepStrictEqual(r.facets.doc_type, [{ value: 'guide', count: 1 }, { value: 'news', count: 1 }]);
  assert.deepStrictEqual(r.facets.topic, [{ value: 'oil', count: 2 }]);
  assert.deepStrictEqual(r.facets.pillar, [{ value: 'participation', count: 1 }]);
  assert.deepStrictEqual(r.facets.year, [{ value: '2010', count: 1 }], 'no year, no count');
  const y = await engine.search('2003', { facets: true });
  assert.deepStrictEqual(facetMap(y.facets.lang), { ru: 1, kk: 1, en: 1 });
  assert.deepStrictEqual(y.facets.lang.map((f) => f.value), ['ru', 'kk', 'en'], 'in the manifest order');
  assert.deepStrictEqual((await engine.search('2003')).facets.lang, [], 'no counts unless asked for');
  assert.deepStrictEqual(facetMap(y.facets.topic), { caspian: 3, water: 1 });
});

test('filters: applied after scoring, AND across dimensions, OR within one', async () => {
  useFixture();
  const all = await engine.search('нефть');
  const news = await engine.search('нефть', { filters: { doc_type: 'news' } });
  assert.deepStrictEqual(ids(news), ['ru:news/oil']);
  assert.strictEqual(news.total, 1);
  assert.strictEqual(news.hits[0].score, all.hits[1].score, 'filters never change scores');
  // A dimension's counts ignore its own filter, so its other values stay visible.
  assert.deepStrictEqual(facetMap(news.facets.doc_type), { guide: 1, news: 1 });
  assert.deepStrictEqual(facetMap(news.facets.year), {});
  assert.deepStrictEqual(ids(await engine.search('нефть', { filters: { year: 2010 } })), ['ru:guides/oil-spill']);
  assert.deepStrictEqual(ids(await engine.search('нефть', { filters: { year: ['2010'] } })), ['ru:guides/oil-spill']);
  assert.deepStrictEqual(ids(await engine.search('нефть', { filters: { pillar: 'participation' } })), ['ru:guides/oil-spill']);
  const lang = await engine.search('2003', { filters: { lang: ['kk', 'en'] } });
  assert.deepStrictEqual(ids(lang), ['en:conventions/tehran', 'kk:conventions/tehran']);
  const both = await engine.search('2003', { filters: { lang: ['ru', 'en'], topic: 'water' } });
  assert.deepStrictEqual(ids(both), ['ru:conventions/tehran']);
  assert.deepStrictEqual(facetMap(both.facets.lang), { ru: 1 }, 'lang counts under the topic filter');
  assert.deepStrictEqual(facetMap(both.facets.topic), { caspian: 2, water: 1 }, 'topic counts under the lang filter');
  const none = await engine.search('нефть', { filters: { lang: 'en' } });
  assert.strictEqual(none.total, 0);
  assert.deepStrictEqual(facetMap(none.facets.lang), { ru: 2 });
});

test('limit, preferred language and hit fields', async () => {
  useFixture();
  const r = await engine.search('2003', { limit: 1 });
  assert.strictEqual(r.total, 3);
  assert.strictEqual(r.hits.length, 1);
  const kk = await engine.search('2003', { preferLang: 'kk' });
  assert.deepStrictEqual(ids(kk), ['kk:conventions/tehran', 'en:conventions/tehran', 'ru:conventions/tehran']);
  const hit = (await engine.search('нефть')).hits[1];
  assert.deepStrictEqual(
    { ...hit, score: 0, snippetHtml: '' },
    { docId: 4, id: 'ru:news/oil', score: 0, title: 'Нефть и разлив', url: 'news/oil/', lang: 'ru', docType: 'news', section: 'Новости', date: null, snippetHtml: '' },
  );
  assert.strictEqual((await engine.search('конвенция')).hits[0].date, '2003-11-04');
});

// ---------------------------------------------------------------------------------------------------
// Snippets
// ---------------------------------------------------------------------------------------------------

test('snippets: escaped text, matches in <mark> (query.rs snippets_mark_matches_and_escape)', () => {
  const snippet = engine.makeSnippet('Разлив <b>нефти</b> у берега. Нефть собрали.', 'ru', new Set(['нефт']), 24);
  assert.strictEqual(snippet, 'Разлив &lt;b&gt;<mark>нефти</mark>&lt;/b&gt; у берега. <mark>Нефть</mark> собрали.');
  assert.strictEqual(engine.makeSnippet('ничего', 'ru', new Set(['нефт'])), null);
});

test('snippets: an attack in the text comes out escaped', async () => {
  useFixture();
  const r = await engine.search('нефть');
  const html = r.hits.find((h) => h.id === 'ru:news/oil').snippetHtml;
  assert.strictEqual(html, '<mark>Нефть</mark> &lt;img src=x onerror=alert(1)&gt; разлив &amp; «кавычки», конвертация.');
  assert.ok(!/<img/i.test(html));
  assert.strictEqual(
    r.hits[0].snippetHtml,
    'Разлив <mark>нефти</mark> у берега. Сообщите: разлив <mark>нефти</mark> опасен. Конвенция требует помощи.',
  );
  assert.strictEqual(engine.escapeHtml('<img src=x onerror=alert(1)> & "'), '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;');
});

test('snippets: the summary, escaped, when the text has no match; kk pages use the kk terms', async () => {
  useFixture();
  const r = await engine.search('tehran');
  assert.deepStrictEqual(ids(r), ['en:conventions/tehran', 'kk:conventions/tehran']);
  assert.strictEqual(r.hits[0].snippetHtml, 'The convention protects the Caspian Sea &amp; its shores.');
  assert.strictEqual(r.hits[1].snippetHtml, 'UNEP 2003 жылы, <mark>Tehran</mark> conventions, Caspi');
});

test('snippets: phrase words are marked', async () => {
  useFixture();
  const r = await engine.search('"разлив нефти"');
  assert.strictEqual(r.hits[0].snippetHtml, '<mark>Разлив</mark> <mark>нефти</mark> у берега. Сообщите: <mark>разлив</mark> <mark>нефти</mark> опасен. Конвенция требует помощи.');
});

test('snippets: the window with the most distinct matches, 3 words of context, ellipses', () => {
  const words = Array.from({ length: 60 }, (_, i) => `x${i}`);
  const text = words.join(' ');
  const mark = (i) => `<mark>x${i}</mark>`;
  const expect = (from, to, marks) =>
    (from > 0 ? '…' : '') + words.slice(from, to).map((w, k) => (marks.includes(from + k) ? mark(from + k) : w)).join(' ') + (to < words.length ? '…' : '');
  assert.strictEqual(engine.makeSnippet(text, 'ru', new Set(['x5']), 24), expect(2, 26, [5]));
  assert.strictEqual(engine.makeSnippet(text, 'ru', new Set(['x1']), 24), expect(0, 24, [1]));
  assert.strictEqual(engine.makeSnippet(text, 'ru', new Set(['x58']), 24), expect(36, 60, [58]));
  // Two distinct terms beat one: the first window with x40 and x45 starts at 22; the snippet starts 3
  // words before x40, but no later than 60 - 24.
  assert.strictEqual(engine.makeSnippet(text, 'ru', new Set(['x2', 'x40', 'x45']), 24), expect(36, 60, [40, 45]));
  // More matches break a tie of distinct terms: нефть at 5, 30 and 32; the first window with two of them
  // starts at 9, its first match is 30, so the snippet shows words 27 to 50.
  const words2 = words.slice();
  for (const i of [5, 30, 32]) words2[i] = 'нефть';
  const expected2 = '…' + words2.slice(27, 51).map((w, k) => ([30, 32].includes(27 + k) ? `<mark>${w}</mark>` : w)).join(' ') + '…';
  assert.strictEqual(engine.makeSnippet(words2.join(' '), 'ru', new Set(['нефт']), 24), expected2);
  // White space collapses to single spaces.
  assert.strictEqual(engine.makeSnippet('a\n\n  нефть\tb', 'ru', new Set(['нефт'])), 'a <mark>нефть</mark> b');
});

test('snippets can come later: titles first, then snippets or summaries', async () => {
  useFixture();
  const loaded = [];
  const load = engine.nodeLoader(FIXTURE);
  engine.loader = (name) => (loaded.push(name), load(name));
  const r = await engine.search('нефть', { deferSnippets: true });
  assert.strictEqual(r.hits[0].snippetHtml, '');
  assert.ok(!loaded.some((name) => name.startsWith('text-')), 'no text before the hits are shown');
  const snippets = await r.snippets;
  assert.strictEqual(snippets[0], 'Разлив <mark>нефти</mark> у берега. Сообщите: разлив <mark>нефти</mark> опасен. Конвенция требует помощи.');
  assert.strictEqual(r.hits[0].snippetHtml, snippets[0]);
  const summary = await engine.search('tehran');
  assert.strictEqual(summary.hits[0].snippetHtml, 'The convention protects the Caspian Sea &amp; its shores.', 'the summary when the text has no match');
});

test('query terms for highlighting on a page', async () => {
  useFixture();
  assert.deepStrictEqual([...(await engine.queryTerms('конвенция "разлив нефти" -мор'))].sort(), ['конвенц', 'нефт', 'разл']);
  assert.deepStrictEqual([...(await engine.queryTerms('tehran', { analyzer: 'kk' }))], ['tehran']);
});

// ---------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------

test('loading: register resolves, failures reject and can be retried', async () => {
  engine.reset();
  let calls = 0;
  engine.loader = (name) => {
    calls++;
    if (name === 'later') return new Promise((resolve) => setTimeout(() => (engine.register('later', { ok: 2 }), resolve()), 5));
    if (name === 'silent') return undefined;
    throw new Error(`no file ${name}`);
  };
  engine.register('early', { ok: 1 });
  assert.deepStrictEqual(await engine.load('early'), { ok: 1 });
  const [a, b] = await Promise.all([engine.load('later'), engine.load('later')]);
  assert.deepStrictEqual([a, b, calls], [{ ok: 2 }, { ok: 2 }, 1], 'one load for concurrent requests');
  await assert.rejects(engine.load('silent'), /did not register/);
  await assert.rejects(engine.load('missing'), /no file missing/);
  await assert.rejects(engine.load('missing'), /no file missing/, 'retried, not cached');
  await assert.rejects(engine.search('нефть'), /no file manifest/);
  useFixture();
  assert.strictEqual((await engine.search('нефть')).total, 2, 'works after a failed start');
});

test('loading: only the shards a query needs', async () => {
  engine.reset();
  const loaded = [];
  const load = engine.nodeLoader(FIXTURE);
  engine.loader = (name) => (loaded.push(name), load(name));
  await engine.search('нефть', { limit: 1 });
  // The kk analyzer's terms are Latin, which sort before Cyrillic: no kk shard is needed.
  assert.deepStrictEqual(loaded.sort(), ['manifest', 'r-0', 't-ru-2', 'x-0'], 'facets only when asked for');
  loaded.length = 0;
  await engine.search('нефть', { limit: 1, filters: { lang: 'ru' } });
  assert.deepStrictEqual(loaded.sort(), ['f-0', 'f-1'], 'every facet file for filters');
  loaded.length = 0;
  await engine.search('"разлив нефти"');
  assert.deepStrictEqual(loaded.sort(), ['q-ru-0'], 'positions only for phrases');
  loaded.length = 0;
  await engine.search('2003', { limit: 0 });
  assert.deepStrictEqual(loaded.sort(), ['t-kk-0', 't-ru-0'], 'no docs for no hits');
  loaded.length = 0;
  await engine.search('разлв', { limit: 0 });
  assert.deepStrictEqual(loaded.sort(), ['y-kk-0', 'y-ru-0'], 'typos: the typo vocabularies (the shard of разл is loaded already)');
});

test('loading: words over 24 letters are not corrected for typos, so they load no more shards', async () => {
  engine.reset();
  const loaded = [];
  const load = engine.nodeLoader(FIXTURE);
  engine.loader = (name) => (loaded.push(name), load(name));
  const long = 'разлв' + 'ы'.repeat(20); // 25 letters, no match: its stem's shard only
  assert.strictEqual((await engine.search(long, { limit: 0 })).total, 0);
  assert.deepStrictEqual(loaded.sort(), ['manifest', 't-ru-2']);
  loaded.length = 0;
  await engine.search(long.slice(1), { limit: 0 }); // 24 letters: corrected, every typo vocabulary
  assert.deepStrictEqual(loaded.sort(), ['t-ru-0', 'y-kk-0', 'y-ru-0']);
});

// ---------------------------------------------------------------------------------------------------
// UI helpers (the DOM part is exercised in a browser)
// ---------------------------------------------------------------------------------------------------

test('ui helpers: strings, links, language order', () => {
  assert.strictEqual(ui.format('{n} results for «{q}»', { n: 3, q: '<b>' }), '3 results for «<b>»');
  assert.strictEqual(ui.hitUrl('../../', 'conventions/tehran/', 'нефть & газ'), '../../conventions/tehran/index.html?q=%D0%BD%D0%B5%D1%84%D1%82%D1%8C%20%26%20%D0%B3%D0%B0%D0%B7');
  assert.strictEqual(ui.hitUrl('', 'en/', 'x'), 'en/index.html?q=x');
  assert.strictEqual(ui.normalizeRoot('..'), '../');
  assert.strictEqual(ui.normalizeRoot(''), '');
  assert.strictEqual(ui.normalizeRoot('./'), './');
  const hits = [{ id: 1, lang: 'en' }, { id: 2, lang: 'ru' }, { id: 3, lang: 'kk' }, { id: 4, lang: 'ru' }];
  assert.deepStrictEqual(ui.languageFirst(hits, 'ru').map((h) => h.id), [2, 4, 1, 3]);
  assert.deepStrictEqual(ui.languageFirst(hits, 'fr').map((h) => h.id), [1, 2, 3, 4]);
  assert.strictEqual(ui.queryFromSearch('?q=%D0%BD%D0%B5%D1%84%D1%82%D1%8C+%D0%B3%D0%B0%D0%B7&x=1'), 'нефть газ');
  assert.strictEqual(ui.queryFromSearch('?x=1'), '');
  assert.strictEqual(ui.queryFromSearch('?q=%E0%A4%A'), '', 'a broken escape is no query');
});

test('the bundle has every source, and ui.js loaded alone loads the other parts of the bundle in its order', () => {
  const fs = require('fs');
  const parts = clientParts();
  const sources = fs.readdirSync(JS_DIR).filter((f) => f.endsWith('.js'));
  assert.deepStrictEqual([...parts].sort(), sources.sort(), 'assets.toml bundles every source of js/search/');
  assert.strictEqual(parts[parts.length - 1], 'ui.js', 'the interface\'s start comes last: it finds the engine loaded');
  const ui = fs.readFileSync(path.join(JS_DIR, 'ui.js'), 'utf8');
  const named = (list) => {
    const found = new RegExp(`var ${list} = \\[([^\\]]*)\\]`).exec(ui);
    assert.ok(found, `ui.js names ${list}`);
    return Array.from(found[1].matchAll(/'([^']+)'/g), (m) => `${m[1]}.js`);
  };
  // Loaded alone, ui.js adds the interface's parts at once and the engine's on first use.
  const engineFiles = named('ENGINE_PARTS');
  const uiFiles = named('UI_PARTS');
  assert.deepStrictEqual(engineFiles.concat(uiFiles), parts.slice(0, -1));
  assert.ok(uiFiles.length && uiFiles.every((f) => f.startsWith('ui-')), `the interface's parts: ${uiFiles}`);
});

test('classic scripts: all files share one global namespace in a browser-like context, index files too', async () => {
  const fs = require('fs');
  const vm = require('vm');
  const sandbox = {};
  sandbox.self = sandbox; // the global object, as in a browser
  vm.createContext(sandbox);
  for (const file of clientParts()) {
    const code = fs.readFileSync(path.join(JS_DIR, file), 'utf8');
    const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '');
    assert.ok(!/\b(fetch|XMLHttpRequest|import\s*\(|localStorage|sessionStorage|Worker|WebAssembly)\b/.test(bare), `${file} uses nothing that fails from file://`);
    vm.runInContext(code, sandbox, { filename: file });
  }
  const ns = sandbox.ecolibSearch;
  for (const name of ['stemRu', 'stemEn', 'stemKk', 'foldKk', 'rawTokens', 'normalizeToken', 'analyze', 'register', 'load', 'search']) {
    assert.strictEqual(typeof ns[name], 'function', name);
  }
  assert.strictEqual(typeof ns.ui.init, 'function');
  // The index files are classic scripts too: run them in the same global scope.
  ns.loader = (name) => vm.runInContext(fs.readFileSync(path.join(FIXTURE, name === 'manifest' ? 'manifest.js' : `${name}.fixture.js`), 'utf8'), sandbox);
  const r = await ns.search('нефть');
  assert.strictEqual(JSON.stringify(r.hits.map((h) => h.id)), JSON.stringify(['ru:guides/oil-spill', 'ru:news/oil']));
});
