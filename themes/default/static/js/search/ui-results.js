/*
 * ecolib search: the results page (the page at the form's action, search/index.html): a status line that
 * heads the results and announces their count, the results with snippets (the interface language first,
 * then "In other languages"), "Show more", and the facets, whose counts load when the reader asks to
 * refine. The status line goes into #search-status when the page has it, else at the top of the results;
 * a theme that puts it above the results and facets and reserves its height keeps the page from shifting
 * while results arrive.
 *
 * Needs from the namespace: search (engine.js); ui.hitUrl, languageFirst, el, setSnippet (ui-common.js),
 * a SearchBox (ui-box.js) for its strings, labels and engine. Adds to `ui`: ResultsPage.
 *
 * Classic script, ES2017, a part of the search bundle after ui-box.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib, root) {
  'use strict';

  var ui = ecolib.ui;
  var el = ui.el;
  var doc = root.document;

  // Results with snippets at first, and how many more each press of the button adds: each result loads its
  // row and text files.
  var PAGE_SIZE = 10;
  var MORE_SIZE = 30;
  var FACETS = ['doc_type', 'topic', 'pillar', 'lang', 'year'];

  /** `parent` with `child` appended. */
  function wrap(parent, child) {
    parent.appendChild(child);
    return parent;
  }

  /**
   * The results page: a status line, the results (page language first), the facets.
   * @param {SearchBox} search the header search (strings, labels, engine)
   * @param {{results: Element, facets: Element|null, status: Element|null}} places where results, facets
   *   and the status line go
   * @param {string} query
   */
  function ResultsPage(search, places, query) {
    this.search = search;
    this.places = places;
    this.query = query;
    this.filters = {};
    this.limit = PAGE_SIZE;
    // Facet counts need a file with every document's values: loaded when the reader asks to refine.
    this.facetsShown = false;
    this.seq = 0;
    this.build();
  }

  ResultsPage.prototype.build = function () {
    var s = this.search;
    var box = this.places.results;
    var self = this;
    box.textContent = '';
    // The status line announces the count; the list itself must not be read out on every change.
    box.removeAttribute('aria-live');
    this.status = el('span', 'search-status');
    this.status.setAttribute('role', 'status');
    var statusBox = this.places.status || box;
    if (statusBox !== box) statusBox.textContent = '';
    statusBox.appendChild(this.statusLine());
    if (!this.query) {
      this.status.textContent = s.t('empty_query');
      if (s.input) s.input.focus();
      return;
    }
    this.lists = el('div', 'search-result-lists');
    box.appendChild(this.lists);
    this.more = el('button', 'search-more', s.t('more_results'));
    this.more.type = 'button';
    this.more.hidden = true;
    this.more.addEventListener('click', function () {
      self.limit += MORE_SIZE;
      self.update(self.shownCount);
    });
    box.appendChild(this.more);
    this.status.textContent = s.t('loading');
    s.load().then(
      function () {
        self.update(0);
      },
      function () {
        self.status.textContent = s.t('load_error');
      },
    );
  };

  /**
   * The element that holds the status line. The result titles are h3 under the page's h1, so with a query
   * the line is their h2 (the theme's results_for heading when it has one, else the count itself): heading
   * levels never skip. Without a query there are no results, and the line is a paragraph.
   */
  ResultsPage.prototype.statusLine = function () {
    var s = this.search;
    if (!this.query) return wrap(el('p', 'search-status-line'), this.status);
    var heading = el('h2', 'search-heading');
    if (!s.t('results_for')) return wrap(heading, this.status);
    heading.textContent = s.t('results_for', { q: this.query });
    var line = wrap(el('p', 'search-status-line'), this.status);
    var both = doc.createDocumentFragment();
    both.appendChild(heading);
    both.appendChild(line);
    return both;
  };

  ResultsPage.prototype.filterValues = function () {
    var out = {};
    var filters = this.filters;
    Object.keys(filters).forEach(function (d) {
      var values = Array.from(filters[d]);
      if (values.length) out[d] = values;
    });
    return out;
  };

  /** Runs the query with the filters; `focusFrom` is the index of the first new result (for focus). */
  ResultsPage.prototype.update = function (focusFrom) {
    var self = this;
    var s = this.search;
    var seq = ++this.seq;
    this.status.textContent = s.t('searching');
    return ecolib
      .search(this.query, {
        typing: false,
        filters: this.filterValues(),
        facets: this.facetsShown,
        limit: this.limit,
        preferLang: s.lang,
        isStale: function () {
          return seq !== self.seq;
        },
      })
      .then(function (result) {
        if (seq !== self.seq) return;
        self.render(result, focusFrom);
      })
      .catch(function (error) {
        if (seq !== self.seq) return;
        self.status.textContent = s.t('load_error');
        if (root.console) root.console.error('ecolib search:', error);
      });
  };

  ResultsPage.prototype.render = function (result, focusFrom) {
    var s = this.search;
    var self = this;
    this.status.textContent = result.total ? s.count(result.total) : s.t('no_results');
    this.lists.textContent = '';
    var focusTarget = null;
    var list = null;
    var hits = ui.languageFirst(result.hits, s.lang);
    var grouped = hits.some(function (h) {
      return h.lang === s.lang;
    });
    hits.forEach(function (hit, i) {
      var other = hit.lang !== s.lang;
      if (!list || (grouped && other && hits[i - 1] && hits[i - 1].lang === s.lang)) {
        if (list) self.lists.appendChild(el('h2', 'search-group-label', s.t('other_languages')));
        list = el('ol', 'search-result-list');
        list.setAttribute('aria-label', other && grouped ? s.t('other_languages') : s.t('results_label'));
        if (i) list.start = i + 1;
        self.lists.appendChild(list);
      }
      var item = el('li', 'search-result');
      if (hit.lang && other) item.setAttribute('lang', hit.lang);
      var title = el('h3', 'search-hit-title');
      var link = el('a', null, hit.title);
      link.href = ui.hitUrl(s.root, hit.url, self.query);
      title.appendChild(link);
      item.appendChild(title);
      item.appendChild(s.meta(hit));
      var snippet = el('p', 'search-snippet search-hit-snippet');
      ui.setSnippet(snippet, hit.snippetHtml);
      item.appendChild(snippet);
      list.appendChild(item);
      if (focusFrom > 0 && i === focusFrom) focusTarget = link;
    });
    this.shownCount = result.hits.length;
    this.more.hidden = result.hits.length >= result.total;
    if (!this.more.hidden) this.more.textContent = s.t('more_results') + ' (' + result.hits.length + ' / ' + result.total + ')';
    if (focusTarget) focusTarget.focus();
    this.renderFacets(result.facets);
  };

  ResultsPage.prototype.renderFacets = function (facets) {
    var s = this.search;
    var self = this;
    var box = this.places.facets;
    if (!box) return;
    var active = doc.activeElement;
    var focused = active && box.contains(active) ? active.getAttribute('data-key') : null;
    var refocus = null;
    box.textContent = '';
    if (!box.getAttribute('aria-label')) box.setAttribute('aria-label', s.t('filters'));
    if (!this.facetsShown) {
      var refine = el('button', 'search-refine', s.t('filters'));
      refine.type = 'button';
      refine.setAttribute('aria-expanded', 'false');
      refine.addEventListener('click', function () {
        self.facetsShown = true;
        self.update(0).then(function () {
          var first = box.querySelector('input');
          if (first) first.focus();
        });
      });
      box.appendChild(refine);
      return;
    }
    var anyChecked = false;
    FACETS.forEach(function (d) {
      var selected = self.filters[d] || new Set();
      var counts = (facets[d] || []).slice();
      selected.forEach(function (v) {
        var shown = counts.some(function (f) {
          return f.value === v;
        });
        if (!shown) counts.push({ value: v, count: 0 });
      });
      if (!counts.length) return;
      var fieldset = el('fieldset', 'search-facet search-facet-' + d.replace('_', '-'));
      fieldset.appendChild(el('legend', null, s.t('facet_' + d)));
      counts.forEach(function (f) {
        var label = el('label');
        var box1 = el('input');
        box1.type = 'checkbox';
        box1.name = d;
        box1.value = f.value;
        box1.checked = selected.has(f.value);
        box1.setAttribute('data-key', d + '\u0000' + f.value);
        if (box1.checked) anyChecked = true;
        box1.addEventListener('change', function () {
          var set = self.filters[d] || (self.filters[d] = new Set());
          if (box1.checked) set.add(f.value);
          else set.delete(f.value);
          self.limit = PAGE_SIZE;
          self.update(0);
        });
        label.appendChild(box1);
        label.appendChild(doc.createTextNode(' ' + s.label(d, f.value) + ' '));
        label.appendChild(el('span', 'search-facet-count', '(' + f.count + ')'));
        fieldset.appendChild(label);
        if (focused === d + '\u0000' + f.value) refocus = box1;
      });
      box.appendChild(fieldset);
    });
    if (anyChecked) {
      var clear = el('button', 'search-clear', s.t('clear_filters'));
      clear.type = 'button';
      clear.addEventListener('click', function () {
        self.filters = {};
        self.limit = PAGE_SIZE;
        self.update(0);
        if (s.input) s.input.focus();
      });
      box.appendChild(clear);
    }
    if (refocus) refocus.focus();
  };

  ui.ResultsPage = ResultsPage;
})(self.ecolibSearch, self); // the namespace that the parts before this one made
