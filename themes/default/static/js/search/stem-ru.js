/*
 * ecolib search: Snowball Russian stemmer.
 *
 * A JavaScript implementation of the Snowball Russian stemming algorithm
 * (https://snowballstem.org/algorithms/russian/stemmer.html), in the exact
 * variant that the Rust crate rust-stemmers 1.2 compiles in, so that words
 * stemmed in the browser match the terms of the index built by ecolib.
 *
 * That variant predates Snowball 2.0 and differs from the current
 * description in one visible way: it knows nothing of «ё». The letter is not
 * a vowel to it and is never folded to «е», so «ёлками» stems as a word whose
 * first vowel is the «а». ecolib's analyzer folds «ё» to «е» before stemming;
 * this function, like the Rust one, leaves the input as it is.
 *
 * Classic script, no dependencies: registers `ecolibSearch.stemRu` on the
 * global object, and exports the same namespace under node.
 */
(function (root) {
  'use strict';

  var ecolib = root.ecolibSearch = root.ecolibSearch || {};

  /** Russian vowels for the algorithm (no «ё»). */
  var VOWELS = 'аеиоуыэюя';

  function isVowel(ch) {
    return ch.length === 1 && VOWELS.indexOf(ch) !== -1;
  }

  /**
   * Builds a suffix table: entries are tried longest first, which gives
   * Snowball's `among` rule (the longest matching suffix decides, shorter
   * ones are not tried when its condition then fails).
   * @param {Object<string, number>} map suffix -> action number
   * @returns {Array<{s: string[], a: number}>}
   */
  function table(map) {
    var out = [];
    Object.keys(map).forEach(function (s) {
      out.push({ s: Array.from(s), a: map[s] });
    });
    out.sort(function (x, y) { return y.s.length - x.s.length; });
    return out;
  }

  // Perfective gerund: 1 = must follow а or я, 2 = always.
  var GERUND = table({
    'в': 1, 'вши': 1, 'вшись': 1,
    'ив': 2, 'ивши': 2, 'ившись': 2, 'ыв': 2, 'ывши': 2, 'ывшись': 2
  });

  var ADJECTIVE = table({
    'ее': 1, 'ие': 1, 'ые': 1, 'ое': 1, 'ими': 1, 'ыми': 1, 'ей': 1, 'ий': 1,
    'ый': 1, 'ой': 1, 'ем': 1, 'им': 1, 'ым': 1, 'ом': 1, 'его': 1, 'ого': 1,
    'ему': 1, 'ому': 1, 'их': 1, 'ых': 1, 'ую': 1, 'юю': 1, 'ая': 1, 'яя': 1,
    'ою': 1, 'ею': 1
  });

  // Participle endings tried after an adjective ending: 1 = after а/я.
  var PARTICIPLE = table({
    'ем': 1, 'нн': 1, 'вш': 1, 'ющ': 1, 'щ': 1,
    'ивш': 2, 'ывш': 2, 'ующ': 2
  });

  var REFLEXIVE = table({ 'ся': 1, 'сь': 1 });

  var VERB = table({
    'ла': 1, 'на': 1, 'ете': 1, 'йте': 1, 'ли': 1, 'й': 1, 'л': 1, 'ем': 1,
    'н': 1, 'ло': 1, 'но': 1, 'ет': 1, 'ют': 1, 'ны': 1, 'ть': 1, 'ешь': 1,
    'нно': 1,
    'ила': 2, 'ыла': 2, 'ена': 2, 'ейте': 2, 'уйте': 2, 'ите': 2, 'или': 2,
    'ыли': 2, 'ей': 2, 'уй': 2, 'ил': 2, 'ыл': 2, 'им': 2, 'ым': 2, 'ен': 2,
    'ило': 2, 'ыло': 2, 'ено': 2, 'ят': 2, 'ует': 2, 'уют': 2, 'ит': 2,
    'ыт': 2, 'ены': 2, 'ить': 2, 'ыть': 2, 'ишь': 2, 'ую': 2, 'ю': 2
  });

  var NOUN = table({
    'а': 1, 'ев': 1, 'ов': 1, 'ие': 1, 'ье': 1, 'е': 1, 'иями': 1, 'ями': 1,
    'ами': 1, 'еи': 1, 'ии': 1, 'и': 1, 'ией': 1, 'ей': 1, 'ой': 1, 'ий': 1,
    'й': 1, 'иям': 1, 'ям': 1, 'ием': 1, 'ем': 1, 'ам': 1, 'ом': 1, 'о': 1,
    'у': 1, 'ах': 1, 'иях': 1, 'ях': 1, 'ы': 1, 'ь': 1, 'ию': 1, 'ью': 1,
    'ю': 1, 'ия': 1, 'ья': 1, 'я': 1
  });

  var DERIVATIONAL = table({ 'ост': 1, 'ость': 1 });

  // 1 = superlative (then нн -> н), 2 = н after н, 3 = soft sign.
  var TIDY_UP = table({ 'ейш': 1, 'ейше': 1, 'н': 2, 'ь': 3 });

  /**
   * Stems one lowercased Russian word with the Snowball Russian algorithm,
   * giving exactly the stem that rust-stemmers 1.2 (`Algorithm::Russian`)
   * gives for the same string.
   *
   * Only the end of the word is ever cut, and only inside RV (the part after
   * the first vowel); nothing is folded or lowercased here.
   *
   * @param {string} word an already lowercased word (ecolib folds «ё» to «е»
   *   before calling this, as its Rust analyzer does)
   * @returns {string} the stem
   * @example
   * ecolibSearch.stemRu('конвенцией'); // => 'конвенц'
   */
  ecolib.stemRu = function (word) {
    var w = Array.from(String(word));
    var n = w.length;

    // Regions. pV: just after the first vowel; p2: R2 as usual (after the
    // second vowel-consonant pair counted from the start of the word).
    var pV = n;
    var p2 = n;
    var i = 0;
    regions: {
      while (i < n && !isVowel(w[i])) i++;
      if (i >= n) break regions;
      pV = ++i;
      while (i < n && isVowel(w[i])) i++;
      if (i >= n) break regions;
      i++;
      while (i < n && !isVowel(w[i])) i++;
      if (i >= n) break regions;
      i++;
      while (i < n && isVowel(w[i])) i++;
      if (i >= n) break regions;
      p2 = i + 1;
    }

    // All work below is on the end of the word, never before pV.
    var end = n;
    var lb = pV;

    /** Longest entry of `t` that ends the word at `at` and lies in RV. */
    function among(t, at) {
      for (var k = 0; k < t.length; k++) {
        var s = t[k].s;
        var start = at - s.length;
        if (start < lb) continue;
        var j = 0;
        while (j < s.length && w[start + j] === s[j]) j++;
        if (j === s.length) return t[k];
      }
      return null;
    }

    /** Is letter `ch` just before index `at`, inside RV? */
    function before(at, ch) {
      return at - 1 >= lb && w[at - 1] === ch;
    }

    function afterAorYa(at) {
      return before(at, 'а') || before(at, 'я');
    }

    /** Tries a table whose entries of action 1 must follow а/я. */
    function stripGroup(t) {
      var m = among(t, end);
      if (!m) return false;
      var start = end - m.s.length;
      if (m.a === 1 && !afterAorYa(start)) return false;
      end = start;
      return true;
    }

    // Step 1.
    if (!stripGroup(GERUND)) {
      var m = among(REFLEXIVE, end);
      if (m) end -= m.s.length;
      var adj = among(ADJECTIVE, end);
      if (adj) {
        end -= adj.s.length;
        stripGroup(PARTICIPLE);
      } else if (!stripGroup(VERB)) {
        m = among(NOUN, end);
        if (m) end -= m.s.length;
      }
    }

    // Step 2: a final и.
    if (before(end, 'и')) end--;

    // Step 3: derivational -ост(ь), only in R2.
    var d = among(DERIVATIONAL, end);
    if (d && end - d.s.length >= p2) end -= d.s.length;

    // Step 4.
    var t = among(TIDY_UP, end);
    if (t) {
      var start = end - t.s.length;
      if (t.a === 1) {
        end = start;
        if (before(end, 'н') && before(end - 1, 'н')) end--;
      } else if (t.a === 2) {
        if (before(start, 'н')) end = start;
      } else {
        end = start;
      }
    }

    return end === n ? String(word) : w.slice(0, end).join('');
  };

  if (typeof module !== 'undefined' && module.exports) module.exports = ecolib;
})(typeof self !== 'undefined' ? self : this);
