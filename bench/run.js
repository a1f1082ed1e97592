#!/usr/bin/env node
'use strict';
// kiln's benchmark harness: `npm run bench -- [options] [program...]`.
//
// Runs every program of bench/programs/ (or the named ones) on each engine, each (program,
// engine) cell in a fresh process that runs bench/driver.js for N outer iterations and times
// every one in-process, so warmup is visible and start-up is not counted. Steady state is the
// median of the last half of a process's iterations; with --repeat=R each cell runs R processes
// and reports the median of their steady states with the min-max spread. Every process verifies
// every result. Cells run one at a time, program by program, engines interleaved.
//
// Engines (--engines=a,b): kiln-jitless, kiln, node-jitless, node-sparkplug, node (all by default);
// --kiln-base=label=path/to/bin/kiln.js adds engine kiln-base, another build of kiln (before/after).
// Modes:
//   --quick (default)  12 iterations, 1 process per cell, a 2.5 s budget per process (a slow
//                      engine stops after 4+ iterations once it used it), compile speed --quick
//   --full             30 iterations, 3 processes per cell, a 20 s budget per process, the full
//                      compile-speed run
// Options (override the mode's):
//   --iterations=N  outer iterations per process    --repeat=R      processes per cell
//   --inner=M       benchmark() calls per iteration (default 1)
//   --budget-ms=B   per-process time budget, 0 = none
//   --timeout=S     kill a process after S seconds (default 300)
//   --out=DIR       where results.json and report.html go (default bench/results/<date>-<mode>/)
//   --no-compile-speed   skip the compile-speed benchmarks      --no-report   skip the HTML
// Output: a table (steady-state ms per iteration and the ratio to node; geometric means), kiln's
// --stats per program, results.json with every raw timing, report.html (warmup curves with
// kiln's tier-ups marked, a ratio bar chart, the stats, compile speed). bench/results/latest
// points at the newest run.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');
const { baseEngine, selectEngines, displayCommand } = require('./harness/engines');
const { selectPrograms } = require('./harness/programs');
const { runCell } = require('./harness/run-cell');
const { summarizeCell, summarize } = require('./harness/summary');
const { steadyTable, statsTable, fmtMs } = require('./harness/table');

const ROOT = path.resolve(__dirname, '..');
const RESULTS_DIR = path.join(__dirname, 'results');

const MODES = {
  quick: { iterations: 12, repeat: 1, budgetMs: 2500, compileSpeedArgs: ['--quick'] },
  full: { iterations: 30, repeat: 3, budgetMs: 20000, compileSpeedArgs: [] },
};

