// Shared helpers for the headless-Chromium tests of the built site opened from disk.
// Not a test file itself (node --test only picks up *.test.mjs and the like).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Repository root (tests/browser/../..). */
export const REPO_ROOT = path.resolve(here, '..', '..');

/** Where full-page screenshots go, for a human to look at. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'target', 'screenshots');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The built site's folder, from env SITE_DIR. Throws a clear error when it is
 * unset or holds no index.html, so the run fails instead of testing nothing.
 */
export function siteDir() {
  const raw = process.env.SITE_DIR;
  if (!raw || !raw.trim()) {
    throw new Error(
      'SITE_DIR is not set. Build the site first and point SITE_DIR at it, e.g.\n' +
        '  cargo build --release && ./target/release/ecolib build --root . --output /tmp/site\n' +
        '  SITE_DIR=/tmp/site node --test tests/browser/',
    );
  }
  const dir = path.resolve(raw);
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`SITE_DIR=${raw} (${dir}) has no index.html: build the site into it first`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  return dir;
}

/** file:// URL of a path inside the site. */
export function siteUrl(dir, rel = 'index.html') {
  return pathToFileURL(path.join(dir, rel)).href;
}

/**
 * Launches Chromium with a fresh user-data dir and a context in which every
 * request is routed: file:// goes through, anything else is aborted and
 * recorded. Console errors, page errors and failed requests are recorded too.
 * `problems()` lists them all; `close()` shuts the browser and removes the
 * profile.
 */
