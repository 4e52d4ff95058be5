/*
 * ecolib search: loading the index files (docs/search-index.md, format 4).
 *
 * Every index file is a classic script calling `ecolibSearch.register(name, payload)`, the payload the
 * seven-bit text of deflated JSON (or of deflated bytes, for blob files). `load(name)` adds a <script> element for
 * `baseUrl + name + '.' + id + '.js'` (`manifest.js` for the manifest, which names the id), resolves when
 * the file has registered itself and inflates the payload with the browser's DecompressionStream: this
 * works from file://, where fetch, XHR, modules and workers do not. Under node, tests set
 * `ecolibSearch.loader` (tests/js/load_client.js: `nodeLoader(dir)`).
 *
 * Needs from the namespace: decodeSevenBit (decode.js), indexId (set by index.js from the manifest). Adds:
 * baseUrl, register, fileName, load, forgetFiles; uses `loader` instead of <script> elements when set.
 *
 * Classic script, ES2017, a part of the search bundle after decode.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

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
   * @param {object|string} data the data, or its payload (seven-bit text of deflated JSON, or of bytes)
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
   * file://): seven-bit text of deflated JSON, or of deflated bytes cut into pieces of the registered lengths
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

  /** The bytes that the seven-bit `text` of deflated bytes stands for. */
  function inflateBytes(text) {
    if (typeof DecompressionStream === 'undefined') {
      return Promise.reject(new Error('ecolibSearch: this browser cannot decompress the index (no DecompressionStream)'));
    }
    var stream = new Blob([ecolib.decodeSevenBit(text)]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Response(stream).arrayBuffer().then(function (buffer) {
      return new Uint8Array(buffer);
    });
  }

  /** The browser loader: a <script> element per file. */
  function scriptLoader(name) {
    return new Promise(function (resolve, reject) {
      var doc = self.document;
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

  /** Forgets every file registered or loaded (ecolibSearch.reset, with the index state). */
  ecolib.forgetFiles = function () {
    registry = Object.create(null);
    waiting = Object.create(null);
    decoded = Object.create(null);
  };
})(self.ecolibSearch); // the namespace that the parts before this one made
