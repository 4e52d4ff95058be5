/*
 * ecolib search: the user interface. Progressive enhancement of the search form in the header of every
 * page; works from file:// (scripts are added as <script> elements, nothing is fetched).
 *
 * Markup the theme provides:
 *
 *   <form class="site-search" role="search" action="{{ root }}search/index.html" method="get"
 *         data-root="{{ root }}" data-lang="{{ lang }}">
 *     <label for="site-search-q">…</label>
 *     <input type="search" id="site-search-q" name="q" autocomplete="off">
 *     <button type="submit">…</button>
 *   </form>
 *   <script src="{{ root }}search/strings.js" defer></script>
 *   <script src="{{ root }}{{ assets["js/search.js"] }}" defer></script>   (the bundle, ui.js last)
 *
 * - data-root: relative path from the page to the site root ("", "../", "../../" …).
 * - data-lang: the interface language (ru, kk, en): labels, date format, and which hits come first.
 * - search/strings.js (written by the build) sets window.ecolibSearchStrings to the interface strings of
 *   every language, { ru: {...}, en: {...} }; the form's data-lang picks one. A theme may also put a
 *   data-strings attribute with a JSON object on the form: its keys take precedence. Each key
 *   below is looked up as is, then with a "search_" prefix, then under the alias in brackets (the keys of
 *   the default theme's i18n files); {n} is a number, {q} the query. Keys:
 *     loading           while the index loads                     [search_loading]
 *     searching         while a query runs (else: loading)
 *     no_results        nothing matches                           [search_no_results]
 *     results_count     "{n} results"                             [search_results_count]
 *                       optional plural forms by Intl.PluralRules of data-lang, preferred when given:
 *                       results_count_one, _few, _many, _other
 *     other_languages   heading before the hits in other languages  [search_other_languages]
 *     all_results       panel link to the results page            [search_show_all]
 *     more_results      results page button that shows more       [search_show_more]
 *     results_label     accessible name of the result lists       [search_title]
 *     filters           accessible name of the facets             [search_facets]
 *     clear_filters     button that clears the facets             [search_clear]
 *     facet_doc_type, facet_topic, facet_pillar, facet_lang, facet_year
 *                       facet titles     [search_filter_type, search_filter_topic, search_filter_pillar,
 *                                         search_filter_lang, search_filter_year]
 *     load_error        the index cannot be loaded
 *     results_for       optional heading "Results for «{q}»" on the results page (when absent, the
 *                       count line is the results' heading)
 *     empty_query       optional text on the results page without a query
 *   A key the theme does not give falls back to English (results_for and empty_query: nothing).
 *
 * The results page is the page at the form's action (search/index.html). Its results go into the element
 * #search-results (or [data-search-results]) and its facets into #search-facets when the page has them,
 * else into a new section at the end of <main>. The status line (the count, which heads the results) goes
 * into #search-status when the page has it, else at the top of the results; a theme that puts it above the
 * results and facets and reserves its height keeps the page from shifting while results arrive.
 * On any other page opened with ?q=…, the words of <main> that match the query are wrapped in
 * <mark class="search-hit"> (text only: attributes, scripts and form fields are never touched).
 *
 * The default theme bundles the engine (the stemmers, analyzer.js and the engine's parts up to engine.js)
 * with this file (themes/default/assets.toml); loaded alone, this script loads them (ENGINE_FILES) from its
 * own folder on first focus of the box, or at once when the page has ?q=. The index files come from
 * root + "search/". Default styles use :where() (zero specificity), so the theme's CSS always wins.
 * Classes for the theme: .search-panel, .search-panel-list, .search-hit-item, .search-hit-title,
 * .search-hit-meta, .search-snippet (also .search-hit-snippet), .search-group-label, .search-panel-footer,
 * .search-panel-status, .search-heading, .search-status-line, .search-status, .search-result-list,
 * .search-result, .search-more, .search-refine, .search-clear, .search-facet, .search-facet-count, mark.search-hit,
 * .visually-hidden; [aria-selected="true"] is the active result in the panel, whose page is its data-href.
 *
 * Needs from the namespace: search, queryTerms (engine.js), ready (index.js), rawTokens, normalizeToken
 * (analyzer.js); sets baseUrl (load.js). Adds: ui (init, and the pure helpers the tests check).
 */
