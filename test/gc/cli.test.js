'use strict';
// End-to-end garbage-collection tests through the CLI: programs in test/gc/programs/ (and a
// few from test/lang/) under --max-heap, --gc-stress and --trace-gc, against node's output.
const assert = require('assert');
const path = require('path');
const { execFile } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const TIMEOUT_MS = 60000;
const MB = 1024 * 1024;
const { QUICK, quickSubset, quickModes } = require('../support/quick');

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : String(err.signal || err.code)) : 0, stdout, stderr });
    });
  });
}

const nodeRuns = new Map();
function node(file) {
  if (!nodeRuns.has(file)) nodeRuns.set(file, run([file]));
  return nodeRuns.get(file);
}

const kiln = (flags, file) => run([KILN, ...flags, file]);

/** The --stats line `gc: N collections, X ms total pause (max Y ms), B bytes freed`. */
function gcStats(stderr) {
  const m = /^gc: (\d+) collections, (\d+\.\d\d) ms total pause \(max (\d+\.\d\d) ms\), (\d+) bytes freed$/m.exec(stderr);
  assert.ok(m, `no gc line in --stats output:\n${stderr}`);
  return { collections: Number(m[1]), pauseMs: Number(m[2]), maxPauseMs: Number(m[3]), freedBytes: Number(m[4]) };
}

async function sameAsNode(flags, file) {
  const [expected, actual] = await Promise.all([node(file), kiln(flags, file)]);
  const context = `kiln ${flags.join(' ')} ${file}: exit ${actual.code}; stderr:\n${actual.stderr.slice(0, 3000)}`;
  assert.strictEqual(actual.stdout, expected.stdout, `stdout differs from node's\n${context}`);
  assert.strictEqual(actual.code, expected.code, `exit code differs from node's\n${context}`);
  return actual;
}

// One interpreted churn.js run under --max-heap=16 with --trace-gc and --stats serves the
// churn test below, the text trace test and the threshold reason (each such run is seconds).
let churnTraced;
const tracedChurn = () => (churnTraced ??= sameAsNode(['--jitless', '--max-heap=16', '--trace-gc', '--stats'], 'test/gc/programs/churn.js'));

const MODES = {
  jitless: ['--jitless'],
  default: [],
  eager: ['--jit-threshold=0'],
};

describe('gc: programs under a small --max-heap', function () {
  this.timeout(TIMEOUT_MS * 2);

  Object.keys(MODES).forEach((mode, i) => {
    const flags = MODES[mode];
    // Quick mode (test/support/quick.js): the first mode only.
    if (QUICK && i > 0) return;
    it(`churn.js allocates 10x --max-heap=16 in short-lived objects and runs to the end (${mode})`, async function () {
      const r = await (mode === 'jitless' ? tracedChurn() : sameAsNode([...flags, '--max-heap=16', '--stats'], 'test/gc/programs/churn.js'));
      const s = gcStats(r.stderr);
      assert.ok(s.freedBytes >= 10 * 16 * MB, `only ${s.freedBytes} bytes freed`);
      assert.ok(s.collections >= 10, `only ${s.collections} collections`);
    });

    it(`retain-all.js keeps everything: FATAL heap-limit error, exit 134, no crash (${mode})`, async function () {
      const r = await kiln([...flags, '--max-heap=16'], 'test/gc/programs/retain-all.js');
      assert.strictEqual(r.stdout, 'start\n');
      assert.strictEqual(r.code, 134, `exit ${r.code}; stderr:\n${r.stderr}`);
      assert.strictEqual(r.stderr, 'FATAL ERROR: kiln heap limit of 16 MB reached: JavaScript heap out of memory\n');
    });
  });

  it('huge-array.js: an array larger than the heap is the FATAL heap-limit error at once, exit 134', async function () {
    const r = await kiln([], 'test/gc/programs/huge-array.js');
    assert.strictEqual(r.stdout, 'start\n');
    assert.strictEqual(r.code, 134, `exit ${r.code}; stderr:\n${r.stderr}`);
    assert.match(r.stderr, /^FATAL ERROR: kiln heap limit of \d+ MB reached: JavaScript heap out of memory\n$/);
  });

  for (const file of ['long-list.js', 'callbacks.js', 'dictionaries.js', 'contexts.js']) {
    it(`${file} with --max-heap=16`, async function () {
      await sameAsNode(['--max-heap=16'], `test/gc/programs/${file}`);
    });
  }
});

