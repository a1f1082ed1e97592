// Runs one benchmark of the suite: `node bench/suite/run-one.js <name> <outer> <inner>`.
// Each outer iteration calls innerBenchmarkLoop(inner) and prints
// `<name>: iteration <i>: <microseconds>us`; a failed verification exits with status 1.
// The benchmark table uses literal require() strings so that every engine can resolve them.
'use strict';

const BENCHMARKS = [
  { name: 'bounce', load: () => require('./bounce.js') },
  { name: 'cd', load: () => require('./cd.js') },
  { name: 'deltablue', load: () => require('./deltablue.js') },
  { name: 'havlak', load: () => require('./havlak.js') },
  { name: 'json', load: () => require('./json.js') },
  { name: 'list', load: () => require('./list.js') },
  { name: 'mandelbrot', load: () => require('./mandelbrot.js') },
  { name: 'nbody', load: () => require('./nbody.js') },
  { name: 'permute', load: () => require('./permute.js') },
  { name: 'queens', load: () => require('./queens.js') },
  { name: 'richards', load: () => require('./richards.js') },
  { name: 'sieve', load: () => require('./sieve.js') },
  { name: 'storage', load: () => require('./storage.js') },
  { name: 'towers', load: () => require('./towers.js') },
];

function findBenchmark(name) {
  for (let i = 0; i < BENCHMARKS.length; i++) {
    if (BENCHMARKS[i].name === name) return BENCHMARKS[i];
  }
  return null;
}

function benchmarkNames() {
  let names = "";
  for (let i = 0; i < BENCHMARKS.length; i++) names += (i === 0 ? "" : ", ") + BENCHMARKS[i].name;
  return names;
}

function usage(message) {
  console.log("run-one: " + message);
  console.log("usage: run-one.js <name> <outer> <inner>; names: " + benchmarkNames());
  process.exit(2);
}

function positiveInteger(text, what) {
  const n = Number(text === undefined ? "1" : text);
  if (!(n >= 1) || Math.floor(n) !== n) usage(what + " must be a positive integer, got " + text);
  return n;
}

function main(args) {
  const name = args[0];
  const entry = findBenchmark(name);
  if (entry === null) usage("unknown benchmark " + name);
  const outer = positiveInteger(args[1], "outer");
  const inner = positiveInteger(args[2], "inner");
  const BenchmarkClass = entry.load();
  const bench = new BenchmarkClass();
  for (let i = 0; i < outer; i++) {
    const start = process.hrtime();
    const ok = bench.innerBenchmarkLoop(inner);
    const elapsed = process.hrtime(start);
    if (!ok) {
      console.log(name + ": iteration " + i + ": verification failed");
      process.exit(1);
    }
    const micros = Math.round(elapsed[0] * 1e6 + elapsed[1] / 1e3);
    console.log(name + ": iteration " + i + ": " + micros + "us");
  }
}

main(process.argv.slice(2));
