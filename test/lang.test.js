'use strict';
// Differential test runner for the language corpus in test/lang/<feature>/*.js.
//
// node is the oracle: every program is run once with `node file` to record its stdout, exit
// code and (when it fails) the `Name: message` line of the uncaught error on stderr. The same
// program is then run under kiln in every execution mode below, and kiln must reproduce
// stdout byte for byte, the exit code, and that error line somewhere in its stderr (kiln's
// stack trace may differ from node's, its error line may not).
//
// One mocha `it` per (program, mode) (jitless, eager and stress for every program; eager1,
// gcstress and default each for a sixth of them, rotating), plus one per program asserting that with
// --jit-threshold=0 the JIT declines no function (read from the eager run's JSON trace on
// stderr, so it costs no extra process).
// Processes run concurrently through a small pool (KILN_TEST_JOBS, default 2-3) and are
// started a few tests ahead of the one being asserted, so `--grep` runs only what it needs.
//
// Environment:
//   KILN_TEST_JOBS=N     child processes in flight (default: 2..3 by CPU count)
//   KILN_STANDIN=node    run plain `node file` in place of kiln (kiln flags dropped): checks
//                        this runner and the corpus themselves before bin/kiln.js exists.
//   KILN_TEST_QUICK=1    (npm run test:quick) one program per feature, each in one mode, the
//                        modes rotating (test/support/quick.js); node's results are remembered
//                        between quick runs (test/support/node-oracle-cache.js)
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runProcess: runSharedProcess } = require('../scripts/run-process');
const { QUICK, quickSubset, quickModes } = require('./support/quick');
const { cachedNodeRun } = require('./support/node-oracle-cache');

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.join(__dirname, 'lang');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const PROCESS_TIMEOUT_MS = 20000;
const JOBS = Number(process.env.KILN_TEST_JOBS) || Math.max(2, Math.min(3, os.cpus().length));
const STANDIN = process.env.KILN_STANDIN === 'node';

const MODES = {
  jitless: ['--jitless'],
  eager: ['--jit-threshold=0'],
  eager1: ['--jit-threshold=1'],
  stress: ['--stress-deopt', '--jit-threshold=0'],
  gcstress: ['--gc-stress', '--jit-threshold=0'],
  default: [],
};
// The eager run also logs its tiering (stderr only), so one process serves both the eager
// comparison and the check that the JIT declines nothing.
const TRACE_FLAGS = ['--trace-tier', '--trace-format=json'];
const RUN_FLAGS = { ...MODES, eager: [...MODES.eager, ...TRACE_FLAGS] };

// ---------------------------------------------------------------------------------------------
// Processes

function runProcess(args) {
  return runSharedProcess(args, PROCESS_TIMEOUT_MS);
}

function kilnArgs(flags, file) {
  return STANDIN ? [file] : [KILN, ...flags, file];
}

// A FIFO pool of `JOBS` processes. Jobs are keyed and memoized, so a test and the prefetcher
// share the same promise.
const pending = [];
let active = 0;
const jobs = new Map();

function pump() {
  while (active < JOBS && pending.length > 0) {
    const { args, resolve, oracleFolder } = pending.shift();
    active++;
    (oracleFolder === undefined ? runProcess(args) : cachedNodeRun(oracleFolder, args, runProcess)).then((r) => {
      active--;
      resolve(r);
      pump();
    });
  }
}

function job(key, args) {
  if (!jobs.has(key)) {
    // Quick mode remembers node's results (test/support/node-oracle-cache.js).
    const oracleFolder = QUICK && !STANDIN && key.startsWith('node:') ? featureFolder(key.slice('node:'.length)) : undefined;
    jobs.set(key, new Promise((resolve) => pending.push({ args, resolve, oracleFolder })));
    pump();
  }
  return jobs.get(key);
}

// ---------------------------------------------------------------------------------------------
// Corpus and expectations

// A folder inside a feature folder (test/lang/<feature>/<name>/) is ONE multi-file program:
// its entry is main.js; its other files (and subfolders) are modules it requires.
function discover(dir) {
  const found = [];
  const depth = path.relative(CORPUS, dir).split(path.sep).filter(Boolean).length;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && depth >= 1) found.push(path.join(full, 'main.js'));
    else if (entry.isDirectory()) found.push(...discover(full));
    else if (entry.name.endsWith('.js')) found.push(full);
  }
  return found.sort();
}

/** test/lang/<feature> of a corpus program (its path relative to the repository). */
function featureFolder(rel) {
  return path.join(CORPUS, path.relative(CORPUS, path.join(ROOT, rel)).split(path.sep)[0]);
}

// (node names some errors with their code: `AssertionError [ERR_ASSERTION]: …`.)
const ERROR_LINE = /^(\w*Error(?: \[\w+\])?): .*$/m;

function errorLine(stderr) {
  const m = ERROR_LINE.exec(stderr);
  return m ? m[0].replace(/\r$/, '') : null;
}

function describeRun(r) {
  const status = r.timedOut ? `killed after ${PROCESS_TIMEOUT_MS} ms` : `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}`;
  const tail = r.stderr.length > 2000 ? r.stderr.slice(0, 2000) + '\n…' : r.stderr;
  return `${status}; stderr:\n${tail}`;
}

function stderrHasLine(stderr, line) {
  return stderr.split('\n').some((l) => l.replace(/\r$/, '').trimEnd() === line);
}

