/*
 * ecolib search: snippets (make_snippet in src/search/query.rs): the passage of a page's text with the most
 * distinct matched terms, HTML-escaped, the matches in <mark>.
 *
 * Needs from the namespace: analyze (analyzer.js), collapseWhitespace (query.js). Adds: makeSnippet,
 * escapeHtml.
 *
 * Classic script, ES2017, a part of the search bundle after query.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  /** Escapes text for HTML, as query.rs `escape` does. */
  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  /**
   * The passage of `text` with the most distinct matched terms, escaped, matches in <mark>; null when
   * nothing matches.
   * @param {string} text
   * @param {string} analyzer 'ru' or 'kk'
   * @param {Set<string>} terms
   * @param {number} [words] window size (snippetWords)
   * @returns {string|null}
   */
  function makeSnippet(text, analyzer, terms, words) {
    text = String(text || '');
    var tokens = ecolib.analyze(text, analyzer);
    var hits = tokens.map(function (t) {
      return terms.has(t.term);
    });
    if (hits.indexOf(true) < 0) return null;
    var window = Math.min(words || 24, tokens.length);
    var best = [0, 0, 0]; // distinct, total, start
    for (var start = 0; start <= tokens.length - window; start++) {
      var distinct = new Set();
      var total = 0;
      for (var i = start; i < start + window; i++) {
        if (hits[i]) {
          distinct.add(tokens[i].term);
          total++;
        }
      }
      if (distinct.size > best[0] || (distinct.size === best[0] && total > best[1])) best = [distinct.size, total, start];
    }
    var firstHit = best[2];
    for (var h = best[2]; h < best[2] + window; h++) {
      if (hits[h]) {
        firstHit = h;
        break;
      }
    }
    var from0 = Math.min(Math.max(firstHit - 3, 0, best[2] - 3), tokens.length - window);
    var end = from0 + window;
    var from = from0 === 0 ? 0 : tokens[from0].from;
    var to = end >= tokens.length ? text.length : tokens[end - 1].to;
    var out = from0 > 0 ? '…' : '';
    var cursor = from;
    for (var k = from0; k < end; k++) {
      var t = tokens[k];
      out += escapeHtml(text.slice(cursor, t.from));
      out += hits[k] ? '<mark>' + escapeHtml(text.slice(t.from, t.to)) + '</mark>' : escapeHtml(text.slice(t.from, t.to));
      cursor = t.to;
    }
    out += escapeHtml(text.slice(cursor, to));
    if (end < tokens.length) out += '…';
    return ecolib.collapseWhitespace(out);
  }

  ecolib.makeSnippet = makeSnippet;
  ecolib.escapeHtml = escapeHtml;
})(self.ecolibSearch); // the namespace that the parts before this one made
