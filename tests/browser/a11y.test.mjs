// Accessibility referees in headless Chromium over file://: axe-core's WCAG 2.1 A and AA rules on every
// kind of page the library has (home, section, each document type, taxonomy list and term, the search
// results page with a query, 404) in ru, kk and en, at desktop and phone width and in the dark scheme, and
// on the open search panel; heading levels that never skip; reflow at 320 CSS px; the favicon linked
// relatively (so no request goes to file:///favicon.ico); and the search results page keeping its layout
// while results arrive (cumulative layout shift, as Lighthouse measures it).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';

import { assertNoProblems, screenshotPath, siteDir, siteUrl, withBrowser } from './harness.mjs';

const SITE = siteDir();
const TEST_TIMEOUT = 240_000;
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** ru is the default language at the site root; the others live under their code. */
const LANGUAGES = [
  { code: 'ru', prefix: '', query: 'конвенция' },
  { code: 'kk', prefix: 'kk/', query: 'конвенция' },
  { code: 'en', prefix: 'en/', query: 'convention' },
];

/** One page of each document type present in `lang`, found in the build's catalog.json. */
function documentPages(lang) {
  const catalog = JSON.parse(fs.readFileSync(path.join(SITE, 'catalog.json'), 'utf8'));
  const firstOfType = new Map();
  for (const doc of catalog.filter((d) => d.lang === lang).sort((a, b) => a.path.localeCompare(b.path))) {
    if (!firstOfType.has(doc.doc_type)) firstOfType.set(doc.doc_type, `${doc.path}index.html`);
  }
  return [...firstOfType].map(([type, rel]) => ({ what: `${type} page`, rel }));
}

/** The first term page of a taxonomy listing (a folder under it with an index.html). */
function firstTermPage(prefix, taxonomy) {
  const dir = path.join(SITE, prefix, taxonomy);
  const term = fs
    .readdirSync(dir)
    .sort()
    .find((name) => name !== 'page' && fs.existsSync(path.join(dir, name, 'index.html')));
  assert.ok(term, `${dir} has no term page`);
  return `${prefix}${taxonomy}/${term}/index.html`;
}

/** Every kind of page in one language; `search` is the results page with a query. */
function pagesOf({ code, prefix, query }) {
  const pages = [
    { what: 'home', rel: `${prefix}index.html` },
    { what: 'section listing', rel: `${prefix}conventions/index.html` },
    ...documentPages(code),
    { what: 'taxonomy list', rel: `${prefix}topics/index.html` },
    { what: 'taxonomy term', rel: firstTermPage(prefix, 'topics') },
    { what: 'search results', rel: `${prefix}search/index.html`, query },
  ];
  // One 404 page, in the default language, for web servers at any depth.
  if (code === 'ru') pages.push({ what: '404', rel: '404.html' });
  return pages;
}

/** Opens `page` of the site and, on the results page, waits until the results are shown. */
async function openPage(page, { rel, query }) {
  const url = siteUrl(SITE, rel) + (query ? `?q=${encodeURIComponent(query)}` : '');
  await page.goto(url);
  if (query) {
    await page.locator('#search-results .search-result').first().waitFor({ state: 'visible' });
    // Open the facets too, so that axe checks them.
    await page.locator('#search-facets .search-refine').click();
    await page.locator('#search-facets fieldset').first().waitFor({ state: 'visible' });
  }
  return url;
}

