'use strict';
// The compile-speed benchmark (bench/compile-speed.js) writes a results file of schema
// 'kiln-compile-speed/1': the `--quick` run that the harness's small real run starts
// (test/support/tiny-bench-run.js), whose file's shape is checked (groups, units, sizes
// increasing, msPerOp = 1000 / opsPerSec). No timing is ever asserted: performance is
// measured by the benchmark, not tested here.
const assert = require('assert');
const { tinyBenchRun, TINY_RUN } = require('./support/tiny-bench-run');

const GROUPS = {
  bytecode: { sizeUnit: 'lines', throughputUnit: 'lines/s' },
  'jit-optimizing': { sizeUnit: 'bytecodes', throughputUnit: 'bytecodes/s' },
  assembler: { sizeUnit: 'instructions', throughputUnit: 'instructions/s' },
};

function assertClose(actual, expected, what) {
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.abs(expected), `${what}: ${actual} is not ${expected}`);
}

describe('bench: compile-speed.js --quick writes kiln-compile-speed/1', function () {
  this.timeout(TINY_RUN.timeoutMs + 10000);
  let run;
  let results;

  before(async function () {
    const bench = await tinyBenchRun();
    run = bench.run;
    results = bench.compileSpeed;
  });

  it('exits 0, writes the file and prints the table', function () {
    assert.strictEqual(run.code, 0, `${run.timedOut ? 'timed out' : `exit ${run.code}`}; stderr:\n${run.stderr.slice(0, 3000)}`);
    assert.ok(results, 'no results file');
    assert.match(run.stdout, /^case +size +ops\/s +±% +samples +ms\/op +throughput$/m);
    for (const c of results.cases) assert.ok(run.stdout.includes(c.name), `table lacks ${c.name}`);
  });

  it('has the header: schema, start, duration, machine', function () {
    assert.strictEqual(results.schema, 'kiln-compile-speed/1');
    assert.ok(!Number.isNaN(Date.parse(results.startedAt)) && results.startedAt.endsWith('Z'), `startedAt ${results.startedAt}`);
    assert.ok(Number.isFinite(results.durationS) && results.durationS > 0, `durationS ${results.durationS}`);
    const m = results.machine;
    assert.ok(typeof m.cpu === 'string' && m.cpu.length > 0, 'machine.cpu');
    assert.ok(Number.isInteger(m.cores) && m.cores > 0, 'machine.cores');
    assert.ok(typeof m.os === 'string' && m.os.length > 0, 'machine.os');
    assert.strictEqual(m.node, process.version);
    assert.match(m.kilnCommit, /^([0-9a-f]{4,40}|unknown)$/);
    assert.ok(Array.isArray(m.loadAvg) && m.loadAvg.length === 3 && m.loadAvg.every(Number.isFinite), 'machine.loadAvg');
  });

  it('has every group, in order, each with sizes increasing in its units', function () {
    const seen = [...new Set(results.cases.map((c) => c.group))];
    assert.deepStrictEqual(seen, Object.keys(GROUPS));
    for (const [group, units] of Object.entries(GROUPS)) {
      const cases = results.cases.filter((c) => c.group === group);
      assert.ok(cases.length >= 3, `${group}: ${cases.length} cases`);
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i];
        assert.ok(c.name.startsWith(`${group}: `), `name ${c.name}`);
        assert.strictEqual(c.sizeUnit, units.sizeUnit, c.name);
        assert.ok(Number.isInteger(c.size) && c.size > 0, `${c.name}: size ${c.size}`);
        if (i > 0) assert.ok(c.size > cases[i - 1].size, `${group}: size ${c.size} after ${cases[i - 1].size}`);
      }
    }
  });

  it('has a benny measurement per case: ops/s, margin, samples, ms/op, throughput', function () {
    for (const c of results.cases) {
      assert.ok(Number.isFinite(c.opsPerSec) && c.opsPerSec > 0, `${c.name}: opsPerSec ${c.opsPerSec}`);
      assert.ok(Number.isFinite(c.marginPct) && c.marginPct >= 0, `${c.name}: marginPct ${c.marginPct}`);
      assert.ok(Number.isInteger(c.samples) && c.samples >= 1, `${c.name}: samples ${c.samples}`);
      assertClose(c.msPerOp, 1000 / c.opsPerSec, `${c.name}: msPerOp`);
      assert.ok(c.throughput, `${c.name}: throughput`);
      assert.strictEqual(c.throughput.unit, GROUPS[c.group].throughputUnit, c.name);
      assertClose(c.throughput.value, c.size * c.opsPerSec, `${c.name}: throughput`);
    }
  });
});
