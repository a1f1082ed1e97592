// Runs one benchmark of the suite: `node bench/suite/run-one.js <name> <outer> <inner>`.
// Each outer iteration calls innerBenchmarkLoop(inner) and prints
// `<name>: iteration <i>: <microseconds>us`; a failed verification exits with status 1.
// The benchmark table uses literal require() strings so that every engine can resolve them.
'use strict';

const BENCHMARKS = {
  bounce: () => require('./bounce.js'),
  cd: () => require('./cd.js'),
  deltablue: () => require('./deltablue.js'),
  havlak: () => require('./havlak.js'),
  json: () => require('./json.js'),
  list: () => require('./list.js'),
  mandelbrot: () => require('./mandelbrot.js'),
  nbody: () => require('./nbody.js'),
  permute: () => require('./permute.js'),
  queens: () => require('./queens.js'),
  richards: () => require('./richards.js'),
  sieve: () => require('./sieve.js'),
  storage: () => require('./storage.js'),
  towers: () => require('./towers.js'),
};

function usage(message) {
  console.log("run-one: " + message);
  console.log("usage: run-one.js <name> <outer> <inner>; names: " + Object.keys(BENCHMARKS).join(", "));
  process.exit(2);
}

function positiveInteger(text, what) {
  const n = Number(text === undefined ? "1" : text);
  if (!(n >= 1) || Math.floor(n) !== n) usage(what + " must be a positive integer, got " + text);
  return n;
}

function main(args) {
  const name = args[0];
  if (name === undefined || !Object.prototype.hasOwnProperty.call(BENCHMARKS, name)) usage("unknown benchmark " + name);
  const outer = positiveInteger(args[1], "outer");
  const inner = positiveInteger(args[2], "inner");
  const BenchmarkClass = BENCHMARKS[name]();
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
