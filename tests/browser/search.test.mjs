// Headless-Chromium tests of the search client, from file:// with the network off: typing shows results,
// a result opens its page with the words highlighted, facets filter the results page, and text from the
// index is shown as text, never as markup. Run as site.test.mjs (SITE_DIR), plus XSS_SITE_DIR: a site
// built from tests/fixtures/search-xss.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { assertNoProblems, REPO_ROOT, withBrowser, screenshotPath, siteDir, siteUrl } from './harness.mjs';

const SITE = siteDir();
const TEST_TIMEOUT = 90_000;

describe('search from file://', () => {
  test('typing shows results at once and a click opens the page with the words marked', { timeout: TEST_TIMEOUT }, async () => {
    await withBrowser({}, async (browser) => {
      const { page } = browser;
      await page.goto(siteUrl(SITE, 'index.html'));
      const box = page.locator('#site-search-q');
      await box.click();
      await box.pressSequentially('конвенцией', { delay: 20 });
      const first = page.locator('.search-panel .search-hit-item').first();
      await first.waitFor({ state: 'visible' });
      // Once the shards are loaded, the next keystroke's results follow within a frame or two.
      await box.press('End');
      const started = Date.now();
      await box.press('Space');
      await box.pressSequentially('Каспия', { delay: 0 });
      // Done when a snippet marks the second word (text containing it is not enough: an earlier
      // keystroke's results may show it unmarked).
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.search-panel .search-hit-item mark')).some((m) => /касп/i.test(m.textContent)),
      );
      const latency = Date.now() - started;
      assert.ok(latency < 1000, `results for the second query took ${latency} ms`);
      const titles = await page.locator('.search-panel .search-hit-item .search-hit-title').allTextContents();
      assert.ok(titles.length > 0, 'no results');
      assert.ok(titles.some((t) => /Тегеранская конвенция/.test(t)), `titles: ${titles.join(' | ')}`);
      // The interface strings come from search/strings.js in the page's language.
      const panel = await page.locator('.search-panel').first().textContent();
      assert.match(panel, /Все результаты \(\d+\)/, `panel: ${panel}`);
      await page.screenshot({ path: screenshotPath('search-panel-ru') });
      const link = page.locator('.search-panel .search-hit-item', { hasText: 'Тегеранская конвенция' }).first();
      await Promise.all([page.waitForURL(/tehran-convention\/index\.html\?q=/), link.click()]);
      await page.locator('main mark.search-hit').first().waitFor({ state: 'attached' });
      const marked = await page.locator('main mark.search-hit').count();
      assert.ok(marked > 0, 'no word highlighted on the target page');
      assertNoProblems(browser, 'search pages');
    });
  });

  test('keyboard: arrows move through results, Enter opens, Escape closes', { timeout: TEST_TIMEOUT }, async () => {
    await withBrowser({}, async (browser) => {
      const { page } = browser;
      await page.goto(siteUrl(SITE, 'index.html'));
      const box = page.locator('#site-search-q');
      await box.fill('протокол');
      await page.locator('.search-panel .search-hit-item').first().waitFor({ state: 'visible' });
      await box.press('ArrowDown');
      assert.equal(await page.locator('.search-hit-item[aria-selected="true"]').count(), 1);
      await box.press('Escape');
      await page.locator('.search-panel').waitFor({ state: 'hidden' });
      await box.fill('протоколы');
      await page.locator('.search-panel .search-hit-item').first().waitFor({ state: 'visible' });
      await box.press('ArrowDown');
      await Promise.all([page.waitForURL(/index\.html\?q=/), box.press('Enter')]);
      assertNoProblems(browser, 'keyboard navigation');
    });
  });

  test('a middle click on a panel option opens its page in a new tab, a plain click here', { timeout: TEST_TIMEOUT }, async () => {
    await withBrowser({}, async (browser) => {
      const { context, page } = browser;
      await page.goto(siteUrl(SITE, 'index.html'));
      await page.locator('#site-search-q').fill('Тегеранская конвенция');
      // The option of the convention itself (another page's snippet may quote its name).
      const title = page.locator('.search-hit-title', { hasText: /^Тегеранская конвенция$/ });
      const option = page.locator('.search-panel .search-hit-item', { has: title }).first();
      await option.waitFor({ state: 'visible' });
      const [tab] = await Promise.all([context.waitForEvent('page'), option.click({ button: 'middle' })]);
      await tab.waitForLoadState('load');
      assert.match(tab.url(), /conventions\/tehran-convention\/index\.html\?q=/);
      assert.match(page.url(), /\/index\.html$/, 'the middle click also navigated the page itself');
      await tab.close();
      await Promise.all([page.waitForURL(/tehran-convention\/index\.html\?q=/), option.click()]);
      assertNoProblems(browser, 'opening panel options');
    });
  });

  test('the results page filters by facets', { timeout: TEST_TIMEOUT }, async () => {
    await withBrowser({}, async (browser) => {
      const { page } = browser;
      await page.goto(siteUrl(SITE, 'search/index.html') + '?q=' + encodeURIComponent('Каспийского моря'));
      await page.locator('#search-results .search-result').first().waitFor({ state: 'visible' });
      const before = await page.locator('#search-results .search-result').count();
      // Facets load when asked for: the first query loads no file with every document's values.
      await page.locator('#search-facets .search-refine').click();
      const facet = page.locator('#search-facets label', { hasText: 'Протокол' }).first();
      await facet.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results .search-result').length < n, before);
      const metas = await page.locator('#search-results .search-result').allTextContents();
      assert.ok(metas.length > 0, 'the facet left no result');
      for (const text of metas) assert.match(text, /Протокол/, `a result that is not a protocol: ${text}`);
      await page.screenshot({ path: screenshotPath('search-page-facets-ru'), fullPage: true });
      assertNoProblems(browser, 'results page');
    });
  });

  test('ui.js linked alone loads the other parts from its own folder', { timeout: TEST_TIMEOUT }, async () => {
    // A theme may link the readable sources instead of the bundle: ui.js then loads the interface's other
    // parts (its UI_PARTS) at once and the engine's (ENGINE_PARTS) when the box is first used, each in the
    // bundle's order. A copy of the home page does so here.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecolib-ui-alone-'));
    try {
      for (const sub of ['search', 'static']) fs.cpSync(path.join(SITE, sub), path.join(dir, sub), { recursive: true });
      const sources = path.join(REPO_ROOT, 'themes', 'default', 'static', 'js', 'search');
      fs.cpSync(sources, path.join(dir, 'static', 'js', 'search'), { recursive: true });
      const home = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
      const bundle = /<script src="(static\/js\/search\.[0-9a-f]{8}\.js)" defer><\/script>/;
      assert.match(home, bundle, 'the home page links the bundle');
      fs.writeFileSync(path.join(dir, 'index.html'), home.replace(bundle, '<script src="static/js/search/ui.js" defer></script>'));
      await withBrowser({}, async (browser) => {
        const { page } = browser;
        await page.goto(siteUrl(dir, 'index.html'));
        const loaded = () => page.evaluate(() => Array.from(document.scripts, (s) => s.src.split('/').pop()));
        await page.locator('.search-panel').waitFor({ state: 'attached' });
        const before = await loaded();
        assert.ok(before.includes('ui-common.js') && before.includes('ui-box.js'), `scripts: ${before.join(' ')}`);
        assert.ok(!before.includes('engine.js'), `the engine loads before the box is used: ${before.join(' ')}`);
        await page.locator('#site-search-q').fill('протокол');
        await page.locator('.search-panel .search-hit-item').first().waitFor({ state: 'visible' });
        const scripts = await loaded();
        assert.ok(scripts.includes('engine.js') && scripts.includes('query.js'), `scripts: ${scripts.join(' ')}`);
        assertNoProblems(browser, 'the interface linked alone');
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('English page searches in English first', { timeout: TEST_TIMEOUT }, async () => {
    await withBrowser({}, async (browser) => {
      const { page } = browser;
      await page.goto(siteUrl(SITE, 'en/index.html'));
      await page.locator('#site-search-q').fill('Aarhus conventions');
      const first = page.locator('.search-panel .search-hit-item').first();
      await first.waitFor({ state: 'visible' });
      assert.match(await first.getAttribute('data-href'), /en\/conventions\/aarhus-convention\/index\.html\?q=/);
      assertNoProblems(browser, 'English search');
    });
  });
});

describe('text from the index is never markup', () => {
  const xssSite = process.env.XSS_SITE_DIR;
  test('a page text with <img onerror> shows as text in snippets', { timeout: TEST_TIMEOUT, skip: false }, async () => {
    assert.ok(xssSite && fs.existsSync(path.join(xssSite, 'index.html')), 'set XSS_SITE_DIR to a build of tests/fixtures/search-xss');
    await withBrowser({}, async (browser) => {
      const { page } = browser;
      let dialog = null;
      page.on('dialog', async (d) => {
        dialog = d.message();
        await d.dismiss();
      });
      await page.goto(siteUrl(xssSite, 'search/index.html') + '?q=onerror');
      const result = page.locator('#search-results .search-result').first();
      await result.waitFor({ state: 'visible' });
      const text = await result.textContent();
      assert.match(text, /<img src=x onerror=alert\(1\)>/, `snippet: ${text}`);
      assert.equal(await page.locator('#search-results img').count(), 0, 'markup from the index was rendered');
      await page.locator('#site-search-q').fill('onerror');
      await page.locator('.search-panel .search-hit-item').first().waitFor({ state: 'visible' });
      assert.equal(await page.locator('.search-panel img').count(), 0);
      assert.equal(dialog, null, `a script ran: alert(${dialog})`);
      assertNoProblems(browser, 'XSS check');
    });
  });
});
