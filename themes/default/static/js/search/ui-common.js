/*
 * ecolib search: what the parts of the interface share: its strings, the pure helpers (links, the order of
 * the hits; tested under node) and the DOM helpers every part uses.
 *
 * Strings. search/strings.js (written by the build) sets window.ecolibSearchStrings to the interface
 * strings of every language, { ru: {...}, en: {...} }; the form's data-lang picks one. A theme may also put
 * a data-strings attribute with a JSON object on the form: its keys take precedence. Each key below is
 * looked up as is, then with a "search_" prefix, then under the alias in brackets (the keys of the default
 * theme's i18n files); {n} is a number, {q} the query. Keys:
 *   loading           while the index loads                     [search_loading]
 *   searching         while a query runs (else: loading)
 *   no_results        nothing matches                           [search_no_results]
 *   results_count     "{n} results"                             [search_results_count]
 *                     optional plural forms by Intl.PluralRules of data-lang, preferred when given:
 *                     results_count_one, _few, _many, _other
 *   other_languages   heading before the hits in other languages  [search_other_languages]
 *   all_results       panel link to the results page            [search_show_all]
 *   more_results      results page button that shows more       [search_show_more]
 *   results_label     accessible name of the result lists       [search_title]
 *   filters           accessible name of the facets             [search_facets]
 *   clear_filters     button that clears the facets             [search_clear]
 *   facet_doc_type, facet_topic, facet_pillar, facet_lang, facet_year
 *                     facet titles     [search_filter_type, search_filter_topic, search_filter_pillar,
 *                                       search_filter_lang, search_filter_year]
 *   load_error        the index cannot be loaded
 *   results_for       optional heading "Results for «{q}»" on the results page (when absent, the
 *                     count line is the results' heading)
 *   empty_query       optional text on the results page without a query
 * A key the theme does not give falls back to English (results_for and empty_query: nothing).
 *
 * Needs from the namespace: nothing (it makes `ui` unless ui.js, linked alone, has). Adds to `ui`:
 * formStrings, format, normalizeRoot, hitUrl, languageFirst, isSafeSnippet, el, setSnippet.
 *
 * Classic script, ES2017, the first part of the interface, after engine.js in the search bundle
 * (themes/default/assets.toml); under node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib, root) {
  'use strict';

  var ui = (ecolib.ui = ecolib.ui || {});
  var doc = root.document;

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

  // ---------------------------------------------------------------------------
  // Strings
  // ---------------------------------------------------------------------------

  /** The build's strings for the form's language, with a theme's own data-strings on top. */
  function readStrings(form) {
    var all = typeof window !== 'undefined' ? window.ecolibSearchStrings : null;
    var lang = form.getAttribute('data-lang');
    var strings = {};
    var built = all && typeof all === 'object' && all[lang] && typeof all[lang] === 'object' ? all[lang] : {};
    Object.keys(built).forEach(function (key) {
      strings[key] = built[key];
    });
    var raw = form.getAttribute('data-strings');
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
  }

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

  /** Replaces {name} placeholders. The result is text: insert it with textContent. */
  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (all, key) {
      return values && values[key] != null ? String(values[key]) : all;
    });
  }

  /**
   * The strings of `form` in its interface language `lang`: t(key, values) is the string for `key` with
   * its {placeholders} filled from `values`; count(n) is "{n} results" with the plural form of `lang` when
   * the theme gives one.
   */
  function formStrings(form, lang) {
    var own = readStrings(form);
    var plural;
    try {
      plural = typeof Intl !== 'undefined' && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
    } catch (e) {
      plural = null;
    }
    return {
      t: function (key, values) {
        return format(lookup(own, key), values);
      },
      count: function (n) {
        var category = plural ? plural.select(n) : n === 1 ? 'one' : 'other';
        var text = own['results_count_' + category] != null ? own['results_count_' + category] : own['search_results_count_' + category];
        if (typeof text === 'string') return format(text, { n: n });
        var generic = lookup(own, 'results_count');
        if (own.results_count == null && own.search_results_count == null && category === 'one') generic = DEFAULT_STRINGS.results_count_one;
        return format(generic, { n: n });
      },
    };
  }

  // ---------------------------------------------------------------------------
  // Pure helpers (tested under node)
  // ---------------------------------------------------------------------------

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

  /** Is `html` only escaped text and <mark> tags (as the engine makes snippets)? */
  function isSafeSnippet(html) {
    return /^(?:[^<>]|<\/?mark>)*$/.test(html);
  }

  // ---------------------------------------------------------------------------
  // DOM helpers
  // ---------------------------------------------------------------------------

  /** A new `tag` element with the class `className` and the text `text` (each when given). */
  function el(tag, className, text) {
    var e = doc.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  /** Puts a snippet from the engine into `node`: as markup when it is only text and <mark>, else as text. */
  function setSnippet(node, html) {
    if (isSafeSnippet(html)) {
      node.innerHTML = html;
    } else {
      node.textContent = html.replace(/<[^>]*>/g, '');
    }
  }

  ui.formStrings = formStrings;
  ui.format = format;
  ui.normalizeRoot = normalizeRoot;
  ui.hitUrl = hitUrl;
  ui.languageFirst = languageFirst;
  ui.isSafeSnippet = isSafeSnippet;
  ui.el = el;
  ui.setSnippet = setSnippet;
})(self.ecolibSearch, self); // the namespace that the parts before this one (or ui.js, linked alone) made
