'use strict';
// Differential test of the benchmark programs (bench/programs/, run by bench/driver.js): each
// program's `driver.js <name> 1 1 --no-timing` runs under node (the oracle), then under kiln in
// each mode below; kiln must print the same stdout and exit with the same code. Every
// iteration verifies its result, so "the same output" means every result was right in that
// tier; with --no-timing the output holds no timings. Benchmarks are timed in bench/, never here.
// Default tiering is left out to keep CI short: eager compiles everything at once and stress
// also runs every deopt path, and `npm run bench` runs default tiering on every program anyway.
//
// Environment:
//   KILN_STANDIN=node    run plain `node` in place of kiln (kiln flags dropped)
//   KILN_TEST_JOBS=N     child processes in flight (default 2)
const assert = require('assert');
const path = require('path');
const { runProcess } = require('../scripts/run-process');
const { PROGRAMS: ALL_PROGRAMS } = require('../bench/harness/programs');
const { QUICK, quickModes } = require('./support/quick');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const DRIVER = path.join('bench', 'driver.js');
const DRIVER_ARGS = ['1', '1', '--no-timing'];
const PROCESS_TIMEOUT_MS = 120000;
const JOBS = Number(process.env.KILN_TEST_JOBS) || 2;
const STANDIN = process.env.KILN_STANDIN === 'node';

const MODES = {
  jitless: ['--jitless'],
  eager: ['--jit-threshold=0'],
  stress: ['--stress-deopt', '--jit-threshold=0'],
};

// Quick mode (test/support/quick.js): every fifth program, each in one mode.
const PROGRAMS = QUICK ? ALL_PROGRAMS.filter((_, i) => i % 5 === 0) : ALL_PROGRAMS;
// Quick mode: a compiled mode each (a benchmark under the interpreter takes seconds; the
// corpus's quick run covers the interpreter).
const modesOf = new Map(PROGRAMS.map((p, i) => [p.name, quickModes(QUICK ? ['eager', 'stress'] : Object.keys(MODES), i)]));

// A FIFO pool of JOBS processes; every run is queued when the file loads, in test order.
const queue = [];
let active = 0;
function pump() {
  while (active < JOBS && queue.length > 0) {
    const { args, resolve } = queue.shift();
    active++;
    runProcess(args, PROCESS_TIMEOUT_MS).then((r) => {
      active--;
      resolve(r);
      pump();
    });
  }
}
function schedule(args) {
  return new Promise((resolve) => {
    queue.push({ args, resolve });
    pump();
  });
}

function describeRun(r) {
  const status = r.timedOut ? `killed after ${PROCESS_TIMEOUT_MS} ms` : `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}`;
  const tail = r.stderr.length > 2000 ? r.stderr.slice(0, 2000) + '\n…' : r.stderr;
  return `${status}; stdout:\n${r.stdout.slice(0, 500)}\nstderr:\n${tail}`;
}

describe('bench programs: bench/driver.js <name> 1 1 --no-timing, kiln vs node', function () {
  this.timeout(PROCESS_TIMEOUT_MS * 4);
  const runs = new Map();
  before(function () {
    for (const p of PROGRAMS) {
      const expected = schedule([DRIVER, p.name, ...DRIVER_ARGS]);
      const modes = {};
      for (const mode of modesOf.get(p.name)) {
        const flags = MODES[mode];
        modes[mode] = schedule(STANDIN ? [DRIVER, p.name, ...DRIVER_ARGS] : [KILN, ...flags, DRIVER, p.name, ...DRIVER_ARGS]);
      }
      runs.set(p.name, { expected, modes });
    }
  });

  for (const p of PROGRAMS) {
    describe(p.name, function () {
      it('node runs it and verifies its result', async function () {
        const expected = await runs.get(p.name).expected;
        assert.strictEqual(expected.code, 0, `node failed: ${describeRun(expected)}`);
        assert.strictEqual(expected.stdout, 'begin\niteration 0 ok\n');
      });
      for (const mode of modesOf.get(p.name)) {
        it(`kiln ${mode} (${MODES[mode].join(' ') || 'default tiering'}) gives node's output`, async function () {
          const expected = await runs.get(p.name).expected;
          const actual = await runs.get(p.name).modes[mode];
          assert.strictEqual(actual.code, expected.code, describeRun(actual));
          assert.strictEqual(actual.stdout, expected.stdout, describeRun(actual));
        });
      }
    });
  }
});
