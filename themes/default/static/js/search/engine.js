/*
 * ecolib search: the browser search engine over the static index, and its public API.
 *
 * Reads the files of public/search/ described in docs/search-index.md (the contract) and answers queries
 * exactly as `ecolib search` does (src/search/query.rs): same query language, same expansions of each word
 * into index terms, same BM25 with the same field boosts and weights, same order, same snippets. This file
 * puts the parts together: a query's plan (its words' expansions per analyzer), the must clauses and their
 * intersection, exclusions, filters and facets, then the hits' rows and snippets.
 *
 * Which files a query loads (docs/search-index.md, format 4): the manifest once (the facet files only for
 * filters and facet counts); for each word and analyzer, the one dictionary shard where its stem is or
 * would be (its `tops` hold a prefix's most frequent terms when they run past the shard), and the blob
 * files of the long posting lists of the terms the word expands to; the positions of phrase terms for
 * phrases; the `r` files (result rows) of the hits shown, then their `x` files (summaries and snippet text),
 * after the hits are returned with `deferSnippets`. The typo rule (a term one edit away) is checked, as in
 * Rust, against the analyzer's typo vocabulary (its most frequent terms, a fixed number: the `y` files,
 * loaded whole), only when a word of minTypoWordLen or more characters has neither an exact nor a prefix
 * match in any analyzer; then the chosen terms' dictionary shards.
 *
 * Needs from the namespace: state, ANALYZERS, ready, langOf (index.js), parseQuery (query.js),
 * wordExpansions (expand.js), resolvePostings (dictionary.js), scoreTerm, phraseScores (score.js),
 * emptyFacets, filterSets, loadFacets, countFacets (facets.js), makeSnippet, escapeHtml (snippets.js), load
 * (load.js), normalizeToken, analyzerFor (analyzer.js). Adds: search, queryTerms, expandWord.
 *
 * Classic script, ES2017, a part of the search bundle after facets.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  var fround = Math.fround;
  var state = ecolib.state;
  var ANALYZERS = ecolib.ANALYZERS;

  /**
   * Parses and expands a query: for each analyzer, the terms its words and phrases stand for.
   * @param {string} query
   * @param {boolean} typing
   * @param {boolean} [stopAtEmpty] stop at the first word that matches nothing (the search does; the
   *   highlighting on a page wants every word's terms)
   * @returns {Promise<{parsed: object, words: Array, matched: Object<string, Set<string>>, empty: boolean}>}
   */
  async function plan(query, typing, stopAtEmpty) {
    await ecolib.ready();
    var p = state.params;
    var parsed = ecolib.parseQuery(query, typing, { maxChars: p.maxQueryChars, maxWords: p.maxQueryWords });
    var matched = { ru: new Set(), kk: new Set() };
    var words = [];
    var empty = false;
    for (var w = 0; w < parsed.words.length; w++) {
      var word = parsed.words[w];
      var wordTyping = parsed.typing && w + 1 === parsed.words.length;
      var expanded = await ecolib.wordExpansions(word, wordTyping);
      var perAnalyzer = expanded.analyzers;
      perAnalyzer.forEach(function (entry) {
        entry.expansions.forEach(function (e) {
          matched[entry.analyzer.name].add(e.term);
        });
      });
      words.push({ word: word, typing: wordTyping, analyzers: perAnalyzer });
      if (!expanded.found) {
        empty = true;
        // The query matches nothing (query.rs returns here too): the later words need no expanding.
        if (stopAtEmpty) break;
      }
    }
    return { parsed: parsed, words: words, matched: matched, empty: empty };
  }

  /**
   * The index terms a query stands for in one analyzer (for highlighting on a page).
   * @param {string} query
   * @param {{typing?: boolean, analyzer?: string}} [options]
   * @returns {Promise<Set<string>>}
   */
  ecolib.queryTerms = async function (query, options) {
    options = options || {};
    var pl = await plan(query, !!options.typing);
    for (var i = 0; i < pl.parsed.phrases.length; i++) {
      pl.parsed.phrases[i].forEach(function (w) {
        ANALYZERS.forEach(function (a) {
          if (state.analyzers[a]) pl.matched[a].add(ecolib.normalizeToken(w, a));
        });
      });
    }
    return pl.matched[options.analyzer === 'kk' ? 'kk' : 'ru'];
  };

  /**
   * The must clauses of a query: for each word, the scores (Map doc -> score) of all its expansions in every
   * field and analyzer, summed; for each phrase, its phrase scores. Loads the long posting lists first.
   */
  async function mustClauses(pl) {
    var p = state.params;
    var entries = [];
    pl.words.forEach(function (w) {
      w.analyzers.forEach(function (entry) {
        entries.push.apply(entries, entry.expansions);
      });
    });
    await ecolib.resolvePostings(entries);
    var clauses = [];
    pl.words.forEach(function (w) {
      var scores = new Map();
      w.analyzers.forEach(function (entry) {
        entry.expansions.forEach(function (e) {
          for (var f = 0; f < p.numFields; f++) ecolib.scoreTerm(entry.analyzer, e.shard, e.i, f, fround(p.boosts[f] * e.weight), scores);
        });
      });
      clauses.push(scores);
    });
    var phrases = pl.parsed.phrases;
    for (var ph = 0; ph < phrases.length; ph++) clauses.push(await ecolib.phraseScores(phrases[ph], pl.matched));
    return clauses;
  }

  /** The documents that hold an excluded word or phrase. */
  async function excludedDocs(excludedPhrases) {
    var excluded = new Set();
    for (var ex = 0; ex < excludedPhrases.length; ex++) {
      (await ecolib.phraseScores(excludedPhrases[ex], null)).forEach(function (_, doc) {
        excluded.add(doc);
      });
    }
    return excluded;
  }

  /**
   * The documents in every clause and not excluded, with the sum of their clause scores (in f32), best
   * first, ties by doc id.
   * @returns {Array<{doc: number, score: number}>}
   */
  function intersect(clauses, excluded) {
    // Starting from the smallest clause.
    var smallest = clauses.reduce(function (a, b) {
      return b.size < a.size ? b : a;
    });
    var matches = [];
    smallest.forEach(function (_, doc) {
      if (excluded.has(doc)) return;
      var score = 0;
      for (var c = 0; c < clauses.length; c++) {
        var s = clauses[c].get(doc);
        if (s === undefined) return;
        score = fround(score + s);
      }
      matches.push({ doc: doc, score: score });
    });
    matches.sort(function (a, b) {
      return b.score - a.score || a.doc - b.doc;
    });
    return matches;
  }

  /** The matches in language `lang` first, each group in its order. */
  function languageFirst(matches, lang) {
    var mine = [];
    var others = [];
    matches.forEach(function (m) {
      (ecolib.langOf(m.doc) === lang ? mine : others).push(m);
    });
    return mine.concat(others);
  }

  /**
   * The rows of documents from the files `<prefix>-<n>` of `perFile` consecutive documents each (r: result
   * rows, x: summaries and snippet text), loading the files needed.
   * @param {string} prefix
   * @param {number} perFile
   * @param {Array<{doc: number}>} matches
   * @returns {Promise<Array>} the rows in the order of `matches`
   */
  async function loadRows(prefix, perFile, matches) {
    var files = await Promise.all(
      matches.map(function (m) {
        return ecolib.load(prefix + '-' + Math.floor(m.doc / perFile));
      }),
    );
    return matches.map(function (m, k) {
      var row = files[k].rows[m.doc % perFile];
      if (!row) throw new Error('ecolibSearch: no row for document ' + m.doc);
      return row;
    });
  }

  /**
   * Runs a query.
   * @param {string} query
   * @param {{typing?: boolean, filters?: object, facets?: boolean, limit?: number, preferLang?: string,
   *   deferSnippets?: boolean, isStale?: function(): boolean}} [options]
   *   typing: the query is being typed (its last word expands as a prefix from 2 characters);
   *   filters: {lang, doc_type, topic, pillar, year}, each a value or an array of values (any of them);
   *   dimensions combine with AND; they never change scores. facets: count the facets (filters count
   *   them too; both load the facet files). limit: hits with details (default 10).
   *   preferLang: hits in that language first, each group keeping its order. deferSnippets: resolve
   *   with an empty snippetHtml and `result.snippets`, a promise that resolves when the text shards
   *   have arrived and each hit's snippetHtml holds its snippet (or its summary). isStale: when it
   *   returns true (a newer query replaced this one), the search loads no more postings, rows or text.
   * @returns {Promise<{hits: Array<{docId: number, id: string, score: number, title: string, url: string,
   *   lang: string, docType: string, section: string, date: (string|null), snippetHtml: string}>,
   *   total: number, facets: object, snippets?: Promise}>} total: matching documents after filters;
   *   facets (empty lists unless counted): per dimension, [{value, count}] over the matching documents
   *   that pass the filters of the OTHER dimensions (so a checked box does not hide its siblings), value
   *   lists in the manifest's order, years newest first. Titles, sections and the like are raw text:
   *   escape them.
   */
  ecolib.search = async function (query, options) {
    options = options || {};
    var limit = options.limit == null ? 10 : Math.floor(Number(options.limit));
    if (!(limit >= 0)) limit = 0; // NaN or negative; Infinity stays
    // A query typed over by a newer one stops before loading more files.
    var stale = typeof options.isStale === 'function' ? options.isStale : function () {
      return false;
    };
    var pl = await plan(query, !!options.typing, true);
    var parsed = pl.parsed;
    var p = state.params;
    var result = { hits: [], total: 0, facets: ecolib.emptyFacets() };
    if (pl.empty || (!parsed.words.length && !parsed.phrases.length) || stale()) return result;

    var matches = intersect(await mustClauses(pl), await excludedDocs(parsed.excluded));

    // Filters (after scoring) and facet counts: only these need the facet files.
    var sets = ecolib.filterSets(options.filters);
    var kept = matches;
    if (sets || options.facets) {
      await ecolib.loadFacets();
      kept = ecolib.countFacets(matches, sets || {}, result.facets);
    }

    if (options.preferLang) kept = languageFirst(kept, options.preferLang);
    result.total = kept.length;

    // Hits: metadata from the docs shards; snippets (or summaries) from the text shards.
    var shown = stale() ? [] : kept.slice(0, limit);
    var rows = await loadRows('r', state.manifest.docsPerFile, shown);
    result.hits = shown.map(function (m, k) {
      return hitOf(m, rows[k]);
    });
    var loadSnippets = function () {
      if (stale()) return Promise.resolve([]);
      return loadRows('x', state.manifest.textPerFile, shown).then(function (texts) {
        return result.hits.map(function (hit, k) {
          var text = texts[k] || [];
          var analyzer = ecolib.analyzerFor(hit.lang);
          var snippet = ecolib.makeSnippet(text[1] || '', analyzer, pl.matched[analyzer], p.snippetWords);
          hit.snippetHtml = snippet != null ? snippet : ecolib.escapeHtml(text[0] || '');
          return hit.snippetHtml;
        });
      });
    };
    if (options.deferSnippets) {
      // The hits now (snippetHtml ""), their text once they are shown: `result.snippets` resolves when
      // each hit's snippetHtml holds its snippet, or its summary when the text has no match.
      result.snippets = new Promise(function (resolve) {
        setTimeout(resolve, 0);
      }).then(loadSnippets);
      result.snippets.catch(function () {});
    } else {
      await loadSnippets();
    }
    return result;
  };

  /** A hit from its match and its docs row [key, url, title, section, docType, date]. */
  function hitOf(m, row) {
    var manifest = state.manifest;
    var lang = ecolib.langOf(m.doc);
    var url = row[1];
    var key = row[0];
    if (!key) {
      key = url.replace(/\/$/, '');
      if (lang && key.indexOf(lang + '/') === 0) key = key.slice(lang.length + 1);
    }
    var named = function (list, value) {
      return typeof value === 'number' ? list[value] : value;
    };
    return {
      docId: m.doc,
      id: lang + ':' + key,
      score: m.score,
      title: row[2],
      url: url,
      lang: lang,
      docType: named(manifest.values.doc_type, row[4]),
      section: named(manifest.sections, row[3]),
      date: row[5] || null,
      snippetHtml: '',
    };
  }

  /**
   * The expansions of the last word of `query` as the search uses them: {ru: [[term, weight], …], kk: […]}.
   * @param {string} query
   * @param {boolean} [typing]
   */
  ecolib.expandWord = async function (query, typing) {
    var pl = await plan(String(query), !!typing);
    var out = {};
    if (!pl.words.length) return out;
    pl.words[pl.words.length - 1].analyzers.forEach(function (entry) {
      out[entry.analyzer.name] = entry.expansions.map(function (e) {
        return [e.term, e.weight];
      });
    });
    return out;
  };
})(self.ecolibSearch); // the namespace that the parts before this one made