/** axe-core's WCAG 2.1 A/AA violations of the page, one readable line per element. */
async function axeViolations(page, { ignore = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(
    // preload: false, since axe would fetch the stylesheets by XHR, which file:// refuses (a console error).
    (tags) =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false })
        .then((r) => r.violations),
    WCAG_TAGS,
  );
  const pending = (id, target) => ignore.some((p) => p.rule === id && p.target.test(target));
  return violations.flatMap((v) =>
    v.nodes
      .filter((n) => !pending(v.id, n.target.join(' ')))
      .map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`),
  );
}

/** Headings that skip a level going down (h1 → h3), and the number of h1 elements. */
async function headingProblems(page) {
  return page.evaluate(() => {
    // Rendered headings only (display: none is out of the outline; .visually-hidden is in it).
    const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((h) => h.getClientRects().length > 0);
    const problems = [];
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.tagName[1]);
      if (level > previous + 1) problems.push(`h${level} «${h.textContent.trim().slice(0, 50)}» follows h${previous || '(none)'}`);
      previous = level;
    }
    const h1s = headings.filter((h) => h.tagName === 'H1').length;
    if (h1s !== 1) problems.push(`${h1s} h1 elements (expected 1)`);
    return problems;
  });
}

test('referee self-check: axe and the heading check report a page that breaks their rules', { timeout: TEST_TIMEOUT }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecolib-a11y-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><main>' +
      '<h1>Title</h1><h3>Skips a level</h3><p style="color:#bbb;background:#fff">faint text</p>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>',
  );
  try {
    await withBrowser({}, async ({ page }) => {
      await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
      const found = [...(await axeViolations(page)), ...(await headingProblems(page))].join('\n');
      for (const rule of ['html-has-lang', 'color-contrast', 'image-alt', 'label']) assert.match(found, new RegExp(`^${rule} `, 'm'));
      assert.match(found, /h3 «Skips a level» follows h1/);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('axe-core WCAG 2.1 A/AA: no violations on any kind of page', () => {
  for (const lang of LANGUAGES) {
    test(`${lang.code}: every kind of page passes axe and keeps heading levels in order`, { timeout: TEST_TIMEOUT }, async () => {
      await withBrowser({}, async (browser) => {
        const { page } = browser;
        const failures = [];
        for (const p of pagesOf(lang)) {
          const url = await openPage(page, p);
          const problems = [...(await axeViolations(page)), ...(await headingProblems(page))];
          if (problems.length) failures.push(`${p.what} ${url}:\n    ${problems.join('\n    ')}`);
        }
        assert.ok(failures.length === 0, `accessibility problems:\n  ${failures.join('\n  ')}`);
        assertNoProblems(browser, `the ${lang.code} pages under axe`);
      });
    });
  }

  test('phone 360x740: every kind of page passes axe in each language', { timeout: TEST_TIMEOUT }, async () => {
    await withBrowser({ viewport: { width: 360, height: 740 } }, async (browser) => {
      const { page } = browser;
      const failures = [];
      for (const lang of LANGUAGES) {
        for (const p of pagesOf(lang)) {
          const url = await openPage(page, p);
          const problems = await axeViolations(page);
          if (problems.length) failures.push(`${p.what} ${url}:\n    ${problems.join('\n    ')}`);
        }
      }
      assert.ok(failures.length === 0, `accessibility problems on a phone:\n  ${failures.join('\n  ')}`);
      assertNoProblems(browser, 'pages on a phone under axe');
    });
  });

  test('dark colour scheme: home, a document and the results page pass axe', { timeout: TEST_TIMEOUT }, async () => {
    await withBrowser({}, async (browser) => {
      const { page } = browser;
      await page.emulateMedia({ colorScheme: 'dark' });
      const failures = [];
      const [ru] = LANGUAGES;
      const pages = pagesOf(ru).filter((p) => ['home', 'convention page', 'guide page', 'search results'].includes(p.what));
      assert.equal(pages.length, 4, `pages found: ${pages.map((p) => p.what).join(', ')}`);
      for (const p of pages) {
        const url = await openPage(page, p);
        const problems = await axeViolations(page);
        if (problems.length) failures.push(`${p.what} ${url}:\n    ${problems.join('\n    ')}`);
      }
      await page.screenshot({ path: screenshotPath('search-results-ru-dark'), fullPage: true });
      assert.ok(failures.length === 0, `accessibility problems in the dark scheme:\n  ${failures.join('\n  ')}`);
    });
  });
});

/** The page's scroll width and the elements that stick out past the viewport's right edge. */
async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > vw + 1 && !el.closest('.table-scroll'))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).trim().replace(/\s+/g, '.')} «${(el.textContent || '').trim().slice(0, 40)}»`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

test('reflow (WCAG 1.4.10): at 320 CSS px no kind of page scrolls sideways', { timeout: TEST_TIMEOUT }, async () => {
  await withBrowser({ viewport: { width: 320, height: 640 } }, async (browser) => {
    const { page } = browser;
    const wide = [];
    for (const lang of LANGUAGES) {
      for (const p of pagesOf(lang)) {
        const url = await openPage(page, p);
        const m = await sidewaysOverflow(page);
        // Wide tables scroll inside their own .table-scroll box, which 1.4.10 allows; the page must not.
        if (m.scrollWidth > 321) wide.push(`${p.what} ${url} is ${m.scrollWidth}px wide; past the edge: ${m.wide.join(', ')}`);
      }
    }
    await page.screenshot({ path: screenshotPath('reflow-320-en-search'), fullPage: false });
    assert.ok(wide.length === 0, `pages wider than 320px:\n  ${wide.join('\n  ')}`);
    assertNoProblems(browser, 'pages at 320px');
  });
});

test('the search panel, open with an active option, passes axe in each language', { timeout: TEST_TIMEOUT }, async () => {
  await withBrowser({}, async (browser) => {
    const { page } = browser;
    const failures = [];
    for (const { code, prefix, query } of LANGUAGES) {
      await page.goto(siteUrl(SITE, `${prefix}index.html`));
      const box = page.locator('#site-search-q');
      await box.fill(query);
      await page.locator('.search-panel .search-hit-item').first().waitFor({ state: 'visible' });
      await box.press('ArrowDown');
      await page.locator('.search-hit-item[aria-selected="true"]').waitFor();
      const problems = await axeViolations(page);
      if (problems.length) failures.push(`${code} panel on ${page.url()}:\n    ${problems.join('\n    ')}`);
    }
    assert.ok(failures.length === 0, `accessibility problems:\n  ${failures.join('\n  ')}`);
    assertNoProblems(browser, 'the search panel');
  });
});

test('every kind of page links a favicon by a relative URL to a file that exists', { timeout: TEST_TIMEOUT }, async () => {
  await withBrowser({}, async (browser) => {
    const { page } = browser;
    const missing = [];
    for (const lang of LANGUAGES) {
      for (const p of pagesOf(lang).filter((p) => p.what !== '404')) {
        await page.goto(siteUrl(SITE, p.rel));
        const icon = await page.evaluate(() => {
          const link = document.querySelector('link[rel~="icon"]');
          return link ? { raw: link.getAttribute('href'), url: link.href } : null;
        });
        if (!icon) {
          missing.push(`${p.rel}: no <link rel="icon">`);
        } else if (/^[a-z]+:|^\//i.test(icon.raw)) {
          missing.push(`${p.rel}: favicon href ${icon.raw} is not relative`);
        } else if (!fs.existsSync(new URL(icon.url))) {
          missing.push(`${p.rel}: favicon ${icon.raw} resolves to ${icon.url}, which does not exist`);
        }
      }
    }
    // The 404 page resolves links through <base href> on the web, so from disk its icon must load nothing.
    await page.goto(siteUrl(SITE, '404.html'));
    const notFoundIcon = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? null);
    if (!notFoundIcon || !notFoundIcon.startsWith('data:')) missing.push(`404.html: favicon ${notFoundIcon} is not a data: URL`);
    assert.ok(missing.length === 0, `favicon problems:\n  ${missing.join('\n  ')}`);
    assertNoProblems(browser, 'pages with their favicon');
  });
});

