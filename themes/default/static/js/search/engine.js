/*
 * ecolib search: the browser search engine over the static index.
 *
 * Reads the files of public/search/ described in docs/search-index.md (the
 * contract) and answers queries exactly as `ecolib search` does
 * (src/search/query.rs): same query language, same expansions of each word
 * into index terms, same BM25 with the same field boosts and weights, same
 * order, same snippets. Scores are computed in 32-bit floats step by step as
 * tantivy computes them (Math.fround), so they agree with the Rust scores to
 * a few units in the last place.
 *
 * Loading: every index file is a classic script calling
 * `ecolibSearch.register(name, payload)`, the payload base64 of deflated JSON.
 * `load(name)` adds a <script> element for `baseUrl + name + '.' + id + '.js'`
 * (`manifest.js` for the manifest, which names the id), resolves when the
 * file has registered itself and inflates the payload with the browser's
 * DecompressionStream: this works from file://, where fetch, XHR, modules and
 * workers do not. Under node, set `ecolibSearch.loader = ecolibSearch.nodeLoader(dir)`.
 *
 * Which files a query loads (docs/search-index.md, format 3): the manifest
 * once (the facet file only for filters and facet counts); for each word and
 * analyzer, the one dictionary shard where its stem is or would be (its
 * `tops` hold a prefix's most frequent terms when they run past the shard),
 * and the blob files of the long posting lists of the terms the word expands
 * to; the positions of phrase terms for phrases; the `r` files (result rows)
 * of the hits shown, then their `x` files (summaries and snippet text), after
 * the hits are returned with `deferSnippets`. The typo rule (a term one edit
 * away) is checked, as in Rust, against the analyzer's typo vocabulary (its
 * most frequent terms, a fixed number: the `y` files, loaded whole), only
 * when a word of minTypoWordLen or more characters has neither an exact nor
 * a prefix match in any analyzer; then the chosen terms' dictionary shards.
 *
 * Classic script, ES2017, no dependencies: needs analyzer.js (and the
 * stemmers) loaded before it in the browser; under node it requires them.
 */
