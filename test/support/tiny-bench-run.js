'use strict';
// One small real run of the benchmark harness, shared by the bench tests in one mocha process:
// `bench/run.js fib sum-to-n --engines=kiln-jitless,kiln,node --iterations=4` (quick mode's
// compile-speed run included) into a temporary directory. The harness test checks its tables
// and results.json, the compile-speed test its compile-speed.json, the report test its
// report.html in chromium: each check runs on the output of the real pipeline.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runProcess } = require('../../scripts/run-process');

const TIMEOUT_MS = 180000;
const PROGRAMS = ['fib', 'sum-to-n'];
const ENGINES = ['kiln-jitless', 'kiln', 'node'];
const ITERATIONS = 4;

let pending = null;

/** Resolves to { dir, run (process result), results (results.json or null), compileSpeed
 *  (compile-speed.json or null), reportFile }. Under `mocha --parallel` the bench test files
 *  run in different worker processes: they share one run through a directory named after the
 *  mocha process (the first worker to create it runs the benchmark, the others wait for its
 *  result file), so a test run pays for the ~15 s benchmark once. */
function tinyBenchRun() {
  if (!pending) pending = process.env.MOCHA_WORKER_ID === undefined ? runInto(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-test-'))) : sharedRun();
  return pending;
}

function runInto(dir) {
  const args = [path.join('bench', 'run.js'), ...PROGRAMS, `--engines=${ENGINES.join(',')}`, `--iterations=${ITERATIONS}`, `--out=${dir}`];
  return runProcess(args, TIMEOUT_MS).then((run) => outputsOf(dir, run));
}

function outputsOf(dir, run) {
  const read = (file) => (fs.existsSync(path.join(dir, file)) ? JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) : null);
  return { dir, run, results: read('results.json'), compileSpeed: read('compile-speed.json'), reportFile: path.join(dir, 'report.html') };
}

async function sharedRun() {
  const dir = path.join(os.tmpdir(), `kiln-bench-test-mocha-${process.ppid}`);
  const done = path.join(dir, 'run.json');
  let owner = true;
  try {
    fs.mkdirSync(dir);
  } catch {
    owner = false;
  }
  if (owner) {
    const outputs = await runInto(dir);
    fs.writeFileSync(`${done}.tmp`, JSON.stringify(outputs.run));
    fs.renameSync(`${done}.tmp`, done);
    return outputs;
  }
  const deadline = Date.now() + TIMEOUT_MS;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`the shared benchmark run in ${dir} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return outputsOf(dir, JSON.parse(fs.readFileSync(done, 'utf8')));
}

module.exports = { tinyBenchRun, TINY_RUN: { programs: PROGRAMS, engines: ENGINES, iterations: ITERATIONS, timeoutMs: TIMEOUT_MS } };
