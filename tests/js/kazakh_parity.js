#!/usr/bin/env node
/*
 * Checks the JavaScript Kazakh stemmer and folding against src/search/kazakh.rs.
 *
 * Usage: node tests/js/kazakh_parity.js FILE.json
 * where FILE.json is [[word, stem, key], ...] with stem = stem_kazakh(word)
 * and key = fold_kazakh(stem), made by Rust (tests/kazakh_parity.rs writes
 * it). Prints the first 20 mismatches and "N passed, M failed"; exits 1 on
 * any mismatch, 2 on bad input.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const JS_DIR = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search');
const { stemKk, foldKk } = require(path.join(JS_DIR, 'stem-kk.js'));

const MAX_SHOWN = 20;

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node tests/js/kazakh_parity.js FILE.json');
    process.exit(2);
  }
  const triples = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(triples) || triples.length === 0) {
    console.error(`expected a non-empty list of [word, stem, key] in ${file}`);
    process.exit(2);
  }
  let passed = 0;
  let failed = 0;
  for (const triple of triples) {
    if (!Array.isArray(triple) || triple.length !== 3) {
      console.error(`bad entry in ${file}: ${JSON.stringify(triple)}`);
      process.exit(2);
    }
    const [word, stem, key] = triple;
    let gotStem;
    let gotKey;
    try {
      gotStem = stemKk(word);
      gotKey = foldKk(gotStem);
    } catch (e) {
      gotStem = gotKey = `<threw ${e && e.message}>`;
    }
    if (gotStem === stem && gotKey === key) {
      passed++;
    } else {
      failed++;
      if (failed <= MAX_SHOWN) {
        console.log(`mismatch ${JSON.stringify(word)}: rust ${JSON.stringify(stem)} -> ${JSON.stringify(key)}, ` +
          `js ${JSON.stringify(gotStem)} -> ${JSON.stringify(gotKey)}`);
      }
    }
  }
  console.log(`kk: ${triples.length} words checked`);
  if (failed > MAX_SHOWN) console.log(`... and ${failed - MAX_SHOWN} more mismatches`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
