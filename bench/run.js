#!/usr/bin/env node
'use strict';
// kiln benchmark harness: `npm run bench` or `node bench/run.js [options] [program...]`.
//
// Runs every program in bench/programs/ (or only the named ones, e.g. `fib`) on four engines:
//   kiln --jitless   (kiln's interpreter only)     node --jitless  (V8's Ignition only)
//   kiln             (interpreter + optimizing JIT) node            (V8 with all tiers)
// Each engine runs each program N times (--runs=N, default 5), interleaved (run 1 of every
// engine, then run 2, ...) so that machine noise is spread evenly. We measure the wall time of
// the WHOLE PROCESS from outside (programs do not time themselves) and subtract a startup
// baseline: the median wall time of bench/empty.js on the same engine (max(10, 2N) runs). The
// table shows medians in ms after that subtraction, and the ratios kiln/node and
// kiln-jitless/node-jitless (lower is better for kiln).
//
// Every run's stdout is compared with `node program`'s stdout; a difference marks that cell
// MISMATCH (a wrong answer makes a time meaningless), a failing process marks it FAILED.
//
// Options:
//   --runs=N        runs per (engine, program), default 5
//   --json=PATH     also write all raw timings (ms, before baseline subtraction) as JSON
//   --timeout=S     kill a run after S seconds (default 300)
//   --engines=a,b   subset of engines by key: kiln-jitless, kiln, node-jitless, node
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const PROGRAMS_DIR = path.join(__dirname, 'programs');
const EMPTY = path.join(__dirname, 'empty.js');

const ENGINES = [
  { key: 'kiln-jitless', label: 'kiln --jitless', args: [KILN, '--jitless'] },
  { key: 'kiln', label: 'kiln', args: [KILN] },
  { key: 'node-jitless', label: 'node --jitless', args: ['--jitless'] },
  { key: 'node', label: 'node', args: [] },
];

function parseArgs(argv) {
  const opts = { runs: 5, json: null, timeout: 300, engines: null, programs: [] };
  for (const a of argv) {
    let m;
    if ((m = /^--runs=(\d+)$/.exec(a))) opts.runs = Math.max(1, Number(m[1]));
    else if ((m = /^--json=(.+)$/.exec(a))) opts.json = m[1];
    else if ((m = /^--timeout=(\d+)$/.exec(a))) opts.timeout = Number(m[1]);
    else if ((m = /^--engines=(.+)$/.exec(a))) opts.engines = m[1].split(',');
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(__filename, 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.programs.push(a.replace(/\.js$/, ''));
  }
  return opts;
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// One timed run: wall time of the whole child process, in ms.
function timeRun(engine, file, timeoutS) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...engine.args, file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const ok = r.status === 0 && !r.error;
  return { ms, ok, stdout: r.stdout || '', stderr: (r.stderr || '') + (r.error ? String(r.error) : '') };
}

function fmt(x) {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => '| ' + r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join(' | ') + ' |';
  const sep = '|' + widths.map((w, c) => (c === 0 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|') + '|';
  return [line(rows[0]), sep, ...rows.slice(1).map(line)].join('\n');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const engines = opts.engines ? ENGINES.filter((e) => opts.engines.includes(e.key)) : ENGINES;
  let programs = fs.readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, '')).sort();
  if (opts.programs.length) programs = programs.filter((p) => opts.programs.includes(p));
  if (!programs.length || !engines.length) throw new Error('nothing to run');

  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.platform}, ${machine.memoryGB} GB, node ${machine.node}`);
  console.log(`runs: ${opts.runs} per engine and program (interleaved); times are medians in ms of whole-process wall time`);
  console.log('      minus a startup baseline (median wall time of bench/empty.js on the same engine)\n');

  // Startup baselines.
  const baseline = {};
  const raw = { machine, runs: opts.runs, baseline: {}, programs: {} };
  for (const e of engines) raw.baseline[e.key] = [];
  // Startup is the noisiest part of a short run, so it gets twice the samples (at least 10).
  for (let i = 0; i < Math.max(10, 2 * opts.runs); i++) {
    for (const e of engines) {
      const r = timeRun(e, EMPTY, opts.timeout);
      if (!r.ok) throw new Error(`${e.label} cannot run an empty program:\n${r.stderr}`);
      raw.baseline[e.key].push(r.ms);
    }
  }
  for (const e of engines) baseline[e.key] = median(raw.baseline[e.key]);
  console.log('startup baseline: ' + engines.map((e) => `${e.label} ${fmt(baseline[e.key])} ms`).join(', '));

  const results = {};
  for (const p of programs) {
    const file = path.join(PROGRAMS_DIR, `${p}.js`);
    const ref = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' });
    if (ref.status !== 0) throw new Error(`node fails on ${p}:\n${ref.stderr}`);
    const cell = {};
    raw.programs[p] = { expectedStdout: ref.stdout };
    for (const e of engines) cell[e.key] = { times: [], mismatch: false, failed: false, note: '' };
    for (let i = 0; i < opts.runs; i++) {
      for (const e of engines) {
        const c = cell[e.key];
        if (c.failed) continue;
        const r = timeRun(e, file, opts.timeout);
        if (!r.ok) {
          c.failed = true;
          c.note = r.stderr.split('\n').find((l) => l.trim()) || 'failed';
          continue;
        }
        if (r.stdout !== ref.stdout) {
          c.mismatch = true;
          c.note = `stdout ${JSON.stringify(r.stdout.slice(0, 80))}`;
        }
        c.times.push(r.ms);
      }
    }
    for (const e of engines) {
      const c = cell[e.key];
      c.median = c.times.length ? Math.max(0, median(c.times) - baseline[e.key]) : NaN;
      raw.programs[p][e.key] = { times: c.times, medianNet: c.median, mismatch: c.mismatch, failed: c.failed, note: c.note };
    }
    results[p] = cell;
    process.stderr.write(`  ${p} done\n`);
  }

  const show = (c) => (!c ? 'n/a' : c.failed ? 'FAILED' : c.mismatch ? `MISMATCH ${fmt(c.median)}` : fmt(c.median));
  const ratio = (a, b) => (!a || !b || a.failed || b.failed || a.mismatch || b.mismatch || !(b.median > 0) ? 'n/a' : `${(a.median / b.median).toFixed(2)}x`);
  const header = ['program', ...ENGINES.map((e) => e.label), 'kiln/node', 'kiln-jitless/node-jitless'];
  const rows = [header];
  for (const p of programs) {
    const c = results[p];
    rows.push([p, ...ENGINES.map((e) => show(c[e.key])), ratio(c.kiln, c.node), ratio(c['kiln-jitless'], c['node-jitless'])]);
  }
  console.log('\n' + table(rows));

  const notes = [];
  for (const p of programs) for (const e of engines) if (results[p][e.key].note) notes.push(`${p} on ${e.label}: ${results[p][e.key].note}`);
  if (notes.length) console.log('\n' + notes.join('\n'));

  if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify(raw, null, 2) + '\n');
    console.log(`\nraw timings written to ${opts.json}`);
  }
  const bad = programs.some((p) => engines.some((e) => results[p][e.key].failed || results[p][e.key].mismatch));
  process.exitCode = bad ? 1 : 0;
}

main();
