// Search latency in headless Chromium from file://: loads a built site's results page, lets the client
// load what each query needs, then times each query again (shards loaded). Usage, after `npm ci` in
// tests/browser:
//   node benches/search_chromium.mjs target/bench/corpus-10000/public
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(path.resolve('tests/browser/package.json'));
const { chromium } = require('playwright-core');

const site = path.resolve(process.argv[2] || 'public');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
await page.goto(pathToFileURL(path.join(site, 'search', 'index.html')).href);
await page.locator('#site-search-q').click();
await page.waitForFunction(() => window.ecolibSearch && typeof window.ecolibSearch.search === 'function', null, { timeout: 60_000 });
const result = await page.evaluate(async () => {
  const s = window.ecolibSearch;
  const manifest = await s.load('manifest');
  const titles = [];
  for (const shard of manifest.docShards) {
    const data = await s.load(shard.name);
    data.rows.forEach((row) => titles.push(row[2])); // format 2: [key, url, title, …]
  }
  const step = Math.max(1, Math.floor(titles.length / 60));
  const queries = [];
  for (let i = 0; i < titles.length && queries.length < 60; i += step) {
    const words = titles[i].split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
    if (words.length) queries.push(words.slice(0, 1 + (i % 2)).join(' '));
  }
  const times = [];
  for (const q of queries) {
    await s.search(q, { limit: 10 });
    const t0 = performance.now();
    await s.search(q, { limit: 10 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { n: times.length, median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
});
console.log(`Chromium, shards loaded: median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms over ${result.n} queries`);
await browser.close();
