/*
 * Loads the search client for node tests, as a page runs it: classic scripts sharing one global namespace
 * (ecolibSearch). Either the readable sources in the theme (the default), the parts of the theme's
 * assets.toml run one after the other in its order, or, when the environment names one in
 * ECOLIB_SEARCH_BUNDLE, the bundled and minified script a build wrote (public/static/js/search.<hash>.js),
 * run in a global scope of its own that has no `module` or `require`. The same tests then check that
 * bundling and minifying changed nothing.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const THEME_DIR = path.join(__dirname, '..', '..', 'themes', 'default');
const JS_DIR = path.join(THEME_DIR, 'static', 'js', 'search');

/** The bundle's file named by ECOLIB_SEARCH_BUNDLE, or null for the sources. */
function bundleFile() {
  const file = process.env.ECOLIB_SEARCH_BUNDLE;
  return file && file.trim() ? path.resolve(file) : null;
}

/** The client bundle a build wrote into `publicDir` (static/js/search.<hash>.js), or null. */
function findBundle(publicDir) {
  const dir = path.join(publicDir, 'static', 'js');
  const name = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => /^search\.[0-9a-f]+\.js$/.test(f)) : null;
  return name ? path.join(dir, name) : null;
}

/** The sources of the client's bundle (`js/search.js` in the theme's assets.toml), in their order. */
function clientParts() {
  const toml = fs.readFileSync(path.join(THEME_DIR, 'assets.toml'), 'utf8');
  const bundle = /output = "js\/search\.js"\s*(?:#.*\s*)*parts = \[([^\]]*)\]/.exec(toml);
  if (!bundle) throw new Error('themes/default/assets.toml bundles no js/search.js');
  return Array.from(bundle[1].matchAll(/"js\/search\/([^"]+\.js)"/g), (m) => m[1]);
}

/**
 * Runs the client's sources from `dir` (by default the theme's) in this realm, each file as a classic
 * script whose global object is a shared `self` (so the results are plain objects of this realm, which
 * node's deep equality wants).
 */
function loadSources(dir = JS_DIR) {
  const self = {};
  for (const part of clientParts()) {
    const file = path.join(dir, part);
    // The wrapper shares the first line, so the line numbers of errors are the file's.
    const code = `(function (self) {${fs.readFileSync(file, 'utf8')}\n})`;
    vm.runInThisContext(code, { filename: file })(self);
  }
  const ns = self.ecolibSearch;
  ns.nodeLoader = (searchDir) => (name) => {
    const index = path.join(searchDir, ns.fileName(name));
    // An index file is a classic script calling ecolibSearch.register(…).
    // eslint-disable-next-line no-new-func
    new Function('ecolibSearch', fs.readFileSync(index, 'utf8'))(ns);
  };
  return ns;
}

/** The bundle in `file` run in a global scope of its own, as a browser runs the one script. */
function loadBundle(file) {
  // What a browser's global scope offers a script besides the language itself.
  // A browser's timers, and what the client decompresses the index with (all of them browser APIs that node
  // has too).
  const sandbox = { setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, console };
  Object.assign(sandbox, { Blob, Response, DecompressionStream, TextDecoder });
  sandbox.self = sandbox; // the global object, as in a browser
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, 'utf8'), sandbox, { filename: file });
  const ns = sandbox.ecolibSearch;
  if (!ns || typeof ns.search !== 'function') throw new Error(`${file} defines no ecolibSearch.search`);
  ns.nodeLoader = (dir) => (name) => {
    const index = path.join(dir, ns.fileName(name));
    vm.runInContext(fs.readFileSync(index, 'utf8'), sandbox, { filename: index });
  };
  return ns;
}

/**
 * The client's namespace (ecolibSearch): from the sources, or from the bundle `file` (by default the one
 * named by ECOLIB_SEARCH_BUNDLE; null for the sources). Either way `nodeLoader(dir)` makes a loader of the
 * index files in `dir` (public/search) that runs them as <script> elements do: set
 * `ns.loader = ns.nodeLoader(dir)`.
 */
function loadEngine(file = bundleFile()) {
  return file ? loadBundle(file) : loadSources();
}

module.exports = { JS_DIR, bundleFile, findBundle, clientParts, loadSources, loadEngine };
