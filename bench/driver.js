// The in-engine benchmark runner: the same file runs under every engine (kiln or node, any
// flags). `driver.js <program> <iterations> <inner> [--no-timing | --budget-ms=N]` loads
// bench/programs/<program>.js, then times each outer iteration, one innerBenchmarkLoop(inner)
// call that verifies every result, with process.hrtime. With a budget it stops early, after
// the iteration that brings the timed total to N ms, once at least 4 iterations ran (so a slow
// engine in a quick run still shows a warmup and a steady half). It prints `begin` before the first
// iteration (so a harness can tell setup from iteration 0 in an interleaved trace), then one
// `iteration <i> <microseconds>` line per iteration (`iteration <i> ok` with --no-timing), and
// exits 1 with `verification failed` at the first wrong result. The program table uses literal
// require() strings because kiln resolves modules statically.
'use strict';

const PROGRAMS = [
  { name: 'bounce', load: () => require('./programs/bounce.js') },
  { name: 'cd', load: () => require('./programs/cd.js') },
  { name: 'deltablue', load: () => require('./programs/deltablue.js') },
  { name: 'havlak', load: () => require('./programs/havlak.js') },
  { name: 'json', load: () => require('./programs/json.js') },
  { name: 'list', load: () => require('./programs/list.js') },
  { name: 'mandelbrot', load: () => require('./programs/mandelbrot.js') },
  { name: 'nbody', load: () => require('./programs/nbody.js') },
  { name: 'permute', load: () => require('./programs/permute.js') },
  { name: 'queens', load: () => require('./programs/queens.js') },
  { name: 'richards', load: () => require('./programs/richards.js') },
  { name: 'sieve', load: () => require('./programs/sieve.js') },
  { name: 'storage', load: () => require('./programs/storage.js') },
  { name: 'towers', load: () => require('./programs/towers.js') },
  { name: 'array-sieve', load: () => require('./programs/array-sieve.js') },
  { name: 'binary-trees', load: () => require('./programs/binary-trees.js') },
  { name: 'fib', load: () => require('./programs/fib.js') },
  { name: 'float-loop', load: () => require('./programs/float-loop.js') },
  { name: 'property-access', load: () => require('./programs/property-access.js') },
  { name: 'string-build', load: () => require('./programs/string-build.js') },
  { name: 'string-append', load: () => require('./programs/string-append.js') },
  { name: 'closure-helpers', load: () => require('./programs/closure-helpers.js') },
  { name: 'holey-objects', load: () => require('./programs/holey-objects.js') },
  { name: 'sum-to-n', load: () => require('./programs/sum-to-n.js') },
];

function usage(message) {
  let names = '';
  for (let i = 0; i < PROGRAMS.length; i++) names += (i === 0 ? '' : ', ') + PROGRAMS[i].name;
  console.log('driver: ' + message);
  console.log('usage: driver.js <program> <iterations> <inner> [--no-timing | --budget-ms=N]; programs: ' + names);
  process.exit(2);
}

function positiveInteger(text, what) {
  const n = Number(text);
  if (!(n >= 1) || Math.floor(n) !== n) usage(what + ' must be a positive integer, got ' + text);
  return n;
}

function main(args) {
  let entry = null;
  for (let i = 0; i < PROGRAMS.length; i++) if (PROGRAMS[i].name === args[0]) entry = PROGRAMS[i];
  if (entry === null) usage('unknown program ' + args[0]);
  const iterations = positiveInteger(args[1], 'iterations');
  const inner = positiveInteger(args[2], 'inner');
  const timing = args[3] !== '--no-timing';
  const budgetMicros = args[3] !== undefined && args[3].indexOf('--budget-ms=') === 0 ? positiveInteger(args[3].slice(12), 'budget') * 1000 : 0;
  const ProgramClass = entry.load();
  const program = new ProgramClass();
  console.log('begin');
  let totalMicros = 0;
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime();
    const ok = program.innerBenchmarkLoop(inner);
    const elapsed = process.hrtime(start);
    if (!ok) {
      console.log('verification failed at iteration ' + i);
      process.exit(1);
    }
    const micros = Math.round(elapsed[0] * 1e6 + elapsed[1] / 1e3);
    console.log('iteration ' + i + ' ' + (timing ? micros : 'ok'));
    totalMicros += micros;
    if (budgetMicros > 0 && totalMicros >= budgetMicros && i >= 3) break;
  }
}

main(process.argv.slice(2));
