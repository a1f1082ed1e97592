// Differential fuzzer, part 2: the runner. Generates one program per seed (generate.js),
// runs it under node (the oracle) and under kiln in every execution mode, and compares
// stdout byte for byte and the exit status. A program that disagrees in some mode is
// minimized automatically (minimize.js) and written out as a reproducer.
//
//   npm run fuzz -- [options]            (same as: node test/fuzz/run.js [options])
//
// Options (`--name value` and `--name=value` are both accepted):
//   --count N          programs to generate and check (default 200)
//   --seed S           first seed; the programs use seeds S .. S+N-1 (default 1).
//                      `--from S` is an alias.
//   --jobs J           programs checked in parallel (default 2)
//   --out DIR          where reproducers are written (default test/fuzz/failures/, which git
//                      ignores)
//   --features LIST    comma-separated generator features: numeric, strings, arrays, objects,
//                      closures, exceptions, classes; `all` for every one, `default` for DEFAULT_FEATURES of
//                      generate.js (numeric; `all` adds the heap features). Default: default.
//   --modes LIST       comma-separated kiln modes (default: all that this kiln has):
//                        jitless    --jitless
//                        eager      --jit-threshold=0
//                        eager1     --jit-threshold=1
//                        stress     --stress-deopt --jit-threshold=0
//                        default    (no flags)
//                        gc-stress  --gc-stress --jit-threshold=0  (only when `kiln --help`
//                                   lists --gc-stress)
//   --no-minimize      write the failing program only, without minimizing it
//   --min-runs N       at most N candidate runs per minimization (default 200)
//   --min-seconds S    at most S seconds per minimization (default 300; --min-runs is
//                      usually the bound that ends it)
//   --timeout S        per-process timeout in seconds (default 60; a timeout is an exit status
//                      of its own, "timeout")
//   --help             this text
//
// Output: one line per failing program (seed, mode, the first differing stdout line or the
// two exit statuses, kiln's first stderr line), then the files written; progress
// (`[fuzz] done/total programs, F failing`) on stderr; finally one summary line on stdout:
//   fuzz: N programs (seeds S..E, features F) x M modes: K failing
// Programs under which node itself fails (a generator bug) are reported as warnings.
//
// Reproducers, per failing seed, in --out:
//   fuzz-<seed>.js       the generated program
//   fuzz-<seed>.min.js   the program minimized by delta debugging: statements and blocks are
//                        deleted while node still exits the same way and kiln still disagrees
//                        with node in the same mode with the same kind of failure (kiln's exit
//                        status and first error, e.g. `unsupported: member access`)
// Both start with a comment naming the seed, features, mode, kiln flags and the first
// differing output line. A failure is re-run once before minimizing; when it does not come
// back (flaky), only fuzz-<seed>.js is written, marked NOT REPRODUCED. Reproduce with `node bin/kiln.js <flags> <file>` against `node <file>`.
//
// Exit status: 0 when every program agrees in every mode, 1 when any disagrees, 2 on a usage
// error.
//
// Self-test of the minimizer (hidden from --help, kept for tests): `--selftest-mismatch[=P]`
// replaces the kiln modes by one fake mode, `selftest`, which runs the program under node and
// then alters every stdout line that starts with P (default "1200 ", the driver's checkpoint
// at k = 1200 that every generated program prints). Every program then "fails", and the
// minimizer must reduce it to a small program that still prints such a line:
//   npm run fuzz -- --count 1 --seed 3 --selftest-mismatch --out /tmp/fuzz-selftest
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { generateProgram, parseFeatures, DEFAULT_FEATURES } = require('./generate');
const { minimize } = require('./minimize');

