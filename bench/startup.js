#!/usr/bin/env node
'use strict';
// Start-up time, whole process: `npm run bench:startup -- [--runs=N] [--kiln=label=path/to/kiln.js ...]`.
//
// Times `node bench/startup/hello.js` and `node bin/kiln.js bench/startup/hello.js` (plus any other
// kiln entry points given with --kiln, e.g. an older checkout's bin/kiln.js, to compare routes),
// each run a fresh process from spawn to exit, the commands interleaved run by run so that the
// machine's noise falls on all of them alike. Prints the median, min and max per command and
// the ratio of each median to node's. Start-up is what a user waits for before the first line
// of their program runs: the node process, loading kiln's compiled TypeScript and the addon,
// reserving the heap, parsing and compiling the program.
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');
const { median } = require('./harness/summary');

const ROOT = path.resolve(__dirname, '..');
const HELLO = path.join(__dirname, 'startup', 'hello.js');

function parseArgs(argv) {
  const o = { runs: 20, extra: [] };
  for (const a of argv) {
    const [k, v] = a.split(/=(.*)/s);
    if (k === '--runs') o.runs = Number(v);
    else if (k === '--kiln') {
      const [label, file] = v.split(/=(.*)/s);
      o.extra.push({ label, args: [path.resolve(file), HELLO] });
    } else throw new Error(`unknown option ${a} (options: --runs=N, --kiln=label=path/to/kiln.js)`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs needs a positive integer');
  return o;
}

function timeOnce(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 || r.stdout !== 'hello\n') throw new Error(`${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return ms;
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const commands = [
    { label: 'node hello.js', args: [HELLO] },
    { label: 'kiln hello.js', args: [path.join(ROOT, 'bin', 'kiln.js'), HELLO] },
    ...o.extra.map((e) => ({ label: `${e.label} hello.js`, args: e.args })),
  ];
  for (const c of commands) timeOnce(c.args); // warm the file cache once
  const times = commands.map(() => []);
  for (let i = 0; i < o.runs; i++) commands.forEach((c, j) => times[j].push(timeOnce(c.args)));
  const nodeMedian = median(times[0]);
  const width = Math.max(...commands.map((c) => c.label.length));
  console.log(`start-up, whole process, ${o.runs} runs each, interleaved; ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), node ${process.version}, load average ${os.loadavg()[0].toFixed(2)}`);
  console.log(`${'command'.padEnd(width)}  median ms    min ms    max ms  ratio to node`);
  commands.forEach((c, j) => {
    const m = median(times[j]);
    const cells = [m, Math.min(...times[j]), Math.max(...times[j])].map((x) => x.toFixed(1).padStart(8));
    console.log(`${c.label.padEnd(width)}  ${cells.join('  ')}  ${(m / nodeMedian).toFixed(2).padStart(12)}x`);
  });
}

main();
