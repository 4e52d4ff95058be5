#!/usr/bin/env node
/*
 * Checks the browser search engine against `ecolib search` on a built site.
 *
 * Usage: node tests/js/search_parity.js PUBLIC/search QUERIES.json
 *
 * QUERIES.json (written by the Rust side) is
 *   [{ "query": "конвенция", "typing": false, "expected": [{ "id": "ru:…", "score": 17.27 }, …] }, …]
 * with the ids and scores of `ecolib search`'s top 10 (fewer when fewer match). Optional per query:
 * "filters" ({lang, doc_type, topic, …}) passed to the engine, and "limit" (default 10).
 *
 * The engine runs under node over the shard files (no browser): the theme's sources, or the built bundle
 * when ECOLIB_SEARCH_BUNDLE names it (see load_client.js). For each query it compares the top
 * results in order: the same number of results, each score within 1e-4 relative, and the same id at
 * each rank, except that documents whose scores are equal within 1e-4 relative may swap places (f32
 * sums in another order can reorder ties). Prints every mismatch and "N passed, M failed"; exits 1 on
 * any failure, 2 on bad input.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const { loadEngine } = require('./load_client.js');
const TOLERANCE = 1e-4;

function close(a, b) {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

function usage(message) {
  if (message) console.error(message);
  console.error('usage: node tests/js/search_parity.js PUBLIC/search QUERIES.json');
  process.exit(2);
}

/**
 * Compares one query's results; returns a list of problems (empty when they agree).
 * @param {Array<{id: string, score: number}>} expected Rust's top results
 * @param {Array<{id: string, score: number}>} got the engine's results, a few more than expected
 * @param {number} limit how many ranks are compared
 */
function compare(expected, got, limit) {
  const problems = [];
  const wanted = Math.min(limit, expected.length);
  const shown = got.slice(0, limit);
  if (shown.length !== wanted) {
    problems.push(`${wanted} results expected, ${shown.length} found`);
  }
  const n = Math.min(wanted, shown.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const g = shown[i];
    if (!close(e.score, g.score)) {
      problems.push(`rank ${i + 1}: score ${g.score} (${g.id}), expected ${e.score} (${e.id})`);
      continue;
    }
    if (e.id === g.id) continue;
    // A swap among equal scores: the expected document is elsewhere in our list with the same score.
    const elsewhere = got.find((h) => h.id === e.id);
    if (!elsewhere || !close(elsewhere.score, e.score)) {
      problems.push(
        `rank ${i + 1}: ${g.id} (${g.score}), expected ${e.id} (${e.score})` +
          (elsewhere ? `, which scores ${elsewhere.score} here` : ', which is not among our results'),
      );
    }
  }
  return problems;
}

async function main() {
  const [dir, file] = process.argv.slice(2);
  if (!dir || !file) usage();
  if (!fs.existsSync(path.join(dir, 'manifest.js'))) usage(`${dir} has no manifest.js: build the site first`);
  let queries;
  try {
    queries = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    usage(`cannot read ${file}: ${error.message}`);
  }
  if (!Array.isArray(queries)) usage(`${file} is not a JSON array`);

  const engine = loadEngine();
  if (typeof engine.stemKk !== 'function' || typeof engine.foldKk !== 'function') {
    console.error('stem-kk.js (ecolibSearch.stemKk, ecolibSearch.foldKk) is missing: cannot analyze Kazakh');
    process.exit(2);
  }
  engine.loader = engine.nodeLoader(path.resolve(dir));

  let passed = 0;
  let failed = 0;
  for (const q of queries) {
    if (!q || typeof q.query !== 'string' || !Array.isArray(q.expected)) {
      usage(`bad entry in ${file}: ${JSON.stringify(q)}`);
    }
    const limit = q.limit || 10;
    let problems;
    try {
      // A few more than compared, so that a tie straddling the last rank can be recognized.
      const result = await engine.search(q.query, { typing: !!q.typing, filters: q.filters || {}, limit: limit + 20 });
      problems = compare(q.expected, result.hits, limit);
    } catch (error) {
      problems = [`threw ${error && error.stack ? error.stack : error}`];
    }
    if (problems.length) {
      failed++;
      console.log(`MISMATCH ${JSON.stringify(q.query)}${q.typing ? ' (typing)' : ''}`);
      for (const p of problems) console.log(`  ${p}`);
    } else {
      passed++;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

module.exports = { compare };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
