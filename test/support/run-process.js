'use strict';
// Runs `node <args>` in the repository root and collects stdout, stderr, the exit status and
// whether it was killed after `timeoutMs` (shared by the differential test runners).
const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');

/** `node` arguments and environment for `args`. */
function nodeCommand(args) {
  return { args, env: process.env };
}

function runProcess(args, timeoutMs) {
  return new Promise((resolve) => {
    const command = nodeCommand(args);
    const child = spawn(process.execPath, command.args, { cwd: ROOT, env: command.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      });
    });
  });
}

module.exports = { runProcess, nodeCommand };
