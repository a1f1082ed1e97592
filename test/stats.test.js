'use strict';
// kiln --stats: the summary at exit, as text and as the JSON `stats` line. The runtime-call
// counts name what compiled code left to the runtime: here a loop whose body calls
// Math.hypot (a runtime builtin; Math.sin is a direct call of V8's function) CALLS times,
// compiled before its first call. A call may still
// run in the interpreter (the loop's first `+=` has no feedback yet and deopts), so the count
// is checked against the bounds the program sets, not an exact number.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runProcess } = require('../scripts/run-process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const CALLS = 250;
const PROGRAM = `function wave(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.hypot(i, 1);
  return s;
}
console.log(wave(${CALLS}).toFixed(6));
`;

const hypotCalls = (stats) => stats.runtimeCalls['builtin Math.hypot'];

describe('--stats', function () {
  this.timeout(60000);
  let file;
  before(function () {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stats-')), 'wave.js');
    fs.writeFileSync(file, PROGRAM);
  });

  it('counts runtime calls from compiled code by operation (text)', async function () {
    const r = await runProcess([KILN, '--stats', '--jit-threshold=0', file], 60000);
    assert.strictEqual(r.code, 0, r.stderr);
    const m = /^runtime calls from compiled code: (\d+) \((.*)\)$/m.exec(r.stderr);
    assert.ok(m, r.stderr);
    const parts = m[2].split(', ').map((p) => p.split('='));
    assert.strictEqual(parts.reduce((sum, [, n]) => sum + Number(n), 0), Number(m[1]), 'the total is the sum of the operations');
    const hypot = parts.find(([label]) => label === 'builtin Math.hypot');
    assert.ok(hypot && Number(hypot[1]) >= CALLS / 2 && Number(hypot[1]) <= CALLS, m[0]);
    assert.strictEqual(parts[0][0], 'builtin Math.hypot', 'most frequent first');
    assert.match(r.stderr, new RegExp(`^runtime calls by function: builtin Math\\.hypot in wave=${hypot[1]}(, |$)`, 'm'));
    // Math.hypot is a runtime call, not a call of the native function object.
    assert.match(r.stderr, /^native calls from compiled code: none$/m);
  });

  it('gives the same summary as one JSON line with --trace-format=json', async function () {
    const r = await runProcess([KILN, '--stats', '--trace-format=json', '--jit-threshold=0', file], 60000);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('{"event":"stats"'));
    assert.strictEqual(lines.length, 1, r.stderr);
    const stats = JSON.parse(lines[0]);
    assert.deepStrictEqual(Object.keys(stats), ['event', 'optimized', 'declined', 'compileMs', 'codeBytes', 'deopts', 'gcCount', 'gcPauseMs', 'gcMaxPauseMs', 'gcFreedBytes', 'runtimeCalls', 'runtimeCallSites', 'nativeCalls']);
    // The busiest: Math.hypot in wave, which made them all.
    assert.deepStrictEqual(stats.runtimeCallSites[0], { operation: 'builtin Math.hypot', function: 'wave', calls: hypotCalls(stats) });
    assert.strictEqual(stats.optimized >= 1, true);
    const hypot = hypotCalls(stats);
    assert.ok(hypot >= CALLS / 2 && hypot <= CALLS, JSON.stringify(stats.runtimeCalls));
  });

  it('counts no runtime call when nothing is compiled (--jitless)', async function () {
    const r = await runProcess([KILN, '--stats', '--jitless', file], 60000);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /^optimized functions: 0 /m);
    assert.match(r.stderr, /^runtime calls from compiled code: none$/m);
    assert.match(r.stderr, /^runtime calls by function: none$/m);
    assert.match(r.stderr, /^native calls from compiled code: none$/m);
  });
});
