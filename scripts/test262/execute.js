'use strict';
// Runs composed test files under an engine and turns what the process did into an outcome.
// An engine is a process per run: kiln as `node bin/kiln.js <file>` (one node process; the addon
// raises V8's stack limit itself) or plain
// `node <file>`, which runs the same file as a CommonJS script just as kiln does. A small
// pool keeps `jobs` processes in flight; each run has a timeout after which it is killed.
//
// Outcomes: pass; fail (a wrong answer: an uncaught error, the wrong negative error or
// phase, an async test that reported failure or never completed); unsupported (kiln refused
// the file: `file:line:col: unsupported: <feature>` and exit 1); crash (kiln's internal error,
// exit 70; a signal; the timeout). `cause` is the line a person reads first: the feature, the
// error line of the uncaught exception, or what was missing.
const path = require('path');
const { runProcess } = require('../run-process');
const { EVALUATING_MARKER, ASYNC_COMPLETE, ASYNC_FAILURE } = require('./compose');

const KILN = path.resolve(__dirname, '..', '..', 'bin', 'kiln.js');
const ENGINES = ['kiln', 'node'];
const KILN_INTERNAL_ERROR_EXIT = 70;

/** Runs `engine` on `file`: { stdout, stderr, code, signal, timedOut, ms }. */
function runEngine(engine, file, { timeoutMs, kilnFlags = [] }) {
  return runProcess(engine === 'kiln' ? [KILN, ...kilnFlags, file] : [file], timeoutMs);
}

const DIAGNOSTIC = /^(.+):(\d+):(\d+): (SyntaxError|unsupported): (.*)$/;

/** The line of stderr that says what was thrown: kiln's one-line diagnostic, or the first
 *  line after the `file:line` / source / `^` block both engines print for an uncaught
 *  exception (`TypeError: msg`, `Test262Error { message: … }`, a thrown string). */
function errorLine(stderr) {
  const lines = stderr.split('\n').map((l) => l.replace(/\r$/, ''));
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return '';
  const diagnostic = DIAGNOSTIC.exec(lines[first]);
  if (diagnostic) return `${diagnostic[4]}: ${diagnostic[5]}`;
  if (/^.+:\d+$/.test(lines[first])) {
    // `file:line`, the source line, the caret line (blank when the caret does not fit), an
    // optional empty line, then the value.
    const caret = first + 2;
    if (caret < lines.length) {
      const at = lines.findIndex((l, i) => i > caret && l.trim() !== '');
      // An inspected object spans lines (`Test262Error {`, `  message: …`, `}`): join them.
      if (at > 0 && /\{$/.test(lines[at].trim())) {
        const close = lines.findIndex((l, i) => i > at && /^\}/.test(l));
        if (close > 0 && close - at < 12) return lines.slice(at, close + 1).map((l) => l.trim()).join(' ');
      }
      if (at > 0) return lines[at].trim();
    }
  }
  return lines[first].trim();
}

/** The constructor name an error line shows: `TypeError: m`, `E [Error]: m`, `T { … }`. */
function errorName(line) {
  const m = /^([A-Za-z_$][\w$]*)(?: \[[\w$]+\])?(?::|\s*\{|\s*$)/.exec(line);
  return m ? m[1] : null;
}

const clip = (text, n = 200) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Classifies one process's result for a test run under `engine`. */
function classify(engine, meta, hasMarker, r, timeoutMs, partAt = null) {
  if (r.timedOut) return { status: 'crash', cause: `timeout (${timeoutMs / 1000} s)` };
  if (r.signal) return { status: 'crash', cause: `signal ${r.signal}` };
  const line = errorLine(r.stderr);
  if (engine === 'kiln') {
    if (r.code === KILN_INTERNAL_ERROR_EXIT || r.stderr.includes('kiln internal error')) {
      const internal = r.stderr.split('\n').find((l) => l.includes('kiln internal error')) || line;
      return { status: 'crash', cause: clip(internal.trim()) };
    }
    const d = DIAGNOSTIC.exec(r.stderr.split('\n')[0] || '');
    if (d && d[4] === 'unsupported' && r.code !== 0) {
      // Where the construct is matters: one in a harness file blocks every test that includes it.
      const part = partAt ? partAt(Number(d[2])) : 'test';
      return { status: 'unsupported', cause: clip(`unsupported: ${d[5]}${part === 'test' ? '' : ` [in ${part}]`}`) };
    }
  }
  const evaluated = r.stdout.split('\n').includes(EVALUATING_MARKER);
  if (meta.negative) {
    const want = meta.negative;
    if (r.code === 0) return { status: 'fail', cause: `negative: expected ${want.phase} ${want.type}, completed normally` };
    const got = errorName(line);
    const phaseOk = !hasMarker || (want.phase === 'parse' ? !evaluated : evaluated);
    if (got === want.type && phaseOk) return { status: 'pass', cause: '' };
    const gotPhase = hasMarker ? (evaluated ? 'runtime' : 'parse') : 'unknown-phase';
    return { status: 'fail', cause: clip(`negative: expected ${want.phase} ${want.type}, got ${gotPhase} ${line}`) };
  }
  if (meta.flags.includes('async')) {
    const lines = r.stdout.split('\n');
    const failure = lines.find((l) => l.startsWith(ASYNC_FAILURE));
    if (failure) return { status: 'fail', cause: clip(failure) };
    if (r.code !== 0) return { status: 'fail', cause: clip(line || `exit ${r.code}`) };
    if (lines.includes(ASYNC_COMPLETE)) return { status: 'pass', cause: '' };
    return { status: 'fail', cause: 'async: never printed Test262:AsyncTestComplete' };
  }
  if (r.code === 0) return { status: 'pass', cause: '' };
  return { status: 'fail', cause: clip(line || `exit ${r.code}`) };
}

/** Runs `tasks` (functions returning promises) with at most `jobs` in flight; resolves to
 *  their results in order. */
async function pool(tasks, jobs) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, worker));
  return results;
}

module.exports = { ENGINES, runEngine, classify, errorLine, errorName, pool };
