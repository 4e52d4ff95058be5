/*
 * Loads the search client for node tests: the readable sources in the theme (the default), or, when the
 * environment names one in ECOLIB_SEARCH_BUNDLE, the bundled and minified script a build wrote
 * (public/static/js/search.<hash>.js), run as the browser runs it: one classic script in a global scope
 * that has no `module` or `require`. The same tests then check that minifying changed nothing.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const JS_DIR = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search');

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

/**
 * The engine's namespace (ecolibSearch), from the sources or from `file` (by default the bundle named by
 * ECOLIB_SEARCH_BUNDLE). From a bundle, `nodeLoader(dir)` runs the index files in the bundle's global
 * scope, as <script> elements do (the engine's own nodeLoader needs `require`).
 */
function loadEngine(file = bundleFile()) {
  if (!file) return require(path.join(JS_DIR, 'engine.js'));
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

module.exports = { JS_DIR, bundleFile, findBundle, loadEngine };