export async function openBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecolib-browser-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'ru-RU',
    colorScheme: 'light',
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(15_000);

  const log = { blocked: new Set(), failed: [], console: [], pageErrors: [], websockets: [] };

  const allowed = (url) => url.startsWith('file:') || url.startsWith('data:');

  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    log.blocked.add(url);
    return route.abort('blockedbyclient');
  });
  // Belt and braces: anything that reaches the network layer without passing
  // the route (it should not happen) is still seen here.
  context.on('request', (req) => {
    const url = req.url();
    if (!allowed(url)) log.blocked.add(url);
  });
  context.on('requestfailed', (req) => {
    const url = req.url();
    if (log.blocked.has(url)) return; // already reported as a network request
    const error = req.failure()?.errorText ?? 'failed';
    // Cancelled because the page moved on (the favicon is fetched after load, so a quick next goto
    // cancels it); a missing file fails with ERR_FILE_NOT_FOUND instead.
    if (error === 'net::ERR_ABORTED') return;
    log.failed.push(`${url} (${error})`);
  });

  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location();
      const where = loc && loc.url ? ` at ${loc.url}${loc.lineNumber ? `:${loc.lineNumber}` : ''}` : '';
      log.console.push(`${msg.text()}${where} (page ${page.url()})`);
    });
    page.on('pageerror', (err) => log.pageErrors.push(`${err.message} (page ${page.url()})`));
    page.on('websocket', (ws) => log.websockets.push(ws.url()));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);

  return {
    context,
    page,
    problems() {
      const out = [];
      for (const u of log.blocked) out.push(`network request (not file://) was made: ${u}`);
      for (const u of log.websockets) out.push(`websocket opened: ${u}`);
      for (const f of log.failed) out.push(`request failed: ${f}`);
      for (const c of log.console) out.push(`console error: ${c}`);
      for (const e of log.pageErrors) out.push(`page error: ${e}`);
      return out;
    },
    async close() {
      try {
        await context.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Runs `fn(browser)` in a fresh browser and closes it. If `fn` throws, the
 * requests, console and page errors recorded so far are added to the error,
 * since they usually explain it (a missing stylesheet, say).
 */
export async function withBrowser(options, fn) {
  const browser = await openBrowser(options);
  try {
    await fn(browser);
  } catch (err) {
    const problems = browser.problems();
    if (problems.length && err && typeof err.message === 'string') {
      err.message += `\n\nalso recorded in the browser:\n  ${problems.join('\n  ')}`;
    }
    throw err;
  } finally {
    await browser.close();
  }
}

/** Fails listing every recorded network request, failed request, console or page error. */
export function assertNoProblems(browser, what = 'pages') {
  const problems = browser.problems();
  assert.ok(problems.length === 0, `problems while loading ${what}:\n  ${problems.join('\n  ')}`);
}

/**
 * The theme stylesheet is applied: a sheet whose href ends with
 * static/style.<hash>.css (the build names it by its content) is in
 * document.styleSheets, and computed styles show rules only it sets.
 * (Chromium refuses cssRules of file:// sheets to file:// documents with a
 * SecurityError, so the rules are read where possible and otherwise proven
 * by their effect.)
 */
export async function assertStylesheetLoaded(page) {
  const info = await page.evaluate(() => {
    const sheets = Array.from(document.styleSheets).map((s) => {
      let rules = null;
      try {
        rules = s.cssRules.length;
      } catch {
        rules = null; // cross-origin for file://; checked by computed style below
      }
      return { href: s.href, rules };
    });
    const body = getComputedStyle(document.body);
    const skip = document.querySelector('.skip-link');
    return {
      sheets,
      bodyMargin: body.marginTop,
      bodyFont: body.fontFamily,
      skipPosition: skip ? getComputedStyle(skip).position : null,
    };
  });
  const where = page.url();
  const sheet = info.sheets.find((s) => s.href && /\/static\/style\.[0-9a-f]{8}\.css$/.test(s.href));
  assert.ok(sheet, `${where}: no stylesheet ending in static/style.<hash>.css among ${JSON.stringify(info.sheets)}`);
  if (sheet.rules !== null) assert.ok(sheet.rules > 0, `${where}: ${sheet.href} has no CSS rules`);
  // The browser default is an 8px body margin and a static skip link; the theme sets 0 and absolute.
  assert.equal(info.bodyMargin, '0px', `${where}: body margin is ${info.bodyMargin}: theme stylesheet not applied`);
  assert.equal(
    info.skipPosition,
    'absolute',
    `${where}: .skip-link position is ${info.skipPosition}: theme stylesheet not applied`,
  );
}

/** Clicks a link and waits until the page it leads to has loaded. */
export async function clickAndWait(page, link, urlPattern) {
  const before = page.url();
  await link.click();
  if (urlPattern) await page.waitForURL(urlPattern);
  else await page.waitForURL((u) => u.href !== before);
  await page.waitForLoadState('load');
}

/**
 * Every file:// reference on the page (a, link, img, script, source, iframe)
 * resolves to an existing file, never to a directory; fragment targets exist.
 * Returns a list of problems (strings).
 */
export async function brokenFileLinks(page) {
  const refs = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href], area[href], link[href], img[src], script[src], source[src], iframe[src]')).map(
      (el) => ({
        tag: el.tagName.toLowerCase(),
        raw: el.getAttribute('href') ?? el.getAttribute('src'),
        url: el.href || el.src,
        text: (el.textContent || el.getAttribute('rel') || '').trim().replace(/\s+/g, ' ').slice(0, 60),
      }),
    ),
  );
  const problems = [];
  const where = page.url();
  for (const r of refs) {
    if (typeof r.url !== 'string' || !r.url.startsWith('file:')) continue;
    const u = new URL(r.url);
    const hash = u.hash;
    u.hash = '';
    u.search = '';
    const label = `<${r.tag} href="${r.raw}">${r.text ? ` «${r.text}»` : ''} on ${where}`;
    if (u.pathname.endsWith('/')) {
      problems.push(`${label}: points to a directory URL ${u.href} (must end in index.html or a file)`);
      continue;
    }
    let file;
    try {
      file = fileURLToPath(u);
    } catch (e) {
      problems.push(`${label}: not a usable file URL ${u.href} (${e.message})`);
      continue;
    }
    if (!fs.existsSync(file)) {
      problems.push(`${label}: target file does not exist: ${file}`);
      continue;
    }
    if (fs.statSync(file).isDirectory()) {
      problems.push(`${label}: points to a directory ${file} (must end in index.html or a file)`);
      continue;
    }
    if (hash.length > 1 && /\.html?$/.test(file)) {
      let id;
      try {
        id = decodeURIComponent(hash.slice(1));
      } catch {
        id = hash.slice(1);
      }
      if (!hasAnchor(file, id)) problems.push(`${label}: fragment #${id} not found in ${file}`);
    }
  }
  return problems;
}

const htmlCache = new Map();
function hasAnchor(file, id) {
  let html = htmlCache.get(file);
  if (html === undefined) {
    html = fs.readFileSync(file, 'utf8');
    htmlCache.set(file, html);
  }
  const esc = id.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [id, esc].some((v) => html.includes(`id="${v}"`) || html.includes(`name="${v}"`));
}

export function screenshotPath(name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
