/*
 * ecolib search: the index terms a query word stands for in each analyzer (Vocabulary in
 * src/search/query.rs): the exact term and the most frequent terms it is a prefix of (from the shard's
 * `tops` when they run past it), the Kazakh back-off to a shorter key, and typo candidates one edit away,
 * from the analyzer's typo vocabulary (the `y` files, loaded whole, once).
 *
 * Needs from the namespace: state, ANALYZERS (index.js), charCount (query.js), shardFor, loadShard,
 * topsOf, lowerBound, findTerm (dictionary.js), decodeTermRows (decode.js), load (load.js),
 * normalizeToken, lowerWithoutMarks (analyzer.js). Adds: wordExpansions, oneEditVariants, isOneEditAway,
 * compareTerms.
 *
 * Classic script, ES2017, a part of the search bundle after dictionary.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  var state = ecolib.state;
  var ANALYZERS = ecolib.ANALYZERS;

  /** Compares strings by code point (= Rust's byte order of UTF-8 strings). */
  function compareTerms(a, b) {
    if (a === b) return 0;
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
      var x = a.charCodeAt(i);
      var y = b.charCodeAt(i);
      if (x !== y) {
        // A surrogate (astral code point) sorts after every BMP code unit.
        var xs = x >= 0xd800 && x <= 0xdfff;
        var ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys) return xs ? 1 : -1;
        return x < y ? -1 : 1;
      }
    }
    return a.length - b.length;
  }

  /** True when `b` is one insertion, deletion, substitution or adjacent transposition from `a`. */
  function isOneEditAway(a, b) {
    var x = typeof a === 'string' ? Array.from(a) : a;
    var y = typeof b === 'string' ? Array.from(b) : b;
    var la = x.length;
    var lb = y.length;
    if (Math.abs(la - lb) > 1) return false;
    var prefix = 0;
    while (prefix < la && prefix < lb && x[prefix] === y[prefix]) prefix++;
    if (la === lb && prefix === la) return false; // equal
    var suffixEqual = function (xf, yf) {
      if (la - xf !== lb - yf) return false;
      for (var i = 0; xf + i < la; i++) if (x[xf + i] !== y[yf + i]) return false;
      return true;
    };
    if (la === lb) {
      return (
        suffixEqual(prefix + 1, prefix + 1) ||
        (prefix + 1 < la && x[prefix] === y[prefix + 1] && x[prefix + 1] === y[prefix] && suffixEqual(prefix + 2, prefix + 2))
      );
    }
    if (la > lb) return suffixEqual(prefix + 1, prefix);
    return suffixEqual(prefix, prefix + 1);
  }

  function byDfThenTerm(a, b) {
    return b.df - a.df || compareTerms(a.term, b.term);
  }

  /**
   * The exact and prefix expansions of one query word in one analyzer (Vocabulary::expand):
   * [{term, weight, shard, i}].
   * @param {object} an the analyzer's state
   * @param {string} stem the word's stem in this analyzer
   * @param {boolean} typing the word is still being typed (prefixes from 2 characters)
   */
  async function expand(an, stem, typing) {
    var p = state.params;
    var key = 'x' + an.name + '\u0000' + stem + '\u0000' + (typing ? 1 : 0);
    if (state.expansions.has(key)) return state.expansions.get(key);
    var out = [];
    var s = ecolib.shardFor(an, stem);
    if (s >= 0) {
      var shard = await ecolib.loadShard(an, s);
      var i = ecolib.lowerBound(shard.terms, stem);
      var exact = i < shard.terms.length && shard.terms[i][0] === stem;
      if (exact) out.push({ term: stem, weight: p.exactWeight, an: an, shard: shard, i: i });
      // A finished word that is a term is not expanded (Vocabulary::expand).
      if ((typing || !exact) && ecolib.charCount(stem) >= (typing ? 2 : p.minPrefixLen)) {
        var longer = [];
        var tops = ecolib.topsOf(shard, stem);
        if (tops) {
          // The prefix's terms run past this shard: its most frequent ones, already in order.
          tops.terms.forEach(function (row, k) {
            if (row[0] !== stem) longer.push({ term: row[0], df: row[1], shard: tops, i: k });
          });
        } else {
          for (;;) {
            for (; i < shard.terms.length && shard.terms[i][0].startsWith(stem); i++) {
              if (shard.terms[i][0] !== stem) longer.push({ term: shard.terms[i][0], df: shard.terms[i][1], shard: shard, i: i });
            }
            var more = i === shard.terms.length && ecolib.charCount(stem) > p.maxTopsPrefix && shard.index + 1 < an.firsts.length;
            if (!more) break;
            shard = await ecolib.loadShard(an, shard.index + 1);
            i = 0;
          }
          longer.sort(byDfThenTerm);
        }
        longer.slice(0, p.maxPrefixTerms).forEach(function (t) {
          out.push({ term: t.term, weight: p.prefixWeight, an: an, shard: t.shard, i: t.i });
        });
      }
    }
    state.expansions.set(key, out);
    return out;
  }

  /**
   * Kazakh typed on a Russian keyboard keeps endings the stemmer cannot safely strip (Vocabulary::backoff):
   * the longest proper prefix of the key (at least minBackoffLen characters) that is itself a term, with
   * its expansions, all at backoffWeight.
   */
  async function backoff(an, stem) {
    var p = state.params;
    var chars = Array.from(stem);
    for (var len = chars.length - 1; len >= p.minBackoffLen; len--) {
      var shorter = chars.slice(0, len).join('');
      if (await ecolib.findTerm(an, shorter)) {
        // As a prefix, like a word being typed: the key was cut short on purpose.
        var found = await expand(an, shorter, true);
        return found.map(function (e) {
          return { term: e.term, weight: p.backoffWeight, an: an, shard: e.shard, i: e.i };
        });
      }
    }
    return [];
  }

  var RUSSIAN_LETTERS = Array.from('абвгдеёжзийклмнопрстуфхцчшщъыьэюя');
  var KAZAKH_LETTERS = Array.from('әғқңөұүһі');
  var LATIN_LETTERS = Array.from('abcdefghijklmnopqrstuvwxyz');

  /**
   * Every string one deletion, adjacent transposition, substitution or insertion away from a lowercased
   * word, with letters of its script (one_edit_variants in query.rs, in the same order).
   * @param {string} word lowercased, without combining marks
   * @param {string} analyzer 'ru' or 'kk'
   * @returns {string[]}
   */
  function oneEditVariants(word, analyzer) {
    var chars = Array.from(word);
    var alphabet = [];
    if (chars.some(function (c) { var cp = c.codePointAt(0); return cp >= 0x400 && cp <= 0x52f; })) {
      alphabet = analyzer === 'kk' ? RUSSIAN_LETTERS.concat(KAZAKH_LETTERS) : RUSSIAN_LETTERS;
    } else if (chars.some(function (c) { return /[a-z]/i.test(c); })) {
      alphabet = LATIN_LETTERS;
    }
    var out = [];
    var i, v;
    for (i = 0; i < chars.length; i++) {
      v = chars.slice();
      v.splice(i, 1);
      out.push(v.join(''));
      if (i + 1 < chars.length) {
        v = chars.slice();
        var tmp = v[i];
        v[i] = v[i + 1];
        v[i + 1] = tmp;
        out.push(v.join(''));
      }
      for (var a = 0; a < alphabet.length; a++) {
        if (alphabet[a] === chars[i]) continue;
        v = chars.slice();
        v[i] = alphabet[a];
        out.push(v.join(''));
      }
    }
    for (i = 0; i <= chars.length; i++) {
      for (var b = 0; b < alphabet.length; b++) {
        v = chars.slice();
        v.splice(i, 0, alphabet[b]);
        out.push(v.join(''));
      }
    }
    return out;
  }

  /**
   * The typo vocabulary of an analyzer (Vocabulary::typo_terms: its most frequent terms, a fixed number
   * whatever the site), from all its `y` files: term -> dfTotal. Loaded once.
   * @returns {Promise<Map<string, number>>}
   */
  async function typoVocabulary(an) {
    if (an.typo) return an.typo;
    var loads = [];
    for (var k = 0; k < an.typoFiles; k++) loads.push(ecolib.load('y-' + an.name + '-' + k));
    var byTerm = new Map();
    (await Promise.all(loads)).forEach(function (data) {
      ecolib.decodeTermRows(data.terms).forEach(function (row) {
        byTerm.set(row[0], row[1]);
      });
    });
    an.typo = byTerm;
    return byTerm;
  }

  /**
   * Typo candidates (Vocabulary::typo_candidates) for a word with no exact or prefix match in any
   * analyzer: the terms of the typo vocabulary one edit away from the stem, and the stems of the word's
   * one-edit variants that are in it; then the dictionary shards of the chosen few.
   */
  async function typoCandidates(an, stem, word) {
    var p = state.params;
    var key = 't' + an.name + '\u0000' + stem + '\u0000' + word;
    if (state.expansions.has(key)) return state.expansions.get(key);
    var vocabulary = await typoVocabulary(an);
    var stemChars = Array.from(stem);
    var n = stemChars.length;
    var close = new Map();
    vocabulary.forEach(function (df, t) {
      // A character is one or two code units: an exact pre-filter on the length.
      if (t.length < n - 1 || t.length > 2 * (n + 1)) return;
      if (isOneEditAway(stemChars, Array.from(t))) close.set(t, df);
    });
    oneEditVariants(ecolib.lowerWithoutMarks(word), an.name).forEach(function (variant) {
      var term = ecolib.normalizeToken(variant, an.name);
      if (term !== stem && vocabulary.has(term)) close.set(term, vocabulary.get(term));
    });
    var chosen = Array.from(close, function (entry) {
      return { term: entry[0], df: entry[1] };
    })
      .sort(byDfThenTerm)
      .slice(0, p.maxTypoTerms);
    var found = await Promise.all(
      chosen.map(function (t) {
        return ecolib.findTerm(an, t.term);
      }),
    );
    var out = chosen.map(function (t, k) {
      if (!found[k]) throw new Error('ecolibSearch: typo term ' + t.term + ' is in no dictionary shard');
      return { term: t.term, weight: p.typoWeight, an: an, shard: found[k].shard, i: found[k].i };
    });
    state.expansions.set(key, out);
    return out;
  }

  /**
   * The terms one query word stands for in each analyzer, as query.rs expands a word: its exact and prefix
   * expansions; when no analyzer has any, typo candidates (in words of minTypoWordLen to maxTypoWordLen
   * letters); when there are still none, the Kazakh back-off.
   * @param {string} word
   * @param {boolean} typing the word is still being typed
   * @returns {Promise<{analyzers: Array<{analyzer: object, stem: string, expansions: Array}>, found: boolean}>}
   */
  async function wordExpansions(word, typing) {
    var p = state.params;
    var perAnalyzer = [];
    for (var a = 0; a < ANALYZERS.length; a++) {
      var an = state.analyzers[ANALYZERS[a]];
      if (!an) continue;
      var stem = ecolib.normalizeToken(word, an.name);
      perAnalyzer.push({ analyzer: an, stem: stem, expansions: await expand(an, stem, typing) });
    }
    var found = perAnalyzer.some(function (entry) {
      return entry.expansions.length > 0;
    });
    // Typos are corrected only when the word is nowhere in the library as written, and only in words short
    // enough for their one-edit variants (about 66 per letter) to stay few.
    var letters = ecolib.charCount(word);
    if (!found && letters >= p.minTypoWordLen && letters <= p.maxTypoWordLen) {
      for (var t = 0; t < perAnalyzer.length; t++) {
        perAnalyzer[t].expansions = await typoCandidates(perAnalyzer[t].analyzer, perAnalyzer[t].stem, word);
        if (perAnalyzer[t].expansions.length) found = true;
      }
    }
    // Kazakh keys back off only when typo correction found nothing either.
    if (!found) {
      for (var k2 = 0; k2 < perAnalyzer.length; k2++) {
        if (perAnalyzer[k2].analyzer.name !== 'kk') continue;
        perAnalyzer[k2].expansions = await backoff(perAnalyzer[k2].analyzer, perAnalyzer[k2].stem);
        if (perAnalyzer[k2].expansions.length) found = true;
      }
    }
    return { analyzers: perAnalyzer, found: found };
  }

  ecolib.wordExpansions = wordExpansions;
  ecolib.oneEditVariants = oneEditVariants;
  ecolib.isOneEditAway = isOneEditAway;
  ecolib.compareTerms = compareTerms;
})(self.ecolibSearch); // the namespace that the parts before this one made