const ROOT = path.resolve(__dirname, '..', '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const DEFAULT_OUT = path.join(__dirname, 'failures');
const SELFTEST_PREFIX = '1200 ';

const MODES = [
  { name: 'jitless', flags: ['--jitless'] },
  { name: 'eager', flags: ['--jit-threshold=0'] },
  { name: 'eager1', flags: ['--jit-threshold=1'] },
  { name: 'stress', flags: ['--stress-deopt', '--jit-threshold=0'] },
  { name: 'default', flags: [] },
  { name: 'gc-stress', flags: ['--gc-stress', '--jit-threshold=0'], needs: '--gc-stress' },
];

let helpText;
/** `kiln --help` (stdout and stderr), once per process; empty when kiln cannot run. */
function kilnHelp() {
  if (helpText === undefined) {
    try {
      helpText = execFileSync(process.execPath, [KILN, '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30000 });
    } catch (e) {
      helpText = `${e.stdout || ''}${e.stderr || ''}`;
    }
  }
  return helpText;
}

/** The modes this kiln has (gc-stress only when `kiln --help` mentions --gc-stress). */
function availableModes() {
  const help = kilnHelp();
  return MODES.filter((m) => !m.needs || help.includes(m.needs));
}

/** `"eager,stress"` / `"all"` / nothing → mode objects. */
function selectModes(spec) {
  const available = availableModes();
  if (spec == null || spec === '' || spec === 'all') return available;
  const out = [];
  for (const name of String(spec).split(',').map((s) => s.trim()).filter(Boolean)) {
    const mode = MODES.find((m) => m.name === name);
    if (!mode) throw new UsageError(`unknown mode '${name}' (known: ${MODES.map((m) => m.name).join(', ')}, all)`);
    if (!available.includes(mode)) throw new UsageError(`mode '${name}' needs kiln ${mode.needs}, which \`kiln --help\` does not list`);
    if (!out.includes(mode)) out.push(mode);
  }
  if (!out.length) throw new UsageError('empty mode list');
  return out;
}

/** The fake mode of --selftest-mismatch: node's output with lines starting with `prefix` altered. */
function selftestMode(prefix) {
  return {
    name: 'selftest',
    flags: [`(node, lines starting with ${JSON.stringify(prefix)} altered)`],
    async run(file, timeoutMs) {
      const r = await runProcess([file], timeoutMs);
      const text = r.stdout.toString('utf8');
      const altered = text
        .split('\n')
        .map((l) => (l.startsWith(prefix) ? `${l} <selftest>` : l))
        .join('\n');
      return { ...r, stdout: Buffer.from(altered, 'utf8') };
    },
  };
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Processes

/** Runs `node ...args`; resolves to { stdout: Buffer, stderr, code, signal, timedOut, ms }. */
function runProcess(args, timeoutMs = 60000) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let outBytes = 0;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      outBytes += d.length;
      if (outBytes <= 64 << 20) out.push(d);
    });
    child.stderr.on('data', (d) => {
      if (err.length < 1024) err.push(d);
    });
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code, signal, timedOut, ms: Date.now() - started });
    });
  });
}

/** Exit status as one comparable value: a code, a signal name, or "timeout". */
function exitOf(r) {
  if (r.timedOut) return 'timeout';
  return r.signal ? r.signal : r.code;
}

function runMode(mode, file, timeoutMs) {
  return mode.run ? mode.run(file, timeoutMs) : runProcess([KILN, ...mode.flags, file], timeoutMs);
}

function agrees(expected, got) {
  return expected.stdout.equals(got.stdout) && exitOf(expected) === exitOf(got);
}

