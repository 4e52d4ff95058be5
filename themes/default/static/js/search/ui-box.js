/*
 * ecolib search: the search box in the header of every page and its panel: search as you type, the hits
 * (titles first, snippets when their text has arrived) as a listbox the keyboard walks, a link to the
 * results page. A SearchBox also holds its form's words (strings, facet labels, dates) and its way to the
 * engine; the results page and the highlighting borrow them.
 *
 * Needs from the namespace: search (engine.js); ui.formStrings, normalizeRoot, hitUrl, languageFirst, el,
 * setSnippet (ui-common.js). Adds to `ui`: SearchBox.
 *
 * Classic script, ES2017, a part of the search bundle after ui-common.js (themes/default/assets.toml);
 * under node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib, root) {
  'use strict';

  var ui = ecolib.ui;
  var el = ui.el;
  var setSnippet = ui.setSnippet;
  var doc = root.document;

  // A person types a key every 150–250 ms: searching only after a pause keeps the prefixes typed on the way
  // from loading files of their own.
  var DEBOUNCE_MS = 220;
  var PANEL_HITS = 8;

  var idCounter = 0;
  function uid(prefix) {
    idCounter++;
    return prefix + '-' + idCounter;
  }

  /**
   * The search box of one form.site-search and its panel; also the form's words (strings, labels, dates)
   * and its way to the engine, which the results page and the highlighting use.
   * @param {Element} form
   * @param {function(string): Promise} loadEngine loads the engine (once) for a site root, resolves to the
   *   manifest (ui.js)
   */
  function SearchBox(form, loadEngine) {
    var self = this;
    this.form = form;
    this.loadEngine = loadEngine;
    this.input = form.querySelector('input[name="q"]');
    this.root = ui.normalizeRoot(form.getAttribute('data-root'));
    this.lang = form.getAttribute('data-lang') || (doc.documentElement.getAttribute('lang') || 'en').slice(0, 2);
    // The interface strings, t(key, values) and count(n), which the results page uses too.
    Object.assign(this, ui.formStrings(form, this.lang));
    this.manifest = null;
    this.seq = 0;
    this.timer = null;
    this.hits = [];
    this.active = -1;
    this.lastQuery = '';
    if (!this.input) return;
    this.buildPanel();

    var start = function () {
      self.load();
    };
    this.input.addEventListener('focus', start);
    this.input.addEventListener('input', function () {
      self.load();
      clearTimeout(self.timer);
      self.timer = setTimeout(function () {
        self.run(self.input.value);
      }, DEBOUNCE_MS);
    });
    this.input.addEventListener('keydown', function (event) {
      self.onKey(event);
    });
    form.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
        // Let a click on a result land before closing.
        setTimeout(function () {
          if (!form.contains(doc.activeElement)) self.close();
        }, 150);
      }
    });
    doc.addEventListener('pointerdown', function (event) {
      if (!form.contains(event.target)) self.close();
    });
  }

  /** The label of a facet value (a doc type, topic, pillar, language) in the interface language. */
  SearchBox.prototype.label = function (dimension, value) {
    if (dimension === 'year') return String(value);
    var table = this.manifest && this.manifest.labels && this.manifest.labels[dimension];
    var entry = table && table[value];
    return (entry && (entry[this.lang] || entry.en || entry.ru)) || String(value);
  };

  /** An ISO date (YYYY-MM-DD) as the interface language writes it. */
  SearchBox.prototype.formatDate = function (iso) {
    if (!iso) return '';
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m || typeof Intl === 'undefined') return iso;
    try {
      var date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return new Intl.DateTimeFormat(this.lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
    } catch (e) {
      return iso;
    }
  };

  /** Breadcrumb (section), type, date of a hit. */
  SearchBox.prototype.meta = function (hit) {
    var meta = el('span', 'search-hit-meta');
    var parts = [];
    if (hit.section) parts.push(el('span', 'search-hit-section', hit.section));
    if (hit.docType) parts.push(el('span', 'search-hit-type', this.label('doc_type', hit.docType)));
    if (hit.date) {
      var time = el('time', 'search-hit-date', this.formatDate(hit.date));
      time.setAttribute('datetime', hit.date);
      parts.push(time);
    }
    parts.forEach(function (part, i) {
      if (i) meta.appendChild(doc.createTextNode(' · '));
      meta.appendChild(part);
    });
    return meta;
  };

  /** Loads the engine and the manifest (once); a failure shows in the panel. */
  SearchBox.prototype.load = function () {
    var self = this;
    return this.loadEngine(this.root).then(
      function (manifest) {
        self.manifest = manifest;
        return manifest;
      },
      function (error) {
        self.showStatus(self.t('load_error'));
        if (root.console) root.console.error('ecolib search:', error);
        throw error;
      },
    );
  };

  // --- the panel -------------------------------------------------------------

  /** Opens the page of a panel option (its data-href), here or in a new tab. */
  function openOption(item, newTab) {
    var href = item && item.getAttribute('data-href');
    if (!href) return;
    if (newTab && root.open) root.open(href, '_blank', 'noopener');
    else root.location.href = href;
  }

  SearchBox.prototype.buildPanel = function () {
    var input = this.input;
    var id = uid('search-panel');
    this.panel = el('div', 'search-panel');
    this.panel.id = id;
    this.panel.hidden = true;
    this.list = el('ul', 'search-panel-list');
    this.list.id = id + '-list';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', this.t('results_label'));
    this.status = el('p', 'search-panel-status');
    this.footer = el('p', 'search-panel-footer');
    this.panel.appendChild(this.list);
    this.panel.appendChild(this.status);
    this.panel.appendChild(this.footer);
    this.live = el('div', 'visually-hidden');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.form.appendChild(this.panel);
    this.form.appendChild(this.live);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.list.id);
    input.setAttribute('autocomplete', 'off');
    var self = this;
    var onClick = function (event) {
      var item = event.target.closest ? event.target.closest('[role="option"]') : null;
      if (!item || (event.type === 'auxclick' && event.button !== 1)) return;
      event.preventDefault();
      // As with a link: a middle click or a click with Ctrl, Cmd or Shift opens a new tab.
      openOption(item, event.type === 'auxclick' || event.ctrlKey || event.metaKey || event.shiftKey);
    };
    this.list.addEventListener('click', onClick);
    this.list.addEventListener('auxclick', onClick);
    // The box keeps the focus while an option is pressed, so the panel does not close under a slow click.
    this.list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    this.list.addEventListener('mousemove', function (event) {
      var item = event.target.closest ? event.target.closest('[role="option"]') : null;
      if (item) self.setActive(Number(item.getAttribute('data-index')), false);
    });
  };

  SearchBox.prototype.open = function () {
    this.panel.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  };

  SearchBox.prototype.close = function () {
    if (!this.panel || this.panel.hidden) return;
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  };

  SearchBox.prototype.showStatus = function (text) {
    if (!this.panel) return;
    this.list.textContent = '';
    this.footer.textContent = '';
    this.status.textContent = text;
    this.hits = [];
    this.setActive(-1);
    if (text && doc.activeElement === this.input && this.input.value.trim()) this.open();
  };

  SearchBox.prototype.setActive = function (index, scroll) {
    var items = this.list.querySelectorAll('[role="option"]');
    if (index >= items.length) index = items.length - 1;
    this.active = index;
    for (var i = 0; i < items.length; i++) items[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    if (index >= 0) {
      this.input.setAttribute('aria-activedescendant', items[index].id);
      if (scroll !== false && items[index].scrollIntoView) items[index].scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  SearchBox.prototype.onKey = function (event) {
    var n = this.hits.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!n) return;
        event.preventDefault();
        if (this.panel.hidden) this.open();
        this.setActive(this.active + 1 >= n ? 0 : this.active + 1);
        break;
      case 'ArrowUp':
        if (!n) return;
        event.preventDefault();
        if (this.panel.hidden) this.open();
        this.setActive(this.active <= 0 ? n - 1 : this.active - 1);
        break;
      case 'Enter':
        if (!this.panel.hidden && this.active >= 0) {
          event.preventDefault();
          openOption(this.list.querySelectorAll('[role="option"]')[this.active], event.ctrlKey || event.metaKey);
        }
        break; // otherwise the form goes to the results page
      case 'Escape':
        if (!this.panel.hidden) {
          event.preventDefault();
          this.close();
        }
        break;
      default:
    }
  };

  /** Search as you type. */
  SearchBox.prototype.run = function (value) {
    var self = this;
    var query = String(value);
    var seq = ++this.seq;
    if (!query.trim()) {
      this.lastQuery = '';
      this.showStatus('');
      this.live.textContent = '';
      this.close();
      return Promise.resolve();
    }
    if (!this.manifest) this.showStatus(this.t('loading'));
    return this.load()
      .then(function () {
        if (seq !== self.seq) return null;
        if (!self.hits.length) self.status.textContent = self.t('searching');
        return ecolib.search(query, {
          typing: true,
          limit: PANEL_HITS,
          preferLang: self.lang,
          deferSnippets: true,
          isStale: function () {
            return seq !== self.seq;
          },
        });
      })
      .then(function (result) {
        if (!result || seq !== self.seq) return;
        self.lastQuery = query;
        self.render(result, query, seq);
      })
      .catch(function (error) {
        if (seq !== self.seq) return;
        self.showStatus(self.t('load_error'));
        if (root.console) root.console.error('ecolib search:', error);
      });
  };

  SearchBox.prototype.render = function (result, query, seq) {
    var self = this;
    this.list.textContent = '';
    this.footer.textContent = '';
    this.hits = ui.languageFirst(result.hits, this.lang);
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    var announce = result.total ? this.count(result.total) : this.t('no_results');
    this.status.textContent = result.total ? '' : announce;
    this.live.textContent = announce;
    var snippetNodes = [];
    var grouped = this.hits.some(function (h) {
      return h.lang === self.lang;
    });
    this.hits.forEach(function (hit, i) {
      if (grouped && hit.lang !== self.lang && (i === 0 || self.hits[i - 1].lang === self.lang)) {
        // Options carry their own lang: the heading is for the eyes only.
        var label = el('li', 'search-group-label', self.t('other_languages'));
        label.setAttribute('role', 'presentation');
        label.setAttribute('aria-hidden', 'true');
        self.list.appendChild(label);
      }
      var item = el('li', 'search-hit-item');
      item.id = self.list.id + '-' + i;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.setAttribute('data-index', String(i));
      if (hit.lang && hit.lang !== self.lang) item.setAttribute('lang', hit.lang);
      // An option holds no link: a focusable element inside an option is a nested control (WCAG 4.1.2),
      // so the option carries its page in data-href and opens it itself (openOption).
      item.setAttribute('data-href', ui.hitUrl(self.root, hit.url, query));
      item.appendChild(el('span', 'search-hit-title', hit.title));
      item.appendChild(self.meta(hit));
      var snippet = el('p', 'search-snippet search-hit-snippet');
      setSnippet(snippet, hit.snippetHtml);
      snippetNodes.push(snippet);
      item.appendChild(snippet);
      self.list.appendChild(item);
    });
    if (result.snippets) {
      // Titles first; the snippets (or summaries) fill in when the text shards have arrived.
      result.snippets.then(
        function () {
          if (seq !== self.seq) return;
          self.hits.forEach(function (hit, i) {
            setSnippet(snippetNodes[i], hit.snippetHtml);
          });
        },
        function () {},
      );
    }
    if (result.total) {
      var more = el('a', null, this.t('all_results') + ' (' + result.total + ')');
      more.href = (this.form.getAttribute('action') || this.root + 'search/index.html') + '?q=' + encodeURIComponent(query);
      this.footer.appendChild(more);
    }
    if (doc.activeElement === this.input) this.open();
  };

  ui.SearchBox = SearchBox;
})(self.ecolibSearch, self); // the namespace that the parts before this one made
