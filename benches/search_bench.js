#!/usr/bin/env node
// Search benchmark under node: index size and file count, bytes a first and a next query load (client
// scripts included), by kind of file, and query latency once the files are loaded. Usage:
//   node benches/search_bench.js <public dir> [queries]     (default: 60 queries made from page titles)
//
// A query runs as the search box runs it (10 hits, summaries first, snippets when their text arrives):
// "results" counts the files loaded until the hits are known with their titles and links; "snippets"
// the text loaded afterwards to replace the summaries of the hits by snippets.
'use strict';

const fs = require('fs');
const path = require('path');

const { findBundle, loadEngine } = require('../tests/js/load_client.js');

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/** The kind of an index file: its name without analyzer and number ("t-ru-3" → "t", "x-12" → "x"). */
function kindOf(name) {
  return name.replace(/-(ru|kk)(?=-|$)/, '').replace(/-\d+$/, '');
}

function median(list) {
  return percentile(list.slice().sort((a, b) => a - b), 50);
}

async function main() {
  const publicDir = path.resolve(process.argv[2] || 'public');
  const searchDir = path.join(publicDir, 'search');
  // The client is the one script the build bundled and minified (static/js/search.<hash>.js).
  const bundle = findBundle(publicDir);
  if (!bundle) throw new Error(`${publicDir} has no static/js/search.<hash>.js: build the site first`);
  const engine = loadEngine(bundle);
  const files = fs.readdirSync(searchDir);
  const indexBytes = files.reduce((n, f) => n + fs.statSync(path.join(searchDir, f)).size, 0);
  const client = [path.basename(bundle)];
  const clientBytes = fs.statSync(bundle).size;
  let loaded = {}; // kind -> bytes since the last reset
  const baseLoader = engine.nodeLoader(searchDir);
  engine.loader = (name) => {
    const kind = kindOf(name);
    loaded[kind] = (loaded[kind] || 0) + fs.statSync(path.join(searchDir, engine.fileName(name))).size;
    return baseLoader(name);
  };
  const take = () => {
    const out = loaded;
    loaded = {};
    return out;
  };
  const sum = (bytes) => Object.values(bytes).reduce((a, b) => a + b, 0);

  let queries = process.argv[3] ? fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean) : null;
  if (!queries) {
    const manifest = await engine.ready(); // format 3: result rows in r-<n>, docsPerFile each
    const titles = [];
    for (let n = 0; n * manifest.docsPerFile < manifest.numDocs; n++) {
      const data = await engine.load('r-' + n);
      data.rows.forEach((row) => titles.push(row[2]));
    }
    const step = Math.max(1, Math.floor(titles.length / 60));
    queries = [];
    for (let i = 0; i < titles.length && queries.length < 60; i += step) {
      const words = titles[i].split(/\s+/).filter((w) => /[\p{L}]{4,}/u.test(w));
      if (words.length) queries.push(words.slice(0, 1 + (i % 2)).join(' '));
    }
  }

  const options = { limit: 10, deferSnippets: true };
  const run = async (query) => {
    const result = await engine.search(query, options);
    const results = take();
    if (result.snippets) await result.snippets;
    return { results, snippets: take() };
  };
  const first = [];
  const firstAll = [];
  const next = [];
  const nextAll = [];
  const kinds = {}; // kind -> [bytes per first query]
  for (let i = 0; i < queries.length; i++) {
    engine.reset();
    take();
    const a = await run(queries[i]);
    first.push(sum(a.results) + clientBytes);
    firstAll.push(sum(a.results) + sum(a.snippets) + clientBytes);
    const seen = Object.assign({ client: clientBytes }, a.results);
    Object.keys(a.snippets).forEach((k) => (seen[k + ' (snippets)'] = a.snippets[k]));
    Object.keys(seen).forEach((k) => (kinds[k] = kinds[k] || []));
    Object.keys(kinds).forEach((k) => kinds[k].push(seen[k] || 0));
    const b = await run(queries[(i + 1) % queries.length]);
    next.push(sum(b.results));
    nextAll.push(sum(b.results) + sum(b.snippets));
  }
  // Latency with everything a query needs loaded (as after the first keystrokes).
  const times = [];
  for (const q of queries) {
    await run(q);
    const t0 = process.hrtime.bigint();
    await run(q);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  [first, firstAll, next, nextAll, times].forEach((l) => l.sort((a, b) => a - b));
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  const mp = (l) => `median ${kb(percentile(l, 50))}, p95 ${kb(percentile(l, 95))}`;
  console.log(`index: ${files.length} files, ${kb(indexBytes)}; client: ${client.length} files, ${kb(clientBytes)}`);
  console.log(`first query loads (client included): results ${mp(first)}; with snippets ${mp(firstAll)}`);
  console.log(`next query loads: results ${mp(next)}; with snippets ${mp(nextAll)}`);
  console.log(
    'first query by kind (median): ' +
      Object.keys(kinds)
        .map((k) => `${k} ${kb(median(kinds[k]))}`)
        .join(', '),
  );
  console.log(`latency (node, files loaded): median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms over ${queries.length} queries`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
