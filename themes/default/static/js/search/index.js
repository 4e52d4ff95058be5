/*
 * ecolib search: the index in use, as its manifest describes it (docs/search-index.md, `manifest`): the
 * ranking parameters in 32-bit floats, each analyzer's dictionary shard bounds and BM25 length-norm
 * caches, the language runs; loaded once, forgotten by reset().
 *
 * Needs from the namespace: load, forgetFiles (load.js). Adds: ANALYZERS, state (filled by ready(), read by
 * the later parts), ready, reset, langOf, indexId (the manifest's id, for load.js's file names).
 *
 * Classic script, ES2017, a part of the search bundle after load.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  var fround = Math.fround;
  var ANALYZERS = ecolib.ANALYZERS = ['ru', 'kk']; // Analyzer::ALL order
  // The bound of query.rs (MAX_TYPO_WORD_LEN), used when no manifest gives it: work stays bounded even with
  // an index written before it was exported.
  var MAX_TYPO_WORD_LEN = 24;

  /**
   * The index in use, once ready() has read its manifest: { manifest, facets, params, analyzers: {ru: {...},
   * kk: {...}}, expansions, langStarts }. One object for the life of the page (the parts keep a reference
   * to it); reset() empties it.
   */
  var state = ecolib.state = {};
  var statePromise = null;

  /** Forgets everything loaded (tests switch between indexes with it). */
  ecolib.reset = function () {
    ecolib.forgetFiles();
    Object.keys(state).forEach(function (key) {
      delete state[key];
    });
    statePromise = null;
  };

  function makeNormCache(table, avg) {
    // tantivy compute_tf_cache: K1 * (1 - B + B * fieldnorm / avg), in f32.
    var k1 = state.params.k1;
    var b = state.params.b;
    var cache = new Float64Array(256);
    for (var id = 0; id < 256; id++) {
      var fieldnorm = fround(table[id]);
      cache[id] = fround(k1 * fround(fround(1 - b) + fround(fround(b * fieldnorm) / avg)));
    }
    return cache;
  }

  /** The manifest's ranking parameters, the floats rounded to f32 as tantivy holds them. */
  function readParams(p) {
    return {
      k1: fround(p.k1),
      b: fround(p.b),
      boosts: p.boosts.map(fround),
      exactWeight: fround(p.exactWeight),
      prefixWeight: fround(p.prefixWeight),
      typoWeight: fround(p.typoWeight),
      backoffWeight: fround(p.backoffWeight),
      minBackoffLen: p.minBackoffLen,
      maxPrefixTerms: p.maxPrefixTerms,
      maxTypoTerms: p.maxTypoTerms,
      minPrefixLen: p.minPrefixLen,
      minTypoWordLen: p.minTypoWordLen,
      maxTypoWordLen: p.maxTypoWordLen || MAX_TYPO_WORD_LEN,
      maxQueryChars: p.maxQueryChars,
      maxQueryWords: p.maxQueryWords,
      snippetWords: p.snippetWords,
      // Longer prefixes have no `tops`: their terms may run on into the next shards.
      maxTopsPrefix: p.maxTopsPrefix == null ? Infinity : p.maxTopsPrefix,
      numFields: p.fields.length,
    };
  }

  /** Makes `manifest` the index in use: fills `state`. */
  function useManifest(manifest) {
    var params = readParams(manifest.params);
    ecolib.indexId = manifest.id;
    Object.assign(state, {
      manifest: manifest,
      facets: null, // loaded when a query has filters or asks for facet counts (facets.js)
      params: params,
      analyzers: {},
      expansions: new Map(),
      langStarts: [], // doc id where each run of manifest.langRuns starts
    });
    var start = 0;
    (manifest.langRuns || []).forEach(function (run) {
      state.langStarts.push(start);
      start += run[1];
    });
    ANALYZERS.forEach(function (name) {
      var info = manifest.analyzers && manifest.analyzers[name];
      if (!info) return;
      var avg = info.avgFieldnorm.map(fround);
      state.analyzers[name] = {
        name: name,
        firsts: info.firsts,
        last: info.last,
        typoFiles: info.typoFiles || 0,
        loaded: new Array(info.firsts.length), // prepared dictionary shards
        norms: avg.map(function (a) {
          return makeNormCache(manifest.fieldnormTable, a);
        }),
      };
    });
  }

  /**
   * Loads the manifest (once).
   * @returns {Promise<object>} the manifest
   */
  function ready() {
    if (state.manifest) return Promise.resolve(state.manifest);
    if (!statePromise) {
      statePromise = ecolib
        .load('manifest')
        .then(function (manifest) {
          if (!manifest || manifest.version !== 4) throw new Error('ecolibSearch: unsupported index version ' + (manifest && manifest.version));
          // loadFacets counts its files by it: a manifest without it would never finish loading them.
          if (!(manifest.facetsPerFile >= 1)) throw new Error('ecolibSearch: the manifest has no facetsPerFile');
          useManifest(manifest);
          return manifest;
        })
        .catch(function (error) {
          statePromise = null;
          throw error;
        });
    }
    return statePromise;
  }

  /** The language of a document, from the runs of the manifest (no file per page needed). */
  function langOf(docId) {
    var starts = state.langStarts;
    var lo = 0;
    var hi = starts.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= docId) lo = mid + 1;
      else hi = mid;
    }
    var run = state.manifest.langRuns[lo - 1];
    return run && run[0] != null ? state.manifest.values.lang[run[0]] : null;
  }

  ecolib.ready = ready;
  ecolib.langOf = langOf;
})(self.ecolibSearch); // the namespace that the parts before this one made
