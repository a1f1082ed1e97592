#!/usr/bin/env node
'use strict';
// `npm run test262 [-- options] [path filters…]`: runs test262 (test/language, test/built-ins)
// under kiln and node and prints the table (report.js), kiln's most common failure causes,
// and the comparison with the checked-in expected outcomes (expected.js). The suite is used
// in place (suite.js); how each test becomes runs is compose.js's, how a run becomes an
// outcome execute.js's. Exits 1 when an expected pass regressed.
const fs = require('fs');
const path = require('path');
const { locateSuite, listTests, filterTests, stratifiedSample, REPO } = require('./suite');
const { runTests, DEFAULT_TIMEOUT_MS } = require('./runner');
const { tabulate, formatTable, topCauses, formatCauses, hostCauses, pct } = require('./report');
const { readExpected, compareWithExpected, bless, EXPECTED_FILE } = require('./expected');
const { ENGINES } = require('./execute');

const USAGE = `usage: npm run test262 -- [options] [path filter…]

  path filter        run the tests whose path contains it (e.g. language/expressions/class)
  --from=FILE        run the tests listed in FILE (one suite path a line, # comments),
                     e.g. --from=test/test262/fast-subset.txt
  --engine=E         kiln, node or both (default both: the table shows kiln's passes among node's)
  --sample=N         a stratified, deterministic sample of about N tests over the directories
  --depth=D          table rows by the first D directories under test/ (default 2)
  --jobs=N           processes in flight (default 2)
  --timeout=S        seconds per run before it is killed and counted a crash (default ${DEFAULT_TIMEOUT_MS / 1000})
  --json=FILE        write every outcome (test, mode, status and cause per engine) to FILE
                     (streamed to FILE.partial while the run lasts)
  --causes=N         how many of kiln's most common failure causes to list (default 30)
  --bless            rewrite ${path.relative(REPO, EXPECTED_FILE)} for the tests that ran
  --list             print the selected tests and stop
  --no-node-cache    start node for every run (node's outcomes are cached by file text)
  --reword-harness   DIAGNOSTIC: reword the 3 lines of assert.js kiln cannot compile yet
                     (typeof JSON, Object.prototype.toString.call, Array.prototype.map.call);
                     not a conformance result, --bless refuses it
  --kiln-flag=F      pass F to kiln (e.g. --kiln-flag=--jitless); repeatable

The suite: TEST262_DIR (an extracted clone), else ../shared/test262/test262.tar.xz, extracted
once into .cache/test262/.`;