const quote = (s) => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}...` : s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/** First line where the two outputs differ, or the exit statuses. One line of text. */
function describeDifference(expected, got) {
  if (!expected.stdout.equals(got.stdout)) {
    const a = expected.stdout.toString('utf8').split('\n');
    const b = got.stdout.toString('utf8').split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const line = (l, n) => (n < l.length - 1 || (n === l.length - 1 && l[n] !== '') ? quote(l[n]) : '<end of output>');
    return `stdout line ${i + 1}: node ${line(a, i)}, kiln ${line(b, i)}`;
  }
  return `exit status: node ${exitOf(expected)}, kiln ${exitOf(got)}`;
}

/** The first line of stderr that says what went wrong (an error, a diagnostic, a crash). */
function firstError(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /unsupported:|\w*Error\b|Assertion|Segmentation|Aborted|panic|fatal/i.test(l)) || lines[0] || '';
}

/** What kind of failure: kept constant while minimizing so the reduction cannot slip to another bug. */
function signatureOf(got) {
  const err = firstError(got.stderr);
  let kind = '';
  const unsupported = /unsupported: (.*)$/.exec(err);
  if (unsupported) kind = `unsupported: ${unsupported[1]}`;
  else {
    const name = /\b(\w*Error)\b/.exec(err);
    if (name) kind = name[1];
  }
  return `${exitOf(got)}|${kind}`;
}

// ---------------------------------------------------------------------------------------------
// Checking programs

/**
 * Generates and checks one seed. Resolves to { seed, source, file, expected, nodeProblem,
 * mismatches: [{ mode, got, difference, error }] }.
 */
async function checkSeed(seed, options = {}) {
  const features = parseFeatures(options.features ?? DEFAULT_FEATURES);
  const modes = options.modes || selectModes();
  const dir = options.dir || fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fuzz-'));
  const timeoutMs = options.timeoutMs ?? 60000;
  const source = generateProgram(seed, features);
  const file = path.join(dir, `fuzz-${seed}.js`);
  fs.writeFileSync(file, source);
  const expected = await runProcess([file], timeoutMs);
  const nodeProblem = exitOf(expected) !== 0 ? `node exited with ${exitOf(expected)}: ${firstError(expected.stderr)}` : null;
  const mismatches = [];
  if (!expected.timedOut) {
    for (const mode of modes) {
      const got = await runMode(mode, file, timeoutMs);
      if (!agrees(expected, got)) mismatches.push({ mode, got, difference: describeDifference(expected, got), error: firstError(got.stderr) });
    }
  }
  return { seed, features, source, file, expected, nodeProblem, mismatches };
}

/** One line per mismatch of a checkSeed result. */
function formatMismatches(result) {
  return result.mismatches.map((m) => `seed ${result.seed} [${m.mode.name}]: ${m.difference}${m.error ? `; kiln: ${m.error}` : ''}`);
}

/** A path for messages: relative to the current directory when inside it. */
function shown(file) {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function header(result, mismatch, difference, extra) {
  const how = mismatch.mode.run ? mismatch.mode.flags.join(' ') : `kiln ${mismatch.mode.flags.join(' ') || '(no flags)'}`;
  const lines = [
    `// kiln fuzz failure: seed ${result.seed}, features ${result.features.join(',')}`,
    `// mode: ${mismatch.mode.name}: ${how}`,
    `// first difference: ${difference}`,
  ];
  if (mismatch.error) lines.push(`// kiln stderr: ${quote(mismatch.error)}`);
  const others = result.mismatches.filter((m) => m.mode !== mismatch.mode).map((m) => m.mode.name);
  if (others.length) lines.push(`// also disagrees in: ${others.join(', ')}`);
  for (const l of extra) lines.push(`// ${l}`);
  return lines.join('\n') + '\n';
}

/**
 * Minimizes a failing seed's program for its first failing mode and writes fuzz-<seed>.js and
 * fuzz-<seed>.min.js to `out`. Resolves to { original, minimized, min } (paths; min: stats).
 */
