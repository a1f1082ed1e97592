// One benchmark process: runs bench/driver.js for one program on one engine and turns its output
// into a run record (per-iteration times, and for kiln the tier-ups, deopts and --stats).
// stdout and stderr go to ONE temporary file through the same open file description, so kiln's
// trace lines (stderr) and the driver's iteration lines (stdout) keep the order they were written
// in: a tier-up logged between `iteration 2` and `iteration 3` happened during iteration 3.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { engineCommand } = require('./engines');
const { steadyState } = require('./summary');

const ROOT = path.resolve(__dirname, '..', '..');
const DRIVER = path.join(ROOT, 'bench', 'driver.js');

/**
 * Runs one process; resolves to
 * { status: 'ok'|'failed'|'verify-failed'|'timeout', error, iterationsMs, steadyMs, wallMs,
 *   tierUps, deopts, stats }.
 */
function runCell(engine, program, { iterations, inner, budgetMs, timeoutS }) {
  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-')), 'output.txt');
  const fd = fs.openSync(outFile, 'w');
  const driverArgs = [program.name, String(iterations), String(inner)];
  if (budgetMs > 0) driverArgs.push(`--budget-ms=${budgetMs}`);
  const nodeArgs = engineCommand(engine, path.relative(ROOT, DRIVER), driverArgs);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, stdio: ['ignore', fd, fd] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    const finish = (code, signal, spawnError) => {
      clearTimeout(timer);
      fs.closeSync(fd);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const output = fs.readFileSync(outFile, 'utf8');
      fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
      resolve(parseRun(output, { code, signal, timedOut, wallMs, spawnError, iterations }));
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('exit', (code, signal) => finish(code, signal, null));
  });
}

/** Reads the interleaved driver and kiln-trace lines of one process. */
function parseRun(output, { code, signal, timedOut, wallMs, spawnError, iterations }) {
  const iterationsMs = [];
  const tierUps = [];
  const deopts = [];
  const other = [];
  let stats = null;
  let begun = false;
  let verifyFailed = false;
  // Events before `begin` happened while loading the program (iteration -1); after it, during
  // the iteration whose line comes next.
  const currentIteration = () => (begun ? iterationsMs.length : -1);
  for (const line of output.split('\n')) {
    let m;
    if (line === 'begin') begun = true;
    else if ((m = /^iteration (\d+) (\d+)$/.exec(line))) iterationsMs.push(Number(m[2]) / 1000);
    else if (line.startsWith('verification failed')) verifyFailed = true;
    else if (line.startsWith('{"event":')) {
      const e = JSON.parse(line);
      if (e.event === 'tier' && e.to === 'optimized') {
        tierUps.push({ iteration: currentIteration(), function: e.function || '<top-level>', compileMs: e.compileMs, codeBytes: e.codeBytes, osr: Boolean(e.osr) });
      } else if (e.event === 'deopt') {
        deopts.push({ iteration: currentIteration(), function: e.function || '<top-level>', reason: e.reason });
      } else if (e.event === 'stats') {
        const { event, ...fields } = e;
        stats = fields;
      }
    } else if (line.trim() !== '') other.push(line);
  }
  let status = 'ok';
  let error = null;
  if (timedOut) {
    status = 'timeout';
    error = `killed after the timeout, ${iterationsMs.length} of ${iterations} iterations done`;
  } else if (spawnError) {
    status = 'failed';
    error = String(spawnError);
  } else if (verifyFailed) {
    status = 'verify-failed';
    error = `verification failed at iteration ${iterationsMs.length}`;
  } else if (code !== 0 || iterationsMs.length === 0) {
    status = 'failed';
    error = `exit ${code === null ? signal : code}: ${other.slice(0, 6).join('\n')}`;
  }
  return {
    status,
    error,
    iterationsMs,
    steadyMs: status === 'ok' ? steadyState(iterationsMs) : null,
    wallMs: Math.round(wallMs),
    tierUps,
    deopts,
    stats,
  };
}

module.exports = { runCell, parseRun };