function parseArgs(argv) {
  const opts = { engine: 'both', sample: 0, depth: 2, jobs: 2, timeout: DEFAULT_TIMEOUT_MS / 1000, json: null, from: null, causes: 30, bless: false, list: false, nodeCache: true, rewordHarness: false, kilnFlags: [], filters: [] };
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) {
      opts.filters.push(arg);
      continue;
    }
    const [, name, value] = m;
    const number = () => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} wants a positive number`);
      return n;
    };
    switch (name) {
      case 'engine':
        if (value !== 'both' && !ENGINES.includes(value)) throw new Error('--engine is kiln, node or both');
        opts.engine = value;
        break;
      case 'sample': opts.sample = Math.floor(number()); break;
      case 'depth': opts.depth = Math.floor(number()); break;
      case 'jobs': opts.jobs = Math.floor(number()); break;
      case 'timeout': opts.timeout = number(); break;
      case 'json': opts.json = value; break;
      case 'from': opts.from = value; break;
      case 'causes': opts.causes = Math.floor(number()); break;
      case 'bless': opts.bless = true; break;
      case 'list': opts.list = true; break;
      case 'no-node-cache': opts.nodeCache = false; break;
      case 'reword-harness': opts.rewordHarness = true; break;
      case 'kiln-flag': opts.kilnFlags.push(value); break;
      case 'help': opts.help = true; break;
      default: throw new Error(`unknown option --${name}`);
    }
  }
  if (opts.bless && opts.rewordHarness) throw new Error('--bless records conformance results: not with --reword-harness');
  if (opts.bless && opts.kilnFlags.length) throw new Error('--bless records kiln\'s default mode: not with --kiln-flag');
  if (opts.bless && opts.engine === 'node') throw new Error('--bless records kiln\'s passes: not with --engine=node');
  return opts;
}

function progress(outcome, done, total, started) {
  if (!process.stderr.isTTY && done % 100 !== 0 && done !== total) return;
  const elapsed = (Date.now() - started) / 1000;
  const eta = done ? (elapsed / done) * (total - done) : 0;
  const text = `  ${done}/${total} runs, ${elapsed.toFixed(0)} s elapsed, ~${eta.toFixed(0)} s left`;
  process.stderr.write(process.stderr.isTTY ? `\r${text}\x1b[K` : `${text}\n`);
}

async function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const suiteDir = locateSuite((m) => console.error(m));
  let tests = filterTests(listTests(suiteDir), opts.filters);
  if (opts.from) {
    const listed = new Set(fs.readFileSync(opts.from, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
    tests = tests.filter((t) => listed.has(t));
  }
  if (opts.sample) tests = stratifiedSample(tests, opts.sample, opts.depth);
  if (opts.list) {
    for (const t of tests) console.log(t);
    return 0;
  }
  if (tests.length === 0) throw new Error(`no test matches ${opts.filters.join(' ')}`);
  const engines = opts.engine === 'both' ? ENGINES : [opts.engine];
  console.error(`test262 at ${suiteDir}: ${tests.length} tests, engines ${engines.join(' + ')}, ${opts.jobs} jobs, ${opts.timeout} s timeout${opts.rewordHarness ? ', REWORDED assert.js (diagnostic, not conformance)' : ''}`);
  // With --json, outcomes also stream to FILE.partial (JSON lines) while the run lasts, so a
  // run cut short leaves what it measured.
  const partial = opts.json ? `${opts.json}.partial` : null;
  if (partial) fs.writeFileSync(partial, '');
  const started = Date.now();
  const outcomes = await runTests(suiteDir, tests, {
    engines,
    jobs: opts.jobs,
    timeoutMs: opts.timeout * 1000,
    kilnFlags: opts.kilnFlags,
    rewordHarness: opts.rewordHarness,
    useNodeCache: opts.nodeCache,
    onOutcome: (o, done, total) => {
      if (partial) fs.appendFileSync(partial, `${JSON.stringify(o)}\n`);
      progress(o, done, total, started);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\n');

  const table = tabulate(outcomes, opts.depth);
  console.log(formatTable(table));
  console.log(`\n${tests.length} tests, ${outcomes.length} runs in ${seconds.toFixed(0)} s (${opts.jobs} jobs)`);
  for (const row of table.totals) {
    if (row.hasNode && engines.includes('kiln')) console.log(`${row.name}: kiln passes ${pct(row.bothPass, row.nodePass)} of node's ${row.nodePass} passing runs (kiln ${row.kiln.pass} of ${row.runs - row.kiln.host} runnable)`);
  }
  const hosts = hostCauses(outcomes);
  if (hosts.length) console.log(`\nnot run (the host lacks it), runs: ${hosts.map(([c, n]) => `${c} ${n}`).join('; ')}`);
  if (engines.includes('kiln')) {
    const causes = topCauses(outcomes, opts.causes);
    if (causes.length) console.log(`\nkiln's most common causes (runs):\n${formatCauses(causes)}`);
  }
  if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify({ suite: suiteDir, seconds, options: { ...opts, filters: opts.filters }, outcomes }, null, 1));
    fs.rmSync(partial, { force: true });
    console.log(`\noutcomes written to ${opts.json}`);
  }
  if (!engines.includes('kiln') || opts.rewordHarness || opts.kilnFlags.length) return 0;
  if (opts.bless) {
    const { before, after } = bless(outcomes);
    console.log(`\nblessed ${path.relative(REPO, EXPECTED_FILE)}: ${before} → ${after} expected passes`);
    return 0;
  }
  const { regressions, newPasses } = compareWithExpected(readExpected(), outcomes);
  if (newPasses.length) console.log(`\n${newPasses.length} new passes (not in ${path.relative(REPO, EXPECTED_FILE)}; npm run test262 -- --bless to record them)`);
  if (regressions.length) {
    console.log(`\n${regressions.length} REGRESSIONS (expected to pass):`);
    for (const r of regressions) console.log(`  ${r.key}: ${r.status}: ${r.cause}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    console.error(`test262: ${e.message}`);
    process.exitCode = 2;
  },
);
