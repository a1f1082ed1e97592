// The statistics the harness reports: steady state (median of the last half of a process's
// iterations), the cell value over repeated processes (median of their steady states), the
// noise shown (min-max of the runs' steady states, or of one run's steady-window iterations),
// ratios to node and geometric means per engine.
'use strict';

function median(xs) {
  if (xs.length === 0) return null;
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The last half of the iterations (the later one of two when there is an odd count). */
function steadyWindow(iterationsMs) {
  return iterationsMs.slice(Math.floor(iterationsMs.length / 2));
}

/** The median of the steady-state window. */
function steadyState(iterationsMs) {
  if (iterationsMs.length === 0) return null;
  return median(steadyWindow(iterationsMs));
}

function geomean(xs) {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
}

/** Cell summary from its runs: status is the first failure, else ok. */
function summarizeCell(program, engine, runs) {
  const failed = runs.find((r) => r.status !== 'ok');
  const steady = runs.filter((r) => r.status === 'ok').map((r) => r.steadyMs);
  // The noise shown: over several processes, the spread of their steady states; in one
  // process, the spread of the iterations in its steady-state window.
  const spreadOf = runs.length > 1 ? 'runs' : 'iterations';
  const spreadValues = spreadOf === 'runs' ? steady : steady.length ? steadyWindow(runs[0].iterationsMs) : [];
  return {
    program,
    engine,
    status: failed ? failed.status : 'ok',
    error: failed ? failed.error : null,
    steadyMs: failed ? null : median(steady),
    spreadMs: failed || spreadValues.length === 0 ? null : { min: Math.min(...spreadValues), max: Math.max(...spreadValues) },
    spreadOf,
    ratioToNode: null,
    runs,
  };
}

/** Fills each cell's ratio to the node cell of its program, and the per-engine geometric means
 *  over the programs where both the engine's cell and node's are ok. */
function summarize(cells, engines, programs) {
  const cell = (p, e) => cells.find((c) => c.program === p && c.engine === e);
  for (const c of cells) {
    const node = cell(c.program, 'node');
    if (c.steadyMs !== null && node && node.steadyMs) c.ratioToNode = c.steadyMs / node.steadyMs;
  }
  const geomeanRatioToNode = {};
  const geomeanSteadyMs = {};
  for (const e of engines) {
    const ratios = programs.map((p) => cell(p.name, e.key)).filter((c) => c && c.ratioToNode !== null).map((c) => c.ratioToNode);
    const times = programs.map((p) => cell(p.name, e.key)).filter((c) => c && c.steadyMs !== null).map((c) => c.steadyMs);
    geomeanRatioToNode[e.key] = geomean(ratios);
    geomeanSteadyMs[e.key] = geomean(times);
  }
  return { geomeanRatioToNode, geomeanSteadyMs };
}

module.exports = { median, steadyState, geomean, summarizeCell, summarize };
