// Unit tests for the browser stemmers: node --test tests/js/
// The expected stems are what rust-stemmers 1.2 gives (the full parity check
// against it is tests/stemmer_parity.rs).
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const vm = require('vm');
const fs = require('fs');

const JS_DIR = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search');
const { stemRu } = require(path.join(JS_DIR, 'stem-ru.js'));
const { stemEn } = require(path.join(JS_DIR, 'stem-en.js'));

function check(stem, cases) {
  for (const [word, expected] of cases) {
    assert.strictEqual(stem(word), expected, `${word} -> ${expected}`);
  }
}

test('Russian: inflections of a noun share one stem', () => {
  check(stemRu, [
    ['конвенцией', 'конвенц'],
    ['конвенции', 'конвенц'],
    ['конвенция', 'конвенц'],
    ['конвенциями', 'конвенц'],
    ['заповедники', 'заповедник'],
    ['заповедников', 'заповедник'],
    ['лесами', 'лес'],
    ['реки', 'рек'],
  ]);
});

test('Russian: adjectives, participles, gerunds, superlatives', () => {
  check(stemRu, [
    ['каспийского', 'каспийск'],
    ['каспийское', 'каспийск'],
    ['природный', 'природн'],
    ['сохранившись', 'сохран'],
    ['красивейшие', 'красив'],
    ['свойственной', 'свойствен'],
    ['свойственность', 'свойствен'],
  ]);
});

test('Russian: short and vowel-less words are left alone', () => {
  check(stemRu, [['', ''], ['я', 'я'], ['вв', 'вв'], ['й', 'й']]);
});

test('Russian: ё is not folded by the stemmer itself (the analyzer folds it first)', () => {
  assert.strictEqual(stemRu('ёлками'), 'ёлкам');
  assert.strictEqual(stemRu('елками'), 'елк');
});

test('English: common suffixes', () => {
  check(stemEn, [
    ['running', 'run'],
    ['runs', 'run'],
    ['generously', 'generous'],
    ['generation', 'generat'],
    ['conventions', 'convent'],
    ['conservation', 'conserv'],
    ['protected', 'protect'],
    ['hopping', 'hop'],
    ['hoping', 'hope'],
    ['forestry', 'forestri'],
    ['saying', 'say'],
    ['cries', 'cri'],
    ['ties', 'tie'],
    ['agreed', 'agre'],
  ]);
});

test('English: exceptional forms and short words', () => {
  check(stemEn, [
    ['skies', 'sky'],
    ['sky', 'sky'],
    ['news', 'news'],
    ['dying', 'die'],
    ['innings', 'inning'],
    ['at', 'at'],
    ['', ''],
  ]);
});

test('both stemmers register on one global namespace in a browser-like script context', () => {
  const sandbox = { self: {} };
  vm.createContext(sandbox);
  for (const file of ['stem-ru.js', 'stem-en.js']) {
    vm.runInContext(fs.readFileSync(path.join(JS_DIR, file), 'utf8'), sandbox, { filename: file });
  }
  const ns = sandbox.self.ecolibSearch;
  assert.strictEqual(typeof ns.stemRu, 'function');
  assert.strictEqual(typeof ns.stemEn, 'function');
  assert.strictEqual(ns.stemRu('конвенцией'), 'конвенц');
  assert.strictEqual(ns.stemEn('running'), 'run');
});
