'use strict';
// test262 in `npm test`: a fast, fixed subset of the conformance suite (test/test262/
// fast-subset.txt, a stratified sample drawn once by `npm run test262 -- --sample=N --list`)
// run under kiln through the same runner as `npm run test262` (scripts/test262/). A run the
// checked-in expected outcomes (test/test262/expected.txt) list as passing that does not
// pass now fails this test, naming each such run; new passes are only reported, with the
// command that records them. Without the suite on the machine the test is skipped with one
// line saying how to get it, except under CI=true, where a missing suite is a failure.
//
// Environment: KILN_TEST_JOBS=N processes in flight (default 2); TEST262_DIR a test262 clone.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { findSuite, locateSuite, HOW_TO_GET } = require('../scripts/test262/suite');
const { runTests } = require('../scripts/test262/runner');
const { readExpected, compareWithExpected } = require('../scripts/test262/expected');

const SUBSET_FILE = path.join(__dirname, 'test262', 'fast-subset.txt');
const JOBS = Number(process.env.KILN_TEST_JOBS) || 2;

function readSubset() {
  return fs.readFileSync(SUBSET_FILE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

describe('test262 fast subset', function () {
  this.timeout(600000);

  if (!findSuite()) {
    if (process.env.CI === 'true') {
      it('finds the test262 suite (CI=true)', () => assert.fail(`test262 not found: ${HOW_TO_GET}`));
    } else {
      it.skip(`test262 not found, so not run: ${HOW_TO_GET}`);
    }
    return;
  }

  it('kiln passes every subset run it passed when the expected outcomes were blessed', async function () {
    const suiteDir = locateSuite();
    const subset = readSubset();
    const present = subset.filter((t) => fs.existsSync(path.join(suiteDir, t)));
    if (present.length < subset.length) console.log(`      (${subset.length - present.length} subset tests are not in this copy of test262)`);
    const started = Date.now();
    const outcomes = await runTests(suiteDir, present, { engines: ['kiln'], jobs: JOBS });
    const { regressions, newPasses } = compareWithExpected(readExpected(), outcomes);
    const passes = outcomes.filter((o) => o.kiln.status === 'pass').length;
    console.log(`      ${present.length} tests, ${outcomes.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s: kiln passes ${passes}`);
    if (newPasses.length) {
      console.log(`      ${newPasses.length} new passes; record them with: npm run test262 -- --bless ${newPasses.length <= 5 ? newPasses.map((p) => p.key.split(' ')[0]).join(' ') : '--sample=… or path filters'}`);
    }
    const lines = regressions.map((r) => `  ${r.key}: now ${r.status}: ${r.cause}`);
    assert.strictEqual(regressions.length, 0, `${regressions.length} test262 runs expected to pass do not:\n${lines.join('\n')}`);
  });
});
