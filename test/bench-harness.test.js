'use strict';
// The benchmark harness end to end (bench/run.js on a small real run, test/support/
// tiny-bench-run.js): every cell ran and verified its results, results.json has every raw
// iteration time and steady states computed from them as documented (median of the last half,
// ratio to node, geometric mean), kiln's cells carry the tier-ups, deopts and --stats read from
// kiln's JSON trace, node's carry none, and the terminal table shows every engine. No timing is
// asserted: performance is measured by the harness, never tested.
const assert = require('assert');
const { tinyBenchRun, TINY_RUN } = require('./support/tiny-bench-run');
const { median } = require('../bench/harness/summary');

describe('bench: run.js on a small real run', function () {
  this.timeout(TINY_RUN.timeoutMs + 10000);
  let bench;
  before(async function () {
    bench = await tinyBenchRun();
  });

  it('exits 0 and prints the steady-state table with a geomean row and kiln --stats', function () {
    const { run } = bench;
    assert.strictEqual(run.code, 0, `exit ${run.code}; stdout:\n${run.stdout}\nstderr:\n${run.stderr.slice(-3000)}`);
    assert.match(run.stdout, /^program +kiln --jitless +kiln +node$/m);
    for (const p of TINY_RUN.programs) assert.match(run.stdout, new RegExp(`^${p} `, 'm'));
    assert.match(run.stdout, /^geomean \(ratio to node\) .* 1\.00x$/m);
    assert.match(run.stdout, /^kiln --stats/m);
    assert.match(run.stderr, new RegExp(`\\[${TINY_RUN.programs.length * TINY_RUN.engines.length}/${TINY_RUN.programs.length * TINY_RUN.engines.length}\\].*ETA`));
  });

  it('writes results.json: schema, machine, engines, programs, one ok cell per (program, engine)', function () {
    const r = bench.results;
    assert.ok(r, 'no results.json');
    assert.strictEqual(r.schema, 'kiln-bench/1');
    assert.strictEqual(r.config.iterations, TINY_RUN.iterations);
    assert.deepStrictEqual(r.engines.map((e) => e.key), TINY_RUN.engines);
    assert.deepStrictEqual(r.programs.map((p) => p.name), TINY_RUN.programs);
    assert.strictEqual(r.machine.node, process.version);
    assert.strictEqual(r.cells.length, TINY_RUN.programs.length * TINY_RUN.engines.length);
    for (const c of r.cells) {
      assert.strictEqual(c.status, 'ok', `${c.program}/${c.engine}: ${c.error}`);
      assert.strictEqual(c.runs.length, 1);
      assert.strictEqual(c.runs[0].iterationsMs.length, TINY_RUN.iterations, `${c.program}/${c.engine}`);
      assert.ok(c.runs[0].iterationsMs.every((ms) => Number.isFinite(ms) && ms >= 0));
    }
  });

  it('computes steady state, ratios and geomeans from the raw times as documented', function () {
    const r = bench.results;
    for (const c of r.cells) {
      const its = c.runs[0].iterationsMs;
      assert.strictEqual(c.runs[0].steadyMs, median(its.slice(its.length / 2)), `${c.program}/${c.engine} steady`);
      assert.strictEqual(c.steadyMs, c.runs[0].steadyMs);
      const node = r.cells.find((x) => x.program === c.program && x.engine === 'node');
      assert.strictEqual(c.ratioToNode, c.steadyMs / node.steadyMs);
    }
    for (const e of TINY_RUN.engines) {
      const ratios = r.cells.filter((c) => c.engine === e).map((c) => c.ratioToNode);
      const geomean = Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
      assert.ok(Math.abs(r.summary.geomeanRatioToNode[e] - geomean) < 1e-9 * geomean, e);
    }
  });

  it("kiln's cells carry its tier-ups and --stats; the interpreter-only engine compiles nothing; node's carry none", function () {
    const r = bench.results;
    for (const p of TINY_RUN.programs) {
      const run = (e) => r.cells.find((c) => c.program === p && c.engine === e).runs[0];
      const kiln = run('kiln');
      assert.ok(kiln.stats, `${p}: kiln has no stats`);
      assert.ok(kiln.tierUps.length >= 1, `${p}: kiln logged no tier-up`);
      assert.strictEqual(kiln.stats.optimized, kiln.tierUps.length, `${p}: stats.optimized vs tier-up lines`);
      for (const t of kiln.tierUps) {
        assert.ok(Number.isInteger(t.iteration) && t.iteration >= -1 && t.iteration < TINY_RUN.iterations, `${p}: tier-up iteration ${t.iteration}`);
        assert.ok(typeof t.function === 'string' && t.compileMs > 0 && t.codeBytes > 0, JSON.stringify(t));
      }
      const jitless = run('kiln-jitless');
      assert.deepStrictEqual(jitless.tierUps, []);
      assert.strictEqual(jitless.stats.optimized, 0);
      const node = run('node');
      assert.strictEqual(node.stats, null);
      assert.deepStrictEqual(node.tierUps, []);
    }
  });

  it('embeds the compile-speed results and writes report.html', function () {
    assert.ok(bench.compileSpeed, 'no compile-speed.json');
    assert.deepStrictEqual(bench.results.compileSpeed, bench.compileSpeed);
    const fs = require('fs');
    assert.ok(fs.existsSync(bench.reportFile), 'no report.html');
  });
});

describe('bench: engines', function () {
  const path = require('path');
  const { baseEngine, engineCommand, selectEngines } = require('../bench/harness/engines');

  it('--kiln-base adds another build of kiln, run through its own bin/kiln.js', function () {
    const base = baseEngine('before=/tmp/old/bin/kiln.js');
    assert.strictEqual(base.key, 'kiln-base');
    assert.strictEqual(base.label, 'kiln before');
    assert.strictEqual(engineCommand(base, 'driver.js', ['fib'])[0], path.resolve('/tmp/old/bin/kiln.js'));
    assert.deepStrictEqual(selectEngines(['kiln-base', 'kiln'], base).map((e) => e.key), ['kiln-base', 'kiln']);
    assert.throws(() => selectEngines(['kiln-base']), /unknown engine kiln-base/);
    assert.throws(() => baseEngine('/no/label'), /label=path/);
  });
});
