// The packed library read back from a FAT32 image, in headless Chromium from file://: `ecolib pack` of the
// built site (SITE_DIR), written into a FAT32 image with mtools and copied back out (names, case and
// Cyrillic as FAT keeps them), `ecolib verify` exact, then the start page, every page and a search.
// Needs mtools (mformat, mcopy; .ci/run installs them) and the ecolib binary (ECOLIB_BIN, default
// target/debug/ecolib). Without mtools it fails under CI=true and is skipped, saying so, elsewhere.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import {
  REPO_ROOT,
  assertNoProblems,
  assertStylesheetLoaded,
  brokenFileLinks,
  siteDir,
  siteUrl,
  withBrowser,
} from './harness.mjs';

const SITE = siteDir();
const ECOLIB = process.env.ECOLIB_BIN || path.join(REPO_ROOT, 'target', 'debug', 'ecolib');
const HAVE_MTOOLS = ['mformat', 'mcopy'].every((tool) => spawnSync(tool, ['--version']).status === 0);
const TEST_TIMEOUT = 600_000;

/** Packs SITE, round-trips it through a FAT32 image and returns the folder it came back into. */
function packThroughFat32() {
  assert.ok(fs.existsSync(ECOLIB), `no ecolib binary at ${ECOLIB}: cargo build first, or set ECOLIB_BIN`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecolib-pack-fat-'));
  const staged = path.join(work, 'staged');
  const back = path.join(work, 'back');
  fs.mkdirSync(staged);
  fs.mkdirSync(back);
  execFileSync(ECOLIB, ['pack', '--from', SITE, '--to', staged, '--root', REPO_ROOT], { stdio: 'pipe' });
  const image = path.join(work, 'stick.img');
  // A sparse file: FAT32 needs at least about 33 MB, and the library must fit with room to spare.
  fs.writeFileSync(image, '');
  fs.truncateSync(image, 512 * 1024 * 1024);
  const env = { ...process.env, MTOOLS_SKIP_CHECK: '1', LC_ALL: 'C.UTF-8' };
  execFileSync('mformat', ['-i', image, '-F', '-v', 'ECOLIB', '::'], { env });
  for (const name of fs.readdirSync(staged)) {
    execFileSync('mcopy', ['-i', image, '-s', '-Q', '-m', path.join(staged, name), '::/'], { env });
  }
  execFileSync('mcopy', ['-i', image, '-s', '-Q', '-m', '::/*', back], { env });
  return { work, back };
}

function htmlFiles(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(rel, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, child);
    return entry.name.endsWith('.html') ? [child] : [];
  });
}

test('a pack read back from a FAT32 image verifies, opens from its start page, every page loads, search works', { timeout: TEST_TIMEOUT }, async (t) => {
  if (!HAVE_MTOOLS) {
    assert.notEqual(process.env.CI, 'true', 'mtools (mformat, mcopy) is missing: CI must install it');
    t.skip('mtools (mformat, mcopy) is not installed: the FAT32 image was not tested');
    return;
  }
  const { work, back } = packThroughFat32();
  try {
    const verify = spawnSync(ECOLIB, ['verify', back], { encoding: 'utf8' });
    assert.equal(verify.status, 0, `verify after FAT32:\n${verify.stdout}${verify.stderr}`);
    const library = path.join(back, 'library');
    await withBrowser({}, async (browser) => {
      const { page } = browser;
      await page.goto(siteUrl(back, 'ОТКРОЙТЕ-МЕНЯ.html'));
      await Promise.all([page.waitForURL(/\/library\/index\.html$/), page.locator('a.open').click()]);
      await assertStylesheetLoaded(page);
      const problems = [];
      for (const rel of htmlFiles(library)) {
        await page.goto(siteUrl(library, rel));
        problems.push(...(await brokenFileLinks(page)));
      }
      assert.deepEqual(problems, [], `broken links on the stick:\n  ${problems.join('\n  ')}`);
      await page.goto(siteUrl(library, 'index.html'));
      await page.locator('#site-search-q').fill('конвенция');
      const first = page.locator('.search-panel .search-hit-item').first();
      await first.waitFor({ state: 'visible' });
      // An option opens its page (data-href, relative: it must resolve on the stick too).
      await first.click();
      await page.waitForURL(/\/library\/.+\/index\.html/);
      assertNoProblems(browser, 'the pack from the FAT32 image');
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
