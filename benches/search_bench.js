#!/usr/bin/env node
// Search benchmark under node: index size and file count, bytes a first and a next query load (client
// scripts included), and query latency once the shards are loaded. Usage:
//   node benches/search_bench.js <public dir> [queries]     (default: 60 queries made from page titles)
'use strict';

const fs = require('fs');
const path = require('path');

const CLIENT = ['ui.js', 'analyzer.js', 'stem-ru.js', 'stem-en.js', 'stem-kk.js', 'engine.js'];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

async function main() {
  const publicDir = path.resolve(process.argv[2] || 'public');
  const searchDir = path.join(publicDir, 'search');
  const jsDir = path.join(publicDir, 'static', 'js', 'search');
  const engine = require(path.join(jsDir, 'engine.js'));
  const files = fs.readdirSync(searchDir);
  const indexBytes = files.reduce((n, f) => n + fs.statSync(path.join(searchDir, f)).size, 0);
  const clientBytes = CLIENT.reduce((n, f) => n + fs.statSync(path.join(jsDir, f)).size, 0);
  let loaded = 0;
  const baseLoader = engine.nodeLoader(searchDir);
  engine.loader = (name) => {
    loaded += fs.statSync(path.join(searchDir, name + '.js')).size;
    return baseLoader(name);
  };

  let queries = process.argv[3] ? fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean) : null;
  if (!queries) {
    await engine.load('manifest');
    const manifest = await engine.load('manifest');
    const titles = [];
    for (const shard of manifest.docShards) {
      const data = await engine.load(shard.name);
      data.rows.forEach((row) => titles.push(row[3]));
    }
    const step = Math.max(1, Math.floor(titles.length / 60));
    queries = [];
    for (let i = 0; i < titles.length && queries.length < 60; i += step) {
      const words = titles[i].split(/\s+/).filter((w) => /[\p{L}]{4,}/u.test(w));
      if (words.length) queries.push(words.slice(0, 1 + (i % 2)).join(' '));
    }
  }

  const first = [];
  const next = [];
  for (let i = 0; i < queries.length; i++) {
    engine.reset();
    loaded = 0;
    await engine.search(queries[i], { limit: 10 });
    first.push(loaded + clientBytes);
    loaded = 0;
    await engine.search(queries[(i + 1) % queries.length], { limit: 10 });
    next.push(loaded);
  }
  // Latency with everything a query needs loaded (as after the first keystrokes).
  const times = [];
  for (const q of queries) {
    await engine.search(q, { limit: 10 });
    const t0 = process.hrtime.bigint();
    await engine.search(q, { limit: 10 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  first.sort((a, b) => a - b);
  next.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`index: ${files.length} files, ${kb(indexBytes)}; client: ${CLIENT.length} files, ${kb(clientBytes)}`);
  console.log(`first query loads (client included): median ${kb(percentile(first, 50))}, p95 ${kb(percentile(first, 95))}`);
  console.log(`next query loads: median ${kb(percentile(next, 50))}, p95 ${kb(percentile(next, 95))}`);
  console.log(`latency (node, shards loaded): median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms over ${queries.length} queries`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
