'use strict';
// test262 in `npm test`: a fast, fixed subset of the conformance suite (test/test262/
// fast-subset.txt, a stratified sample drawn once by `npm run test262 -- --sample=N --list`)
// run under kiln through the same runner as `npm run test262` (scripts/test262/). A run the
// checked-in expected outcomes (test/test262/expected.txt) list as passing that does not
// pass now fails this test, naming each such run; new passes are only reported, with the
// command that records them. Without the suite on the machine the test is skipped with one
// line saying how to get it (also under CI=true: the suite is data, not a tool .ci/run installs).
//
// Environment: KILN_TEST_JOBS=N processes in flight (default 2); TEST262_DIR a test262 clone.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { findSuite, locateSuite, HOW_TO_GET } = require('../scripts/test262/suite');
const { runTests } = require('../scripts/test262/runner');
const { readExpected, compareWithExpected } = require('../scripts/test262/expected');
const { parseTestMetadata } = require('../scripts/test262/frontmatter');
const { classify, errorLine } = require('../scripts/test262/execute');
const { stratifiedSample } = require('../scripts/test262/suite');
const { QUICK } = require('./support/quick');

const SUBSET_FILE = path.join(__dirname, 'test262', 'fast-subset.txt');
const JOBS = Number(process.env.KILN_TEST_JOBS) || 2;

function readSubset() {
  return fs.readFileSync(SUBSET_FILE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

describe('test262 fast subset', function () {
  this.timeout(600000);

  if (!findSuite()) {
    // Not a failure under CI either: the suite is data a clone may lack (it is not in the
    // repo and .ci/run cannot install it), unlike the tools .ci/run installs.
    it.skip(`test262 not found, so not run: ${HOW_TO_GET}`);
    return;
  }

  it('kiln passes every subset run it passed when the expected outcomes were blessed', async function () {
    const suiteDir = locateSuite();
    const subset = readSubset();
    const expected = readExpected();
    // Quick mode (test/support/quick.js): every tenth of the subset tests with a run expected
    // to pass, the ones a regression can show in.
    const expectedTests = new Set([...expected].map((key) => key.split(' ')[0]));
    const quickTests = new Set([...expectedTests].filter((_, i) => i % 10 === 0));
    const present = subset.filter((t) => fs.existsSync(path.join(suiteDir, t)) && (!QUICK || quickTests.has(t)));
    if (present.length < subset.length) console.log(`      (${subset.length - present.length} subset tests are not in this copy of test262)`);
    const started = Date.now();
    const outcomes = await runTests(suiteDir, present, { engines: ['kiln'], jobs: JOBS });
    const { regressions, newPasses } = compareWithExpected(expected, outcomes);
    const passes = outcomes.filter((o) => o.kiln.status === 'pass').length;
    console.log(`      ${present.length} tests, ${outcomes.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s: kiln passes ${passes}`);
    if (newPasses.length) {
      console.log(`      ${newPasses.length} new passes; record them with: npm run test262 -- --bless ${newPasses.length <= 5 ? newPasses.map((p) => p.key.split(' ')[0]).join(' ') : '--sample=… or path filters'}`);
    }
    const lines = regressions.map((r) => `  ${r.key}: now ${r.status}: ${r.cause}`);
    assert.strictEqual(regressions.length, 0, `${regressions.length} test262 runs expected to pass do not:\n${lines.join('\n')}`);
  });
});

// The runner's own reading of frontmatter and of what a process printed (no suite needed).
describe('test262 runner', function () {
  it('reads frontmatter: flow and block lists, the negative map, CR line ends', function () {
    const meta = parseTestMetadata('/*---\rdescription: |\r  text: not a key\rincludes: [a.js, b.js]\rflags:\r  - onlyStrict\rnegative:\r    phase: parse\r    type: SyntaxError\r---*/\rx;');
    assert.deepStrictEqual(meta, { includes: ['a.js', 'b.js'], flags: ['onlyStrict'], features: [], negative: { phase: 'parse', type: 'SyntaxError' } });
  });

  it('finds the error line in kiln and node stderr', function () {
    assert.strictEqual(errorLine('/t/a.js:3:9: SyntaxError: Unexpected token\n'), 'SyntaxError: Unexpected token');
    assert.strictEqual(errorLine('/t/a.js:2\nthrow e;\n^\n\nTypeError: boom\n    at x (/t/a.js:2:1)\n'), 'TypeError: boom');
    assert.strictEqual(errorLine('\n/t/a.js:2\nthrow "s";\n^\ns\n(Use `node --trace-uncaught ...`)\n'), 's');
    assert.strictEqual(errorLine('/t/a.js:9\nvar\u180ey;\n   \n\nSyntaxError: Invalid or unexpected token\n'), 'SyntaxError: Invalid or unexpected token');
    assert.strictEqual(errorLine('/t/a.js:2\nf();\n^\nTest262Error {\n  message: \'m\'\n}\n'), "Test262Error { message: 'm' }");
  });

  it('classifies negative phases, unsupported, internal errors and timeouts', function () {
    const negative = (phase, type) => ({ flags: [], negative: { phase, type } });
    const run = (stdout, stderr, code, extra = {}) => ({ stdout, stderr, code, signal: null, timedOut: false, ...extra });
    const parseError = run('', '/t/a.js:2:1: SyntaxError: x\n', 1);
    assert.strictEqual(classify('kiln', negative('parse', 'SyntaxError'), true, parseError, 1e4).status, 'pass');
    assert.strictEqual(classify('kiln', negative('runtime', 'SyntaxError'), true, parseError, 1e4).status, 'fail');
    const thrownLate = run('Test262:Evaluating\n', '/t/a.js:2\nx;\n^\n\nReferenceError: x is not defined\n', 1);
    assert.strictEqual(classify('node', negative('runtime', 'ReferenceError'), true, thrownLate, 1e4).status, 'pass');
    assert.strictEqual(classify('node', negative('parse', 'ReferenceError'), true, thrownLate, 1e4).status, 'fail');
    const plain = { flags: [], negative: null };
    assert.deepStrictEqual(classify('kiln', plain, true, run('', '/t/a.js:1:5: unsupported: global \'eval\'\n', 1), 1e4), { status: 'unsupported', cause: "unsupported: global 'eval'" });
    assert.strictEqual(classify('kiln', plain, true, run('', 'kiln internal error: boom\n', 70), 1e4).status, 'crash');
    assert.strictEqual(classify('kiln', plain, true, run('', '', null, { timedOut: true }), 1e4).status, 'crash');
    const asyncMeta = { flags: ['async'], negative: null };
    assert.strictEqual(classify('kiln', asyncMeta, true, run('Test262:Evaluating\nTest262:AsyncTestComplete\n', '', 0), 1e4).status, 'pass');
    assert.strictEqual(classify('kiln', asyncMeta, true, run('Test262:Evaluating\n', '', 0), 1e4).status, 'fail');
  });

  it('draws the same stratified sample every time, every directory represented', function () {
    const tests = [];
    for (const dir of ['test/language/a', 'test/language/b', 'test/built-ins/C']) {
      for (let i = 0; i < (dir.endsWith('a') ? 90 : 5); i++) tests.push(`${dir}/t${i}.js`);
    }
    const sample = stratifiedSample(tests, 10);
    assert.deepStrictEqual(sample, stratifiedSample(tests.slice().reverse(), 10));
    assert.strictEqual(sample.length, 10);
    for (const dir of ['language/a/', 'language/b/', 'built-ins/C/']) assert.ok(sample.some((t) => t.includes(dir)), dir);
  });
});
