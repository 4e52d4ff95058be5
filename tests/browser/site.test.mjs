// Headless-Chromium test of the built library site opened from disk (file://,
// no server, no network). Run from the repository root:
//
//   cargo build --release && ./target/release/ecolib build --root . --output /tmp/site
//   (cd tests/browser && npm ci)
//   SITE_DIR=/tmp/site node --test tests/browser/
//
// Full-page screenshots of the visited document pages are written to
// target/screenshots/ for a human to look at.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';

import {
  assertNoProblems,
  assertStylesheetLoaded,
  brokenFileLinks,
  clickAndWait,
  openBrowser,
  withBrowser,
  screenshotPath,
  siteDir,
  siteUrl,
} from './harness.mjs';

const SITE = siteDir();

/** ru is the default language at the site root; the others live under their code. */
const LANGUAGES = [
  { code: 'ru', prefix: '' },
  { code: 'en', prefix: 'en/' },
  { code: 'kk', prefix: 'kk/' },
];

const TEST_TIMEOUT = 90_000;

async function htmlLang(page) {
  return page.evaluate(() => document.documentElement.getAttribute('lang'));
}

/** Collects file:// link problems of every page it is handed, for one assertion at the end. */
function linkChecker() {
  const seen = new Set();
  const problems = [];
  return {
    async check(page) {
      if (seen.has(page.url())) return;
      seen.add(page.url());
      problems.push(...(await brokenFileLinks(page)));
    },
    assertClean() {
      assert.ok(seen.size > 0, 'no page was checked for links');
      assert.ok(problems.length === 0, `broken file:// links:\n  ${problems.join('\n  ')}`);
    },
  };
}

/**
 * From the Russian home page, reaches the Tehran Convention in `lang` by
 * clicking: language switcher (unless ru) → main menu «conventions» → the
 * Tehran Convention in the section's item list. Returns the title of the
 * item link that was clicked.
 */
async function reachTehranConvention(page, { code, prefix }, links) {
  await page.goto(siteUrl(SITE, 'index.html'));
  assert.equal(await htmlLang(page), 'ru', 'the site root index.html should be the Russian home page');
  await links.check(page);

  if (code !== 'ru') {
    const switcher = page.locator('nav.languages').locator(`a[hreflang="${code}"]`);
    assert.equal(await switcher.count(), 1, `home page: expected one language switcher link with hreflang=${code}`);
    await clickAndWait(page, switcher, siteUrl(SITE, `${prefix}index.html`));
    assert.equal(await htmlLang(page), code, `${page.url()}: <html lang> after switching to ${code}`);
    await links.check(page);
  }

  const section = page.locator('nav.main-nav').getByRole('link').and(page.locator('a[href$="conventions/index.html"]'));
  assert.equal(await section.count(), 1, `${page.url()}: expected one main-menu link to the conventions section`);
  const sectionName = (await section.innerText()).trim();
  assert.ok(sectionName, `${page.url()}: the conventions menu link has no text`);
  await clickAndWait(page, section, siteUrl(SITE, `${prefix}conventions/index.html`));
  assert.equal(await htmlLang(page), code, `${page.url()}: <html lang> of section «${sectionName}»`);
  await assertStylesheetLoaded(page);
  await links.check(page);

  const item = page
    .locator('ul.item-list')
    .getByRole('link')
    .and(page.locator('a[href$="tehran-convention/index.html"]'))
    .first();
  assert.equal(
    await item.count(),
    1,
    `${page.url()}: section «${sectionName}» lists no link to tehran-convention in ul.item-list`,
  );
  const title = (await item.innerText()).trim();
  await clickAndWait(page, item, siteUrl(SITE, `${prefix}conventions/tehran-convention/index.html`));
  return title;
}

/** The checks every document page in `code` must pass. */
async function assertDocumentPage(page, code, expectedTitle) {
  const where = page.url();
  assert.equal(await htmlLang(page), code, `${where}: <html lang>`);

  const h1 = page.locator('h1');
  assert.ok((await h1.count()) >= 1, `${where}: no h1`);
  const h1Text = (await h1.first().innerText()).trim();
  assert.ok(h1Text, `${where}: the h1 is empty`);
  assert.ok(await h1.first().isVisible(), `${where}: the h1 is not visible`);
  if (expectedTitle) {
    assert.equal(h1Text, expectedTitle, `${where}: h1 differs from the title of the link that led here`);
  }

  const record = page.locator('section.record');
  assert.equal(await record.count(), 1, `${where}: no section.record (the convention's record block)`);
  assert.ok(await record.isVisible(), `${where}: section.record is not visible`);
  assert.ok((await record.locator('dt').count()) > 0, `${where}: section.record has no fields (dt)`);

  await assertStylesheetLoaded(page);

  const current = page.locator('nav.languages [aria-current]');
  assert.equal(await current.count(), 1, `${where}: the language switcher marks ${await current.count()} items aria-current`);
  const mark = await current.evaluate((el) => ({
    lang: el.getAttribute('lang'),
    value: el.getAttribute('aria-current'),
    text: el.textContent.trim(),
  }));
  assert.equal(mark.lang, code, `${where}: aria-current item «${mark.text}» is lang=${mark.lang}, expected ${code}`);
  assert.notEqual(mark.value, 'false', `${where}: aria-current="false" on the current language`);
  assert.equal(
    await page.locator(`nav.languages a[hreflang="${code}"]`).count(),
    0,
    `${where}: the current language is also offered as a link`,
  );
  return h1Text;
}

