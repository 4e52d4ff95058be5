// Bytes a search query costs in headless Chromium, for benches/search_bytes.sh (issue 11): every file the
// browser loads (page, styles, client scripts, index files) from opening the results page until the
// results with their snippets have shown and the network has been quiet for a while. Each query runs in a
// fresh browser context, so the cache is cold. Usage, after `npm ci` in tests/browser:
//   node benches/search_bytes.mjs queries CORPUS_DIR COUNT              > queries.tsv
//   node benches/search_bytes.mjs MODE BASE_URL QUERIES_TSV [SITE_DIR]  > results.json
//   node benches/search_bytes.mjs table BENCH_DIR                       (Markdown table of bytes-N-MODE.json)
// MODE: ecolib (BASE_URL/search/index.html?q=…), ecolib-typing (the query typed into the search box at
// 150 ms per key), pagefind-ui (Pagefind's stock UI), pagefind-api (Pagefind's JS API, 10 results with
// their excerpts loaded). BASE_URL is a file:// URL (bytes are the sizes of the files read; SITE_DIR is not
// needed) or http://127.0.0.1:PORT (bytes as transferred, headers included).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const QUIET_MS = 800; // no request in flight for this long: the query is done
const KEY_MS = 150;

/** xorshift32: the same queries from the same corpus on every run. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function markdownFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownFiles(p));
    else if (/^page-.*\.md$/.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * Queries drawn from the corpus at the frequencies of its text: a random page of the language, a random
 * place in its body, then 1–4 consecutive words of at least four letters (people type content words, and
 * consecutive words make queries with matches). 70% Russian, 20% English, 10% Kazakh.
 */
function makeQueries(corpus, count) {
  const files = markdownFiles(path.join(corpus, 'content'));
  const byLang = { ru: [], en: [], kk: [] };
  for (const f of files) byLang[(f.match(/\.(en|kk)\.md$/) || [null, 'ru'])[1]].push(f);
  const next = rng(0x11ec0);
  const plan = [];
  for (let i = 0; i < count; i++) plan.push(i % 10 < 7 ? 'ru' : i % 10 < 9 ? 'en' : 'kk');
  return plan.map((lang, i) => {
    for (;;) {
      const pages = byLang[lang];
      const text = fs.readFileSync(pages[Math.floor(next() * pages.length)], 'utf8').split('\n---\n')[1] || '';
      const words = text.split(/[^\p{L}\p{N}-]+/u).filter((w) => /^\p{L}{4,}$/u.test(w));
      if (words.length < 8) continue;
      const start = Math.floor(next() * (words.length - 4));
      const n = 1 + (i % 4);
      return `${lang}\t${words.slice(start, start + n).join(' ').toLowerCase()}`;
    }
  });
}

