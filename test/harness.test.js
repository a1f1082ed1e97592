'use strict';
// Differential test of the multi-file benchmark harness in examples/harness/ (classes,
// exceptions, CommonJS modules, process.argv/hrtime, Map/Set, closures working together).
//
// For each benchmark, `harness.js <name> 2 3 --no-timing` runs once under node (the oracle),
// then under kiln in each mode below; kiln must print the same stdout (every verified result)
// and exit with the same code. With --no-timing the output holds no timings, so it is
// deterministic.
//
// Environment:
//   KILN_STANDIN=node    run plain `node` in place of kiln (kiln flags dropped): checks this
//                        test and the harness themselves.
const assert = require('assert');
const path = require('path');
const { runProcess: runSharedProcess } = require('./support/run-process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const HARNESS = path.join('examples', 'harness', 'harness.js');
const BENCHMARKS = ['richards', 'deltablue', 'json-parser'];
const HARNESS_ARGS = ['2', '3', '--no-timing'];
const PROCESS_TIMEOUT_MS = 120000;
const STANDIN = process.env.KILN_STANDIN === 'node';

const MODES = {
  jitless: ['--jitless'],
  eager: ['--jit-threshold=0'],
  stress: ['--stress-deopt', '--jit-threshold=0'],
  default: [],
};

function runProcess(args) {
  return runSharedProcess(args, PROCESS_TIMEOUT_MS);
}

function describeRun(r) {
  const status = r.timedOut ? `killed after ${PROCESS_TIMEOUT_MS} ms` : `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}`;
  const tail = r.stderr.length > 2000 ? r.stderr.slice(0, 2000) + '\n…' : r.stderr;
  return `${status}; stderr:\n${tail}`;
}

// The node oracle's run of each benchmark, started once and shared by its modes.
const oracle = new Map();
function expectedRun(name) {
  if (!oracle.has(name)) oracle.set(name, runProcess([HARNESS, name, ...HARNESS_ARGS]));
  return oracle.get(name);
}

describe('harness: examples/harness/harness.js <name> 2 3 --no-timing vs node', function () {
  this.timeout(PROCESS_TIMEOUT_MS * 2);

  for (const name of BENCHMARKS) {
    describe(name, function () {
      it('node runs it and verifies every result', async function () {
        const expected = await expectedRun(name);
        assert.strictEqual(expected.code, 0, `node failed: ${describeRun(expected)}`);
        const lines = expected.stdout.trimEnd().split('\n');
        assert.strictEqual(lines.length, 3, `expected 2 iteration lines and a summary:\n${expected.stdout}`);
        assert.match(lines[2], /every result verified$/);
      });

      for (const [mode, flags] of Object.entries(MODES)) {
        it(`${mode} [${flags.join(' ')}]`, async function () {
          const expected = await expectedRun(name);
          const args = STANDIN ? [HARNESS, name, ...HARNESS_ARGS] : [KILN, ...flags, HARNESS, name, ...HARNESS_ARGS];
          const actual = await runProcess(args);
          const context = `kiln ${flags.join(' ')} ${HARNESS} ${name} ${HARNESS_ARGS.join(' ')}: ${describeRun(actual)}`;
          assert.strictEqual(actual.stdout, expected.stdout, `stdout differs from node's\n${context}`);
          assert.strictEqual(actual.code, expected.code, `exit code differs from node's (${expected.code})\n${context}`);
        });
      }
    });
  }

  // Timed output cannot be compared with node's; its shape can: one line per iteration with a
  // duration, then the summary block.
  it('timed run (richards 3 2, default mode) prints per-iteration times and a summary', async function () {
    const args = STANDIN ? [HARNESS, 'richards', '3', '2'] : [KILN, HARNESS, 'richards', '3', '2'];
    const actual = await runProcess(args);
    const context = `${args.join(' ')}: ${describeRun(actual)}`;
    assert.strictEqual(actual.code, 0, context);
    const lines = actual.stdout.trimEnd().split('\n');
    assert.strictEqual(lines.length, 9, `expected 3 iteration lines and 6 summary lines:\n${actual.stdout}\n${context}`);
    for (let i = 0; i < 3; i++) assert.match(lines[i], new RegExp(`^richards: iteration ${i + 1}: \\d+\\.\\d{3} ms$`));
    assert.strictEqual(lines[3], 'richards: 3 iterations x 2 runs');
    for (const [i, label] of ['first', 'best', 'worst', 'average', 'steady'].entries()) {
      assert.match(lines[4 + i], new RegExp(`^  ${label} +\\d+\\.\\d{3} ms`));
    }
  });
});
