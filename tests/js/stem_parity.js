#!/usr/bin/env node
/*
 * Checks the JavaScript stemmers against stems made by rust-stemmers.
 *
 * Usage: node tests/js/stem_parity.js FILE.json
 * where FILE.json is {"ru": [[word, stem], ...], "en": [[word, stem], ...]}
 * (tests/stemmer_parity.rs writes it). Prints the first 20 mismatches and
 * "N passed, M failed"; exits 1 on any mismatch, 2 on bad input.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const JS_DIR = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search');
const stemRu = require(path.join(JS_DIR, 'stem-ru.js')).stemRu;
const stemEn = require(path.join(JS_DIR, 'stem-en.js')).stemEn;

const MAX_SHOWN = 20;

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node tests/js/stem_parity.js FILE.json');
    process.exit(2);
  }
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const stemmers = { ru: stemRu, en: stemEn };
  let passed = 0;
  let failed = 0;
  for (const lang of Object.keys(stemmers)) {
    const pairs = data[lang];
    if (!Array.isArray(pairs)) {
      console.error(`missing "${lang}" list in ${file}`);
      process.exit(2);
    }
    for (const [word, expected] of pairs) {
      let got;
      try {
        got = stemmers[lang](word);
      } catch (e) {
        got = `<threw ${e && e.message}>`;
      }
      if (got === expected) {
        passed++;
      } else {
        failed++;
        if (failed <= MAX_SHOWN) {
          console.log(`mismatch [${lang}] ${JSON.stringify(word)}: rust ${JSON.stringify(expected)}, js ${JSON.stringify(got)}`);
        }
      }
    }
    console.log(`${lang}: ${pairs.length} words checked`);
  }
  if (failed > MAX_SHOWN) console.log(`... and ${failed - MAX_SHOWN} more mismatches`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
