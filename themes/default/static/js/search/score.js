/*
 * ecolib search: scoring, exactly as tantivy does: BM25 with the field boosts and expansion weights, step by
 * step in 32-bit floats (Math.fround), so the scores agree with `ecolib search` to a few units in the last
 * place; and phrases (slop 0), scored with the idf summed over their terms.
 *
 * Needs from the namespace: state, ANALYZERS (index.js), findTerm, resolvePostings, resolvePositions,
 * postingsOf, positionsOf (dictionary.js), normalizeToken (analyzer.js). Adds: scoreTerm, phraseScores.
 *
 * Classic script, ES2017, a part of the search bundle after expand.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  var fround = Math.fround;
  var state = ecolib.state;
  var ANALYZERS = ecolib.ANALYZERS;

  /** tantivy `idf`: ln(1 + (N - df + 0.5) / (df + 0.5)), in f32. */
  function idf(df, numDocs) {
    var x = fround(fround(fround(numDocs - df) + 0.5) / fround(fround(df) + 0.5));
    return fround(Math.log(fround(1 + x)));
  }

  /** tantivy Bm25Weight.weight: idf * (1 + K1), times the query boost. */
  function bm25Weight(idfValue, boost) {
    var weight = fround(idfValue * fround(1 + state.params.k1));
    return boost === 1 ? weight : fround(weight * boost);
  }

  /** tantivy Bm25Weight.score. */
  function bm25Score(weight, normCache, normId, tf) {
    var t = fround(tf);
    return fround(weight * fround(t / fround(t + normCache[normId])));
  }

  /** Adds the BM25 of one (term, field) with a boost to `scores` (Map doc -> score). */
  function scoreTerm(an, shard, i, f, boost, scores) {
    var postings = ecolib.postingsOf(shard, i, f);
    if (!postings) return;
    var numDocs = state.manifest.numDocs;
    var weight = bm25Weight(idf(postings.docs.length, numDocs), boost);
    var normCache = an.norms[f];
    for (var k = 0; k < postings.docs.length; k++) {
      var doc = postings.docs[k];
      var s = bm25Score(weight, normCache, postings.norms[k], postings.tfs[k]);
      var previous = scores.get(doc);
      scores.set(doc, previous === undefined ? s : fround(previous + s));
    }
  }

  /**
   * Documents where the words occur as a phrase in some field of some analyzer, with the phrase's
   * BM25 (idf summed over its terms, tf = occurrences) times the field boost. One word: the exact term.
   * @param {string[]} words
   * @param {Object<string, Set<string>>} matched receives the stems per analyzer (for snippets)
   * @returns {Promise<Map<number, number>>}
   */
  async function phraseScores(words, matched) {
    var p = state.params;
    var scores = new Map();
    for (var a = 0; a < ANALYZERS.length; a++) {
      var an = state.analyzers[ANALYZERS[a]];
      if (!an) continue;
      var stems = words.map(function (w) {
        return ecolib.normalizeToken(w, an.name);
      });
      if (matched) {
        stems.forEach(function (s) {
          matched[an.name].add(s);
        });
      }
      var refs = await Promise.all(
        stems.map(function (s) {
          return ecolib.findTerm(an, s);
        }),
      );
      if (refs.some(function (r) {
        return !r;
      })) continue;
      refs.forEach(function (r) {
        r.an = an;
      });
      await ecolib.resolvePostings(refs);
      if (refs.length === 1) {
        for (var f1 = 0; f1 < p.numFields; f1++) scoreTerm(an, refs[0].shard, refs[0].i, f1, p.boosts[f1], scores);
        continue;
      }
      await ecolib.resolvePositions(refs);
      for (var f = 0; f < p.numFields; f++) addPhraseScores(an, refs, f, p.boosts[f], scores);
    }
    return scores;
  }

  /**
   * Adds to `scores` the phrase BM25 of the terms `refs` (in order, postings and positions loaded) in field
   * f of analyzer `an`, with the field's boost.
   */
  function addPhraseScores(an, refs, f, boost, scores) {
    var lists = refs.map(function (r) {
      return ecolib.postingsOf(r.shard, r.i, f);
    });
    if (lists.some(function (l) {
      return !l;
    })) return;
    var positions = refs.map(function (r) {
      return ecolib.positionsOf(r.shard, r.i, f);
    });
    var numDocs = state.manifest.numDocs;
    var idfSum = 0;
    lists.forEach(function (l) {
      idfSum = fround(idfSum + idf(l.docs.length, numDocs));
    });
    var weight = bm25Weight(idfSum, boost);
    // Walk the first list; find each doc in the others (all sorted by doc id).
    var cursors = lists.map(function () {
      return 0;
    });
    var first = lists[0];
    for (var k = 0; k < first.docs.length; k++) {
      var doc = first.docs[k];
      var at = [k];
      var inAll = true;
      for (var t = 1; t < lists.length; t++) {
        var l = lists[t];
        var c = cursors[t];
        while (c < l.docs.length && l.docs[c] < doc) c++;
        cursors[t] = c;
        if (c >= l.docs.length || l.docs[c] !== doc) {
          inAll = false;
          break;
        }
        at.push(c);
      }
      if (!inAll) continue;
      var count = phraseCount(
        at.map(function (index, term) {
          return positions[term][index];
        }),
      );
      if (!count) continue;
      var s = bm25Score(weight, an.norms[f], first.norms[k], count);
      var previous = scores.get(doc);
      scores.set(doc, previous === undefined ? s : fround(previous + s));
    }
  }

  /** Number of start positions p with term i at p + i for every i (tantivy, slop 0). */
  function phraseCount(positionLists) {
    var sets = positionLists.map(function (l) {
      return new Set(l);
    });
    var count = 0;
    var firstList = positionLists[0];
    for (var j = 0; j < firstList.length; j++) {
      var pos = firstList[j];
      var ok = true;
      for (var i = 1; i < sets.length && ok; i++) ok = sets[i].has(pos + i);
      if (ok) count++;
    }
    return count;
  }

  ecolib.scoreTerm = scoreTerm;
  ecolib.phraseScores = phraseScores;
})(self.ecolibSearch); // the namespace that the parts before this one made
