'use strict';
// Where the test262 suite is and which of its tests a run takes: finds an extracted clone
// (TEST262_DIR) or extracts the shared snapshot's tar once into the repo's ignored cache
// (.cache/test262/), lists the tests under test/language and test/built-ins (never the
// `_FIXTURE` files modules import), groups them by directory for the table, and draws the
// stratified, deterministic samples that `--sample=N` and the fast CI subset use.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const REPO = path.resolve(__dirname, '..', '..');
const CACHE = path.join(REPO, '.cache', 'test262');
const SNAPSHOT_DIR = path.resolve(REPO, '..', 'shared', 'test262');
const TAR = path.join(SNAPSHOT_DIR, 'test262.tar.xz');
const TEST_ROOTS = ['test/language', 'test/built-ins'];

const HOW_TO_GET = 'set TEST262_DIR to a clone of https://github.com/tc39/test262 '
  + `(or place the snapshot at ${path.relative(REPO, TAR)})`;

const isSuiteDir = (dir) => fs.existsSync(path.join(dir, 'harness', 'assert.js')) && fs.existsSync(path.join(dir, 'test'));

/** The suite's root folder without extracting anything, or null when it is not at hand. */
function findSuite() {
  if (process.env.TEST262_DIR) {
    const dir = path.resolve(process.env.TEST262_DIR);
    return isSuiteDir(dir) ? { dir, origin: 'TEST262_DIR' } : null;
  }
  const cached = path.join(CACHE, 'test262');
  if (isSuiteDir(cached) && fs.existsSync(path.join(CACHE, '.complete'))) return { dir: cached, origin: 'cache' };
  if (fs.existsSync(TAR)) return { dir: cached, origin: 'tar' };
  return null;
}

/** The suite's root folder, extracting the snapshot into the cache on first use. */
function locateSuite(log = () => {}) {
  const found = findSuite();
  if (!found) throw new Error(`test262 not found: ${HOW_TO_GET}`);
  if (found.origin !== 'tar') return found.dir;
  log(`extracting ${path.relative(REPO, TAR)} into ${path.relative(REPO, CACHE)}/ (once)`);
  fs.rmSync(CACHE, { recursive: true, force: true });
  fs.mkdirSync(CACHE, { recursive: true });
  const r = spawnSync('tar', ['-xJf', TAR, '-C', CACHE], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`tar -xJf ${TAR} failed (status ${r.status})`);
  fs.writeFileSync(path.join(CACHE, '.complete'), `${TAR}\n`);
  return found.dir;
}

function walk(dir, rel, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relPath = `${rel}/${entry.name}`;
    if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath, out);
    else if (entry.name.endsWith('.js') && !entry.name.includes('_FIXTURE')) out.push(relPath);
  }
}

/** Every test under test/language and test/built-ins, as sorted suite-relative paths. */
function listTests(suiteDir) {
  const out = [];
  for (const root of TEST_ROOTS) {
    const dir = path.join(suiteDir, root);
    if (fs.existsSync(dir)) walk(dir, root, out);
  }
  return out.sort();
}

/** Keeps the tests whose path contains any of `filters` (all when there are none). */
function filterTests(tests, filters) {
  if (filters.length === 0) return tests;
  return tests.filter((t) => filters.some((f) => t.includes(f.replace(/^\.\//, ''))));
}

/** The table row a test belongs to: its first `depth` path parts after test/ (default 2:
 *  test/language/<x>, test/built-ins/<X>). */
function groupOf(test, depth = 2) {
  const parts = test.split('/');
  return parts.slice(0, Math.min(1 + depth, parts.length - 1)).join('/');
}

// FNV-1a: a stable order within a stratum that does not move when other files come or go.
function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A deterministic sample of about `n` tests, stratified over the table's directories:
 *  each directory gets its share by size (largest remainders, at least one test each while
 *  `n` allows), and within a directory the tests with the smallest hash are taken. */
function stratifiedSample(tests, n, depth = 2, seed = 'kiln-test262') {
  if (n >= tests.length) return tests.slice();
  const groups = new Map();
  for (const t of tests) {
    const g = groupOf(t, depth);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(t);
  }
  const names = [...groups.keys()].sort();
  const quota = new Map();
  let given = 0;
  if (n >= names.length) {
    for (const g of names) quota.set(g, 1);
    given = names.length;
  }
  const rest = n - given;
  const restTotal = tests.length - given;
  const shares = names.map((g) => {
    const exact = (Math.max(0, groups.get(g).length - (quota.get(g) || 0)) * rest) / restTotal;
    return { g, whole: Math.floor(exact), frac: exact - Math.floor(exact) };
  });
  for (const s of shares) quota.set(s.g, (quota.get(s.g) || 0) + s.whole);
  let left = n - [...quota.values()].reduce((a, b) => a + b, 0);
  for (const s of shares.slice().sort((a, b) => b.frac - a.frac || (a.g < b.g ? -1 : 1))) {
    if (left <= 0) break;
    quota.set(s.g, quota.get(s.g) + 1);
    left--;
  }
  const picked = [];
  for (const g of names) {
    const ranked = groups.get(g).map((t) => ({ t, h: hash32(`${seed}:${t}`) })).sort((a, b) => a.h - b.h || (a.t < b.t ? -1 : 1));
    for (const { t } of ranked.slice(0, quota.get(g) || 0)) picked.push(t);
  }
  return picked.sort();
}

module.exports = { REPO, CACHE, HOW_TO_GET, findSuite, locateSuite, listTests, filterTests, groupOf, stratifiedSample };
