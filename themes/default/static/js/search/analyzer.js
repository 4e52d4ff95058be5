/*
 * ecolib search: the text analyzer of the browser client.
 *
 * A line-by-line port of src/search/analyzer.rs, so that the browser turns a
 * word into exactly the index term that the Rust build put into the index:
 *
 * - A raw token is a maximal run of letters and digits (Rust
 *   `char::is_alphanumeric`, here /[\p{Alphabetic}\p{N}]/u). Combining
 *   diacritical marks U+0300–U+036F (Russian stress marks) inside or right
 *   after a token belong to it; they never start a token.
 * - A token is normalized by dropping those marks, then lowercasing code point
 *   by code point (Rust `char::to_lowercase`: no final-sigma rule), then:
 *   with any Cyrillic letter (U+0400–U+052F): analyzer `ru` folds «ё» to «е»
 *   and applies Snowball Russian (`stemRu`), analyzer `kk` applies
 *   `foldKk(stemKk(lower))`; else with any letter: Snowball English
 *   (`stemEn`); else (digits only) the lowercased token as it is.
 *
 * Ranges are UTF-16 indexes into the JavaScript string (the Rust side uses
 * byte offsets into UTF-8; they describe the same characters).
 *
 * Classic script, no dependencies at run time: needs stem-ru.js, stem-en.js
 * and stem-kk.js loaded before it (the search bundle's order,
 * themes/default/assets.toml); under node, tests/js/load_client.js runs the
 * parts as a page does.
 */
(function (root) {
  'use strict';

  var ecolib = root.ecolibSearch = root.ecolibSearch || {};

  var ALNUM = /^[\p{Alphabetic}\p{N}]$/u;
  var ALPHABETIC = /\p{Alphabetic}/u;
  var CYRILLIC = /[\u0400-\u052f]/;

  /** True for a combining diacritical mark (U+0300–U+036F). */
  function isCombiningMark(cp) {
    return cp >= 0x300 && cp <= 0x36f;
  }

  /** Rust's `char::is_alphanumeric` for one code point. */
  function isAlphanumeric(cp, ch) {
    if (cp < 0x80) {
      return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
    }
    return ALNUM.test(ch);
  }

  /** Longer runs of letters (in code points) are no words and no tokens: MAX_TOKEN_CHARS in analyzer.rs. */
  var MAX_TOKEN_CHARS = 64;

  /** Whether text[from, to) is short enough to be a token (only a run of more units can be too long). */
  function shortEnough(text, from, to) {
    if (to - from <= MAX_TOKEN_CHARS) return true;
    var count = 0;
    for (var i = from; i < to; i += text.codePointAt(i) > 0xffff ? 2 : 1) count++;
    return count <= MAX_TOKEN_CHARS;
  }

  /**
   * The raw tokens of `text`: maximal runs of letters and digits, combining
   * marks absorbed, of at most MAX_TOKEN_CHARS code points, as [from, to) UTF-16 index pairs.
   * @param {string} text
   * @returns {Array<Array<number>>}
   */
  function rawTokens(text) {
    text = String(text);
    var tokens = [];
    var start = -1;
    var end = 0;
    var i = 0;
    var n = text.length;
    while (i < n) {
      var cp = text.codePointAt(i);
      var len = cp > 0xffff ? 2 : 1;
      if (isAlphanumeric(cp, len === 1 ? text[i] : text.slice(i, i + 2))) {
        if (start < 0) start = i;
        end = i + len;
      } else if (isCombiningMark(cp) && start >= 0) {
        end = i + len;
      } else if (start >= 0) {
        if (shortEnough(text, start, end)) tokens.push([start, end]);
        start = -1;
      }
      i += len;
    }
    if (start >= 0 && shortEnough(text, start, end)) tokens.push([start, end]);
    return tokens;
  }

  /** Combining marks dropped, then lowercased code point by code point (as Rust `char::to_lowercase`). */
  function lowerWithoutMarks(raw) {
    var out = '';
    for (var ch of String(raw)) {
      if (isCombiningMark(ch.codePointAt(0))) continue;
      out += ch.toLowerCase();
    }
    return out;
  }

  function need(name) {
    var f = ecolib[name];
    if (typeof f !== 'function') throw new Error('ecolibSearch.' + name + ' is missing: load its script first');
    return f;
  }

  function stemLowercase(lower, analyzer) {
    if (CYRILLIC.test(lower)) {
      if (analyzer === 'kk') return need('foldKk')(need('stemKk')(lower));
      // rust-stemmers' Russian has no ё step: fold it first, never й.
      return need('stemRu')(lower.replace(/ё/g, 'е'));
    }
    if (ALPHABETIC.test(lower)) return need('stemEn')(lower);
    return lower;
  }

  var cache = new Map();
  var CACHE_LIMIT = 50000;

  /**
   * The index term of one raw token for analyzer 'ru' or 'kk'.
   * @param {string} raw
   * @param {string} analyzer 'ru' (Russian, English, other languages) or 'kk'
   * @returns {string}
   */
  function normalizeToken(raw, analyzer) {
    analyzer = analyzer === 'kk' ? 'kk' : 'ru';
    var lower = lowerWithoutMarks(raw);
    var key = analyzer + '\u0000' + lower;
    var term = cache.get(key);
    if (term !== undefined) return term;
    term = stemLowercase(lower, analyzer);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, term);
    return term;
  }

  /**
   * Analyzes a text into index terms with positions and UTF-16 ranges.
   * @param {string} text
   * @param {string} analyzer 'ru' or 'kk'
   * @returns {Array<{term: string, position: number, from: number, to: number}>}
   */
  function analyze(text, analyzer) {
    text = String(text);
    return rawTokens(text).map(function (range, position) {
      return { term: normalizeToken(text.slice(range[0], range[1]), analyzer), position: position, from: range[0], to: range[1] };
    });
  }

  /** The analyzer of a page language: 'kk' for Kazakh, 'ru' for everything else. */
  function analyzerFor(lang) {
    return lang === 'kk' ? 'kk' : 'ru';
  }

  ecolib.rawTokens = rawTokens;
  ecolib.lowerWithoutMarks = lowerWithoutMarks;
  ecolib.normalizeToken = normalizeToken;
  ecolib.analyze = analyze;
  ecolib.analyzerFor = analyzerFor;
  ecolib.clearTermCache = function () {
    cache.clear();
  };
})(typeof self !== 'undefined' ? self : this);
