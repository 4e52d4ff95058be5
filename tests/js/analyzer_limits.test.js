'use strict';
// The browser's analyzer drops runs of letters longer than a word, as the Rust analyzer does
// (src/search/analyzer.rs, MAX_TOKEN_CHARS): a hostile 100,000-letter word makes no term and no query.
const test = require('node:test');
const assert = require('node:assert');
const { loadEngine } = require('./load_client.js');

const engine = loadEngine();

test('runs longer than 64 code points are no tokens', () => {
  const longest = 'ж'.repeat(64);
  const text = `вода ${longest} ${longest}ы x${'a'.repeat(100000)} море`;
  // Array.from: arrays of this realm (the bundle runs in a realm of its own, and deep equality is per realm).
  const words = Array.from(engine.rawTokens(text), ([a, b]) => text.slice(a, b));
  assert.deepStrictEqual(words, ['вода', longest, 'море']);
  // Astral letters count once each, as Rust's chars do: 64 of them (128 UTF-16 units) are still a word.
  const astral = '𝐀'.repeat(64);
  const ranges = (t) => Array.from(engine.rawTokens(t), ([a, b]) => [a, b]);
  assert.deepStrictEqual(ranges(astral), [[0, 128]]);
  assert.deepStrictEqual(ranges(astral + '𝐀'), []);
  assert.deepStrictEqual(Array.from(engine.analyze(`a ${'b'.repeat(65)} c`, 'ru'), (t) => t.position), [0, 1]);
});
