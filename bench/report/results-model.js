'use strict';
// Read-side view of a kiln-bench/1 results object for the report: the engine and program
// lists (including any that appear only in cells), cell lookup, geomeans (from the summary,
// or computed when the summary lacks them) and the steady-state window. Everything the
// sections need to tolerate partial results — missing engines, failed cells, empty runs —
// is decided here, once.

const SCHEMA = 'kiln-bench/1';

function buildModel(results) {
  if (!results || typeof results !== 'object') {
    throw new TypeError(`renderReport: expected a results object (schema ${SCHEMA}), got ${results === null ? 'null' : typeof results}`);
  }
  const cells = Array.isArray(results.cells) ? results.cells.filter((c) => c && c.program && c.engine) : [];
  const engines = mergeByKey(
    (results.engines || []).map((e) => ({ key: e.key, label: e.label || e.key, kiln: e.kiln === undefined ? isKilnKey(e.key) : !!e.kiln, command: e.command })),
    cells.map((c) => ({ key: c.engine, label: c.engine, kiln: isKilnKey(c.engine), command: null })),
    (e) => e.key,
  );
  const programs = mergeByKey(
    (results.programs || []).map((p) => ({ name: p.name, kind: p.kind || 'classic', inner: p.inner, description: p.description || '' })),
    cells.map((c) => ({ name: c.program, kind: 'classic', inner: undefined, description: '' })),
    (p) => p.name,
  );
  const byKey = new Map(cells.map((c) => [cellKey(c.program, c.engine), c]));
  const reference = engines.find((e) => e.key === 'node') || null;
  const summary = results.summary || {};

  const model = {
    results,
    engines,
    programs,
    reference,
    cell: (program, engine) => byKey.get(cellKey(program, engine)) || null,
    cellsOf: (program) => engines.map((e) => byKey.get(cellKey(program, e.key))).filter(Boolean),
    geomeanRatio: (engine) => pick(summary.geomeanRatioToNode, engine, () => geomean(okCells(cells, engine).map((c) => c.ratioToNode))),
    geomeanSteady: (engine) => pick(summary.geomeanSteadyMs, engine, () => geomean(okCells(cells, engine).map((c) => c.steadyMs))),
  };
  return model;
}

function isKilnKey(key) {
  return /^kiln\b/.test(String(key));
}

function cellKey(program, engine) {
  return `${program}\u0000${engine}`;
}

function mergeByKey(primary, secondary, keyOf) {
  const seen = new Set();
  const out = [];
  for (const item of [...primary, ...secondary]) {
    const k = keyOf(item);
    if (k === undefined || k === null || seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

function okCells(cells, engine) {
  return cells.filter((c) => c.engine === engine && c.status === 'ok');
}

function pick(table, key, fallback) {
  const v = table ? table[key] : undefined;
  return Number.isFinite(v) ? v : fallback();
}

/** Geometric mean of the finite positive values, null when there are none. */
function geomean(values) {
  const xs = values.filter((v) => Number.isFinite(v) && v > 0);
  if (!xs.length) return null;
  return Math.exp(xs.reduce((s, v) => s + Math.log(v), 0) / xs.length);
}

/** Runs of a cell that have at least one iteration time. */
function runsWithData(cell) {
  return ((cell && cell.runs) || []).filter((r) => r && Array.isArray(r.iterationsMs) && r.iterationsMs.length > 0);
}

/** First index of the steady-state window (the last half of n iterations). */
function steadyStart(n) {
  return Math.floor(n / 2);
}

function median(values) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

module.exports = { buildModel, runsWithData, steadyStart, geomean, median, SCHEMA };
