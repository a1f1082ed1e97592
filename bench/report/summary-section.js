'use strict';
// Top of the report: title and machine line, the summary table (program × engine steady ms,
// spread, ratio to node, status of failed cells, geomean row) and the summary bar chart of
// ratios to node (log scale, 1× marked) with a geomean group.

const { tag, esc, slug } = require('./markup');
const { fmtMs, fmtRatio, fmtRatioTick, fmtMsTick, fmtDuration } = require('./format');
const { barChart } = require('./bar-chart');
const { cellOk, steadyCellHtml } = require('./cells');

/** Title, machine and run configuration, and how to read the numbers. */
function headerHtml(model) {
  const r = model.results;
  const m = r.machine || {};
  const cfg = r.config || {};
  const facts = [
    m.cpu, m.cores !== undefined ? `${m.cores} cores` : null, m.os,
    m.node ? `node ${m.node}` : null, m.kilnCommit ? `kiln ${m.kilnCommit}` : null,
    Array.isArray(m.loadAvg) ? `load ${m.loadAvg.map((v) => Number(v).toFixed(2)).join(' ')}` : null,
    r.mode ? `mode ${r.mode}` : null,
    cfg.iterations !== undefined ? `${cfg.iterations} iterations × ${cfg.repeat || 1} run${(cfg.repeat || 1) === 1 ? '' : 's'}` : null,
    Number.isFinite(cfg.inner) ? `${cfg.inner} benchmark() call${cfg.inner === 1 ? '' : 's'} per iteration` : null,
    Number.isFinite(cfg.budgetMs) ? `budget ${cfg.budgetMs} ms per process` : null,
    r.startedAt ? formatDate(r.startedAt) : null,
    Number.isFinite(r.durationS) ? `took ${fmtDuration(r.durationS)}` : null,
  ].filter((f) => f !== null && f !== undefined && f !== '');
  return [
    tag('h1', {}, 'kiln benchmark report'),
    tag('p', { class: 'machine' }, facts.map((f) => tag('span', {}, esc(f))).join('')),
    tag('p', { class: 'howto' },
      'Steady state = median of the last half of a run’s per-iteration times; with several runs, the median over runs ',
      '(small text: min–max over runs; with one run, min–max of its steady-state iterations). Ratio = steady time ÷ node’s steady time on the same program: lower is better, ',
      '1× is as fast as node. Each run is a fresh process.'),
  ].join('\n');
}

function formatDate(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Program × engine table with a geomean row; programs grouped by kind when kinds differ. */
function summaryTableHtml(model) {
  const showRatio = !!model.reference;
  const head = tag('tr', {}, tag('th', {}, 'program'), model.engines.map((e) => tag('th', { class: 'num' }, engineHeading(e, model))));
  const kinds = [...new Set(model.programs.map((p) => p.kind))];
  const rows = [];
  for (const kind of kinds) {
    if (kinds.length > 1) rows.push(tag('tr', { class: 'kind-row' }, tag('th', { colspan: model.engines.length + 1 }, esc(`${kind} programs`))));
    for (const p of model.programs.filter((q) => q.kind === kind)) {
      rows.push(tag('tr', {},
        tag('th', { class: 'program' }, tag('a', { href: `#program-${slug(p.name)}` }, esc(p.name))),
        model.engines.map((e) => tag('td', { class: cellClass(model.cell(p.name, e.key)) }, steadyCellHtml(model.cell(p.name, e.key), showRatio)))));
    }
  }
  rows.push(tag('tr', { class: 'geomean-row' }, tag('th', { title: 'geometric mean over the programs where this engine (and node) succeeded' }, 'geomean'),
    model.engines.map((e) => tag('td', { class: 'num' },
      tag('span', { class: 'ms' }, fmtMs(model.geomeanSteady(e.key))),
      showRatio ? tag('span', { class: 'ratio' }, fmtRatio(model.geomeanRatio(e.key))) : null))));
  return tag('table', { class: 'summary' },
    tag('caption', {}, 'Steady-state time per iteration (ms)', showRatio ? ' and ratio to node' : ''),
    tag('thead', {}, head), tag('tbody', {}, rows));
}

function engineHeading(e, model) {
  return [
    tag('span', { class: 'swatch', style: `background:${model.style(e.key).color}` }),
    tag('span', { class: 'engine-label' }, esc(e.label)),
  ].join('');
}

function cellClass(cell) {
  return cellOk(cell) ? 'num' : 'num bad';
}

/**
 * The summary bar chart: per program a group of bars, one per engine, each the ratio to node
 * (log scale, 1× line). Without a node engine there are no ratios: the bars are then the
 * steady times themselves on a log ms axis.
 */
function summaryChartSvg(model) {
  const ref = model.reference;
  const engines = model.engines.filter((e) => !ref || e.key !== ref.key);
  const value = (cell) => (cellOk(cell) ? (ref ? cell.ratioToNode : cell.steadyMs) : null);
  const text = (v) => (ref ? fmtRatio(v) : `${fmtMs(v)} ms`);
  const groups = model.programs.map((p) => ({
    label: p.name,
    attrs: { 'data-program': p.name },
    bars: engines.map((e) => {
      const cell = model.cell(p.name, e.key);
      const v = value(cell);
      return {
        value: v, color: model.style(e.key).color, text: text(v),
        missingText: !cell ? 'not run' : cell.status !== 'ok' ? cell.status : ref && cellOk(cell) ? 'no node time' : 'no time',
        title: `${p.name} · ${e.label}: ${cellOk(cell) ? `${fmtMs(cell.steadyMs)} ms${ref ? `, ${fmtRatio(cell.ratioToNode)} node` : ''}` : (cell && cell.error) || (cell ? cell.status : 'not run')}`,
        attrs: { 'data-engine': e.key },
      };
    }),
  }));
  groups.push({
    label: 'geomean',
    attrs: { 'data-program': '(geomean)', class: 'geomean' },
    bars: engines.map((e) => {
      const v = ref ? model.geomeanRatio(e.key) : model.geomeanSteady(e.key);
      return { value: v, color: model.style(e.key).color, text: text(v), missingText: 'no data', title: `geomean · ${e.label}: ${text(v)}`, attrs: { 'data-engine': e.key } };
    }),
  });
  return barChart({
    attrs: { class: 'chart', 'data-chart': 'summary' },
    title: ref ? 'Steady-state time relative to node, per program and engine (log scale; lower is faster)' : 'Steady-state time per program and engine (log scale)',
    scale: 'log',
    base: ref ? undefined : 'min',
    xTitle: ref ? `steady-state time ÷ node’s (log scale; left of 1× = faster than node)` : 'steady-state ms per iteration (log scale)',
    tickFormat: ref ? fmtRatioTick : fmtMsTick,
    reference: ref ? { value: 1, label: `${ref.label} = 1×` } : null,
    groups,
    legend: engines.map((e) => ({ label: e.label, swatch: 'box', color: model.style(e.key).color })),
  });
}

module.exports = { headerHtml, summaryTableHtml, summaryChartSvg };
