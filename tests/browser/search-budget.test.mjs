// The search's byte and file budget on a generated site of 2,000+ pages (issue 11), opened from file:// in
// headless Chromium: the index has at most 64 + N/4 files, none over 64 KB; a query from the results page
// loads at most the byte budget for N documents; typing the same query at 150 ms a key loads at most 1.5
// times that. BUDGET_SITE_DIR is the built site (scripts/test.sh makes it from examples/gen_corpus.rs).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, siteUrl } from './harness.mjs';

const KEY_MS = 150;
const QUIET_MS = 600;

function budgetSite() {
  const dir = process.env.BUDGET_SITE_DIR;
  if (!dir || !fs.existsSync(path.join(dir, 'search', 'manifest.js'))) {
    throw new Error('BUDGET_SITE_DIR must name a built site of 2,000+ generated pages (see scripts/test.sh)');
  }
  return dir;
}

const { decodeSevenBit } = createRequire(import.meta.url)('../js/load_client.js').loadSources();

/** The manifest, decoded as the client decodes it: `register("manifest", "<seven-bit text>")`. */
function manifest(dir) {
  const text = fs.readFileSync(path.join(dir, 'search', 'manifest.js'), 'utf8');
  const start = text.indexOf('"', text.indexOf(',')) + 1;
  const payload = text.slice(start, text.indexOf('"', start));
  return JSON.parse(zlib.inflateSync(decodeSevenBit(payload)).toString('utf8'));
}

/** The budget of one query's bytes for N documents: 200 KB at 1,000, 300 KB at 10,000 (issue 11). */
function byteBudget(n) {
  return 1000 * (200 + 100 * Math.max(0, Math.log10(n / 1000)));
}

/** Queries: one to three words of the titles of pages spread over the site. */
function queries(dir) {
  const catalog = JSON.parse(fs.readFileSync(path.join(dir, 'catalog.json'), 'utf8'));
  const out = [];
  for (let i = 0; i < catalog.length && out.length < 9; i += Math.floor(catalog.length / 9)) {
    const words = catalog[i].title.split(/\s+/).filter((w) => /^[\p{L}]{4,}$/u.test(w));
    if (words.length) out.push(words.slice(0, 1 + (out.length % 3)).join(' ').toLowerCase());
  }
  return out;
}

/** Bytes and files a fresh context loads while `act(page)` runs, until the network is quiet. */
async function loads(browser, act) {
  const context = await browser.newContext();
  const urls = new Set();
  let last = Date.now();
  context.on('request', (r) => {
    last = Date.now();
    if (r.url().startsWith('file:')) urls.add(r.url().split(/[?#]/)[0]);
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await act(page);
  while (Date.now() - last < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
  const shown = await page.evaluate(() => document.querySelectorAll('.search-result, .search-hit-item').length);
  await context.close();
  assert.deepEqual(errors, []);
  let bytes = 0;
  for (const url of urls) bytes += fs.statSync(fileURLToPath(url)).size;
  return { bytes, files: urls.size, shown };
}

test('the search index keeps its file budget and every file stays small', () => {
  const dir = budgetSite();
  const n = manifest(dir).numDocs;
  assert.ok(n >= 2000, `only ${n} documents`);
  const search = fs.readdirSync(path.join(dir, 'search'));
  // The client: the bundled script (search/strings.js and search/index.html are in search/).
  const client = fs.readdirSync(path.join(dir, 'static', 'js')).filter((name) => name.endsWith('.js'));
  assert.ok(search.length + client.length <= 64 + Math.floor(n / 4), `${search.length} + ${client.length} files for ${n} documents`);
  for (const name of search) {
    const size = fs.statSync(path.join(dir, 'search', name)).size;
    assert.ok(size <= 64 * 1024, `${name}: ${size} bytes`);
  }
});

test('a query and the same query typed stay within the byte budget', async () => {
  const dir = budgetSite();
  const n = manifest(dir).numDocs;
  const budget = byteBudget(n);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const report = [];
    for (const query of queries(dir)) {
      const results = await loads(browser, (page) => page.goto(`${siteUrl(dir, 'search/index.html')}?q=${encodeURIComponent(query)}`));
      const typed = await loads(browser, async (page) => {
        await page.goto(siteUrl(dir, 'search/index.html'));
        await page.locator('#site-search-q').click();
        for (const ch of query) {
          await page.keyboard.type(ch);
          await page.waitForTimeout(KEY_MS);
        }
        // The box searches once typing pauses: wait for its results, then for the network to be quiet.
        await page.locator('.search-hit-item').first().waitFor({ state: 'visible', timeout: 10_000 });
      });
      report.push(`«${query}»: ${results.bytes} B in ${results.files} files (${results.shown} shown); typed ${typed.bytes} B (${typed.shown} shown)`);
      assert.ok(results.shown > 0, `«${query}» shows no result`);
      assert.ok(results.bytes <= budget, `«${query}»: ${results.bytes} bytes > ${Math.round(budget)}\n${report.join('\n')}`);
      assert.ok(typed.bytes <= 1.5 * results.bytes, `«${query}» typed: ${typed.bytes} > 1.5 × ${results.bytes}\n${report.join('\n')}`);
    }
    console.log(report.join('\n'));
  } finally {
    await browser.close();
  }
});