describe('gc: --gc-stress gives node\'s output', function () {
  this.timeout(TIMEOUT_MS * 2);
  // Quick mode takes the first three: churn.js, the heaviest, is not among them.
  const programs = [
    'test/gc/programs/long-list.js',
    'test/gc/programs/callbacks.js',
    'test/gc/programs/contexts.js',
    'test/gc/programs/churn.js',
    'test/gc/programs/dictionaries.js',
    'test/lang/strings/concat-loop.js',
    'test/lang/nested-functions/outer-vars.js',
    'test/lang/nested-functions/hot-inner.js',
    'test/lang/recursion/fib.js',
    'test/lang/templates/templates.js',
  ];
  const stressModes = {
    jitless: ['--gc-stress', '--jitless'],
    eager: ['--gc-stress', '--jit-threshold=0'],
  };
  // Quick mode: three programs, each in one mode (test/support/quick.js).
  quickSubset(programs, () => 'all', 3).forEach((file, i) => {
    for (const mode of quickModes(Object.keys(stressModes), i)) {
      const flags = stressModes[mode];
      it(`${file} (${mode})`, async function () {
        const r = await sameAsNode([...flags, '--stats'], file);
        if (file.startsWith('test/gc/')) assert.ok(gcStats(r.stderr).collections > 100, 'collects often');
      });
    }
  });
});

describe('gc: weak references', function () {
  this.timeout(TIMEOUT_MS * 2);

  // Quick mode: compiled code under collections at every allocation, the hardest of the three.
  const variants = [['--gc-stress'], ['--gc-stress', '--jit-threshold=0'], ['--max-heap=16']];
  for (const flags of QUICK ? variants.slice(1, 2) : variants) {
    it(`clears a dropped WeakRef, keeps WeakMap entries of live keys and runs a registry's callbacks (${flags.join(' ')})`, async function () {
      const r = await kiln(flags, 'test/gc/programs/weak-and-finalization.js');
      assert.strictEqual(r.code, 0, r.stderr);
      const got = JSON.parse(r.stdout);
      // 99 registered targets dropped (one more was unregistered, one is kept alive and never
      // finalized); a conservatively scanned stale word may keep one or two of them.
      assert.ok(got.called <= 99 && got.called >= 97, `${got.called} callbacks`);
      assert.deepStrictEqual({ ...got, called: 99 }, { called: 99, cleared: true, live: 100, kept: 'object' });
    });
  }
});

describe('gc: --trace-gc and --stats', function () {
  this.timeout(TIMEOUT_MS);
  const TEXT = /^\[gc\] #(\d+) (threshold|limit|stress): (\d+\.\d\d) MB -> (\d+\.\d\d) MB \(top (\d+\.\d\d) MB\), (\d+) objects live, (\d+) freed, (\d+\.\d\d) ms$/;

  it('prints one text line per collection, numbered, on stderr only', async function () {
    const r = await tracedChurn();
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('[gc]'));
    assert.ok(lines.length >= 10, r.stderr);
    lines.forEach((line, i) => {
      const m = TEXT.exec(line);
      assert.ok(m, `not in the documented format: ${line}`);
      assert.strictEqual(Number(m[1]), i + 1);
      assert.ok(Number(m[4]) <= Number(m[3]) + 0.01, `after > before: ${line}`);
      assert.ok(Number(m[5]) <= 16, `top past the limit: ${line}`);
    });
    assert.strictEqual(gcStats(r.stderr).collections, lines.length);
  });

  it('names the reasons: threshold, limit near --max-heap, stress', async function () {
    assert.match((await tracedChurn()).stderr, /^\[gc\] #1 threshold: /m);
    const full = await kiln(['--jitless', '--max-heap=16', '--trace-gc'], 'test/gc/programs/retain-all.js');
    assert.match(full.stderr, /^\[gc\] #\d+ limit: /m);
    const stress = await kiln(['--jitless', '--gc-stress', '--trace-gc'], 'test/lang/strings/concat-loop.js');
    assert.match(stress.stderr, /^\[gc\] #1 stress: /m);
  });

  it('prints JSON lines with --trace-format=json', async function () {
    const r = await sameAsNode(['--jitless', '--max-heap=16', '--trace-gc', '--trace-format=json'], 'test/gc/programs/churn.js');
    const events = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    assert.ok(events.length >= 10);
    for (const e of events) {
      assert.strictEqual(e.event, 'gc');
      for (const k of ['number', 'beforeBytes', 'afterBytes', 'topBytes', 'liveObjects', 'freedObjects', 'freedBytes', 'pauseMs']) {
        assert.strictEqual(typeof e[k], 'number', `${k} in ${JSON.stringify(e)}`);
      }
      assert.ok(['threshold', 'limit', 'stress'].includes(e.reason));
    }
  });

  it('--stats reports no collection for a program that allocates little', async function () {
    const r = await sameAsNode(['--stats'], 'test/lang/recursion/fib.js');
    assert.deepStrictEqual(gcStats(r.stderr), { collections: 0, pauseMs: 0, maxPauseMs: 0, freedBytes: 0 });
  });

  it('rejects a --max-heap that is not a positive integer', async function () {
    for (const bad of ['--max-heap=0', '--max-heap=abc', '--max-heap']) {
      const r = await kiln([bad], 'test/gc/programs/churn.js');
      assert.strictEqual(r.code, 9);
      assert.match(r.stderr, /--max-heap needs a positive integer/);
    }
  });
});
