// The differential fuzzer in the test suite, through the same code as `npm run fuzz`
// (test/fuzz/run.js): fixed bands of seeds, with the default features and with every feature,
// every kiln mode against node; plus checks of the tool itself (arguments, the generator's heap features under node,
// and the minimizer on a program made to "fail" with the hidden --selftest-mismatch mode).
// Longer runs: `npm run fuzz -- --seed N --count M` (see the top of test/fuzz/run.js).
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { checkSeed, formatMismatches, fuzz, parseArgs, selectModes, runProcess } = require('./fuzz/run');
const { minimize } = require('./fuzz/minimize');
const { generateProgram, parseFeatures, DEFAULT_FEATURES, FEATURES } = require('./fuzz/generate');

const { QUICK } = require('./support/quick');
// Quick mode (test/support/quick.js) checks one seed of each band in two modes.
// (npm test: 16 + 4 — a heap seed takes ~25 s in six modes, 15 of them under stress deopts —
// which keeps CI within its 30 minutes; `npm run fuzz` runs long batches.)
const SEEDS = Number(process.env.KILN_FUZZ_SEEDS || (QUICK ? 1 : 16));
const HEAP_SEEDS = Number(process.env.KILN_FUZZ_HEAP_SEEDS || (QUICK ? 1 : 4));
const JOBS = 2; // seeds checked at once (each runs node, then kiln in every mode, in turn)

/** One fixed band of seeds, `count` programs from `first` on, checked in every kiln mode. */
function fuzzBand(title, first, count, features) {
  describe(title, function () {
    this.timeout(600000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fuzz-'));
    let modes;
    const pending = new Map();
    const start = (seed) => {
      if (!pending.has(seed) && seed < first + count) {
        const p = checkSeed(seed, { dir, modes, features });
        p.catch(() => {});
        pending.set(seed, p);
      }
      return pending.get(seed);
    };
    before(() => {
      // Quick mode: the interpreter and stress (compiled code with guards failed on purpose)
      // for the cheap numeric programs; compiled code for the heap programs, whose generic
      // operations make ~2M stress deopts (15 s) where eager compiled code takes 4 s.
      modes = selectModes(QUICK ? (features === 'all' ? 'eager' : 'jitless,stress') : undefined);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    for (let seed = first; seed < first + count; seed++) {
      it(`seed ${seed}`, async () => {
        for (let s = seed; s < seed + JOBS; s++) start(s); // keep JOBS seeds in flight
        const result = await start(seed);
        const command = `npm run fuzz -- --seed ${seed} --count 1${features === 'all' ? ' --features all' : ''}`;
        assert.deepStrictEqual(formatMismatches(result), [], `reproduce and minimize with: ${command}`);
        assert.strictEqual(result.nodeProblem, null, `node itself fails on seed ${seed}: generator bug`);
      });
    }
  });
}

// The default (numeric) features are cheap, the heap features about 5 s a program in six
// modes: CI checks a band of each within its time budget; longer runs are `npm run fuzz`.
fuzzBand('fuzz: generated programs agree with node at every tier', 1, SEEDS, undefined);
fuzzBand('fuzz: generated heap programs (strings, arrays, objects, closures, exceptions, classes) agree with node at every tier', 1000, HEAP_SEEDS, 'all');

describe('fuzz: the tool', function () {
  this.timeout(120000);

  it('parses both --name value and --name=value, with --from as an alias of --seed', () => {
    const a = parseArgs(['--count', '5', '--seed=7', '--jobs=3', '--features', 'all', '--modes', 'eager,stress']);
    assert.strictEqual(a.count, 5);
    assert.strictEqual(a.seed, 7);
    assert.strictEqual(a.jobs, 3);
    assert.deepStrictEqual(a.features, FEATURES);
    assert.strictEqual(a.modes, 'eager,stress');
    assert.strictEqual(parseArgs(['--from=3']).seed, 3);
    assert.strictEqual(parseArgs(['--from', '4', '--count=2']).seed, 4);
    assert.deepStrictEqual(parseArgs([]).features, DEFAULT_FEATURES);
    assert.throws(() => parseArgs(['--count']), /needs a value/);
    assert.throws(() => parseArgs(['--bogus=1']), /unknown option/);
    assert.throws(() => parseArgs(['--features', 'numeric,nope']), /unknown feature/);
  });

  it('generates the same program for the same seed and features', () => {
    assert.strictEqual(generateProgram(11), generateProgram(11, DEFAULT_FEATURES));
    assert.strictEqual(generateProgram(11, 'all'), generateProgram(11, parseFeatures('all')));
    assert.notStrictEqual(generateProgram(11), generateProgram(12));
  });

  it('generates heap-feature programs that node runs without an error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fuzz-gen-'));
    try {
      for (const [seed, features] of [[1, 'all'], [2, 'all'], [3, 'strings'], [4, 'arrays'], [5, 'objects'], [6, 'closures'], [7, 'objects,arrays,closures']]) {
        const file = path.join(dir, `p${seed}.js`);
        fs.writeFileSync(file, generateProgram(seed, features));
        const r = await runProcess([file], 30000);
        assert.strictEqual(r.code, 0, `seed ${seed} (${features}): ${r.stderr.split('\n').slice(0, 6).join('\n')}`);
        assert.ok(r.stdout.length > 0 && r.stdout.length < 8 << 20, `seed ${seed} (${features}): ${r.stdout.length} bytes of output`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('minimizes a statement tree against a predicate', async () => {
    const source = generateProgram(5);
    // Interesting: still defines f1 and still calls it from a loop.
    const interesting = async (s) => /^function f1\(/m.test(s) && /^\s+acc = f1\(/m.test(s);
    const r = await minimize(source, interesting, { maxRuns: 200 });
    assert.ok(await interesting(r.source));
    assert.ok(r.lines < 12 && r.lines < r.originalLines, r.source);
    assert.ok(r.runs <= 200);
  });

  it('writes an original and a minimized reproducer that keeps the failure (--selftest-mismatch)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fuzz-out-'));
    try {
      // Quick mode: a shorter minimization, still required to halve the program.
      const result = await fuzz({ seed: 3, count: 1, jobs: 1, selftest: true, out, minRuns: QUICK ? 20 : 60 });
      assert.strictEqual(result.failing, 1);
      const original = path.join(out, 'fuzz-3.js');
      const minimized = path.join(out, 'fuzz-3.min.js');
      const text = fs.readFileSync(minimized, 'utf8');
      assert.match(text, /^\/\/ kiln fuzz failure: seed 3, features numeric\n\/\/ mode: selftest: .*\n\/\/ first difference: stdout line \d+: node "1200 /);
      assert.ok(text.length < fs.readFileSync(original, 'utf8').length / 2, text);
      // Still has the property: run as it is, it prints a line starting with "1200 ".
      const stdout = execFileSync(process.execPath, [minimized], { encoding: 'utf8' });
      assert.ok(stdout.split('\n').some((l) => l.startsWith('1200 ')), stdout);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
