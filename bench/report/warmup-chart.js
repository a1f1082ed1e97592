'use strict';
// The warmup chart of one program: per-iteration time of every (engine, run) as a line, kiln's
// tier-ups (functions optimized) and deopts as markers at the iteration they happened —
// clustered per (run, iteration) into one marker with a count and a tooltip listing them —
// and each run's steady state (median of its last half) as a level bar over its window, the
// window shaded.

const { lineChart, LOG_THRESHOLD } = require('./line-chart');
const { runsWithData, steadyStart, median } = require('./results-model');
const { fmtMs, fmtMsTick, fmtBytes } = require('./format');
const { DEOPT_COLOR, STEADY_BAND_FILL } = require('./engine-style');

const TOOLTIP_LINES = 16; // functions listed in one marker's tooltip before "… and N more"
const LATER_RUN_OPACITY = 0.55;

function warmupChartSvg(model, program) {
  const series = [];
  const markers = [];
  const legendItems = [];
  const lengths = new Set();
  for (const engine of model.engines) {
    const cell = model.cell(program.name, engine.key);
    const runs = runsWithData(cell);
    const { color, dash } = model.style(engine.key);
    if (!runs.length) {
      if (cell) legendItems.push({ label: `${engine.label}: ${cell.status === 'ok' ? 'no times' : cell.status}`, swatch: 'line', color: '#B8C2CC', dash: '2 3' });
      continue;
    }
    legendItems.push({ label: runs.length > 1 ? `${engine.label} (${runs.length} runs)` : engine.label, swatch: 'line', color, dash });
    runs.forEach((run, k) => {
      const r = cell.runs.indexOf(run); // data-run = index into the cell's runs in the JSON
      const who = cell.runs.length > 1 ? `${engine.label}, run ${r + 1}` : engine.label;
      const n = run.iterationsMs.length;
      lengths.add(n);
      const steadyMs = Number.isFinite(run.steadyMs) ? run.steadyMs : median(run.iterationsMs.slice(steadyStart(n)));
      series.push({
        points: run.iterationsMs.map((ms, i) => [i, ms]),
        color, dash, opacity: k === 0 ? undefined : LATER_RUN_OPACITY,
        title: `${who}: time per iteration`,
        pointLabel: ([i, ms]) => `${who} · iteration ${i}: ${fmtMs(ms)} ms`,
        attrs: { 'data-engine': engine.key, 'data-run': r },
        level: n > 1 ? { x0: steadyStart(n), x1: n - 1, y: steadyMs, title: `${who}: steady state ${fmtMs(steadyMs)} ms (median of iterations ${steadyStart(n)}–${n - 1})` } : null,
      });
      const where = { 'data-engine': engine.key, 'data-run': r };
      markers.push(...tierUpMarkers(run, who, color, where, k), ...deoptMarkers(run, who, where, k));
    });
  }
  if (markers.some((m) => m.kind === 'tier-up')) legendItems.push({ label: 'tier-up (functions optimized)', swatch: 'tier-up', color: '#555' });
  if (markers.some((m) => m.kind === 'deopt')) legendItems.push({ label: 'deopt', swatch: 'deopt', color: DEOPT_COLOR });
  // The steady-state window is shaded when every run has the same length (runs cut short by
  // the harness's time budget have their own, shorter window: their level bar shows it).
  const maxIterations = Math.max(0, ...lengths);
  const bands = [];
  if (maxIterations > 1) {
    legendItems.push({ label: 'steady state (median of the last half)', swatch: 'level', color: '#52606D' });
    if (lengths.size === 1) {
      bands.push({ x0: steadyStart(maxIterations) - 0.5, x1: maxIterations - 0.5, fill: STEADY_BAND_FILL });
      legendItems.push({ label: 'steady-state window', swatch: 'box', color: STEADY_BAND_FILL, stroke: '#C9D2DE' });
    }
  }
  const ys = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v > 0);
  const logY = ys.length > 0 && Math.max(...ys) / Math.min(...ys) > LOG_THRESHOLD;
  return lineChart({
    attrs: { class: 'chart', 'data-chart': 'warmup', 'data-program': program.name },
    title: `${program.name}: time of each outer iteration, per engine${series.length > model.engines.length ? ' and run' : ''}`,
    xDomain: [-0.5, Math.max(1, maxIterations) - 0.5],
    xTitle: 'outer iteration (0 = first)',
    yTitle: logY ? 'ms per iteration (log scale)' : 'ms per iteration',
    yFormat: fmtMsTick,
    logY,
    bands,
    series,
    markers,
    legend: legendItems,
    emptyText: series.length ? null : 'no per-iteration times: every engine failed or did not run',
  });
}

/** Groups events by the iteration they happened in (iteration -1 = before the first). */
function byIteration(events) {
  const groups = new Map();
  for (const ev of events || []) {
    const it = Number.isInteger(ev.iteration) ? ev.iteration : -1;
    if (!groups.has(it)) groups.set(it, []);
    groups.get(it).push(ev);
  }
  return groups;
}

/** Where a marker for iteration `it` sits: on the line, at the left edge for "before the first". */
function anchorPoint(run, it) {
  const ms = run.iterationsMs;
  const i = Math.min(Math.max(it, 0), ms.length - 1);
  return { x: it < 0 ? -0.5 : Math.min(it, ms.length - 1), y: ms[i] };
}

function when(it) {
  return it < 0 ? 'before the first iteration' : `during iteration ${it}`;
}

function tierUpMarkers(run, who, color, where, stack) {
  const out = [];
  for (const [it, events] of byIteration(run.tierUps)) {
    const totalMs = events.reduce((s, e) => s + (Number(e.compileMs) || 0), 0);
    const lines = events.slice(0, TOOLTIP_LINES).map((e) =>
      `  ${e.function || '(anonymous)'}${e.osr ? ' (OSR)' : ''} — ${fmtMs(e.compileMs)} ms${Number.isFinite(e.codeBytes) ? `, ${fmtBytes(e.codeBytes)}` : ''}`);
    if (events.length > TOOLTIP_LINES) lines.push(`  … and ${events.length - TOOLTIP_LINES} more`);
    out.push({
      kind: 'tier-up', ...anchorPoint(run, it), color, count: events.length,
      title: `${who}: ${events.length} function${events.length === 1 ? '' : 's'} optimized ${when(it)} (compile ${fmtMs(totalMs)} ms total)\n${lines.join('\n')}`,
      stack, attrs: { ...where, 'data-iteration': it },
    });
  }
  return out;
}

function deoptMarkers(run, who, where, stack) {
  const out = [];
  for (const [it, events] of byIteration(run.deopts)) {
    const lines = events.slice(0, TOOLTIP_LINES).map((e) => `  ${e.function || '(anonymous)'}: ${e.reason || 'unknown reason'}`);
    if (events.length > TOOLTIP_LINES) lines.push(`  … and ${events.length - TOOLTIP_LINES} more`);
    out.push({
      kind: 'deopt', ...anchorPoint(run, it), color: DEOPT_COLOR, count: events.length,
      title: `${who}: ${events.length} deopt${events.length === 1 ? '' : 's'} ${when(it)}\n${lines.join('\n')}`,
      stack, attrs: { ...where, 'data-iteration': it },
    });
  }
  return out;
}

module.exports = { warmupChartSvg };