async function reportFailure(result, options) {
  const out = options.out || DEFAULT_OUT;
  fs.mkdirSync(out, { recursive: true });
  const mismatch = result.mismatches[0];
  const base = `fuzz-${result.seed}`;
  const original = path.join(out, `${base}.js`);
  const reproduce = (file) => {
    const rel = path.relative(ROOT, file);
    const shownFile = rel.startsWith('..') ? file : rel;
    if (mismatch.mode.run) return `reproduce: node ${shownFile}  (the ${mismatch.mode.name} mode alters node's output)`;
    return `reproduce: node bin/kiln.js ${mismatch.mode.flags.map((f) => `${f} `).join('')}${shownFile}  (compare with: node ${shownFile})`;
  };
  fs.writeFileSync(original, header(result, mismatch, mismatch.difference, [reproduce(original)]) + result.source);
  if (options.minimize === false) return { original, minimized: null, min: null };

  const timeoutMs = Math.min(options.timeoutMs ?? 60000, Math.max(10000, 5 * Math.max(result.expected.ms, mismatch.got.ms)));
  const nodeExit = exitOf(result.expected);
  const signature = signatureOf(mismatch.got);
  const scratch = path.join(path.dirname(result.file), `${base}.candidate.js`);
  const details = new Map();
  const interesting = async (source) => {
    fs.writeFileSync(scratch, source);
    const expected = await runProcess([scratch], timeoutMs);
    if (exitOf(expected) !== nodeExit) return false;
    const got = await runMode(mismatch.mode, scratch, timeoutMs);
    if (agrees(expected, got) || signatureOf(got) !== signature) return false;
    details.set(source, { difference: describeDifference(expected, got), error: firstError(got.stderr) });
    return true;
  };
  // A failure that does not come back on a re-run (a flaky one) cannot be minimized.
  if (!(await interesting(result.source))) {
    fs.rmSync(scratch, { force: true });
    fs.writeFileSync(original, header(result, mismatch, mismatch.difference, ['NOT REPRODUCED on a re-run (flaky?): not minimized', reproduce(original)]) + result.source);
    return { original, minimized: null, min: null, flaky: true };
  }
  const min = await minimize(result.source, interesting, { maxRuns: options.minRuns ?? 200, maxSeconds: options.minSeconds ?? 300 });
  fs.rmSync(scratch, { force: true });
  const d = details.get(min.source) || mismatch;
  const minimized = path.join(out, `${base}.min.js`);
  const stats = `minimized from ${min.originalLines} to ${min.lines} lines in ${min.runs} candidate runs${min.exhausted ? ' (budget spent)' : ''}`;
  fs.writeFileSync(minimized, header(result, { mode: mismatch.mode, error: d.error }, d.difference, [stats, reproduce(minimized)]) + min.source);
  return { original, minimized, min };
}

/**
 * Checks seeds seed .. seed+count-1 with `jobs` in parallel, minimizing and writing out every
 * failure. Options: seed, count, jobs, features, modes (names or mode objects), out, minimize,
 * minRuns, minSeconds, timeoutMs, selftest (a line prefix), log (line → void), progress
 * (text → void). Resolves to { programs, modes, failing, failures, warnings }.
 */