(function (root) {
  'use strict';

  var ecolib = root.ecolibSearch = root.ecolibSearch || {};
  var isNode = typeof module !== 'undefined' && module.exports && typeof require === 'function';

  if (isNode) {
    // Under node the scripts do not share a global namespace: join analyzer.js's.
    var shared = require('./analyzer.js');
    Object.keys(ecolib).forEach(function (key) {
      if (!(key in shared)) shared[key] = ecolib[key];
    });
    ecolib = shared;
    root.ecolibSearch = shared;
  }

  var fround = Math.fround;
  var ANALYZERS = ['ru', 'kk']; // Analyzer::ALL order
  var FACET_DIMENSIONS = ['lang', 'doc_type', 'topic', 'pillar', 'year'];

  // ---------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------

  var registry = Object.create(null); // name -> data as registered (a compressed payload)
  var waiting = Object.create(null); // name -> deferred
  var decoded = Object.create(null); // name -> promise of the decoded data

  /** Where the index files are, relative to the page (set by the UI): `…/search/`. */
  if (typeof ecolib.baseUrl !== 'string') ecolib.baseUrl = 'search/';

  function deferred() {
    var d = {};
    d.promise = new Promise(function (resolve, reject) {
      d.resolve = resolve;
      d.reject = reject;
    });
    return d;
  }

  /**
   * Called by every index file: stores its data and wakes whoever waits for it.
   * @param {string} name file name without `.js`
   * @param {object|string} data the data, or its payload (base64 of deflated JSON, or of bytes)
   * @param {number[]} [lengths] for a file of binary pieces (blob files): the length of each piece
   */
  ecolib.register = function (name, data, lengths) {
    if (lengths !== undefined) data = { binary: data, lengths: lengths };
    registry[name] = data;
    var d = waiting[name];
    if (d) {
      delete waiting[name];
      d.resolve(data);
    }
  };

  /**
   * The file of an index file's name: `manifest.js`, and `<name>.<id>.js` for the others, where the id
   * (from the manifest) changes with every index, so a web cache never mixes two builds' files.
   */
  function fileName(name) {
    return name === 'manifest' ? 'manifest.js' : name + '.' + ecolib.indexId + '.js';
  }
  ecolib.fileName = fileName;

  /**
   * A registered file as data, inflated by the browser's own DecompressionStream (no fetch: it works from
   * file://): base64 of deflated JSON, or of deflated bytes cut into pieces of the registered lengths
   * ({pieces: [Uint8Array]}); anything else is the data itself.
   * @param {string|object} payload
   * @returns {Promise<object>}
   */
  function inflate(payload) {
    if (typeof payload === 'string') {
      return inflateBytes(payload).then(function (bytes) {
        return JSON.parse(new TextDecoder('utf-8').decode(bytes));
      });
    }
    if (payload && typeof payload.binary === 'string') {
      return inflateBytes(payload.binary).then(function (bytes) {
        var pieces = [];
        var at = 0;
        payload.lengths.forEach(function (length) {
          pieces.push(bytes.subarray(at, at + length));
          at += length;
        });
        if (at !== bytes.length) throw new Error('ecolibSearch: blob pieces do not add up');
        return { pieces: pieces };
      });
    }
    return Promise.resolve(payload);
  }

  /** The bytes of base64 of deflated bytes. */
  function inflateBytes(b64) {
    if (typeof DecompressionStream === 'undefined') {
      return Promise.reject(new Error('ecolibSearch: this browser cannot decompress the index (no DecompressionStream)'));
    }
    var stream = new Blob([ecolib.decodeSevenBit(b64)]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Response(stream).arrayBuffer().then(function (buffer) {
      return new Uint8Array(buffer);
    });
  }

  /** The browser loader: a <script> element per file. */
  function scriptLoader(name) {
    return new Promise(function (resolve, reject) {
      var doc = root.document;
      if (!doc) {
        reject(new Error('ecolibSearch: no document to load "' + name + '" into; set ecolibSearch.loader'));
        return;
      }
      var script = doc.createElement('script');
      script.src = ecolib.baseUrl + encodeURIComponent(fileName(name));
      script.async = true;
      script.onload = function () {
        if (script.parentNode) script.parentNode.removeChild(script);
        resolve();
      };
      script.onerror = function () {
        if (script.parentNode) script.parentNode.removeChild(script);
        reject(new Error('ecolibSearch: could not load ' + script.src));
      };
      (doc.head || doc.documentElement).appendChild(script);
    });
  }

  /**
   * A loader for node: evaluates `dir/name.js` with `ecolibSearch` bound to this namespace.
   * @param {string} dir the folder with the index files (public/search)
   * @returns {function(string): void}
   */
  ecolib.nodeLoader = function (dir) {
    var fs = require('fs');
    var path = require('path');
    return function (name) {
      var file = path.join(dir, fileName(name));
      var code = fs.readFileSync(file, 'utf8');
      // eslint-disable-next-line no-new-func
      new Function('ecolibSearch', code)(ecolib);
    };
  };

  /**
   * The data of one index file, loading it if needed.
   * @param {string} name
   * @returns {Promise<object>}
   */
  ecolib.load = function (name) {
    if (!decoded[name]) {
      decoded[name] = loadRegistered(name).then(inflate);
      decoded[name].catch(function () {
        delete decoded[name];
      });
    }
    return decoded[name];
  };

  /** The payload of one index file as registered, loading the file if needed. */
  function loadRegistered(name) {
    if (name in registry) return Promise.resolve(registry[name]);
    var d = waiting[name];
    if (d) return d.promise;
    d = waiting[name] = deferred();
    var fail = function (error) {
      if (waiting[name] === d) delete waiting[name];
      d.reject(error);
    };
    try {
      Promise.resolve((ecolib.loader || scriptLoader)(name)).then(function () {
        if (name in registry) {
          if (waiting[name] === d) delete waiting[name];
          d.resolve(registry[name]);
        } else {
          fail(new Error('ecolibSearch: "' + name + '" loaded but did not register'));
        }
      }, fail);
    } catch (error) {
      fail(error);
    }
    return d.promise;
  }

  // ---------------------------------------------------------------------------
  // Decoding
  // ---------------------------------------------------------------------------

  var B64 = new Int16Array(128).fill(-1);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach(function (c, i) {
    B64[c.charCodeAt(0)] = i;
  });
  B64[45] = 62; // '-' (URL-safe alphabet, accepted too)
  B64[95] = 63; // '_'

  /**
   * Decodes standard base64 (padding optional).
   * @param {string} text
   * @returns {Uint8Array}
   */
  function decodeBase64(text) {
    text = String(text);
    var n = text.length;
    while (n > 0 && text.charCodeAt(n - 1) === 61) n--; // '='
    var out = new Uint8Array(Math.floor((n * 3) / 4));
    var o = 0;
    var buffer = 0;
    var bits = 0;
    for (var i = 0; i < n; i++) {
      var c = text.charCodeAt(i);
      var v = c < 128 ? B64[c] : -1;
      if (v < 0) throw new Error('ecolibSearch: bad base64 character at ' + i);
      buffer = ((buffer << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (buffer >> bits) & 0xff;
      }
    }
    return o === out.length ? out : out.subarray(0, o);
  }

  /**
   * Decodes unsigned LEB128 varints (7 bits a byte, low bits first, high bit = more).
   * @param {Uint8Array} bytes
   * @returns {number[]}
   */
  function decodeVarints(bytes) {
    var out = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      value += (b & 0x7f) * scale;
      if (b & 0x80) {
        scale *= 128;
      } else {
        out.push(value);
        value = 0;
        scale = 1;
      }
    }
    if (scale !== 1) throw new Error('ecolibSearch: truncated varint');
    return out;
  }

  /**
   * A posting list: base64 varints (docDelta, tf, normId) per document.
   * @param {string} b64
   * @returns {{docs: number[], tfs: number[], norms: number[]}}
   */
  function decodePostings(b64) {
    var v = decodeVarints(typeof b64 === 'string' ? decodeBase64(b64) : b64);
    if (v.length % 3 !== 0) throw new Error('ecolibSearch: corrupt posting list (' + v.length + ' values)');
    var n = v.length / 3;
    var docs = new Array(n);
    var tfs = new Array(n);
    var norms = new Array(n);
    var doc = 0;
    for (var k = 0; k < n; k++) {
      doc += v[3 * k];
      docs[k] = doc;
      tfs[k] = v[3 * k + 1];
      norms[k] = v[3 * k + 2];
    }
    return { docs: docs, tfs: tfs, norms: norms };
  }

  /**
   * The positions of a posting list: for each posting, its tf positions as deltas from 0.
   * @param {string} b64
   * @param {number[]} tfs the term frequencies of the posting list
   * @returns {number[][]}
   */
  function decodePositions(b64, tfs) {
    var v = decodeVarints(typeof b64 === 'string' ? decodeBase64(b64) : b64);
    var out = new Array(tfs.length);
    var i = 0;
    for (var k = 0; k < tfs.length; k++) {
      var list = new Array(tfs[k]);
      var p = 0;
      for (var j = 0; j < tfs[k]; j++) {
        if (i >= v.length) throw new Error('ecolibSearch: positions shorter than the postings');
        p += v[i++];
        list[j] = p;
      }
      out[k] = list;
    }
    if (i !== v.length) throw new Error('ecolibSearch: positions longer than the postings');
    return out;
  }

  // ---------------------------------------------------------------------------
  // Text helpers
  // ---------------------------------------------------------------------------

  // Rust's `char::is_whitespace` (Unicode White_Space), which JavaScript's \s is not quite.
  var WS_CLASS = '\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
  var WS = new RegExp('[' + WS_CLASS + ']');
  var NOT_WS = new RegExp('[^' + WS_CLASS + ']');
  var WS_RUNS = new RegExp('[' + WS_CLASS + ']+');
  var TRAILING_WS = new RegExp('[' + WS_CLASS + ']+$');

  function search1(re, s) {
    var m = re.exec(s);
    return m ? m.index : -1;
  }

  /** Number of code points (Rust `chars().count()`). */
  function charCount(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      n++;
    }
    return n;
  }

  /** Compares strings by code point (= Rust's byte order of UTF-8 strings). */
  function compareTerms(a, b) {
    if (a === b) return 0;
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
      var x = a.charCodeAt(i);
      var y = b.charCodeAt(i);
      if (x !== y) {
        // A surrogate (astral code point) sorts after every BMP code unit.
        var xs = x >= 0xd800 && x <= 0xdfff;
        var ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys) return xs ? 1 : -1;
        return x < y ? -1 : 1;
      }
    }
    return a.length - b.length;
  }

  /** Escapes text for HTML, as query.rs `escape` does. */
  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // ---------------------------------------------------------------------------
  // Query parsing (parse_query)
  // ---------------------------------------------------------------------------

  // The bounds of query.rs (MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_TYPO_WORD_LEN), used when no manifest
  // gives them: work stays bounded even with an index written before they were exported.
  var MAX_QUERY_CHARS = 256;
  var MAX_QUERY_WORDS = 32;
  var MAX_TYPO_WORD_LEN = 24;

  /** The first `max` code points of `s` (Rust: the first `max` chars). */
  function truncateChars(s, max) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      if (n === max) return s.slice(0, i);
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      n++;
    }
    return s;
  }

  /**
   * Splits a query into words, "quoted phrases" and -exclusions, as parse_query does, with its bounds:
   * only the first maxChars code points count, and of their words (all kinds together) the first maxWords;
   * when words are dropped, the last word kept is complete (typing is false).
   * @param {string} query
   * @param {boolean} typing the user is still typing (search as you type)
   * @param {{maxChars?: number, maxWords?: number}} [limits] the manifest's maxQueryChars, maxQueryWords
   * @returns {{words: string[], phrases: string[][], excluded: string[][], typing: boolean}}
   */
  function parseQuery(query, typing, limits) {
    limits = limits || {};
    query = truncateChars(String(query == null ? '' : query), limits.maxChars || MAX_QUERY_CHARS);
    var budget = limits.maxWords || MAX_QUERY_WORDS;
    var droppedWords = false;
    var parsed = { words: [], phrases: [], excluded: [], typing: false };
    var rest = query;
    for (;;) {
      var start = search1(NOT_WS, rest);
      if (start < 0) break;
      rest = rest.slice(start);
      var negated = rest[0] === '-';
      var body = negated ? rest.slice(1) : rest;
      var chunk;
      var after;
      var isPhrase = body[0] === '"';
      if (isPhrase) {
        var quoted = body.slice(1);
        var close = quoted.indexOf('"');
        if (close >= 0) {
          chunk = quoted.slice(0, close);
          after = quoted.slice(close + 1);
        } else {
          chunk = quoted;
          after = '';
        }
      } else {
        var end = search1(WS, body);
        if (end < 0) end = body.length;
        chunk = body.slice(0, end);
        after = body.slice(end);
      }
      var words = ecolib.rawTokens(chunk).map(function (r) {
        return chunk.slice(r[0], r[1]);
      });
      rest = after;
      if (words.length > budget) {
        droppedWords = true;
        words = words.slice(0, budget);
      }
      budget -= words.length;
      if (!words.length) continue;
      if (negated) parsed.excluded.push(words);
      else if (isPhrase && words.length > 1) parsed.phrases.push(words);
      else parsed.words.push.apply(parsed.words, words);
    }
    var endsWithWs = query.length > 0 && WS.test(query.slice(-1)) ;
    // A trailing astral white space does not exist, so the last code unit is enough.
    parsed.typing = !!typing && !droppedWords && !endsWithWs && query.replace(TRAILING_WS, '').slice(-1) !== '"' && parsed.words.length > 0;
    return parsed;
  }

  /** True when `b` is one insertion, deletion, substitution or adjacent transposition from `a`. */
  function isOneEditAway(a, b) {
    var x = typeof a === 'string' ? Array.from(a) : a;
    var y = typeof b === 'string' ? Array.from(b) : b;
    var la = x.length;
    var lb = y.length;
    if (Math.abs(la - lb) > 1) return false;
    var prefix = 0;
    while (prefix < la && prefix < lb && x[prefix] === y[prefix]) prefix++;
    if (la === lb && prefix === la) return false; // equal
    var suffixEqual = function (xf, yf) {
      if (la - xf !== lb - yf) return false;
      for (var i = 0; xf + i < la; i++) if (x[xf + i] !== y[yf + i]) return false;
      return true;
    };
    if (la === lb) {
      return (
        suffixEqual(prefix + 1, prefix + 1) ||
        (prefix + 1 < la && x[prefix] === y[prefix + 1] && x[prefix + 1] === y[prefix] && suffixEqual(prefix + 2, prefix + 2))
      );
    }
    if (la > lb) return suffixEqual(prefix + 1, prefix);
    return suffixEqual(prefix, prefix + 1);
  }

  // ---------------------------------------------------------------------------
  // Index state
  // ---------------------------------------------------------------------------

  var state = null; // { manifest, facets, params, analyzers: {ru: {...}, kk: {...}} }
  var statePromise = null;

  /** Forgets everything loaded (tests switch between indexes with it). */
  ecolib.reset = function () {
    registry = Object.create(null);
    waiting = Object.create(null);
    decoded = Object.create(null);
    state = null;
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

  /**
   * Loads the manifest and the facets (once).
   * @returns {Promise<object>} the manifest
   */
  function ready() {
    if (state) return Promise.resolve(state.manifest);
    if (!statePromise) {
      statePromise = ecolib
        .load('manifest')
        .then(function (manifest) {
          if (!manifest || manifest.version !== 4) throw new Error('ecolibSearch: unsupported index version ' + (manifest && manifest.version));
          {
            var p = manifest.params;
            var params = {
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
            ecolib.indexId = manifest.id;
            state = {
              manifest: manifest,
              facets: null, // loaded when a query has filters or asks for facet counts
              params: params,
              analyzers: {},
              expansions: new Map(),
              langStarts: [], // doc id where each run of manifest.langRuns starts
            };
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
            return manifest;
          }
        })
        .catch(function (error) {
          statePromise = null;
          throw error;
        });
    }
    return statePromise;
  }
  ecolib.ready = ready;

  /** Loads the facet file (once): only queries with filters or facet counts need it. */
  function loadFacets() {
    if (state.facets) return Promise.resolve(state.facets);
    return ecolib.load('facets').then(function (facets) {
      state.facets = facets;
      return facets;
    });
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

  /**
   * Index of the dictionary shard that holds `term`, and where the terms it is a prefix of start: the last
   * shard whose first term is <= term (JS string order); -1 when no term can be or start with `term`.
   */
  function shardFor(an, term) {
    var firsts = an.firsts;
    var lo = 0;
    var hi = firsts.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= term) lo = mid + 1;
      else hi = mid;
    }
    // Past the last term, no term is equal to `term` or starts with it.
    return firsts.length && !(term > an.last) ? Math.max(lo - 1, 0) : -1;
  }

  /**
   * A dictionary shard, its front-coded rows [shared, suffix, df, p0, …] decoded to [term, df, p0, …]
   * (a missing trailing field is null).
   */
  function loadShard(an, i) {
    if (an.loaded[i]) return Promise.resolve(an.loaded[i]);
    return ecolib.load('t-' + an.name + '-' + i).then(function (data) {
      if (!an.loaded[i]) {
        var previous = '';
        var terms = data.terms.map(function (row) {
          var term = previous.slice(0, row[0]) + row[1];
          previous = term;
          return [term, row[2]].concat(row.slice(3));
        });
        an.loaded[i] = {
          index: i,
          terms: terms,
          postings: [],
          positionsRef: data.positions,
          positions: null,
          tops: data.tops || null,
          topShards: {},
        };
      }
      return an.loaded[i];
    });
  }

  /**
   * The most frequent terms starting with `prefix` when they run past its shard, as a shard of their own
   * (rows [term, df, p0, …], most frequent first); null when every such term is in the shard itself.
   */
  function topsOf(shard, prefix) {
    if (!shard.tops || !Object.prototype.hasOwnProperty.call(shard.tops, prefix)) return null;
    if (!shard.topShards[prefix]) {
      shard.topShards[prefix] = { index: -1, terms: shard.tops[prefix], postings: [], positions: null };
    }
    return shard.topShards[prefix];
  }

  /**
   * The positions rows of a dictionary shard (row i: term i's positions per field): JSON text in the blob
   * files `q`, where the shard's `positions` reference points.
   */
  function loadPositions(an, shard) {
    // One load per shard, also for concurrent phrase terms: they resolve their long lists in the same rows.
    if (!shard.positionsLoad) {
      shard.positionsLoad = loadBlob(an, 'q', shard.positionsRef).then(function (bytes) {
        var rows = JSON.parse(new TextDecoder('utf-8').decode(bytes));
        if (rows.length !== shard.terms.length) throw new Error('ecolibSearch: positions do not match their shard');
        shard.positions = rows;
        return rows;
      });
      shard.positionsLoad.catch(function () {
        shard.positionsLoad = null;
      });
    }
    return shard.positionsLoad;
  }

  /**
   * One long list from blob files (`kind` b: postings, q: positions): its pieces follow each other from
   * piece ref[1] of file ref[0], on into the next files, ref[2] pieces in all.
   * @returns {Promise<Uint8Array>}
   */
  async function loadBlob(an, kind, ref) {
    var file = ref[0];
    var index = ref[1];
    var parts = [];
    var length = 0;
    while (parts.length < ref[2]) {
      var data = await ecolib.load(kind + '-' + an.name + '-' + file);
      if (index >= data.pieces.length) throw new Error('ecolibSearch: a list runs past its blob file');
      for (; index < data.pieces.length && parts.length < ref[2]; index++) {
        var piece = data.pieces[index];
        var bytes = typeof piece === 'string' ? decodeBase64(piece) : piece;
        parts.push(bytes);
        length += bytes.length;
      }
      file++;
      index = 0;
    }
    var out = new Uint8Array(length);
    var at = 0;
    parts.forEach(function (part) {
      out.set(part, at);
      at += part.length;
    });
    return out;
  }

  /** Replaces the references to blob files in `row` from index `from` by the lists' bytes. */
  function resolveLists(an, row, from, kind) {
    var loads = [];
    for (var k = from; k < row.length; k++) {
      if (Array.isArray(row[k])) {
        loads.push(
          (function (slot, ref) {
            return loadBlob(an, kind, ref).then(function (bytes) {
              row[slot] = bytes;
            });
          })(k, row[k]),
        );
      }
    }
    return Promise.all(loads);
  }

  /** Loads the postings of the expansions [{analyzer, shard, i}] that live in blob files. */
  function resolvePostings(entries) {
    return Promise.all(
      entries.map(function (e) {
        return resolveLists(e.an, e.shard.terms[e.i], 2, 'b');
      }),
    );
  }

  /** Loads the positions of terms [{an, shard, i}] (their shards' positions files, then long lists). */
  function resolvePositions(entries) {
    return Promise.all(
      entries.map(function (e) {
        return loadPositions(e.an, e.shard).then(function (rows) {
          return resolveLists(e.an, rows[e.i], 0, 'q');
        });
      }),
    );
  }

  /** Index of the first term >= term in a shard (JS string order). */
  function lowerBound(terms, term) {
    var lo = 0;
    var hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (terms[mid][0] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The (shard, index) of an exact term, or null.
   * @returns {Promise<{shard: object, i: number}|null>}
   */
  function findTerm(an, term) {
    var s = shardFor(an, term);
    if (s < 0) return Promise.resolve(null);
    return loadShard(an, s).then(function (shard) {
      var i = lowerBound(shard.terms, term);
      return i < shard.terms.length && shard.terms[i][0] === term ? { shard: shard, i: i } : null;
    });
  }

  /** The decoded postings of term i of a shard in field f, or null. */
  function postingsOf(shard, i, f) {
    var key = i * state.params.numFields + f;
    var cached = shard.postings[key];
    if (cached !== undefined) return cached;
    var b64 = shard.terms[i][2 + f];
    var decoded = b64 == null ? null : decodePostings(b64);
    shard.postings[key] = decoded;
    return decoded;
  }

  /** The decoded positions (per posting) of term i of a shard in field f; positions must be loaded. */
  function positionsOf(shard, i, f) {
    var postings = postingsOf(shard, i, f);
    if (!postings) return null;
    if (!postings.positions) {
      var b64 = shard.positions[i][f];
      if (b64 == null || Array.isArray(b64)) throw new Error('ecolibSearch: no positions for a term with postings');
      postings.positions = decodePositions(b64, postings.tfs);
    }
    return postings.positions;
  }

  // ---------------------------------------------------------------------------
  // Expansion (Vocabulary::expand)
  // ---------------------------------------------------------------------------

  function byDfThenTerm(a, b) {
    return b.df - a.df || compareTerms(a.term, b.term);
  }

  /**
   * The exact and prefix expansions of one query word in one analyzer (Vocabulary::expand):
   * [{term, weight, shard, i}].
   * @param {object} an the analyzer's state
   * @param {string} stem the word's stem in this analyzer
   * @param {boolean} typing the word is still being typed (prefixes from 2 characters)
   */
  async function expand(an, stem, typing) {
    var p = state.params;
    var key = 'x' + an.name + '\u0000' + stem + '\u0000' + (typing ? 1 : 0);
    if (state.expansions.has(key)) return state.expansions.get(key);
    var out = [];
    var s = shardFor(an, stem);
    if (s >= 0) {
      var shard = await loadShard(an, s);
      var i = lowerBound(shard.terms, stem);
      var exact = i < shard.terms.length && shard.terms[i][0] === stem;
      if (exact) out.push({ term: stem, weight: p.exactWeight, an: an, shard: shard, i: i });
      // A finished word that is a term is not expanded (Vocabulary::expand).
      if ((typing || !exact) && charCount(stem) >= (typing ? 2 : p.minPrefixLen)) {
        var longer = [];
        var tops = topsOf(shard, stem);
        if (tops) {
          // The prefix's terms run past this shard: its most frequent ones, already in order.
          tops.terms.forEach(function (row, k) {
            if (row[0] !== stem) longer.push({ term: row[0], df: row[1], shard: tops, i: k });
          });
        } else {
          for (;;) {
            for (; i < shard.terms.length && shard.terms[i][0].startsWith(stem); i++) {
              if (shard.terms[i][0] !== stem) longer.push({ term: shard.terms[i][0], df: shard.terms[i][1], shard: shard, i: i });
            }
            var more = i === shard.terms.length && charCount(stem) > p.maxTopsPrefix && shard.index + 1 < an.firsts.length;
            if (!more) break;
            shard = await loadShard(an, shard.index + 1);
            i = 0;
          }
          longer.sort(byDfThenTerm);
        }
        longer.slice(0, p.maxPrefixTerms).forEach(function (t) {
          out.push({ term: t.term, weight: p.prefixWeight, an: an, shard: t.shard, i: t.i });
        });
      }
    }
    state.expansions.set(key, out);
    return out;
  }

  /**
   * Kazakh typed on a Russian keyboard keeps endings the stemmer cannot safely strip (Vocabulary::backoff):
   * the longest proper prefix of the key (at least minBackoffLen characters) that is itself a term, with
   * its expansions, all at backoffWeight.
   */
  async function backoff(an, stem) {
    var p = state.params;
    var chars = Array.from(stem);
    for (var len = chars.length - 1; len >= p.minBackoffLen; len--) {
      var shorter = chars.slice(0, len).join('');
      if (await findTerm(an, shorter)) {
        // As a prefix, like a word being typed: the key was cut short on purpose.
        var found = await expand(an, shorter, true);
        return found.map(function (e) {
          return { term: e.term, weight: p.backoffWeight, an: an, shard: e.shard, i: e.i };
        });
      }
    }
    return [];
  }

  var RUSSIAN_LETTERS = Array.from('абвгдеёжзийклмнопрстуфхцчшщъыьэюя');
  var KAZAKH_LETTERS = Array.from('әғқңөұүһі');
  var LATIN_LETTERS = Array.from('abcdefghijklmnopqrstuvwxyz');

  /**
   * Every string one deletion, adjacent transposition, substitution or insertion away from a lowercased
   * word, with letters of its script (one_edit_variants in query.rs, in the same order).
   * @param {string} word lowercased, without combining marks
   * @param {string} analyzer 'ru' or 'kk'
   * @returns {string[]}
   */
  function oneEditVariants(word, analyzer) {
    var chars = Array.from(word);
    var alphabet = [];
    if (chars.some(function (c) { var cp = c.codePointAt(0); return cp >= 0x400 && cp <= 0x52f; })) {
      alphabet = analyzer === 'kk' ? RUSSIAN_LETTERS.concat(KAZAKH_LETTERS) : RUSSIAN_LETTERS;
    } else if (chars.some(function (c) { return /[a-z]/i.test(c); })) {
      alphabet = LATIN_LETTERS;
    }
    var out = [];
    var i, v;
    for (i = 0; i < chars.length; i++) {
      v = chars.slice();
      v.splice(i, 1);
      out.push(v.join(''));
      if (i + 1 < chars.length) {
        v = chars.slice();
        var tmp = v[i];
        v[i] = v[i + 1];
        v[i + 1] = tmp;
        out.push(v.join(''));
      }
      for (var a = 0; a < alphabet.length; a++) {
        if (alphabet[a] === chars[i]) continue;
        v = chars.slice();
        v[i] = alphabet[a];
        out.push(v.join(''));
      }
    }
    for (i = 0; i <= chars.length; i++) {
      for (var b = 0; b < alphabet.length; b++) {
        v = chars.slice();
        v.splice(i, 0, alphabet[b]);
        out.push(v.join(''));
      }
    }
    return out;
  }
  ecolib.oneEditVariants = oneEditVariants;

  /**
   * The typo vocabulary of an analyzer (Vocabulary::typo_terms: its most frequent terms, a fixed number
   * whatever the site), from all its `y` files: term -> dfTotal. Loaded once.
   * @returns {Promise<Map<string, number>>}
   */
  async function typoVocabulary(an) {
    if (an.typo) return an.typo;
    var loads = [];
    for (var k = 0; k < an.typoFiles; k++) loads.push(ecolib.load('y-' + an.name + '-' + k));
    var byTerm = new Map();
    (await Promise.all(loads)).forEach(function (data) {
      var previous = '';
      data.terms.forEach(function (row) {
        var term = previous.slice(0, row[0]) + row[1];
        previous = term;
        byTerm.set(term, row[2]);
      });
    });
    an.typo = byTerm;
    return byTerm;
  }

  /**
   * Typo candidates (Vocabulary::typo_candidates) for a word with no exact or prefix match in any
   * analyzer: the terms of the typo vocabulary one edit away from the stem, and the stems of the word's
   * one-edit variants that are in it; then the dictionary shards of the chosen few.
   */
  async function typoCandidates(an, stem, word) {
    var p = state.params;
    var key = 't' + an.name + '\u0000' + stem + '\u0000' + word;
    if (state.expansions.has(key)) return state.expansions.get(key);
    var vocabulary = await typoVocabulary(an);
    var stemChars = Array.from(stem);
    var n = stemChars.length;
    var close = new Map();
    vocabulary.forEach(function (df, t) {
      // A character is one or two code units: an exact pre-filter on the length.
      if (t.length < n - 1 || t.length > 2 * (n + 1)) return;
      if (isOneEditAway(stemChars, Array.from(t))) close.set(t, df);
    });
    oneEditVariants(ecolib.lowerWithoutMarks(word), an.name).forEach(function (variant) {
      var term = ecolib.normalizeToken(variant, an.name);
      if (term !== stem && vocabulary.has(term)) close.set(term, vocabulary.get(term));
    });
    var chosen = Array.from(close, function (entry) {
      return { term: entry[0], df: entry[1] };
    })
      .sort(byDfThenTerm)
      .slice(0, p.maxTypoTerms);
    var found = await Promise.all(
      chosen.map(function (t) {
        return findTerm(an, t.term);
      }),
    );
    var out = chosen.map(function (t, k) {
      if (!found[k]) throw new Error('ecolibSearch: typo term ' + t.term + ' is in no dictionary shard');
      return { term: t.term, weight: p.typoWeight, an: an, shard: found[k].shard, i: found[k].i };
    });
    state.expansions.set(key, out);
    return out;
  }

  // ---------------------------------------------------------------------------
  // Scoring (tantivy BM25, in f32)
  // ---------------------------------------------------------------------------

  /** tantivy `idf`: ln(1 + (N - df + 0.5) / (df + 0.5)), in f32. */
  function idf(df, numDocs) {
    var x = fround(fround(fround(numDocs - df) + 0.5) / fround(fround(df) + 0.5));
    return fround(Math.log(fround(1 + x)));
  }

  /** tantivy Bm25Weight.weight: idf * (1 + K1), times the query boost. */
  function bm25Weight(idfValue, boost) {
    var weight = fround(idfValue * fround(1 + state.params.k1));
    return boost === 1 ? weight : fround(weight * boost);
  }

  /** tantivy Bm25Weight.score. */
  function bm25Score(weight, normCache, normId, tf) {
    var t = fround(tf);
    return fround(weight * fround(t / fround(t + normCache[normId])));
  }

  /** Adds the BM25 of one (term, field) with a boost to `scores` (Map doc -> score). */
  function scoreTerm(an, shard, i, f, boost, scores) {
    var postings = postingsOf(shard, i, f);
    if (!postings) return;
    var numDocs = state.manifest.numDocs;
    var weight = bm25Weight(idf(postings.docs.length, numDocs), boost);
    var normCache = an.norms[f];
    for (var k = 0; k < postings.docs.length; k++) {
      var doc = postings.docs[k];
      var s = bm25Score(weight, normCache, postings.norms[k], postings.tfs[k]);
      var previous = scores.get(doc);
      scores.set(doc, previous === undefined ? s : fround(previous + s));
    }
  }

  /**
   * Documents where the words occur as a phrase in some field of some analyzer, with the phrase's
   * BM25 (idf summed over its terms, tf = occurrences) times the field boost. One word: the exact term.
   * @param {string[]} words
   * @param {Object<string, Set<string>>} matched receives the stems per analyzer (for snippets)
   * @returns {Promise<Map<number, number>>}
   */
  async function phraseScores(words, matched) {
    var p = state.params;
    var scores = new Map();
    for (var a = 0; a < ANALYZERS.length; a++) {
      var an = state.analyzers[ANALYZERS[a]];
      if (!an) continue;
      var stems = words.map(function (w) {
        return ecolib.normalizeToken(w, an.name);
      });
      if (matched) {
        stems.forEach(function (s) {
          matched[an.name].add(s);
        });
      }
      var refs = await Promise.all(
        stems.map(function (s) {
          return findTerm(an, s);
        }),
      );
      if (refs.some(function (r) {
        return !r;
      })) continue;
      refs.forEach(function (r) {
        r.an = an;
      });
      await resolvePostings(refs);
      if (refs.length === 1) {
        for (var f1 = 0; f1 < p.numFields; f1++) scoreTerm(an, refs[0].shard, refs[0].i, f1, p.boosts[f1], scores);
        continue;
      }
      await resolvePositions(refs);
      for (var f = 0; f < p.numFields; f++) {
        var lists = refs.map(function (r) {
          return postingsOf(r.shard, r.i, f);
        });
        if (lists.some(function (l) {
          return !l;
        })) continue;
        var positions = refs.map(function (r) {
          return positionsOf(r.shard, r.i, f);
        });
        var numDocs = state.manifest.numDocs;
        var idfSum = 0;
        lists.forEach(function (l) {
          idfSum = fround(idfSum + idf(l.docs.length, numDocs));
        });
        var weight = bm25Weight(idfSum, p.boosts[f]);
        // Walk the first list; find each doc in the others (all sorted by doc id).
        var cursors = lists.map(function () {
          return 0;
        });
        var first = lists[0];
        for (var k = 0; k < first.docs.length; k++) {
          var doc = first.docs[k];
          var at = [k];
          var inAll = true;
          for (var t = 1; t < lists.length; t++) {
            var l = lists[t];
            var c = cursors[t];
            while (c < l.docs.length && l.docs[c] < doc) c++;
            cursors[t] = c;
            if (c >= l.docs.length || l.docs[c] !== doc) {
              inAll = false;
              break;
            }
            at.push(c);
          }
          if (!inAll) continue;
          var count = phraseCount(
            at.map(function (index, term) {
              return positions[term][index];
            }),
          );
          if (!count) continue;
          var s = bm25Score(weight, an.norms[f], first.norms[k], count);
          var previous = scores.get(doc);
          scores.set(doc, previous === undefined ? s : fround(previous + s));
        }
      }
    }
    return scores;
  }

  /** Number of start positions p with term i at p + i for every i (tantivy, slop 0). */
  function phraseCount(positionLists) {
    var sets = positionLists.map(function (l) {
      return new Set(l);
    });
    var count = 0;
    var firstList = positionLists[0];
    for (var j = 0; j < firstList.length; j++) {
      var pos = firstList[j];
      var ok = true;
      for (var i = 1; i < sets.length && ok; i++) ok = sets[i].has(pos + i);
      if (ok) count++;
    }
    return count;
  }

  // ---------------------------------------------------------------------------
  // Filters and facets
  // ---------------------------------------------------------------------------

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
    var lang = langOf(docId);
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

  // ---------------------------------------------------------------------------
  // Snippets (make_snippet)
  // ---------------------------------------------------------------------------

  function collapseWhitespace(s) {
    return s
      .split(WS_RUNS)
      .filter(function (part) {
        return part !== '';
      })
      .join(' ');
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
    return collapseWhitespace(out);
  }

  // ---------------------------------------------------------------------------
  // Search
  // ---------------------------------------------------------------------------

  /**
   * Parses and expands a query: for each analyzer, the terms its words and phrases stand for.
   * @param {string} query
   * @param {boolean} typing
   * @param {boolean} [stopAtEmpty] stop at the first word that matches nothing (the search does; the
   *   highlighting on a page wants every word's terms)
   * @returns {Promise<{parsed: object, words: Array, matched: Object<string, Set<string>>, empty: boolean}>}
   */
  async function plan(query, typing, stopAtEmpty) {
    await ready();
    var p = state.params;
    var parsed = parseQuery(query, typing, { maxChars: p.maxQueryChars, maxWords: p.maxQueryWords });
    var matched = { ru: new Set(), kk: new Set() };
    var words = [];
    var empty = false;
    for (var w = 0; w < parsed.words.length; w++) {
      var word = parsed.words[w];
      var wordTyping = parsed.typing && w + 1 === parsed.words.length;
      var perAnalyzer = [];
      for (var a = 0; a < ANALYZERS.length; a++) {
        var an = state.analyzers[ANALYZERS[a]];
        if (!an) continue;
        var stem = ecolib.normalizeToken(word, an.name);
        perAnalyzer.push({ analyzer: an, stem: stem, expansions: await expand(an, stem, wordTyping) });
      }
      var found = perAnalyzer.some(function (entry) {
        return entry.expansions.length > 0;
      });
      // Typos are corrected only when the word is nowhere in the library as written, and only in words short
      // enough for their one-edit variants (about 66 per letter) to stay few.
      var letters = charCount(word);
      if (!found && letters >= p.minTypoWordLen && letters <= p.maxTypoWordLen) {
        for (var t = 0; t < perAnalyzer.length; t++) {
          perAnalyzer[t].expansions = await typoCandidates(perAnalyzer[t].analyzer, perAnalyzer[t].stem, word);
          if (perAnalyzer[t].expansions.length) found = true;
        }
      }
      // Kazakh keys back off only when typo correction found nothing either.
      if (!found) {
        for (var k2 = 0; k2 < perAnalyzer.length; k2++) {
          if (perAnalyzer[k2].analyzer.name !== 'kk') continue;
          perAnalyzer[k2].expansions = await backoff(perAnalyzer[k2].analyzer, perAnalyzer[k2].stem);
          if (perAnalyzer[k2].expansions.length) found = true;
        }
      }
      perAnalyzer.forEach(function (entry) {
        entry.expansions.forEach(function (e) {
          matched[entry.analyzer.name].add(e.term);
        });
      });
      words.push({ word: word, typing: wordTyping, analyzers: perAnalyzer });
      if (!found) {
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

  function emptyFacets() {
    var out = {};
    FACET_DIMENSIONS.forEach(function (d) {
      out[d] = [];
    });
    return out;
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
   *   them too; both load the facet file). limit: hits with details (default 10).
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
    var result = { hits: [], total: 0, facets: emptyFacets() };
    if (pl.empty || (!parsed.words.length && !parsed.phrases.length) || stale()) return result;

    // Must clauses: each word (any expansion, any field, any analyzer), each phrase.
    var entries = [];
    pl.words.forEach(function (w) {
      w.analyzers.forEach(function (entry) {
        entries.push.apply(entries, entry.expansions);
      });
    });
    await resolvePostings(entries);
    var clauses = [];
    pl.words.forEach(function (w) {
      var scores = new Map();
      w.analyzers.forEach(function (entry) {
        entry.expansions.forEach(function (e) {
          for (var f = 0; f < p.numFields; f++) scoreTerm(entry.analyzer, e.shard, e.i, f, fround(p.boosts[f] * e.weight), scores);
        });
      });
      clauses.push(scores);
    });
    for (var ph = 0; ph < parsed.phrases.length; ph++) clauses.push(await phraseScores(parsed.phrases[ph], pl.matched));
    var excluded = new Set();
    for (var ex = 0; ex < parsed.excluded.length; ex++) {
      (await phraseScores(parsed.excluded[ex], null)).forEach(function (_, doc) {
        excluded.add(doc);
      });
    }

    // Intersection, starting from the smallest clause.
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

    // Filters (after scoring) and facet counts: only these need the facet file.
    var filters = options.filters || {};
    var sets = {};
    var filtered = false;
    FACET_DIMENSIONS.forEach(function (d) {
      sets[d] = toSet(filters[d]);
      if (sets[d]) filtered = true;
    });
    var kept = matches;
    if (filtered || options.facets) {
      await loadFacets();
      kept = countFacets(matches, sets, result.facets);
    }

    if (options.preferLang) {
      var mine = [];
      var others = [];
      kept.forEach(function (m) {
        (langOf(m.doc) === options.preferLang ? mine : others).push(m);
      });
      kept = mine.concat(others);
    }
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
          var snippet = makeSnippet(text[1] || '', analyzer, pl.matched[analyzer], p.snippetWords);
          hit.snippetHtml = snippet != null ? snippet : escapeHtml(text[0] || '');
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
    var lang = langOf(m.doc);
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

  // Exposed for the UI and the tests.
  ecolib.decodeBase64 = decodeBase64;
  ecolib.decodeVarints = decodeVarints;
  ecolib.decodePostings = decodePostings;
  ecolib.decodePositions = decodePositions;
  ecolib.parseQuery = parseQuery;
  ecolib.truncateChars = truncateChars;
  ecolib.isOneEditAway = isOneEditAway;
  ecolib.escapeHtml = escapeHtml;
  ecolib.makeSnippet = makeSnippet;
  ecolib.compareTerms = compareTerms;
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

  if (typeof module !== 'undefined' && module.exports) module.exports = ecolib;
})(typeof self !== 'undefined' ? self : this);
