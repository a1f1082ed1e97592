// Output formatting for the benchmark harness: results as `key=value` lines, process.hrtime
// differences as milliseconds, and the end-of-run summary of per-iteration times.
'use strict';

// A benchmark result (a number, a string or a flat object of them) as one stable line.
exports.formatResult = function formatResult(result) {
  if (result === null || typeof result !== "object") return String(result);
  return Object.keys(result)
    .map((k) => k + "=" + result[k])
    .join(" ");
};

// "1 run", "3 runs".
exports.count = function count(n, word) {
  return n + " " + word + (n === 1 ? "" : "s");
};

// Milliseconds in a [seconds, nanoseconds] pair returned by process.hrtime(start).
exports.millis = function millis(elapsed) {
  return elapsed[0] * 1000 + elapsed[1] / 1e6;
};

function average(xs) {
  let sum = 0;
  for (const x of xs) sum += x;
  return xs.length === 0 ? 0 : sum / xs.length;
}

// Summary lines for the times of all outer iterations: the first (mostly interpreter and
// compilation), the best, the worst, the mean, and the mean of the second half (steady state).
exports.summarize = function summarize(name, times, inner) {
  const ms = (x) => x.toFixed(3) + " ms";
  const lateHalf = times.slice(Math.floor(times.length / 2));
  return [
    name + ": " + exports.count(times.length, "iteration") + " x " + exports.count(inner, "run"),
    "  first    " + ms(times[0]),
    "  best     " + ms(Math.min(...times)),
    "  worst    " + ms(Math.max(...times)),
    "  average  " + ms(average(times)),
    "  steady   " + ms(average(lateHalf)) + " (average of the last " + lateHalf.length + ")",
  ];
};