async function fuzz(options = {}) {
  const first = options.seed ?? 1;
  const count = options.count ?? 200;
  const jobs = Math.max(1, options.jobs ?? 2);
  const features = parseFeatures(options.features ?? DEFAULT_FEATURES);
  const modes = options.selftest != null ? [selftestMode(options.selftest === true ? SELFTEST_PREFIX : String(options.selftest))] : Array.isArray(options.modes) ? options.modes : selectModes(options.modes);
  const log = options.log || (() => {});
  const progress = options.progress || (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fuzz-'));
  const failures = [];
  const warnings = [];
  let next = first;
  let done = 0;
  const worker = async () => {
    while (next < first + count) {
      const seed = next++;
      const result = await checkSeed(seed, { features, modes, dir, timeoutMs: options.timeoutMs });
      if (result.nodeProblem) {
        warnings.push(`seed ${seed}: ${result.nodeProblem} (generator bug?)`);
        log(`warning: seed ${seed}: ${result.nodeProblem} (generator bug?)`);
      }
      if (result.mismatches.length) {
        for (const line of formatMismatches(result)) log(`FAIL ${line}`);
        failures.push(result);
        progress(`${done}/${count} programs, ${failures.length} failing (minimizing seed ${seed})`);
        const files = await reportFailure(result, options);
        result.files = files;
        const minimized = files.minimized ? ` and ${shown(files.minimized)} (${files.min.originalLines} -> ${files.min.lines} lines, ${files.min.runs} runs)` : files.flaky ? ' (the failure did not come back on a re-run: flaky? not minimized)' : '';
        log(`  wrote ${shown(files.original)}${minimized}`);
      }
      fs.rmSync(result.file, { force: true });
      done++;
      progress(`${done}/${count} programs, ${failures.length} failing`);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  failures.sort((a, b) => a.seed - b.seed);
  return { programs: count, first, features, modes, failing: failures.length, failures, warnings };
}

// ---------------------------------------------------------------------------------------------
// Command line

const VALUE_OPTIONS = ['count', 'seed', 'from', 'jobs', 'out', 'features', 'modes', 'min-runs', 'min-seconds', 'timeout'];
const FLAG_OPTIONS = ['no-minimize', 'help'];

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new UsageError(`unexpected argument '${arg}'`);
    const [, name, inline] = m;
    if (name === 'selftest-mismatch') {
      opts.selftest = inline ?? true;
    } else if (FLAG_OPTIONS.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      opts[name] = true;
    } else if (VALUE_OPTIONS.includes(name)) {
      let value = inline;
      if (value === undefined) {
        if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
        value = argv[++i];
      }
      opts[name] = value;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  const int = (name, def, min) => {
    if (opts[name] === undefined) return def;
    const n = Number(opts[name]);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} needs an integer >= ${min}, got '${opts[name]}'`);
    return n;
  };
  const seedName = opts.seed !== undefined ? 'seed' : 'from';
  let features;
  try {
    features = parseFeatures(opts.features);
  } catch (e) {
    throw new UsageError(e.message);
  }
  return {
    help: Boolean(opts.help),
    seed: int(seedName, 1, 0),
    count: int('count', 200, 1),
    jobs: int('jobs', 2, 1),
    out: opts.out ? path.resolve(opts.out) : DEFAULT_OUT,
    features,
    modes: opts.modes,
    minimize: !opts['no-minimize'],
    minRuns: int('min-runs', 200, 0),
    minSeconds: int('min-seconds', 300, 0),
    timeoutMs: int('timeout', 60, 1) * 1000,
    selftest: opts.selftest,
  };
}

function usage() {
  const text = fs.readFileSync(__filename, 'utf8').split('\n');
  const start = text.findIndex((l) => l.includes('npm run fuzz -- [options]'));
  const end = text.findIndex((l) => l.startsWith('// Self-test of the minimizer'));
  return text.slice(start, end).map((l) => l.replace(/^\/\/ ?/, '')).join('\n');
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      process.stdout.write(usage());
      return 0;
    }
    if (opts.selftest == null) opts.modes = selectModes(opts.modes);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`fuzz: ${e.message}\n(see --help)\n`);
    return 2;
  }
  const tty = process.stderr.isTTY;
  let lastProgress = 0;
  const progress = (text) => {
    if (tty) process.stderr.write(`\r[fuzz] ${text}\x1b[K`);
    else if (Date.now() - lastProgress > 5000 || /^(\d+)\/\1 /.test(text)) {
      lastProgress = Date.now();
      process.stderr.write(`[fuzz] ${text}\n`);
    }
  };
  const log = (line) => {
    if (tty) process.stderr.write('\r\x1b[K');
    process.stdout.write(`${line}\n`);
  };
  const started = Date.now();
  const result = await fuzz({ ...opts, log, progress });
  if (tty) process.stderr.write('\n');
  const last = opts.seed + opts.count - 1;
  const modeNames = result.modes.map((m) => m.name).join(',');
  const warn = result.warnings.length ? `, ${result.warnings.length} where node itself failed` : '';
  const failingSeeds = result.failures.length ? ` (seeds ${result.failures.map((f) => f.seed).join(' ')}; reproducers in ${shown(opts.out)})` : '';
  console.log(`fuzz: ${opts.count} programs (seeds ${opts.seed}..${last}, features ${result.features.join(',')}) x ${result.modes.length} modes (${modeNames}): ${result.failing} failing${failingSeeds}${warn} [${((Date.now() - started) / 1000).toFixed(1)} s]`);
  return result.failing ? 1 : 0;
}

module.exports = { fuzz, checkSeed, formatMismatches, reportFailure, selectModes, availableModes, parseArgs, MODES, runProcess };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
