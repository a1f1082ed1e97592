'use strict';
// The compile-speed section (results.compileSpeed, schema kiln-compile-speed/1, measured with
// benny): per group (bytecode compiler, optimizing JIT, assembler) a table of the cases and
// a bar chart of throughput by input size, with the ± margin as a whisker.

const { tag, esc } = require('./markup');
const { fmtMs, fmtSi, fmtCount, fmtDuration } = require('./format');
const { barChart } = require('./bar-chart');

// Bar colours per group: neutral, not the engine colours (these are not engines).
const GROUP_COLORS = ['#4C72B0', '#8172B3', '#64B5CD', '#937860'];

function compileSpeedSectionHtml(compileSpeed) {
  if (!compileSpeed || !Array.isArray(compileSpeed.cases) || !compileSpeed.cases.length) return '';
  const groups = groupCases(compileSpeed.cases);
  const facts = [
    compileSpeed.startedAt ? `measured ${esc(String(compileSpeed.startedAt).slice(0, 16).replace('T', ' '))} UTC` : null,
    Number.isFinite(compileSpeed.durationS) ? `took ${fmtDuration(compileSpeed.durationS)}` : null,
    compileSpeed.machine && compileSpeed.machine.kilnCommit ? `kiln ${esc(compileSpeed.machine.kilnCommit)}` : null,
  ].filter(Boolean);
  return tag('section', { class: 'compile-speed', id: 'compile-speed' },
    tag('h2', {}, 'Compile speed'),
    tag('p', { class: 'description' }, 'How fast kiln’s own compilers run, measured in process with benny (ops/s ± margin of error at 95% confidence). ',
      facts.length ? `(${facts.join(', ')})` : ''),
    [...groups].map(([group, cases], i) => groupHtml(group, cases, GROUP_COLORS[i % GROUP_COLORS.length])));
}

function groupCases(cases) {
  const groups = new Map();
  for (const c of cases) {
    const g = c.group || 'other';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(c);
  }
  for (const list of groups.values()) list.sort((a, b) => (a.size || 0) - (b.size || 0));
  return groups;
}

function groupHtml(group, cases, color) {
  return tag('div', { class: 'compile-group' },
    tag('h3', {}, esc(group)),
    tableHtml(cases),
    tag('figure', {}, chartSvg(group, cases, color)));
}

function tableHtml(cases) {
  const rows = cases.map((c) => tag('tr', {},
    tag('th', {}, esc(c.name)),
    tag('td', { class: 'num' }, Number.isFinite(c.size) ? `${fmtCount(c.size)} ${esc(c.sizeUnit || '')}` : '—'),
    tag('td', { class: 'num' }, fmtMs(c.msPerOp)),
    tag('td', { class: 'num' }, `${fmtSi(c.opsPerSec)}${Number.isFinite(c.marginPct) ? ` ± ${c.marginPct.toFixed(1)}%` : ''}`),
    tag('td', { class: 'num' }, Number.isFinite(c.samples) ? String(c.samples) : '—'),
    tag('td', { class: 'num' }, c.throughput && Number.isFinite(c.throughput.value) ? `${fmtSi(c.throughput.value)} ${esc(c.throughput.unit || '')}` : '—')));
  return tag('table', { class: 'compile' },
    tag('thead', {}, tag('tr', {}, ['case', 'size', 'ms/op', 'ops/s', 'samples', 'throughput'].map((h, i) => tag('th', { class: i ? 'num' : null }, h)))),
    tag('tbody', {}, rows));
}

/** Throughput per case (ops/s when a group reports no throughput), small inputs first. */
function chartSvg(group, cases, color) {
  const useThroughput = cases.some((c) => c.throughput && Number.isFinite(c.throughput.value));
  const unitOf = (c) => (useThroughput ? (c.throughput && c.throughput.unit) || '' : 'ops/s');
  const unit = useThroughput ? unitOf(cases.find((c) => c.throughput && c.throughput.unit) || {}) : 'ops/s';
  const prefix = `${group}: `;
  return barChart({
    attrs: { class: 'chart', 'data-chart': 'compile-speed', 'data-group': group },
    title: `Compile speed, ${group}: ${useThroughput ? 'throughput' : 'operations per second'} by input size`,
    scale: 'linear',
    xTitle: `${unit} (higher is faster; whisker = ± margin)`,
    tickFormat: (v) => fmtSi(v).replace(/\.0+(?= |$)/, ''),
    groups: cases.map((c) => {
      const v = useThroughput ? (c.throughput ? c.throughput.value : null) : c.opsPerSec;
      const margin = Number.isFinite(c.marginPct) && Number.isFinite(v) ? (v * c.marginPct) / 100 : null;
      const label = String(c.name || '').startsWith(prefix) ? String(c.name).slice(prefix.length) : String(c.name || '');
      return {
        label,
        attrs: { 'data-case': c.name },
        bars: [{
          value: v, color, text: Number.isFinite(v) ? `${fmtSi(v)} ${unitOf(c)}` : '', missingText: 'no data',
          whisker: margin !== null ? [v - margin, v + margin] : null,
          title: `${c.name}: ${fmtSi(c.opsPerSec)} ops/s ± ${Number.isFinite(c.marginPct) ? c.marginPct.toFixed(1) : '?'}%, ${fmtMs(c.msPerOp)} ms/op`,
        }],
      };
    }),
  });
}

module.exports = { compileSpeedSectionHtml };