test('harness self-check: blocked network, missing file, console and page errors are caught', { timeout: TEST_TIMEOUT }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecolib-harness-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<link rel="stylesheet" href="missing.css"></head><body>' +
      '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
      '<img alt="" src="http://example.invalid/tracker.png">' +
      '<a href="sub/">dir</a><a href="nowhere/index.html">gone</a>' +
      '<script>console.error("self-check console error"); setTimeout(() => { throw new Error("self-check page error"); });</script>' +
      '</body></html>',
  );
  fs.mkdirSync(path.join(dir, 'sub'));
  const browser = await openBrowser();
  try {
    await browser.page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    await browser.page.waitForTimeout(300);
    const problems = browser.problems().join('\n');
    assert.match(problems, /network request .*http:\/\/example\.invalid\/tracker\.png/);
    assert.match(problems, /request failed: .*missing\.css/);
    assert.match(problems, /console error: self-check console error/);
    assert.match(problems, /page error: self-check page error/);
    assert.doesNotMatch(problems, /data:image/);
    const links = (await brokenFileLinks(browser.page)).join('\n');
    assert.match(links, /sub\/.*directory/);
    assert.match(links, /nowhere\/index\.html.*does not exist/);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('home page opens from disk with the theme stylesheet', { timeout: TEST_TIMEOUT }, async () => {
  await withBrowser({}, async (browser) => {
    const { page } = browser;
    await page.goto(siteUrl(SITE, 'index.html'));
    assert.equal(await htmlLang(page), 'ru');
    assert.ok((await page.locator('h1').count()) >= 1, 'home page has no h1');
    await assertStylesheetLoaded(page);
    const links = linkChecker();
    await links.check(page);
    links.assertClean();
    assertNoProblems(browser, 'the home page');
  });
});

describe('a document page reached by clicking, in each language', () => {
  for (const lang of LANGUAGES) {
    test(`${lang.code}: home → conventions → Tehran Convention`, { timeout: TEST_TIMEOUT }, async () => {
      await withBrowser({}, async (browser) => {
        const { page } = browser;
        const links = linkChecker();
        const title = await reachTehranConvention(page, lang, links);
        await page.screenshot({ path: screenshotPath(`document-${lang.code}`), fullPage: true });
        await assertDocumentPage(page, lang.code, title);
        await links.check(page);
        links.assertClean();
        assertNoProblems(browser, `the ${lang.code} pages`);
      });
    });
  }
});

test('ru Tehran Convention → «English» switcher → the English translation of the same document', { timeout: TEST_TIMEOUT }, async () => {
  await withBrowser({}, async (browser) => {
    const { page } = browser;
    const links = linkChecker();
    await reachTehranConvention(page, LANGUAGES[0], links);
    await assertDocumentPage(page, 'ru');
    await links.check(page);
    const ruUrl = page.url();

    const english = page.locator('nav.languages').getByRole('link', { name: 'English', exact: true });
    assert.equal(await english.count(), 1, `${ruUrl}: no «English» link in the language switcher`);
    assert.equal(await english.getAttribute('hreflang'), 'en', `${ruUrl}: «English» link lacks hreflang=en`);
    await clickAndWait(page, english);
    assert.ok(
      page.url().includes('/en/conventions/tehran-convention/'),
      `«English» on ${ruUrl} led to ${page.url()}, not /en/conventions/tehran-convention/`,
    );
    assert.equal(page.url(), siteUrl(SITE, 'en/conventions/tehran-convention/index.html'));
    await assertDocumentPage(page, 'en');
    await links.check(page);

    // And the way back leads to the same Russian document.
    const russian = page.locator('nav.languages a[hreflang="ru"]');
    assert.equal(await russian.count(), 1, `${page.url()}: no link back to Russian in the language switcher`);
    assert.equal(await russian.evaluate((a) => a.href), ruUrl, `${page.url()}: the Russian switcher link`);

    links.assertClean();
    assertNoProblems(browser, 'the ru → en switch');
  });
});

/** How wide the page is at the current viewport, and which elements stick out past its right edge. */
async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll('body *'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.right > vw + 1)
      .slice(0, 8)
      .map(({ el, r }) => {
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${cls} right=${Math.round(r.right)}px «${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50)}»`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide };
  });
}

const PHONE = { width: 360, height: 740 };

test('phone viewport 360x740: the home page does not scroll sideways', { timeout: TEST_TIMEOUT }, async () => {
  await withBrowser({ viewport: PHONE }, async (browser) => {
    const { page } = browser;
    await page.goto(siteUrl(SITE, 'index.html'));
    await assertStylesheetLoaded(page);
    const m = await horizontalOverflow(page);
    await page.screenshot({ path: screenshotPath('home-ru-phone-360'), fullPage: true });
    assert.equal(m.innerWidth, PHONE.width);
    assert.ok(
      m.scrollWidth <= PHONE.width + 1,
      `${page.url()} is ${m.scrollWidth}px wide at ${PHONE.width}px: it scrolls sideways; elements past the edge:\n  ${m.wide.join('\n  ')}`,
    );
    assertNoProblems(browser, 'the home page on a phone');
  });
});

test('phone viewport 360x740: the Tehran Convention pages do not scroll sideways', { timeout: TEST_TIMEOUT }, async () => {
  await withBrowser({ viewport: PHONE }, async (browser) => {
    const { page } = browser;
    const wide = [];
    for (const { prefix } of LANGUAGES) {
      await page.goto(siteUrl(SITE, `${prefix}conventions/tehran-convention/index.html`));
      await assertStylesheetLoaded(page);
      const m = await horizontalOverflow(page);
      if (m.scrollWidth > PHONE.width + 1) {
        wide.push(`${page.url()} is ${m.scrollWidth}px wide; past the edge:\n    ${m.wide.join('\n    ')}`);
      }
    }
    assert.ok(wide.length === 0, `pages that scroll sideways at ${PHONE.width}px:\n  ${wide.join('\n  ')}`);
    assertNoProblems(browser, 'the document pages on a phone');
  });
});