/** Sums layout-shift entries not caused by input, from the start of the page's life. */
function recordLayoutShift() {
  window.__ecolibCls = 0;
  window.__ecolibShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__ecolibCls += entry.value;
      window.__ecolibShifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        nodes: (entry.sources || []).map((s) => (s.node && s.node.nodeName ? `${s.node.nodeName.toLowerCase()}.${s.node.className || ''}` : '?')),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

describe('the search results page keeps its layout while results arrive', () => {
  const cases = [
    ...LANGUAGES.map((lang) => ({ lang, viewport: DESKTOP, name: lang.code })),
    { lang: LANGUAGES[0], viewport: PHONE, name: 'ru-phone' },
  ];
  for (const { lang, viewport, name } of cases) {
    test(`${name} (${viewport.width}x${viewport.height}): cumulative layout shift with a query stays under 0.1`, { timeout: TEST_TIMEOUT }, async () => {
      await withBrowser({ viewport }, async (browser) => {
        const { page } = browser;
        await page.addInitScript(recordLayoutShift);
        await openPage(page, { rel: `${lang.prefix}search/index.html`, query: lang.query });
        // Snippets fill in after the titles; give them and the facets time to land.
        await page.waitForFunction(() => document.querySelectorAll('#search-results .search-snippet mark').length > 0);
        await page.waitForTimeout(500);
        const { cls, shifts } = await page.evaluate(() => ({ cls: window.__ecolibCls, shifts: window.__ecolibShifts }));
        await page.screenshot({ path: screenshotPath(`search-results-${name}`) });
        assert.ok(cls < 0.1, `CLS ${cls.toFixed(3)} on the ${name} results page; shifts:\n  ${JSON.stringify(shifts)}`);
        assertNoProblems(browser, 'the results page');
      });
    });
  }
});