function parseArgs(argv) {
  const opts = { mode: 'quick', inner: 1, timeout: 300, engines: null, base: null, programs: [], out: null, compileSpeed: true, report: true };
  const overrides = {};
  for (const a of argv) {
    let m;
    if (a === '--quick' || a === '--full') opts.mode = a.slice(2);
    else if ((m = /^--(iterations|repeat|inner|budget-ms|timeout)=(\d+)$/.exec(a))) {
      const key = { iterations: 'iterations', repeat: 'repeat', inner: 'inner', 'budget-ms': 'budgetMs', timeout: 'timeout' }[m[1]];
      overrides[key] = Number(m[2]);
    } else if ((m = /^--engines=(.+)$/.exec(a))) opts.engines = m[1].split(',');
    else if ((m = /^--kiln-base=(.+)$/.exec(a))) opts.base = baseEngine(m[1]);
    else if ((m = /^--programs=(.+)$/.exec(a))) opts.programs.push(...m[1].split(','));
    else if ((m = /^--out=(.+)$/.exec(a))) opts.out = path.resolve(m[1]);
    else if (a === '--no-compile-speed') opts.compileSpeed = false;
    else if (a === '--no-report') opts.report = false;
    else if (a === '-h' || a === '--help') {
      const text = fs.readFileSync(__filename, 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3));
      console.log(text.join('\n'));
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a} (see --help)`);
    else opts.programs.push(a.replace(/\.js$/, ''));
  }
  const config = { ...MODES[opts.mode], inner: opts.inner, timeout: opts.timeout, ...overrides };
  if (Object.keys(overrides).some((k) => k !== 'timeout')) opts.mode = 'custom';
  for (const k of ['iterations', 'repeat', 'inner']) if (!(config[k] >= 1)) throw new Error(`--${k} must be at least 1`);
  return { ...opts, config };
}

function machineInfo() {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  const cpus = os.cpus();
  return {
    cpu: cpus.length ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    os: `${os.type().toLowerCase()} ${os.release()} ${os.arch()}`,
    node: process.version,
    kilnCommit: commit,
    loadAvg: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function clock(ms) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Estimated time left: each remaining cell costs its engine's average so far (or the overall one). */
function eta(done, remaining) {
  const all = done.map((d) => d.ms);
  const overall = all.reduce((a, b) => a + b, 0) / Math.max(1, all.length);
  let ms = 0;
  for (const r of remaining) {
    const same = done.filter((d) => d.engine === r.engine).map((d) => d.ms);
    ms += same.length ? same.reduce((a, b) => a + b, 0) / same.length : overall;
  }
  return ms;
}

function runCompileSpeed(outDir, args) {
  const script = path.join(__dirname, 'compile-speed.js');
  if (!fs.existsSync(script)) return null;
  const file = path.join(outDir, 'compile-speed.json');
  process.stderr.write(`compile speed: node bench/compile-speed.js ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [script, ...args, `--out=${file}`], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(file)) {
    process.stderr.write(`compile speed: failed (exit ${r.status}); the report leaves it out\n`);
    return null;
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeReport(results, outDir) {
  const renderer = path.join(__dirname, 'report', 'render-html.js');
  if (!fs.existsSync(renderer)) return null;
  const file = path.join(outDir, 'report.html');
  fs.writeFileSync(file, require(renderer).renderReport(results));
  return file;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const engines = selectEngines(opts.engines, opts.base);
  const programs = selectPrograms(opts.programs);
  const { config } = opts;
  const startedAt = new Date();
  const outDir = opts.out || path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:T]/g, '-').slice(0, 19)}-${opts.mode}`);
  fs.mkdirSync(outDir, { recursive: true });

  const plan = [];
  for (let r = 0; r < config.repeat; r++) for (const p of programs) for (const e of engines) plan.push({ program: p, engine: e.key, repeat: r });
  const machine = machineInfo();
  process.stderr.write(
    `kiln bench (${opts.mode}): ${programs.length} programs x ${engines.length} engines x ${config.repeat} process(es), ` +
      `${config.iterations} iterations of ${config.inner} benchmark() call(s)${config.budgetMs ? `, ${config.budgetMs} ms budget per process` : ''}\n` +
      `machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load ${machine.loadAvg.join(' ')}, kiln ${machine.kilnCommit}\n`,
  );

  const runs = new Map(); // "program engine" -> run records
  const done = [];
  const t0 = Date.now();
  for (let i = 0; i < plan.length; i++) {
    const { program, engine: key } = plan[i];
    const engine = engines.find((e) => e.key === key);
    const started = Date.now();
    const run = await runCell(engine, program, { iterations: config.iterations, inner: config.inner, budgetMs: config.budgetMs, timeoutS: config.timeout });
    done.push({ engine: key, ms: Date.now() - started });
    const id = `${program.name} ${key}`;
    if (!runs.has(id)) runs.set(id, []);
    runs.get(id).push(run);
    const what = run.status === 'ok' ? `${fmtMs(run.steadyMs)} ms/iteration steady (${run.iterationsMs.length} iterations)` : `${run.status.toUpperCase()}: ${run.error}`;
    process.stderr.write(
      `[${String(i + 1).padStart(String(plan.length).length)}/${plan.length}] ${program.name.padEnd(16)} ${key.padEnd(15)} ${what}` +
        `   elapsed ${clock(Date.now() - t0)}, ETA ${clock(eta(done, plan.slice(i + 1)))}\n`,
    );
  }

  const cells = [];
  for (const p of programs) for (const e of engines) cells.push(summarizeCell(p.name, e.key, runs.get(`${p.name} ${e.key}`) || []));
  const summary = summarize(cells, engines, programs);
  const compileSpeed = opts.compileSpeed ? runCompileSpeed(outDir, config.compileSpeedArgs || []) : null;
  const results = {
    schema: 'kiln-bench/1',
    startedAt: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    mode: opts.mode,
    machine,
    config: { iterations: config.iterations, repeat: config.repeat, inner: config.inner, budgetMs: config.budgetMs },
    engines: engines.map((e) => ({ key: e.key, label: e.label, kiln: e.kiln, command: displayCommand(e) })),
    programs: programs.map((p) => ({ name: p.name, kind: p.kind, inner: config.inner, description: p.description })),
    cells,
    summary,
    compileSpeed,
  };

  const jsonFile = path.join(outDir, 'results.json');
  fs.writeFileSync(jsonFile, JSON.stringify(results, null, 1) + '\n');
  const reportFile = opts.report ? writeReport(results, outDir) : null;
  if (!opts.out) {
    const latest = path.join(RESULTS_DIR, 'latest');
    fs.rmSync(latest, { force: true });
    fs.symlinkSync(path.basename(outDir), latest);
  }

  console.log(`\nSteady state, ms per iteration (median of the last half${config.repeat > 1 ? `, median of ${config.repeat} processes` : ''}); ratio to node in parentheses, lower is better`);
  console.log(steadyTable(results));
  for (const e of engines.filter((x) => x.kiln && x.key !== 'kiln-jitless')) {
    const table = statsTable(results, e.key);
    if (table) console.log(`\n${e.label} --stats (first process of each cell)\n${table}`);
  }
  console.log(`\n${machine.cpu}, ${machine.cores} cores, node ${machine.node}, kiln ${machine.kilnCommit}; ${clock(Date.now() - t0)} in all`);
  console.log(`raw timings: ${path.relative(process.cwd(), jsonFile)}`);
  if (reportFile) console.log(`report: ${path.relative(process.cwd(), reportFile)}`);
  const failures = cells.filter((c) => c.status !== 'ok');
  if (failures.length) {
    console.log(`\n${failures.length} cell(s) did not run cleanly: ${failures.map((c) => `${c.program}/${c.engine} ${c.status}`).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(2);
});
