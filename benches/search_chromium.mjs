// Search latency in headless Chromium from file://: opens a built site's results page, lets the client load
// what each query needs (first run), then times the same query again with its files loaded (10 hits with
// snippets, as the results page shows them). Prints the median and p95. Usage, after `npm ci` in
// tests/browser:
//   node benches/search_chromium.mjs SITE_DIR [QUERIES.tsv]
// QUERIES.tsv is benches/search_bytes.sh's `lang<TAB>query` list (target/bench/queries-N.tsv), the realistic
// queries; without it, 60 queries are one or two words of titles spread over the site's catalog.json.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(path.resolve('tests/browser/package.json'));
const { chromium } = require('playwright-core');

const site = path.resolve(process.argv[2] || 'public');
const queryFile = process.argv[3];

function catalogQueries() {
  const catalog = JSON.parse(fs.readFileSync(path.join(site, 'catalog.json'), 'utf8'));
  const step = Math.max(1, Math.floor(catalog.length / 60));
  const out = [];
  for (let i = 0; i < catalog.length && out.length < 60; i += step) {
    const words = catalog[i].title.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
    if (words.length) out.push(words.slice(0, 1 + (i % 2)).join(' ').toLowerCase());
  }
  return out;
}

const queries = queryFile
  ? fs.readFileSync(queryFile, 'utf8').trim().split('\n').map((line) => line.split('\t')[1])
  : catalogQueries();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
await page.goto(pathToFileURL(path.join(site, 'search', 'index.html')).href);
await page.waitForFunction(() => window.ecolibSearch && typeof window.ecolibSearch.search === 'function', null, { timeout: 60_000 });
const result = await page.evaluate(async (list) => {
  const s = window.ecolibSearch;
  const times = [];
  for (const q of list) {
    await s.search(q, { limit: 10, facets: true });
    const t0 = performance.now();
    await s.search(q, { limit: 10, facets: true });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))];
  return { n: times.length, median: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}, queries);
console.log(
  `Chromium, files loaded: median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms, max ${result.max.toFixed(2)} ms over ${result.n} queries`,
);
await browser.close();
