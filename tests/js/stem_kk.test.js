// Unit tests for the browser Kazakh stemmer: node --test tests/js/
// The expected stems are what src/search/kazakh.rs gives (the full parity
// check against it is tests/kazakh_parity.rs).
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const vm = require('vm');
const fs = require('fs');

const JS_DIR = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search');
const { stemKk, foldKk } = require(path.join(JS_DIR, 'stem-kk.js'));

function check(cases) {
  for (const [word, expected] of cases) {
    assert.strictEqual(stemKk(word), expected, `${word} -> ${expected}`);
  }
}

const key = (w) => foldKk(stemKk(w));

test('Kazakh: case, possessive and plural endings of a loanword', () => {
  check([
    ['конвенция', 'конвенция'],
    ['конвенцияның', 'конвенция'],
    ['конвенцияға', 'конвенция'],
    ['конвенциясы', 'конвенция'],
    ['конвенцияларды', 'конвенция'],
    ['конвенциясында', 'конвенция'],
    ['хаттамалары', 'хаттама'],
    ['протоколдың', 'протокол'],
  ]);
});

test('Kazakh: allomorphs after voiced and voiceless sounds, short roots', () => {
  check([
    ['ақпаратқа', 'ақпарат'],
    ['ақпаратты', 'ақпарат'],
    ['жерлерде', 'жер'],
    ['заңның', 'заң'],
    ['суға', 'су'],
    ['өзінің', 'өз'],
    ['жылғы', 'жыл'],
    ['қазандағы', 'қазан'],
  ]);
});

test('Kazakh: alternations, elisions, derivation once', () => {
  check([
    ['орталығы', 'орталық'],
    ['орталыққа', 'орталық'],
    ['кітабы', 'кітап'],
    ['халқының', 'халық'],
    ['орнына', 'орын'],
    ['экологиялық', 'экология'],
    ['тыңдаушы', 'тыңдау'],
    ['хатшылық', 'хатшы'],
  ]);
});

test('Kazakh: words that are not cut', () => {
  check([
    ['теңіз', 'теңіз'],
    ['тең', 'тең'],
    ['халық', 'халық'],
    ['шешім', 'шешім'],
    ['қатар', 'қатар'],
    ['қорғау', 'қорғау'],
    ['орманы', 'орман'],
    ['аға', 'аға'],
    ['', ''],
    ['2021', '2021'],
  ]);
});

test('Kazakh: the loose key meets words typed on a Russian keyboard', () => {
  assert.strictEqual(foldKk('әғқңөұүһіё'), 'агкноуухие');
  assert.strictEqual(key('қорғау'), 'коргау');
  assert.strictEqual(key('коргау'), 'коргау');
  assert.strictEqual(key('қорғауға'), key('коргауга'));
  assert.strictEqual(key('ақпаратқа'), key('акпарат'));
  assert.strictEqual(key('орталыққа'), key('орталык'));
});

test('stem-kk.js registers on the global namespace in a browser-like script context', () => {
  const sandbox = { self: { ecolibSearch: { stemRu: () => 'kept' } } };
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(JS_DIR, 'stem-kk.js'), 'utf8'), sandbox, { filename: 'stem-kk.js' });
  const ns = sandbox.self.ecolibSearch;
  assert.strictEqual(typeof ns.stemKk, 'function');
  assert.strictEqual(typeof ns.foldKk, 'function');
  assert.strictEqual(ns.stemRu(), 'kept');
  assert.strictEqual(ns.stemKk('конвенцияларды'), 'конвенция');
});
