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
 *  (compile-speed.json or null), reportFile }. */
function tinyBenchRun() {
  if (!pending) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-test-'));
    const args = [path.join('bench', 'run.js'), ...PROGRAMS, `--engines=${ENGINES.join(',')}`, `--iterations=${ITERATIONS}`, `--out=${dir}`];
    pending = runProcess(args, TIMEOUT_MS).then((run) => {
      const read = (file) => (fs.existsSync(path.join(dir, file)) ? JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) : null);
      return { dir, run, results: read('results.json'), compileSpeed: read('compile-speed.json'), reportFile: path.join(dir, 'report.html') };
    });
  }
  return pending;
}

module.exports = { tinyBenchRun, TINY_RUN: { programs: PROGRAMS, engines: ENGINES, iterations: ITERATIONS, timeoutMs: TIMEOUT_MS } };
