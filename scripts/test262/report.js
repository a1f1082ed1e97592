'use strict';
// What a run prints: the table (one row per directory: kiln's pass / fail / unsupported /
// crash / host-skipped runs, node's passes, and kiln's passes among node's as a percentage),
// the totals for test/language, test/built-ins and everything, and the most common causes
// of kiln's non-passes (the first line kiln printed, grouped).
const { groupOf } = require('./suite');

const STATUSES = ['pass', 'fail', 'unsupported', 'crash', 'host'];

function emptyRow(name) {
  return { name, tests: new Set(), runs: 0, kiln: Object.fromEntries(STATUSES.map((s) => [s, 0])), nodePass: 0, bothPass: 0, hasNode: false };
}

function add(row, o) {
  row.tests.add(o.test);
  row.runs++;
  const primary = o.kiln || o.node; // an --engine=node run fills the outcome columns with node's
  row.kiln[primary.status]++;
  if (o.node) {
    row.hasNode = true;
    if (o.node.status === 'pass') {
      row.nodePass++;
      if (o.kiln && o.kiln.status === 'pass') row.bothPass++;
    }
  }
}

/** Rows per directory (at `depth`) plus total rows, from a run's outcomes. */
function tabulate(outcomes, depth = 2) {
  const rows = new Map();
  const totals = new Map([['test/language', emptyRow('total test/language')], ['test/built-ins', emptyRow('total test/built-ins')]]);
  const all = emptyRow('total');
  for (const o of outcomes) {
    const g = groupOf(o.test, depth);
    if (!rows.has(g)) rows.set(g, emptyRow(g));
    add(rows.get(g), o);
    const top = o.test.split('/').slice(0, 2).join('/');
    if (totals.has(top)) add(totals.get(top), o);
    add(all, o);
  }
  const sorted = [...rows.keys()].sort().map((k) => rows.get(k));
  return { rows: sorted, totals: [...totals.values()].filter((r) => r.runs > 0).concat([all]) };
}

const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

function formatRow(row, width) {
  const k = row.kiln;
  const cells = [row.tests.size, row.runs, k.pass, k.fail, k.unsupported, k.crash, k.host];
  const nodeCells = row.hasNode ? [row.nodePass, pct(row.bothPass, row.nodePass)] : ['-', '-'];
  return row.name.padEnd(width) + [...cells, ...nodeCells].map((c, i) => String(c).padStart(i === 8 ? 8 : 7)).join('');
}

/** The table as text. */
function formatTable(table) {
  const width = Math.max(24, ...table.rows.map((r) => r.name.length), ...table.totals.map((r) => r.name.length)) + 1;
  const head = 'directory'.padEnd(width) + ['tests', 'runs', 'pass', 'fail', 'unsup', 'crash', 'host', 'node✓'].map((h) => h.padStart(7)).join('') + 'kiln∩node'.padStart(10);
  const note = `${' '.repeat(width)}(pass..host: kiln's outcomes per run, runs = tests × modes; kiln∩node: kiln's passes among node's)`;
  const rule = '-'.repeat(head.length);
  return [head, note, rule, ...table.rows.map((r) => formatRow(r, width)), rule, ...table.totals.map((r) => formatRow(r, width))].join('\n');
}

/** kiln's most common non-pass causes: [{ cause, count, example }]. */
function topCauses(outcomes, n = 30) {
  const counts = new Map();
  for (const o of outcomes) {
    if (!o.kiln || o.kiln.status === 'pass' || o.kiln.status === 'host') continue;
    // Values in assertion messages («1», «2») differ per test; the grouping ignores them.
    const key = `${o.kiln.status === 'crash' ? 'CRASH ' : ''}${o.kiln.cause.replace(/«[^»]*»/g, '«…»')}`;
    const entry = counts.get(key) || { cause: key, count: 0, example: `${o.test} (${o.mode})` };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.cause < b.cause ? -1 : 1)).slice(0, n);
}

function formatCauses(causes) {
  return causes.map((c) => `${String(c.count).padStart(6)}  ${c.cause}\n        e.g. ${c.example}`).join('\n');
}

/** The `host` causes (what the runner does not host), counted per run. */
function hostCauses(outcomes) {
  const counts = new Map();
  for (const o of outcomes) if (o.host) counts.set(o.host, (counts.get(o.host) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

module.exports = { tabulate, formatTable, topCauses, formatCauses, hostCauses, pct };
