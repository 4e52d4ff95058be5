/*
 * ecolib search: the start of the search interface, a progressive enhancement of the search form in the
 * header of every page; works from file:// (scripts are added as <script> elements, nothing is fetched).
 * It finds the forms and starts the search box of each (ui-box.js); then, on the results page, the results
 * (ui-results.js), and on any other page opened with ?q=…, the highlighting (ui-highlight.js). It also
 * loads the engine when a box first needs it, and adds the default styles.
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
 * - search/strings.js and a theme's data-strings: the interface strings (their keys: ui-common.js).
 *
 * The results page is the page at the form's action (search/index.html). Its results go into the element
 * #search-results (or [data-search-results]) and its facets into #search-facets when the page has them,
 * else into a new section at the end of <main>; its status line into #search-status (ui-results.js).
 *
 * The default theme bundles the engine (the stemmers, analyzer.js and the engine's parts up to engine.js)
 * and the interface's other parts with this file (themes/default/assets.toml). Loaded alone, this script
 * loads the interface's parts (UI_PARTS) from its own folder at once, and the engine's (ENGINE_PARTS) on
 * first focus of the box, or at once when the page has ?q=. The index files come from root + "search/".
 * Default styles use :where() (zero specificity), so the theme's CSS always wins.
 * Classes for the theme: .search-panel, .search-panel-list, .search-hit-item, .search-hit-title,
 * .search-hit-meta, .search-snippet (also .search-hit-snippet), .search-group-label, .search-panel-footer,
 * .search-panel-status, .search-heading, .search-status-line, .search-status, .search-result-list,
 * .search-result, .search-more, .search-refine, .search-clear, .search-facet, .search-facet-count, mark.search-hit,
 * .visually-hidden; [aria-selected="true"] is the active result in the panel, whose page is its data-href.
 *
 * Needs from the namespace, once the page is ready: search (engine.js), ready (index.js); ui.SearchBox
 * (ui-box.js), ResultsPage (ui-results.js), highlightPage (ui-highlight.js), el, normalizeRoot
 * (ui-common.js). Sets baseUrl (load.js). Adds to `ui`: init, queryFromSearch (and makes the namespace and
 * `ui` when it runs alone).
 *
 * Classic script, ES2017, the last part of the search bundle (themes/default/assets.toml); under node,
 * tests/js/load_client.js runs the parts as a page does.
 */
(function (root) {
  'use strict';

  var ecolib = (root.ecolibSearch = root.ecolibSearch || {});
  var ui = (ecolib.ui = ecolib.ui || {});
  var doc = root.document;

  // The parts before this one, in the bundle's order (themes/default/assets.toml), for this script loaded
  // alone: the engine's, loaded when a box first needs them, and the interface's, loaded at once.
  var ENGINE_PARTS = ['stem-ru', 'stem-en', 'stem-kk', 'analyzer', 'query', 'snippets', 'decode', 'load', 'index', 'dictionary', 'expand', 'score', 'facets', 'engine'];
  var UI_PARTS = ['ui-common', 'ui-box', 'ui-results', 'ui-highlight'];

  // ---------------------------------------------------------------------------
  // Loading the parts
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
   * Adds the parts `names` (file names without .js), in order, from this script's folder, else from
   * static/js/search/ under the site root `rootPath` (as data-root).
   */
  function addParts(names, rootPath) {
    var dir = scriptDir || String(rootPath || '').replace(/[^/]$/, '$&/') + 'static/js/search/';
    return Promise.all(
      names.map(function (name) {
        return addScript(dir + name + '.js');
      }),
    );
  }

  /**
   * Loads the engine scripts (once) and the manifest; resolves to the manifest.
   * @param {string} rootPath
   */
  function ensureEngine(rootPath) {
    if (!enginePromise) {
      var scripts = typeof ecolib.search === 'function' ? Promise.resolve() : addParts(ENGINE_PARTS, rootPath);
      enginePromise = scripts
        .then(function () {
          if (typeof ecolib.search !== 'function') throw new Error('the search engine did not load');
          ecolib.baseUrl = ui.normalizeRoot(rootPath) + 'search/';
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
  // Start
  // ---------------------------------------------------------------------------

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

  /** Adds the default styles before the page's own, once. */
  function injectStyle() {
    if (doc.getElementById('ecolib-search-style')) return;
    var style = ui.el('style');
    style.id = 'ecolib-search-style';
    style.textContent = STYLE;
    (doc.head || doc.documentElement).insertBefore(style, (doc.head || doc.documentElement).firstChild);
  }

  /** Do `a` and `b` name the same page (without query or fragment, index.html or its folder)? */
  function samePage(a, b) {
    var strip = function (url) {
      return String(url)
        .replace(/[?#].*$/, '')
        .replace(/index\.html$/, '');
    };
    return strip(a) === strip(b);
  }

  /**
   * Starts the interface on each form.site-search of the page (once per form), then the results page or
   * the highlighting for the first form.
   */
  function init() {
    var forms = doc.querySelectorAll('form.site-search');
    if (!forms.length) return;
    if (!ui.SearchBox) {
      // Linked alone: the interface's other parts first (a failure shows in the console as the script's and
      // the promise's error), then this again, once.
      addParts(UI_PARTS, forms[0].getAttribute('data-root')).then(function () {
        if (ui.SearchBox) init();
      });
      return;
    }
    injectStyle();
    var searches = [];
    for (var i = 0; i < forms.length; i++) {
      if (forms[i].getAttribute('data-search-ready')) continue;
      forms[i].setAttribute('data-search-ready', '1');
      searches.push(new ui.SearchBox(forms[i], ensureEngine));
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
        var layout = ui.el('div', 'search-layout');
        facets = ui.el('div', 'search-facets');
        results = ui.el('section', 'search-results');
        layout.appendChild(facets);
        layout.appendChild(results);
        (doc.querySelector('main') || doc.body).appendChild(layout);
      }
      new ui.ResultsPage(first, { results: results, facets: facets, status: status }, query.trim() ? query : '');
    } else if (query.trim()) {
      ui.highlightPage(first, query);
    }
  }

  ui.init = init;
  ui.queryFromSearch = queryFromSearch;

  if (doc && doc.querySelectorAll) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
    else init();
  }
})(typeof self !== 'undefined' ? self : this);
