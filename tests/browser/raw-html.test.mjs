// Editors' raw HTML cannot run script (issue 10): the page of tests/fixtures/raw-html, built by ecolib, is
// opened from file:// and every way its HTML tried to run script (a <script>, onerror, onclick,
// onmouseover, an <svg onload>) is exercised; window.ecolibPwned stays unset and no dialog opens.
// RAW_HTML_SITE_DIR is a build of that fixture (scripts/test.sh makes it).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { withBrowser, siteUrl } from './harness.mjs';

const SITE = process.env.RAW_HTML_SITE_DIR;

test('raw HTML from a page runs no script, also when clicked and hovered', { timeout: 90_000 }, async () => {
  assert.ok(SITE && fs.existsSync(path.join(SITE, 'notes/pasted/index.html')), 'set RAW_HTML_SITE_DIR to a build of tests/fixtures/raw-html');
  await withBrowser({}, async (browser) => {
    const { page } = browser;
    const dialogs = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(siteUrl(SITE, 'notes/pasted/index.html'));
    await page.waitForLoadState('load');
    const prose = page.locator('.prose');
    await prose.getByText('Наведите сюда').hover();
    await prose.getByText('Наведите сюда').click();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.ecolibPwned), undefined, 'a script from the page ran');
    assert.deepEqual(dialogs, []);
    // The harmless part is there, the body is visible (a <style> hid it), and no script element came from the text.
    assert.equal(await prose.locator('details summary').textContent(), 'Подробнее');
    assert.ok(await page.locator('body').isVisible(), 'a <style> from the page hid the body');
    assert.equal(await prose.locator('script, style, svg, iframe, [onerror], [onclick], [onmouseover]').count(), 0);
  });
});