(function (root) {
  'use strict';

  var ecolib = root.ecolibSearch = root.ecolibSearch || {};
  var doc = root.document;

  // The engine's sources in the bundle's order (themes/default/assets.toml), for this script loaded alone.
  var ENGINE_FILES = ['stem-ru.js', 'stem-en.js', 'stem-kk.js', 'analyzer.js', 'query.js', 'snippets.js', 'decode.js', 'load.js', 'index.js', 'dictionary.js', 'expand.js', 'score.js', 'facets.js', 'engine.js'];
  // A person types a key every 150–250 ms: searching only after a pause keeps the prefixes typed on the way
  // from loading files of their own.
  var DEBOUNCE_MS = 220;
  var PANEL_HITS = 8;
  // Results with snippets at first, and how many more each press of the button adds: each result loads its
  // row and text files.
  var PAGE_SIZE = 10;
  var MORE_SIZE = 30;
  var FACETS = ['doc_type', 'topic', 'pillar', 'lang', 'year'];

  var DEFAULT_STRINGS = {
    loading: 'Loading search…',
    no_results: 'Nothing found',
    results_count: '{n} results',
    results_count_one: '{n} result',
    other_languages: 'In other languages',
    load_error: 'Search is not available',
    all_results: 'All results',
    more_results: 'Show more',
    results_label: 'Search results',
    filters: 'Refine the results',
    clear_filters: 'Clear filters',
    facet_doc_type: 'Type of document',
    facet_topic: 'Topic',
    facet_pillar: 'Aarhus Convention pillar',
    facet_lang: 'Language',
    facet_year: 'Year',
  };

  /** Keys of the default theme's i18n for the keys above. */
  var ALIASES = {
    all_results: 'search_show_all',
    more_results: 'search_show_more',
    results_label: 'search_title',
    filters: 'search_facets',
    clear_filters: 'search_clear',
    facet_doc_type: 'search_filter_type',
    facet_topic: 'search_filter_topic',
    facet_pillar: 'search_filter_pillar',
    facet_lang: 'search_filter_lang',
    facet_year: 'search_filter_year',
  };

  /**
   * The string for `key` from the theme's strings, else the English default, else (for optional keys) "".
   * Fallbacks: searching -> loading.
   */
  function lookup(own, key) {
    var candidates = [key, 'search_' + key, ALIASES[key]];
    for (var i = 0; i < candidates.length; i++) {
      var c = candidates[i];
      if (c && typeof own[c] === 'string') return own[c];
    }
    if (key === 'searching') return lookup(own, 'loading');
    return DEFAULT_STRINGS[key] != null ? DEFAULT_STRINGS[key] : '';
  }

  // ---------------------------------------------------------------------------
  // Pure helpers (tested under node)
  // ---------------------------------------------------------------------------

  /** Replaces {name} placeholders. The result is text: insert it with textContent. */
  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (all, key) {
      return values && values[key] != null ? String(values[key]) : all;
    });
  }

  /** "" stays "", anything else ends with "/". */
  function normalizeRoot(path) {
    path = path == null ? '' : String(path);
    return path === '' || path.slice(-1) === '/' ? path : path + '/';
  }

  /** The link of a hit: the page's index.html, with the query for highlighting. */
  function hitUrl(rootPath, url, query) {
    return normalizeRoot(rootPath) + url + 'index.html' + (query ? '?q=' + encodeURIComponent(query) : '');
  }

  /** Hits in `lang` first, each group in its order. */
  function languageFirst(hits, lang) {
    var mine = [];
    var others = [];
    hits.forEach(function (h) {
      (h.lang === lang ? mine : others).push(h);
    });
    return mine.concat(others);
  }

  /** The q parameter of a location.search string ("" when absent or broken). */
  function queryFromSearch(search) {
    var parts = String(search || '').replace(/^\?/, '').split('&');
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      var name = eq < 0 ? parts[i] : parts[i].slice(0, eq);
      if (name !== 'q') continue;
      try {
        return decodeURIComponent((eq < 0 ? '' : parts[i].slice(eq + 1)).replace(/\+/g, ' '));
      } catch (e) {
        return '';
      }
    }
    return '';
  }

  /** Is `html` only escaped text and <mark> tags (as the engine makes snippets)? */
  function isSafeSnippet(html) {
    return /^(?:[^<>]|<\/?mark>)*$/.test(html);
  }

  // ---------------------------------------------------------------------------
  // Loading the engine
  // ---------------------------------------------------------------------------

  // The folder of this script, taken while it runs.
  var scriptDir = null;
  if (doc && doc.currentScript && doc.currentScript.src) {
    scriptDir = doc.currentScript.src.replace(/[^/]*([?#].*)?$/, '');
  }

  var enginePromise = null;

  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var s = doc.createElement('script');
      s.src = src;
      s.async = false; // run in order, download in parallel
      s.onload = function () {
        resolve();
      };
      s.onerror = function () {
        if (s.parentNode) s.parentNode.removeChild(s);
        reject(new Error('could not load ' + src));
      };
      (doc.head || doc.documentElement).appendChild(s);
    });
  }

  /**
   * Loads the engine scripts (once) and the manifest; resolves to the manifest.
   * @param {string} rootPath
   */
  function ensureEngine(rootPath) {
    if (!enginePromise) {
      var dir = scriptDir || normalizeRoot(rootPath) + 'static/js/search/';
      var scripts =
        typeof ecolib.search === 'function'
          ? Promise.resolve()
          : Promise.all(
              ENGINE_FILES.map(function (file) {
                return addScript(dir + file);
              }),
            );
      enginePromise = scripts
        .then(function () {
          if (typeof ecolib.search !== 'function') throw new Error('the search engine did not load');
          ecolib.baseUrl = normalizeRoot(rootPath) + 'search/';
          return ecolib.ready();
        })
        .catch(function (error) {
          enginePromise = null; // try again on the next focus
          throw error;
        });
    }
    return enginePromise;
  }

  // ---------------------------------------------------------------------------
  // DOM helpers
  // ---------------------------------------------------------------------------

  var idCounter = 0;
  function uid(prefix) {
    idCounter++;
    return prefix + '-' + idCounter;
  }

  function el(tag, className, text) {
    var e = doc.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  /** `parent` with `child` appended. */
  function wrap(parent, child) {
    parent.appendChild(child);
    return parent;
  }

  function setSnippet(node, html) {
    if (isSafeSnippet(html)) {
      node.innerHTML = html;
    } else {
      node.textContent = html.replace(/<[^>]*>/g, '');
    }
  }

  // Defaults for a theme without search styles; :where() has no specificity, so any theme rule wins.
  var STYLE = [
    ':where(.site-search){position:relative}',
    ':where(.search-panel){position:absolute;top:100%;left:0;right:0;min-width:min(28rem,92vw);z-index:50;',
    'background:Canvas;color:CanvasText;border:1px solid GrayText;max-height:70vh;overflow:auto;padding:.25rem 0}',
    ':where(.search-panel[hidden]){display:none}',
    ':where(.search-panel-list){list-style:none;margin:0;padding:0}',
    ':where(.search-hit-item){padding:.5rem .75rem;cursor:pointer}',
    ':where(.search-hit-item[aria-selected="true"]){outline:2px solid Highlight;outline-offset:-2px}',
    ':where(.search-hit-title){font-weight:bold}',
    ':where(.search-hit-meta){display:block;font-size:.85em}',
    ':where(.search-snippet){margin:.25rem 0 0}',
    ':where(.search-group-label){font-size:.85em;font-weight:bold;padding:.5rem .75rem 0;margin:0}',
    ':where(.search-panel-footer,.search-panel-status){margin:0;padding:.5rem .75rem}',
    ':where(.search-panel-footer:empty,.search-panel-status:empty){display:none}',
    ':where(.search-layout){display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}',
    ':where(.search-layout>.search-facets){flex:0 1 16rem}',
    ':where(.search-layout>.search-results){flex:1 1 24rem;min-width:0}',
    ':where(.search-facets fieldset){margin:0 0 .75rem}',
    ':where(.search-facets label){display:block}',
    ':where(.search-result){margin-bottom:1.25rem}',
    ':where(.visually-hidden){position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
  ].join('');

  function injectStyle() {
    if (doc.getElementById('ecolib-search-style')) return;
    var style = el('style');
    style.id = 'ecolib-search-style';
    style.textContent = STYLE;
    (doc.head || doc.documentElement).insertBefore(style, (doc.head || doc.documentElement).firstChild);
  }

  // ---------------------------------------------------------------------------
  // One search form
  // ---------------------------------------------------------------------------

  function Search(form) {
    var self = this;
    this.form = form;
    this.input = form.querySelector('input[name="q"]');
    this.root = normalizeRoot(form.getAttribute('data-root'));
    this.lang = form.getAttribute('data-lang') || (doc.documentElement.getAttribute('lang') || 'en').slice(0, 2);
    this.ownStrings = this.readStrings();
    this.manifest = null;
    this.seq = 0;
    this.timer = null;
    this.hits = [];
    this.active = -1;
    this.lastQuery = '';
    try {
      this.plural = typeof Intl !== 'undefined' && Intl.PluralRules ? new Intl.PluralRules(this.lang) : null;
    } catch (e) {
      this.plural = null;
    }
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

  Search.prototype.readStrings = function () {
    // The build's strings for the form's language, with a theme's own data-strings on top.
    var all = typeof window !== 'undefined' ? window.ecolibSearchStrings : null;
    var lang = this.form.getAttribute('data-lang');
    var strings = {};
    var built = all && typeof all === 'object' && all[lang] && typeof all[lang] === 'object' ? all[lang] : {};
    Object.keys(built).forEach(function (key) {
      strings[key] = built[key];
    });
    var raw = this.form.getAttribute('data-strings');
    var own = null;
    try {
      own = raw ? JSON.parse(raw) : null;
    } catch (e) {
      own = null;
    }
    if (own && typeof own === 'object') {
      Object.keys(own).forEach(function (key) {
        strings[key] = own[key];
      });
    }
    return strings;
  };

  Search.prototype.t = function (key, values) {
    return format(lookup(this.ownStrings, key), values);
  };

  /** "{n} results" with the plural form of the interface language when the theme gives one. */
  Search.prototype.count = function (n) {
    var own = this.ownStrings;
    var category = this.plural ? this.plural.select(n) : n === 1 ? 'one' : 'other';
    var plural = own['results_count_' + category] != null ? own['results_count_' + category] : own['search_results_count_' + category];
    if (typeof plural === 'string') return format(plural, { n: n });
    var generic = lookup(own, 'results_count');
    if (own.results_count == null && own.search_results_count == null && category === 'one') generic = DEFAULT_STRINGS.results_count_one;
    return format(generic, { n: n });
  };

  Search.prototype.label = function (dimension, value) {
    if (dimension === 'year') return String(value);
    var table = this.manifest && this.manifest.labels && this.manifest.labels[dimension];
    var entry = table && table[value];
    return (entry && (entry[this.lang] || entry.en || entry.ru)) || String(value);
  };

  Search.prototype.formatDate = function (iso) {
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

  Search.prototype.load = function () {
    var self = this;
    return ensureEngine(this.root).then(
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

  Search.prototype.buildPanel = function () {
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

  Search.prototype.open = function () {
    this.panel.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  };

  Search.prototype.close = function () {
    if (!this.panel || this.panel.hidden) return;
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  };

  Search.prototype.showStatus = function (text) {
    if (!this.panel) return;
    this.list.textContent = '';
    this.footer.textContent = '';
    this.status.textContent = text;
    this.hits = [];
    this.setActive(-1);
    if (text && doc.activeElement === this.input && this.input.value.trim()) this.open();
  };

  Search.prototype.setActive = function (index, scroll) {
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

  Search.prototype.onKey = function (event) {
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
  Search.prototype.run = function (value) {
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

  Search.prototype.render = function (result, query, seq) {
    var self = this;
    this.list.textContent = '';
    this.footer.textContent = '';
    this.hits = languageFirst(result.hits, this.lang);
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
      item.setAttribute('data-href', hitUrl(self.root, hit.url, query));
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

  /** Breadcrumb (section), type, date of a hit. */
  Search.prototype.meta = function (hit) {
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

  // ---------------------------------------------------------------------------
  // The results page
  // ---------------------------------------------------------------------------

  function samePage(a, b) {
    var strip = function (url) {
      return String(url)
        .replace(/[?#].*$/, '')
        .replace(/index\.html$/, '');
    };
    return strip(a) === strip(b);
  }

  /**
   * The results page: a status line, the results (page language first), the facets.
   * @param {Search} search the header search (strings, labels, engine)
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
    var hits = languageFirst(result.hits, s.lang);
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
      link.href = hitUrl(s.root, hit.url, self.query);
      title.appendChild(link);
      item.appendChild(title);
      item.appendChild(s.meta(hit));
      var snippet = el('p', 'search-snippet search-hit-snippet');
      setSnippet(snippet, hit.snippetHtml);
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

  // ---------------------------------------------------------------------------
  // Highlighting on the target page
  // ---------------------------------------------------------------------------

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
        var mark = el('mark', 'search-hit', text.slice(r[0], r[1]));
        fragment.appendChild(mark);
        marks.push(mark);
        cursor = r[1];
      });
      if (cursor < text.length) fragment.appendChild(doc.createTextNode(text.slice(cursor)));
      node.parentNode.replaceChild(fragment, node);
    });
    return marks;
  }

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

  // ---------------------------------------------------------------------------
  // Start
  // ---------------------------------------------------------------------------

  function init() {
    var forms = doc.querySelectorAll('form.site-search');
    if (!forms.length) return;
    injectStyle();
    var searches = [];
    for (var i = 0; i < forms.length; i++) {
      if (forms[i].getAttribute('data-search-ready')) continue;
      forms[i].setAttribute('data-search-ready', '1');
      searches.push(new Search(forms[i]));
    }
    if (!searches.length) return;
    var first = searches[0];
    var query = queryFromSearch(root.location.search);
    var results = doc.getElementById('search-results') || doc.querySelector('[data-search-results]');
    var facets = doc.getElementById('search-facets');
    var status = doc.getElementById('search-status');
    var action = first.form.action || '';
    var onResultsPage = !!results || (action && samePage(action, root.location.href));
    if (onResultsPage) {
      searches.forEach(function (s) {
        if (s.input && query && !s.input.value) s.input.value = query;
      });
      if (!results) {
        var layout = el('div', 'search-layout');
        facets = el('div', 'search-facets');
        results = el('section', 'search-results');
        layout.appendChild(facets);
        layout.appendChild(results);
        (doc.querySelector('main') || doc.body).appendChild(layout);
      }
      new ResultsPage(first, { results: results, facets: facets, status: status }, query.trim() ? query : '');
    } else if (query.trim()) {
      highlightPage(first, query);
    }
  }

  ecolib.ui = {
    init: init,
    format: format,
    normalizeRoot: normalizeRoot,
    hitUrl: hitUrl,
    languageFirst: languageFirst,
    queryFromSearch: queryFromSearch,
    isSafeSnippet: isSafeSnippet,
    highlight: highlight,
  };

  if (doc && doc.querySelectorAll) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
    else init();
  }
})(typeof self !== 'undefined' ? self : this);
