/*
 * ecolib search: Snowball English (Porter2) stemmer.
 *
 * A JavaScript implementation of the Snowball English stemming algorithm
 * (https://snowballstem.org/algorithms/english/stemmer.html), in the exact
 * variant that the Rust crate rust-stemmers 1.2 compiles in, so that words
 * stemmed in the browser match the terms of the index built by ecolib.
 *
 * That variant is the pre-2.0 one: the only special R1 prefixes are gener-,
 * commun- and arsen- (newer Snowball adds past-, univers-, later-, emerg-,
 * organ-, inter-), Step 1c turns y into i only after a consonant that is not
 * the first letter, and Step 2 keeps the old -ogi and -li rules.
 *
 * Classic script, no dependencies: registers `ecolibSearch.stemEn` on the
 * global object, and exports the same namespace under node.
 */
(function (root) {
  'use strict';

  var ecolib = root.ecolibSearch = root.ecolibSearch || {};

  function isV(ch) { return 'aeiouy'.indexOf(ch) !== -1 && ch.length === 1; }
  function isVWXY(ch) { return 'aeiouywxY'.indexOf(ch) !== -1 && ch.length === 1; }
  function isValidLi(ch) { return 'cdeghkmnrt'.indexOf(ch) !== -1 && ch.length === 1; }

  /**
   * Builds a suffix table tried longest first: Snowball's `among` rule (the
   * longest matching suffix decides; when its condition fails, shorter
   * suffixes are not tried).
   * @param {Object<string, *>} map suffix -> action
   * @returns {Array<{s: string, a: *}>}
   */
  function table(map) {
    var out = Object.keys(map).map(function (s) { return { s: s, a: map[s] }; });
    out.sort(function (x, y) { return y.s.length - x.s.length; });
    return out;
  }

  /** Whole words with a fixed stem (the stem is the word when null). */
  var EXCEPTION1 = Object.create(null);
  [
    ['skis', 'ski'], ['skies', 'sky'], ['dying', 'die'], ['lying', 'lie'],
    ['tying', 'tie'], ['idly', 'idl'], ['gently', 'gentl'], ['ugly', 'ugli'],
    ['early', 'earli'], ['only', 'onli'], ['singly', 'singl'],
    ['sky', null], ['news', null], ['howe', null], ['atlas', null],
    ['cosmos', null], ['bias', null], ['andes', null]
  ].forEach(function (e) { EXCEPTION1[e[0]] = e[1] === null ? e[0] : e[1]; });

  /** Whole words (after Step 1a) left as they are. */
  var EXCEPTION2 = Object.create(null);
  ['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed',
    'succeed'].forEach(function (x) { EXCEPTION2[x] = true; });

  var REGION_PREFIXES = ['gener', 'commun', 'arsen'];

  var STEP1A_APOSTROPHE = table({ "'": 1, "'s": 1, "'s'": 1 });
  var STEP1A = table({ 'sses': 'ss', 'ied': 'i', 'ies': 'i', 's': 's', 'us': '', 'ss': '' });
  var STEP1B = table({ 'eed': 1, 'eedly': 1, 'ed': 2, 'edly': 2, 'ing': 2, 'ingly': 2 });
  var STEP1B_AFTER = table({
    'at': 1, 'bl': 1, 'iz': 1,
    'bb': 2, 'dd': 2, 'ff': 2, 'gg': 2, 'mm': 2, 'nn': 2, 'pp': 2, 'rr': 2, 'tt': 2,
    '': 3
  });
  var STEP2 = table({
    'tional': 'tion', 'enci': 'ence', 'anci': 'ance', 'abli': 'able',
    'entli': 'ent', 'izer': 'ize', 'ization': 'ize', 'ational': 'ate',
    'ation': 'ate', 'ator': 'ate', 'alism': 'al', 'aliti': 'al', 'alli': 'al',
    'fulness': 'ful', 'ousli': 'ous', 'ousness': 'ous', 'iveness': 'ive',
    'iviti': 'ive', 'biliti': 'ble', 'bli': 'ble', 'ogi': 'og*',
    'fulli': 'ful', 'lessli': 'less', 'li': '*li'
  });
  var STEP3 = table({
    'tional': 'tion', 'ational': 'ate', 'alize': 'al', 'icate': 'ic',
    'iciti': 'ic', 'ical': 'ic', 'ful': '', 'ness': '', 'ative': '*r2'
  });
  var STEP4 = table({
    'al': 1, 'ance': 1, 'ence': 1, 'er': 1, 'ic': 1, 'able': 1, 'ible': 1,
    'ant': 1, 'ement': 1, 'ment': 1, 'ent': 1, 'ism': 1, 'ate': 1, 'iti': 1,
    'ous': 1, 'ive': 1, 'ize': 1, 'ion': 2
  });

  /**
   * Stems one lowercased English word with the Snowball English (Porter2)
   * algorithm, giving exactly the stem that rust-stemmers 1.2
   * (`Algorithm::English`) gives for the same string.
   *
   * @param {string} word an already lowercased word
   * @returns {string} the stem
   * @example
   * ecolibSearch.stemEn('generously'); // => 'generous'
   */
  ecolib.stemEn = function (word) {
    word = String(word);
    if (EXCEPTION1[word] !== undefined) return EXCEPTION1[word];

    // w holds one code point per element, as the algorithm counts letters.
    var w = Array.from(word);
    if (w.length < 3) return word;

    // Prelude: drop a leading apostrophe, mark consonant-y as Y.
    var yFound = false;
    if (w[0] === "'") w.shift();
    if (w[0] === 'y') { w[0] = 'Y'; yFound = true; }
    for (var i = 0; i + 1 < w.length; i++) {
      if (isV(w[i]) && w[i + 1] === 'y') { w[i + 1] = 'Y'; yFound = true; }
    }

    // Regions R1 (p1) and R2 (p2).
    var n = w.length;
    var p1 = n;
    var p2 = n;
    var head = w.join('');
    var pos = -1;
    for (var k = 0; k < REGION_PREFIXES.length; k++) {
      if (head.lastIndexOf(REGION_PREFIXES[k], 0) === 0) { pos = REGION_PREFIXES[k].length; break; }
    }
    /** Position just past the first vowel-then-non-vowel from `from`, or -1. */
    function pastVc(from) {
      var j = from;
      while (j < n && !isV(w[j])) j++;
      if (j >= n) return -1;
      j++;
      while (j < n && isV(w[j])) j++;
      if (j >= n) return -1;
      return j + 1;
    }
    if (pos < 0) pos = pastVc(0);
    if (pos >= 0) {
      p1 = pos;
      var q = pastVc(p1);
      if (q >= 0) p2 = q;
    }

    // Backward steps, all on the end of the word.
    function endsWith(s, at) {
      var start = at - s.length;
      if (start < 0) return false;
      for (var j = 0; j < s.length; j++) if (w[start + j] !== s[j]) return false;
      return true;
    }
    function among(t) {
      for (var j = 0; j < t.length; j++) if (endsWith(t[j].s, w.length)) return t[j];
      return null;
    }
    /** Replaces the last `len` letters by the letters of `s`. */
    function replaceEnd(len, s) {
      w.length -= len;
      for (var j = 0; j < s.length; j++) w.push(s[j]);
    }
    function hasVowelBefore(at) {
      for (var j = at - 1; j >= 0; j--) if (isV(w[j])) return true;
      return false;
    }
    /** Snowball's shortv, tested just before index `at`. */
    function shortV(at) {
      if (at >= 3 && !isVWXY(w[at - 1]) && isV(w[at - 2]) && !isV(w[at - 3])) return true;
      return at === 2 && !isV(w[1]) && isV(w[0]);
    }

    // Step 1a.
    var m = among(STEP1A_APOSTROPHE);
    if (m) w.length -= m.s.length;
    m = among(STEP1A);
    if (m) {
      var start = w.length - m.s.length;
      if (m.a === 'ss') {
        replaceEnd(m.s.length, 'ss');
      } else if (m.a === 'i') {
        replaceEnd(m.s.length, start >= 2 ? 'i' : 'ie');
      } else if (m.a === 's') {
        if (start > 0 && hasVowelBefore(start - 1)) w.length -= 1;
      }
    }

    if (!EXCEPTION2[w.join('')]) {
      step1b();
      step1c();
      step2();
      step3();
      step4();
      step5();
    }

    function step1b() {
      var m = among(STEP1B);
      if (!m) return;
      var start = w.length - m.s.length;
      if (m.a === 1) {
        if (start >= p1) replaceEnd(m.s.length, 'ee');
        return;
      }
      if (!hasVowelBefore(start)) return;
      w.length = start;
      var after = among(STEP1B_AFTER);
      if (after.a === 1) {
        w.push('e');
      } else if (after.a === 2) {
        w.length -= 1;
      } else if (w.length === p1 && shortV(w.length)) {
        w.push('e');
      }
    }

    function step1c() {
      var L = w.length;
      if (L >= 3 && (w[L - 1] === 'y' || w[L - 1] === 'Y') && !isV(w[L - 2])) w[L - 1] = 'i';
    }

    function step2() {
      var m = among(STEP2);
      if (!m) return;
      var start = w.length - m.s.length;
      if (start < p1) return;
      if (m.a === 'og*') {
        if (start > 0 && w[start - 1] === 'l') replaceEnd(m.s.length, 'og');
      } else if (m.a === '*li') {
        if (start > 0 && isValidLi(w[start - 1])) w.length = start;
      } else {
        replaceEnd(m.s.length, m.a);
      }
    }

    function step3() {
      var m = among(STEP3);
      if (!m) return;
      var start = w.length - m.s.length;
      if (start < p1) return;
      if (m.a === '*r2') {
        if (start >= p2) w.length = start;
      } else {
        replaceEnd(m.s.length, m.a);
      }
    }

    function step4() {
      var m = among(STEP4);
      if (!m) return;
      var start = w.length - m.s.length;
      if (start < p2) return;
      if (m.a === 1 || (start > 0 && (w[start - 1] === 's' || w[start - 1] === 't'))) w.length = start;
    }

    function step5() {
      var L = w.length;
      if (L === 0) return;
      var start = L - 1;
      if (w[start] === 'e') {
        if (start >= p2 || (start >= p1 && !shortV(start))) w.length = start;
      } else if (w[start] === 'l') {
        if (start >= p2 && start > 0 && w[start - 1] === 'l') w.length = start;
      }
    }

    // Postlude: Y back to y.
    if (yFound) {
      for (var z = 0; z < w.length; z++) if (w[z] === 'Y') w[z] = 'y';
    }
    return w.join('');
  };

  if (typeof module !== 'undefined' && module.exports) module.exports = ecolib;
})(typeof self !== 'undefined' ? self : this);
