'use strict';
// The client refuses a manifest it cannot use before it loads anything by it: a version it does not read,
// or a format 4 manifest without facetsPerFile (loading the facet files counts by it and would not end).
const test = require('node:test');
const assert = require('node:assert');
const { loadEngine } = require('./load_client.js');

test('a manifest without facetsPerFile or of another version is refused', async () => {
  const engine = loadEngine();
  for (const [manifest, message] of [
    [{ version: 3, numDocs: 1 }, /unsupported index version 3/],
    [{ version: 4, numDocs: 1 }, /no facetsPerFile/],
    [{ version: 4, numDocs: 1, facetsPerFile: 0 }, /no facetsPerFile/],
  ]) {
    engine.reset();
    engine.loader = (name) => engine.register(name, manifest);
    await assert.rejects(engine.search('вода', { facets: true }), message);
  }
});