// Plan: the order in which jobs are started. Each test names the jobs it needs; when it runs it
// starts them plus the next few in plan order, keeping the pool busy while mocha goes serially.
// Quick mode takes the shortest program of each feature folder (the quickest to run, as a
// rule), then goes in path order like the full run.
const bySize = (files) => (QUICK ? files.map((f) => [f, fs.statSync(f).size]).sort((a, b) => a[1] - b[1]).map(([f]) => f) : files);
const files = quickSubset(bySize(discover(CORPUS)), (f) => path.relative(CORPUS, f).split(path.sep)[0]).sort();
/** The modes each program runs in. Every program runs in the three tiers the project's
 *  standard names (the interpreter, eager compilation, stress deopts); the other three
 *  (threshold 1, gc-stress, default thresholds) rotate over every second program, each taking
 *  a sixth of them, so that the full run fits CI's budget (the corpus has ~680 programs; a
 *  fourth mode for every program cost ~2.5 of CI's 30 minutes). Quick mode: one mode per
 *  program, rotating over all six. */
const ALWAYS = ['jitless', 'eager', 'stress'];
const ROTATING = ['eager1', 'gcstress', 'default'];
const rotatingMode = (i) => (i % 2 === 0 ? [ROTATING[(i / 2) % ROTATING.length]] : []);
const modesOf = new Map(files.map((f, i) => [f, QUICK ? quickModes(Object.keys(MODES), i) : [...ALWAYS, ...rotatingMode(i)]]));
const plan = [];
const planIndex = new Map();

function planJob(key, args) {
  planIndex.set(key, plan.length);
  plan.push({ key, args });
}

for (const file of files) {
  const rel = path.relative(ROOT, file);
  planJob(`node:${rel}`, [rel]);
  for (const mode of modesOf.get(file)) planJob(`${mode}:${rel}`, kilnArgs(RUN_FLAGS[mode], rel));
}

function need(...keys) {
  let last = 0;
  for (const key of keys) last = Math.max(last, planIndex.get(key));
  const promises = keys.map((key) => job(key, plan[planIndex.get(key)].args));
  for (let i = last + 1; i < Math.min(plan.length, last + 1 + JOBS * 4); i++) job(plan[i].key, plan[i].args);
  return Promise.all(promises);
}

// ---------------------------------------------------------------------------------------------
// Tests

describe('lang: differential corpus vs node', function () {
  this.timeout(PROCESS_TIMEOUT_MS * 4);

  it(`has a corpus (${files.length} programs) and a kiln CLI`, function () {
    if (!QUICK) assert.ok(files.length >= 75, `expected at least 75 corpus programs, found ${files.length}`);
    if (!STANDIN) assert.ok(fs.existsSync(KILN), `${path.relative(ROOT, KILN)} is missing`);
  });

  for (const file of files) {
    const rel = path.relative(ROOT, file);
    describe(path.relative(CORPUS, file), function () {
      for (const mode of modesOf.get(file)) {
        it(`${mode} [${MODES[mode].join(' ')}]`, async function () {
          const [expected, actual] = await need(`node:${rel}`, `${mode}:${rel}`);
          assert.ok(!expected.timedOut, `node itself timed out on ${rel}`);
          const context = `kiln ${RUN_FLAGS[mode].join(' ')} ${rel}: ${describeRun(actual)}`;
          assert.strictEqual(actual.stdout, expected.stdout, `stdout differs from node's\n${context}`);
          assert.strictEqual(actual.code, expected.code, `exit code differs from node's (${expected.code})\n${context}`);
          // A nonzero exit without an error (process.exit(code)) has no error line to compare.
          if (expected.code !== 0 && expected.stderr.trim() !== '') {
            const line = errorLine(expected.stderr);
            assert.ok(line, `node failed without an error line:\n${expected.stderr}`);
            assert.ok(stderrHasLine(actual.stderr, line), `expected "${line}" on stderr\n${context}`);
          }
        });
      }

      if (!modesOf.get(file).includes('eager')) return;
      it('eager: JIT declines no function but for constructs it does not compile yet (--trace-tier --trace-format=json)', async function () {
        const [, actual] = await need(`node:${rel}`, `eager:${rel}`);
        const context = `kiln ${RUN_FLAGS.eager.join(' ')} ${rel}: ${describeRun(actual)}`;
        const events = [];
        for (const line of actual.stderr.split('\n')) {
          if (!line.startsWith('{')) continue;
          let event;
          try {
            event = JSON.parse(line);
          } catch (e) {
            assert.fail(`trace line is not valid JSON: ${line}`);
          }
          assert.strictEqual(typeof event.event, 'string', `trace line without "event": ${line}`);
          events.push(event);
        }
        // A function may be declined only for a construct the JIT names as not compiled yet
        // (it then runs in the interpreter); any other reason is a compiler bug.
        const declined = events.filter((e) => e.event === 'jit-declined' && !/ is not compiled yet$/.test(e.reason));
        assert.deepStrictEqual(
          declined.map((e) => `${e.function}: ${e.reason}`),
          [],
          `the JIT declined functions of ${rel}`,
        );
        const source = fs.readFileSync(file, 'utf8');
        if (!STANDIN && /^\s*function\s+\w+/m.test(source)) {
          const tiers = events.filter((e) => e.event === 'tier');
          const notYet = events.filter((e) => e.event === 'jit-declined');
          assert.ok(tiers.length + notYet.length > 0, `no {"event":"tier"} line: nothing was compiled at --jit-threshold=0\n${context}`);
          for (const t of tiers) assert.strictEqual(typeof t.function, 'string', `tier event without function: ${JSON.stringify(t)}`);
        }
      });
    });
  }
});
