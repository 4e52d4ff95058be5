/*
 * ecolib search: filters and facet counts over the facet files (docs/search-index.md, `f-<k>`), which only
 * queries with filters or facet counts load. Filters never change scores.
 *
 * Needs from the namespace: state, langOf (index.js), load (load.js). Adds: emptyFacets, filterSets,
 * loadFacets, countFacets.
 *
 * Classic script, ES2017, a part of the search bundle after score.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  var state = ecolib.state;
  var FACET_DIMENSIONS = ['lang', 'doc_type', 'topic', 'pillar', 'year'];

  /**
   * Loads the facet files `f-<k>` (once) as one list of rows by doc id: only queries with filters or facet
   * counts need them. Each holds `facetsPerFile` documents, so none grows with the site.
   */
  function loadFacets() {
    if (state.facets) return Promise.resolve(state.facets);
    var files = [];
    for (var k = 0; k * state.manifest.facetsPerFile < state.manifest.numDocs; k++) files.push(ecolib.load('f-' + k));
    return Promise.all(files).then(function (parts) {
      var docs = [];
      parts.forEach(function (part) {
        docs.push.apply(docs, part.rows);
      });
      state.facets = { docs: docs };
      return state.facets;
    });
  }

  /** The facets of a result that counts none: an empty list per dimension. */
  function emptyFacets() {
    var out = {};
    FACET_DIMENSIONS.forEach(function (d) {
      out[d] = [];
    });
    return out;
  }

  function toSet(value) {
    if (value == null || value === '') return null;
    var list = Array.isArray(value) ? value : [value];
    if (!list.length) return null;
    return new Set(
      list.map(function (v) {
        return String(v);
      }),
    );
  }

  /** The facet values of a document: {lang, doc_type, topic: [], pillar: [], year}; facets loaded. */
  function facetValues(docId) {
    var values = state.manifest.values;
    var row = state.facets.docs[docId];
    var lang = ecolib.langOf(docId);
    if (!row) return { lang: lang, doc_type: null, topic: [], pillar: [], year: null };
    var pick = function (list, index) {
      return index == null || list[index] == null ? null : list[index];
    };
    var picks = function (list, indexes) {
      return (indexes || [])
        .map(function (index) {
          return pick(list, index);
        })
        .filter(function (v) {
          return v != null;
        });
    };
    return {
      lang: lang,
      doc_type: pick(values.doc_type, row[0]),
      year: row[1] ? String(row[1]) : null,
      topic: picks(values.topic, row[2]),
      pillar: picks(values.pillar, row[3]),
    };
  }

  function passes(values, dimension, set) {
    if (!set) return true;
    var v = values[dimension];
    if (Array.isArray(v)) {
      return v.some(function (x) {
        return set.has(x);
      });
    }
    return v != null && set.has(v);
  }

  /**
   * The filters {lang, doc_type, topic, pillar, year} (each a value or an array of values) as a set of
   * values per dimension (null: not filtered); null when no dimension is.
   */
  function filterSets(filters) {
    filters = filters || {};
    var sets = {};
    var filtered = false;
    FACET_DIMENSIONS.forEach(function (d) {
      sets[d] = toSet(filters[d]);
      if (sets[d]) filtered = true;
    });
    return filtered ? sets : null;
  }

  /**
   * Applies the filters to the matches (in order) and counts the facets into `out`: per dimension, the
   * matches that pass the filters of the OTHER dimensions; value lists in the manifest's order, years
   * newest first.
   * @returns {Array} the matches that pass every filter
   */
  function countFacets(matches, sets, out) {
    var counts = {};
    FACET_DIMENSIONS.forEach(function (d) {
      counts[d] = new Map();
    });
    var kept = [];
    matches.forEach(function (m) {
      var values = facetValues(m.doc);
      var pass = FACET_DIMENSIONS.map(function (d) {
        return passes(values, d, sets[d]);
      });
      var failed = pass.filter(function (x) {
        return !x;
      }).length;
      if (!failed) kept.push(m);
      FACET_DIMENSIONS.forEach(function (d, i) {
        if (failed - (pass[i] ? 0 : 1) > 0) return; // fails another dimension
        var v = values[d];
        (Array.isArray(v) ? v : v == null ? [] : [v]).forEach(function (x) {
          counts[d].set(x, (counts[d].get(x) || 0) + 1);
        });
      });
    });
    var lists = state.manifest.values;
    ['lang', 'doc_type', 'topic', 'pillar'].forEach(function (d) {
      out[d] = (lists[d] || [])
        .filter(function (v) {
          return counts[d].has(v);
        })
        .map(function (v) {
          return { value: v, count: counts[d].get(v) };
        });
    });
    out.year = Array.from(counts.year.keys())
      .sort(function (a, b) {
        return Number(b) - Number(a);
      })
      .map(function (v) {
        return { value: v, count: counts.year.get(v) };
      });
    return kept;
  }

  ecolib.emptyFacets = emptyFacets;
  ecolib.filterSets = filterSets;
  ecolib.loadFacets = loadFacets;
  ecolib.countFacets = countFacets;
})(self.ecolibSearch); // the namespace that the parts before this one made