async function launch() {
  const require = createRequire(path.resolve('tests/browser/package.json'));
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Records every request of a browser context, its workers' included (Pagefind fetches its index from a
 * worker, which a page's own DevTools session does not see); `quiet()` resolves once the network is idle.
 */
function watchNetwork(context) {
  const requests = [];
  let inflight = 0;
  let last = Date.now();
  context.on('request', () => {
    inflight++;
    last = Date.now();
  });
  const finish = async (request, ok) => {
    const entry = { url: request.url(), bytes: 0 };
    requests.push(entry);
    try {
      if (ok) {
        const sizes = await request.sizes();
        entry.bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      }
    } catch {
      // The context closed before the sizes came (a request that finished as the measure ended); from
      // file:// the size is read from the disk anyway.
    } finally {
      inflight--;
      last = Date.now();
    }
  };
  context.on('requestfinished', (r) => finish(r, true));
  context.on('requestfailed', (r) => finish(r, false));
  const quiet = async () => {
    while (inflight > 0 || Date.now() - last < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
  };
  return { requests, quiet };
}

/** Bytes and files of the recorded requests: file:// sizes from the disk, HTTP ones as transferred. */
function tally(requests) {
  let bytes = 0;
  const urls = new Set();
  for (const r of requests) {
    if (r.url.startsWith('data:') || urls.has(r.url)) continue;
    urls.add(r.url);
    if (r.url.startsWith('file:')) {
      const file = fileURLToPath(r.url.split(/[?#]/)[0]);
      bytes += fs.existsSync(file) ? fs.statSync(file).size : 0;
    } else bytes += r.bytes;
  }
  return { bytes, files: urls.size };
}

const SHOWN = {
  ecolib: () => document.querySelectorAll('#search-results .search-result').length,
  'ecolib-typing': () => document.querySelectorAll('.search-hit-item').length,
  'pagefind-ui': () => document.querySelectorAll('.pagefind-ui__result').length,
  'pagefind-api': () => window.benchResults || 0,
};

async function measure(browser, mode, base, query) {
  const context = await browser.newContext();
  const { requests, quiet } = watchNetwork(context);
  const page = await context.newPage();
  const q = encodeURIComponent(query);
  const t0 = Date.now();
  if (mode === 'ecolib') await page.goto(`${base}/search/index.html?q=${q}`);
  else if (mode === 'pagefind-ui') await page.goto(`${base}/pagefind-bench-ui.html?q=${q}`);
  else if (mode === 'pagefind-api') await page.goto(`${base}/pagefind-bench-api.html?q=${q}`);
  else {
    await page.goto(`${base}/search/index.html`);
    await quiet();
    await page.locator('#site-search-q').click();
    for (const ch of query) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(KEY_MS);
    }
    // The box searches once typing pauses: wait for its results (or 5 s), then for a quiet network.
    await page.locator('.search-hit-item').first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
  }
  await quiet();
  const shown = await page.evaluate(SHOWN[mode]);
  const ms = Date.now() - t0 - QUIET_MS;
  await context.close();
  return { query, ...tally(requests), shown, ms };
}

/** The README's table: median, p95, max, files, median by number of words, results shown. */
function table(dir) {
  const at = (xs, p) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  const size = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(0)} KB`);
  const lines = ['| pages | measure | median | p95 | max | files loaded (median) | median by words: 1 / 2 / 3 / 4 | results shown (median) |', '|---|---|---|---|---|---|---|---|'];
  const files = fs.readdirSync(dir).filter((f) => /^bytes-\d+-[\w-]+\.json$/.test(f));
  const order = ['ecolib-file', 'ecolib-http', 'ecolib-typing', 'pagefind-plain', 'pagefind-http', 'pagefind-ui'];
  const key = (f) => { const [, n, m] = f.match(/^bytes-(\d+)-(.+)\.json$/); return [Number(n), order.indexOf(m), m, n]; };
  files.sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    if (!text.trim()) continue;
    const rows = JSON.parse(text);
    const bytes = rows.map((r) => r.bytes);
    const byWords = [1, 2, 3, 4].map((k) => {
      const some = rows.filter((r) => r.query.split(' ').length === k).map((r) => r.bytes);
      return some.length ? size(at(some, 0.5)) : '-';
    });
    const [, , mode, n] = key(f);
    lines.push(`| ${Number(n).toLocaleString('en')} | ${mode} | ${size(at(bytes, 0.5))} | ${size(at(bytes, 0.95))} | ${size(Math.max(...bytes))} | ${at(rows.map((r) => r.files), 0.5)} | ${byWords.join(' / ')} | ${at(rows.map((r) => r.shown), 0.5)} |`);
  }
  return lines.join('\n');
}

async function main() {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === 'table') {
    console.log(table(path.resolve(a)));
    return;
  }
  if (cmd === 'queries') {
    console.log(makeQueries(path.resolve(a), Number(b || 60)).join('\n'));
    return;
  }
  if (!SHOWN[cmd]) throw new Error(`unknown mode ${cmd}`);
  const queries = fs.readFileSync(b, 'utf8').trim().split('\n').map((l) => l.split('\t')[1]);
  const browser = await launch();
  const rows = [];
  for (const q of queries) rows.push(await measure(browser, cmd, a.replace(/\/$/, ''), q));
  await browser.close();
  console.log(JSON.stringify(rows));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
