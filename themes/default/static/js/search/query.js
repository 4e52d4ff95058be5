/*
 * ecolib search: the query language (parse_query in src/search/query.rs) and the Rust string rules it is
 * defined by: white space is Rust's `char::is_whitespace`, lengths are counted in code points.
 *
 * Needs from the namespace: rawTokens (analyzer.js). Adds: parseQuery, truncateChars, charCount,
 * collapseWhitespace.
 *
 * Classic script, ES2017, a part of the search bundle after analyzer.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  // Rust's `char::is_whitespace` (Unicode White_Space), which JavaScript's \s is not quite.
  var WS_CLASS = '\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
  var WS = new RegExp('[' + WS_CLASS + ']');
  var NOT_WS = new RegExp('[^' + WS_CLASS + ']');
  var WS_RUNS = new RegExp('[' + WS_CLASS + ']+');
  var TRAILING_WS = new RegExp('[' + WS_CLASS + ']+$');

  // The bounds of query.rs (MAX_QUERY_CHARS, MAX_QUERY_WORDS), used when no manifest gives them: work stays
  // bounded even with an index written before they were exported.
  var MAX_QUERY_CHARS = 256;
  var MAX_QUERY_WORDS = 32;

  function search1(re, s) {
    var m = re.exec(s);
    return m ? m.index : -1;
  }

  /** Number of code points (Rust `chars().count()`). */
  function charCount(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      n++;
    }
    return n;
  }

  /** The first `max` code points of `s` (Rust: the first `max` chars). */
  function truncateChars(s, max) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      if (n === max) return s.slice(0, i);
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      n++;
    }
    return s;
  }

  /** The words of `s` joined by single spaces (Rust `split_whitespace` joined with " "). */
  function collapseWhitespace(s) {
    return s
      .split(WS_RUNS)
      .filter(function (part) {
        return part !== '';
      })
      .join(' ');
  }

  /**
   * Splits a query into words, "quoted phrases" and -exclusions, as parse_query does, with its bounds:
   * only the first maxChars code points count, and of their words (all kinds together) the first maxWords;
   * when words are dropped, the last word kept is complete (typing is false).
   * @param {string} query
   * @param {boolean} typing the user is still typing (search as you type)
   * @param {{maxChars?: number, maxWords?: number}} [limits] the manifest's maxQueryChars, maxQueryWords
   * @returns {{words: string[], phrases: string[][], excluded: string[][], typing: boolean}}
   */
  function parseQuery(query, typing, limits) {
    limits = limits || {};
    query = truncateChars(String(query == null ? '' : query), limits.maxChars || MAX_QUERY_CHARS);
    var budget = limits.maxWords || MAX_QUERY_WORDS;
    var droppedWords = false;
    var parsed = { words: [], phrases: [], excluded: [], typing: false };
    var rest = query;
    for (;;) {
      var start = search1(NOT_WS, rest);
      if (start < 0) break;
      rest = rest.slice(start);
      var negated = rest[0] === '-';
      var body = negated ? rest.slice(1) : rest;
      var chunk;
      var after;
      var isPhrase = body[0] === '"';
      if (isPhrase) {
        var quoted = body.slice(1);
        var close = quoted.indexOf('"');
        if (close >= 0) {
          chunk = quoted.slice(0, close);
          after = quoted.slice(close + 1);
        } else {
          chunk = quoted;
          after = '';
        }
      } else {
        var end = search1(WS, body);
        if (end < 0) end = body.length;
        chunk = body.slice(0, end);
        after = body.slice(end);
      }
      var words = ecolib.rawTokens(chunk).map(function (r) {
        return chunk.slice(r[0], r[1]);
      });
      rest = after;
      if (words.length > budget) {
        droppedWords = true;
        words = words.slice(0, budget);
      }
      budget -= words.length;
      if (!words.length) continue;
      if (negated) parsed.excluded.push(words);
      else if (isPhrase && words.length > 1) parsed.phrases.push(words);
      else parsed.words.push.apply(parsed.words, words);
    }
    var endsWithWs = query.length > 0 && WS.test(query.slice(-1)) ;
    // A trailing astral white space does not exist, so the last code unit is enough.
    parsed.typing = !!typing && !droppedWords && !endsWithWs && query.replace(TRAILING_WS, '').slice(-1) !== '"' && parsed.words.length > 0;
    return parsed;
  }

  ecolib.parseQuery = parseQuery;
  ecolib.truncateChars = truncateChars;
  ecolib.charCount = charCount;
  ecolib.collapseWhitespace = collapseWhitespace;
})(self.ecolibSearch); // the namespace that the parts before this one made
