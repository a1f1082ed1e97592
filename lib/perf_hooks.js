'use strict';
// node's `perf_hooks`, as far as kiln has it: the global `performance` object.
// Not here: PerformanceObserver, histograms, marks and measures.
module.exports = { performance };
