'use strict';
// Runs `node <args>` in the repository root and collects stdout, stderr, the exit status, the
// wall time and whether it was killed after `timeoutMs`: the one child-process runner of the
// differential test runners (test/lang.test.js, test/bench-programs.test.js, test/stats.test.js)
// and the conformance runner (scripts/test262/).
const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

/** Resolves to { stdout, stderr, code, signal, timedOut, ms }. */
function runProcess(args, timeoutMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        signal,
        timedOut,
        ms: Date.now() - started,
      });
    });
  });
}

module.exports = { runProcess };
