// scripts/test.sh on a fresh machine: it checks for node, npm, chromium, dosfstools and mtools before any long step, installs
// them with apt-get when it can (root, apt-get present), and otherwise prints the command to run and exits 1.
// The script runs with a PATH of a few real tools plus stand-ins for id and apt-get, so nothing is installed.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REAL_TOOLS = ['bash', 'dirname', 'cat'];

/** A folder for PATH: links to the real bash, dirname and cat, and the given stand-in scripts. */
function toolFolder(standIns) {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'ecolib-test-sh-'));
  for (const tool of REAL_TOOLS) {
    const real = ['/usr/bin', '/bin'].map((d) => path.join(d, tool)).find((p) => fs.existsSync(p));
    assert.ok(real, `${tool} not found in /usr/bin or /bin`);
    fs.symlinkSync(real, path.join(bin, tool));
  }
  for (const [name, body] of Object.entries(standIns)) {
    fs.writeFileSync(path.join(bin, name), `#!${path.join(bin, 'bash')}\n${body}\n`, { mode: 0o755 });
  }
  return bin;
}

function runTestScript(bin) {
  return spawnSync(path.join(bin, 'bash'), ['scripts/test.sh'], {
    cwd: REPO_ROOT,
    env: { PATH: bin, CHROMIUM_PATH: path.join(bin, 'no-chromium-here') },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test('scripts/test.sh without node, npm, chromium and no way to install: prints the command, exits 1 at once', () => {
  const bin = toolFolder({ id: 'echo 1000' });
  try {
    const run = runTestScript(bin);
    assert.equal(run.status, 1, `exit status ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
    assert.match(run.stderr, /the browser and USB tests need what this machine lacks: nodejs npm chromium dosfstools mtools/);
    assert.match(run.stderr, /^ {2}sudo apt-get update && sudo apt-get install -y nodejs npm chromium dosfstools mtools$/m);
    assert.doesNotMatch(run.stdout, /cargo fmt/, 'it went on to the long steps');
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
});

test('scripts/test.sh as root with apt-get: installs each missing package, then stops if they are still missing', () => {
  const bin = toolFolder({ id: 'echo 0', 'apt-get': `echo "apt-get $*" >> "${'$'}{0%/*}/apt.log"` });
  try {
    const run = runTestScript(bin);
    const log = fs.readFileSync(path.join(bin, 'apt.log'), 'utf8');
    assert.equal(
      log,
      'apt-get update -qq\n' + ['nodejs', 'npm', 'chromium', 'dosfstools', 'mtools'].map((p) => `apt-get install -y -qq ${p}\n`).join(''),
    );
    // The stand-in installed nothing, so the script says what is missing instead of failing later.
    assert.equal(run.status, 1, `exit status ${run.status}\nstderr: ${run.stderr}`);
    assert.match(run.stderr, /lacks: nodejs npm chromium dosfstools mtools/);
    assert.doesNotMatch(run.stdout, /cargo fmt/);
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
});
