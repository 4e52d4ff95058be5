/*
 * ecolib search: highlighting on the target page. A page opened with ?q=… (the link of a hit) gets the
 * words of its <main> that match the query, as its own analyzer finds them, wrapped in
 * <mark class="search-hit"> (text only: attributes, scripts and form fields are never touched).
 *
 * Needs from the namespace: queryTerms (engine.js), rawTokens, normalizeToken (analyzer.js); ui.el
 * (ui-common.js), a SearchBox (ui-box.js) for its engine. Adds to `ui`: highlight, highlightPage.
 *
 * Classic script, ES2017, a part of the search bundle after ui-results.js (themes/default/assets.toml);
 * under node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib, root) {
  'use strict';

  var ui = ecolib.ui;
  var doc = root.document;

  var SKIP = { SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, TEXTAREA: 1, TEMPLATE: 1, SELECT: 1, OPTION: 1, INPUT: 1, BUTTON: 1, SVG: 1, MATH: 1, IFRAME: 1, OBJECT: 1, CANVAS: 1 };

  /**
   * Wraps the words of `container` whose index term is in `terms` in <mark class="search-hit">.
   * Only text nodes are split; returns the marks made.
   */
  function highlight(container, terms, analyzer) {
    if (!terms || !terms.size) return [];
    var walker = doc.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */, {
      acceptNode: function (node) {
        for (var p = node.parentNode; p && p !== container; p = p.parentNode) {
          var tag = (p.nodeName || '').toUpperCase();
          if (SKIP[tag]) return 2; // FILTER_REJECT
          if (tag === 'MARK' && p.classList && p.classList.contains('search-hit')) return 2;
          if (p.hasAttribute && (p.hasAttribute('data-search-nohighlight') || p.isContentEditable)) return 2;
        }
        return /\S/.test(node.nodeValue) ? 1 : 3; // ACCEPT : SKIP
      },
    });
    var nodes = [];
    for (var n = walker.nextNode(); n && nodes.length < 20000; n = walker.nextNode()) nodes.push(n);
    var marks = [];
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var ranges = ecolib.rawTokens(text).filter(function (r) {
        return terms.has(ecolib.normalizeToken(text.slice(r[0], r[1]), analyzer));
      });
      if (!ranges.length) return;
      var fragment = doc.createDocumentFragment();
      var cursor = 0;
      ranges.forEach(function (r) {
        if (r[0] > cursor) fragment.appendChild(doc.createTextNode(text.slice(cursor, r[0])));
        var mark = ui.el('mark', 'search-hit', text.slice(r[0], r[1]));
        fragment.appendChild(mark);
        marks.push(mark);
        cursor = r[1];
      });
      if (cursor < text.length) fragment.appendChild(doc.createTextNode(text.slice(cursor)));
      node.parentNode.replaceChild(fragment, node);
    });
    return marks;
  }

  /**
   * Marks the words of the page's <main> that match `query` (from ?q=) and scrolls to the first, unless
   * the address names a place on the page.
   * @param {SearchBox} search the header search (its engine and language)
   */
  function highlightPage(search, query) {
    var main = doc.querySelector('main') || doc.body;
    if (!main) return;
    var pageLang = (doc.documentElement.getAttribute('lang') || search.lang || '').slice(0, 2);
    var analyzer = pageLang === 'kk' ? 'kk' : 'ru';
    search
      .load()
      .then(function () {
        return ecolib.queryTerms(query, { typing: true, analyzer: analyzer });
      })
      .then(function (terms) {
        var marks = highlight(main, terms, analyzer);
        if (marks.length && !root.location.hash && marks[0].scrollIntoView) marks[0].scrollIntoView({ block: 'center' });
      })
      .catch(function (error) {
        if (root.console) root.console.error('ecolib search:', error);
      });
  }

  ui.highlight = highlight;
  ui.highlightPage = highlightPage;
})(self.ecolibSearch, self); // the namespace that the parts before this one made
