// The terminal tables: steady-state ms per iteration with the ratio to node per (program,
// engine), geometric means, and kiln's --stats per program.
'use strict';

function fmtMs(x) {
  if (x === null || x === undefined) return '-';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function fmtRatio(x) {
  if (x === null || x === undefined) return '';
  return x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(2)}x`;
}

function renderTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // The first column and a free-text last column ("deopts") are left-aligned; numbers right.
  const left = (i) => i === 0 || (i === header.length - 1 && header[i] === 'deopts');
  const line = (cols) => cols.map((c, i) => (left(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Steady-state table: one row per program, one column per engine ("ms (ratio to node)"). */
function steadyTable(results) {
  const header = ['program', ...results.engines.map((e) => e.label.replace(/ \(.*\)$/, ''))];
  const rows = results.programs.map((p) => [
    p.name,
    ...results.engines.map((e) => {
      const c = results.cells.find((x) => x.program === p.name && x.engine === e.key);
      if (!c) return '';
      if (c.status !== 'ok') return c.status.toUpperCase();
      return e.key === 'node' ? fmtMs(c.steadyMs) : `${fmtMs(c.steadyMs)} (${fmtRatio(c.ratioToNode)})`;
    }),
  ]);
  rows.push([
    'geomean (ratio to node)',
    ...results.engines.map((e) => fmtRatio(results.summary.geomeanRatioToNode[e.key])),
  ]);
  return renderTable(header, rows);
}

/** kiln's --stats per program, for one kiln engine (of the first run of each cell). */
function statsTable(results, engineKey) {
  const header = ['program', 'optimized', 'declined', 'compile ms', 'code KB', 'GCs', 'GC pause ms', 'runtime calls', 'deopts'];
  const rows = [];
  for (const p of results.programs) {
    const c = results.cells.find((x) => x.program === p.name && x.engine === engineKey);
    const s = c && c.runs[0] && c.runs[0].stats;
    if (!s) continue;
    const deopts = Object.entries(s.deopts).map(([r, n]) => `${r}=${n}`).join(' ') || '0';
    const calls = Object.values(s.runtimeCalls || {}).reduce((sum, n) => sum + n, 0);
    rows.push([p.name, String(s.optimized), String(s.declined), s.compileMs.toFixed(1), (s.codeBytes / 1024).toFixed(1), String(s.gcCount), s.gcPauseMs.toFixed(1), String(calls), deopts]);
  }
  return rows.length ? renderTable(header, rows) : '';
}

module.exports = { steadyTable, statsTable, fmtMs, fmtRatio };
