'use strict';
// One section per program: heading and description, a per-engine results table (status,
// steady time, spread, ratio, first iteration, process wall time, errors), the warmup chart,
// and kiln's --stats for the program (optimized/declined functions, compile time, code size,
// deopts by reason, GC).

const { tag, esc, slug } = require('./markup');
const { fmtMs, fmtRatio, fmtBytes, fmtCount } = require('./format');
const { cellOk, statusBadge, spreadText, spreadTitle } = require('./cells');
const { runsWithData, median } = require('./results-model');
const { warmupChartSvg } = require('./warmup-chart');

function programSectionHtml(model, program) {
  const facts = [
    program.kind,
    Number.isFinite(program.inner) ? `inner loop × ${program.inner} per iteration` : null,
  ].filter(Boolean).join(' · ');
  return tag('section', { class: 'program', id: `program-${slug(program.name)}` },
    tag('h2', {}, esc(program.name), ' ', tag('small', {}, esc(facts))),
    program.description ? tag('p', { class: 'description' }, esc(program.description)) : null,
    resultsTableHtml(model, program),
    tag('figure', {}, warmupChartSvg(model, program)),
    statsTableHtml(model, program));
}

function resultsTableHtml(model, program) {
  const cells = model.engines.map((e) => ({ engine: e, cell: model.cell(program.name, e.key) })).filter((x) => x.cell);
  if (!cells.length) return tag('p', { class: 'bad' }, 'No engine ran this program.');
  const withErrors = cells.some((x) => x.cell.error);
  const rows = cells.map(({ engine, cell }) => {
    const runs = runsWithData(cell);
    const first = median(runs.map((r) => r.iterationsMs[0]));
    const wall = median(runs.map((r) => r.wallMs));
    return tag('tr', {},
      tag('th', {}, tag('span', { class: 'swatch', style: `background:${model.style(engine.key).color}` }), esc(engine.label)),
      tag('td', {}, cellOk(cell) ? tag('span', { class: 'status status-ok' }, 'ok') : statusBadge(cell)),
      tag('td', { class: 'num' }, cellOk(cell) ? fmtMs(cell.steadyMs) : '—'),
      tag('td', { class: 'num spread-col', title: cell ? spreadTitle(cell) : null }, esc(spreadText(cell) || '—')),
      tag('td', { class: 'num' }, model.reference ? fmtRatio(cell.ratioToNode) : '—'),
      tag('td', { class: 'num' }, fmtMs(first)),
      tag('td', { class: 'num' }, fmtMs(wall)),
      tag('td', { class: 'num' }, String(runs.length)),
      withErrors ? tag('td', { class: 'error' }, cell.error ? tag('code', {}, esc(firstLines(cell.error, 3))) : '') : null);
  });
  return tag('table', { class: 'results' },
    tag('thead', {}, tag('tr', {}, ['engine', 'status', 'steady ms', 'spread ms', 'ratio to node', '1st iteration ms', 'process ms', 'runs', withErrors ? 'error' : null]
      .filter(Boolean).map((h, i) => tag('th', { class: i >= 2 && i <= 7 ? 'num' : null }, h)))),
    tag('tbody', {}, rows));
}

function firstLines(text, n) {
  const lines = String(text).split('\n');
  return lines.slice(0, n).join('\n') + (lines.length > n ? '\n…' : '');
}

// Rows of the --stats table: label, how to read the value from a stats object.
const STATS_ROWS = [
  ['functions optimized', (s) => fmtCount(s.optimized)],
  ['functions declined by the JIT', (s) => fmtCount(s.declined)],
  ['compile time total', (s) => `${fmtMs(s.compileMs)} ms`],
  ['code bytes', (s) => fmtBytes(s.codeBytes)],
  ['deopts', (s) => deoptsText(s.deopts)],
  ['GC count', (s) => fmtCount(s.gcCount)],
  ['GC pause total', (s) => `${fmtMs(s.gcPauseMs)} ms`],
  ['GC pause max', (s) => `${fmtMs(s.gcMaxPauseMs)} ms`],
  ['GC freed', (s) => fmtBytes(s.gcFreedBytes)],
  ['runtime calls from compiled code', (s) => runtimeCallsText(s.runtimeCalls)],
];

/** "total: the 4 most frequent operations" (what the JIT left generic), or "—" before kiln
 *  counted them. */
function runtimeCallsText(calls) {
  if (!calls) return '—';
  const entries = Object.entries(calls).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return '0';
  const total = entries.reduce((s, [, n]) => s + n, 0);
  return `${fmtCount(total)}: ${entries.slice(0, 4).map(([op, n]) => `${op} ${fmtCount(n)}`).join(', ')}${entries.length > 4 ? ', …' : ''}`;
}

function deoptsText(deopts) {
  const entries = Object.entries(deopts || {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return '0';
  const total = entries.reduce((s, [, n]) => s + n, 0);
  return `${fmtCount(total)}: ${entries.map(([reason, n]) => `${reason} ${fmtCount(n)}`).join(', ')}`;
}

/** kiln's --stats: one column per kiln engine (and run, when there are several). */
function statsTableHtml(model, program) {
  const columns = [];
  for (const engine of model.engines.filter((e) => e.kiln)) {
    const cell = model.cell(program.name, engine.key);
    const runs = ((cell && cell.runs) || []).filter((r) => r && r.stats);
    runs.forEach((run, i) => columns.push({ label: runs.length > 1 ? `${engine.label} run ${i + 1}` : engine.label, stats: run.stats }));
  }
  if (!columns.length) return tag('p', { class: 'no-stats' }, 'No --stats from kiln for this program.');
  return tag('table', { class: 'stats' },
    tag('caption', {}, 'kiln --stats (whole process)'),
    tag('thead', {}, tag('tr', {}, tag('th', {}, ''), columns.map((c) => tag('th', { class: 'num' }, esc(c.label))))),
    tag('tbody', {}, STATS_ROWS.map(([label, read]) =>
      tag('tr', {}, tag('th', {}, esc(label)), columns.map((c) => tag('td', { class: 'num' }, esc(read(c.stats))))))));
}

module.exports = { programSectionHtml };
