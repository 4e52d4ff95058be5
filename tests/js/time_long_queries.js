#!/usr/bin/env node
/*
 * Times the browser engine on hostile long queries over a built site (a benchmark, not a test: the figures
 * go in docs/robustness.md).
 *
 * Usage: node tests/js/time_long_queries.js PUBLIC/search [LETTERS]
 * (ECOLIB_SEARCH_JS=DIR times the client's sources in DIR instead, e.g. an older copy: the parts of the theme's
 * assets.toml, or an older single engine.js with its analyzer and stemmers)
 *
 * For each query (LETTERS × «а», default 3000; 40 words; 40 long typo words) prints the time `search`
 * took, the number of hits and the process's peak memory.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const { JS_DIR, loadSources } = require('./load_client.js');

/** The client to time: the theme's sources, or those in ECOLIB_SEARCH_JS. */
function client() {
  const dir = process.env.ECOLIB_SEARCH_JS || JS_DIR;
  // A copy from before the engine was split into parts loads itself under node.
  return fs.existsSync(path.join(dir, 'query.js')) ? loadSources(dir) : require(path.resolve(dir, 'engine.js'));
}

function queries(letters) {
  const words = Array.from({ length: 40 }, (_, i) => 'конвенция' + 'абвгдежзийклмнопрстуфхцчшщ'[i % 26]);
  return [
    ['«а» × ' + letters, 'а'.repeat(letters)],
    ['40 words', words.join(' ')],
    ['40 × 30-letter typo words', words.map((w) => (w + 'охранаокружающейсреды').slice(0, 30)).join(' ')],
    ['30-letter typo word', 'конвенцияохранаокружающейсред'],
  ];
}

async function main() {
  const dir = process.argv[2];
  const letters = Number(process.argv[3] || 3000);
  if (!dir) {
    console.error('usage: node tests/js/time_long_queries.js PUBLIC/search [LETTERS]');
    process.exit(2);
  }
  const engine = client();
  engine.loader = engine.nodeLoader(path.resolve(dir));
  await engine.search('вода', {}); // load the manifest and the client once, outside the timings
  for (const [label, query] of queries(letters)) {
    const start = process.hrtime.bigint();
    const result = await engine.search(query, { typing: true });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(`${label}: ${ms.toFixed(1)} ms, ${result.total} hits, peak RSS ${rss} MB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
