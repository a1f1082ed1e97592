'use strict';
// Runs a list of test262 tests under one or both engines and returns one outcome per test
// and mode: { test, mode, host, kiln: { status, cause, ms }, node: { … } }. The CLI
// (run.js) and the CI subset (test/test262.test.js) both go through here. Each run's source
// is written to a temporary folder (with the `_FIXTURE` files it imports) and the engine
// runs that file. node's outcomes depend only on node's version and the file's text, so
// they are remembered in the ignored cache (.cache/test262/node-outcomes.json) and node is
// not started again for an unchanged file.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { CACHE } = require('./suite');
const { Harness, loadTest, composeRun } = require('./compose');
const { runEngine, classify, pool } = require('./execute');

const NODE_CACHE = path.join(CACHE, 'node-outcomes.json');
// Cached outcomes are valid for this node and this version of how tests are composed and
// classified: bump NODE_CACHE_VERSION when a change to compose.js or execute.js can change
// what node's run of a file means.
const NODE_CACHE_VERSION = 1;
const RUNNER_VERSION = `${NODE_CACHE_VERSION}/${process.version}`;
const DEFAULT_TIMEOUT_MS = 10000;

function loadNodeCache() {
  try {
    return JSON.parse(fs.readFileSync(NODE_CACHE, 'utf8'));
  } catch {
    return {};
  }
}

function saveNodeCache(cache) {
  fs.mkdirSync(path.dirname(NODE_CACHE), { recursive: true });
  fs.writeFileSync(NODE_CACHE, JSON.stringify(cache));
}

function scramble(text) {
  return crypto.createHash('md5').update(text).digest().readUInt32LE(0);
}

/** Copies the `_FIXTURE` files beside a test (what its `import('./x_FIXTURE.js')` loads)
 *  next to the composed file. */
function copyFixtures(testDir, runDir) {
  for (const name of fs.readdirSync(testDir)) {
    if (name.includes('_FIXTURE')) fs.copyFileSync(path.join(testDir, name), path.join(runDir, name));
  }
}

/** Runs every mode of every test in `tests` (suite-relative paths).
 *  options: engines (['kiln', 'node']), jobs, timeoutMs, kilnFlags, rewordHarness,
 *  useNodeCache, onOutcome(outcome, done, total). */
async function runTests(suiteDir, tests, options = {}) {
  const engines = options.engines || ['kiln', 'node'];
  const timeoutMs = options.timeoutMs || DEFAULT_TIMEOUT_MS;
  // The rewording (a diagnostic) is kiln's only: node, the oracle, reads the real harness.
  const harnesses = {
    kiln: new Harness(suiteDir, { rewordHarness: options.rewordHarness }),
    node: new Harness(suiteDir),
  };
  const nodeCache = options.useNodeCache === false ? null : loadNodeCache();
  let unsavedNodeRuns = 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-test262-'));
  const runs = [];
  for (const test of tests) {
    const loaded = loadTest(suiteDir, test);
    for (const mode of loaded.modes) runs.push({ loaded, mode });
  }

  async function runOne(engine, loaded, mode, file) {
    const { source, hasMarker, partAt } = composeRun(harnesses[engine], loaded.meta, loaded.source, mode);
    const key = engine === 'node' && nodeCache ? crypto.createHash('sha1').update(`${RUNNER_VERSION}\0${source}`).digest('hex') : null;
    if (key && nodeCache[key]) return { ...nodeCache[key], cached: true };
    fs.writeFileSync(file, source);
    const r = await runEngine(engine, file, { timeoutMs, kilnFlags: engine === 'kiln' ? options.kilnFlags || [] : [] });
    const outcome = { ...classify(engine, loaded.meta, hasMarker, r, timeoutMs, partAt), ms: r.ms };
    if (key && outcome.status !== 'crash') {
      nodeCache[key] = outcome;
      if (++unsavedNodeRuns >= 200) {
        saveNodeCache(nodeCache);
        unsavedNodeRuns = 0;
      }
    }
    return outcome;
  }

  let done = 0;
  const tasks = runs.map(({ loaded, mode }, index) => async () => {
    const outcome = { test: loaded.test, mode, host: loaded.host };
    if (loaded.host) {
      for (const e of engines) outcome[e] = { status: 'host', cause: `host: ${loaded.host}`, ms: 0 };
    } else {
      const runDir = path.join(tmp, String(index));
      fs.mkdirSync(runDir);
      if (loaded.source.includes('_FIXTURE')) copyFixtures(path.dirname(path.join(suiteDir, loaded.test)), runDir);
      const file = path.join(runDir, path.basename(loaded.test));
      for (const engine of engines) outcome[engine] = await runOne(engine, loaded, mode, file);
      fs.rmSync(runDir, { recursive: true, force: true });
    }
    done++;
    if (options.onOutcome) options.onOutcome(outcome, done, runs.length);
    return outcome;
  });
  // Run in a scrambled (but fixed) order, so that the first runs of a long run that is cut
  // short already spread over all directories; the outcomes come back in path order.
  const order = tasks.map((task, i) => ({ task, i, h: scramble(`${runs[i].loaded.test} ${runs[i].mode}`) })).sort((a, b) => a.h - b.h || a.i - b.i);
  try {
    const results = await pool(order.map((o) => o.task), options.jobs || 2);
    const outcomes = new Array(tasks.length);
    order.forEach((o, k) => { outcomes[o.i] = results[k]; });
    return outcomes;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (nodeCache) saveNodeCache(nodeCache);
  }
}

module.exports = { runTests, DEFAULT_TIMEOUT_MS };
