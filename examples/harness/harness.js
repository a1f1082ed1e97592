// A benchmark harness in the style of VM benchmark suites:
//   node harness.js <benchmark> <outer iterations> <inner iterations> [--no-timing]
// loads ./benchmarks/<benchmark>.js (a class with benchmark() and verifyResult(result)), runs
// the outer loop N times, each running benchmark() M times and verifying every result (a wrong
// result throws), and prints the time of each outer iteration and a summary. With --no-timing
// it prints each outer iteration's verified result instead, so the output is deterministic.
'use strict';

const report = require("./report.js");

// Each entry loads its module on first use, so only the benchmark that runs is loaded.
const BENCHMARKS = {
  richards: () => require("./benchmarks/richards.js"),
  deltablue: () => require("./benchmarks/deltablue.js"),
  "json-parser": () => require("./benchmarks/json-parser.js"),
};

const USAGE = "usage: harness.js <" + Object.keys(BENCHMARKS).join("|") + "> <outer iterations> <inner iterations> [--no-timing]";

class UsageError extends Error {
  constructor(message) {
    super(message + "\n" + USAGE);
    this.name = "UsageError";
  }
}

function positiveInteger(text, what) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(what + " must be a positive integer, got '" + text + "'");
  return n;
}

function parseArguments(argv) {
  const flags = argv.filter((a) => a.startsWith("--"));
  const positional = argv.filter((a) => !a.startsWith("--"));
  for (const f of flags) if (f !== "--no-timing") throw new UsageError("unknown flag " + f);
  if (positional.length !== 3) throw new UsageError("expected 3 arguments, got " + positional.length);
  const name = positional[0];
  if (!(name in BENCHMARKS)) throw new UsageError("unknown benchmark '" + name + "'");
  return {
    name: name,
    outer: positiveInteger(positional[1], "outer iterations"),
    inner: positiveInteger(positional[2], "inner iterations"),
    timing: flags.indexOf("--no-timing") < 0,
  };
}

// Runs `inner` verified runs; returns the last result.
function runIteration(name, bench, inner) {
  let result;
  for (let i = 0; i < inner; i++) {
    result = bench.benchmark();
    if (!bench.verifyResult(result)) throw new Error(name + ": incorrect result " + report.formatResult(result));
  }
  return result;
}

function main(argv) {
  const options = parseArguments(argv);
  const Benchmark = BENCHMARKS[options.name]();
  const bench = new Benchmark();
  const times = [];
  for (let iteration = 1; iteration <= options.outer; iteration++) {
    const start = process.hrtime();
    const result = runIteration(options.name, bench, options.inner);
    const ms = report.millis(process.hrtime(start));
    times.push(ms);
    if (options.timing) console.log(options.name + ": iteration " + iteration + ": " + ms.toFixed(3) + " ms");
    else console.log(options.name + ": iteration " + iteration + ": " + report.formatResult(result) + " (" + report.count(options.inner, "run") + " verified)");
  }
  if (options.timing) for (const line of report.summarize(options.name, times, options.inner)) console.log(line);
  else console.log(options.name + ": " + report.count(options.outer, "iteration") + " x " + report.count(options.inner, "run") + ", every result verified");
}

main(process.argv.slice(2));
