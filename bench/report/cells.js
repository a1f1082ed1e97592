'use strict';
// How one (program, engine) cell reads in the report's tables: its status badge, steady time
// with its run-to-run spread, and ratio to node. Shared by the summary table and the
// per-program tables so a failed cell looks the same everywhere.

const { tag, esc } = require('./markup');
const { fmtMs, fmtRatio } = require('./format');

/** True when the cell ran and produced a steady-state time. */
function cellOk(cell) {
  return !!cell && cell.status === 'ok' && Number.isFinite(cell.steadyMs);
}

/** A status badge: "failed", "timeout", "verify-failed", or "not run" for a missing cell. */
function statusBadge(cell) {
  if (!cell) return tag('span', { class: 'status status-missing', title: 'this engine did not run this program' }, 'not run');
  const status = cell.status === 'ok' ? 'no time' : cell.status || 'unknown';
  return tag('span', { class: `status status-${esc(status)}`, title: cell.error || status }, esc(status));
}

/** "12.3–13.1" spread text (min–max of the runs' steady times, or of one run's steady-window
 *  iterations: cell.spreadOf), or null. */
function spreadText(cell) {
  const s = cell && cell.spreadMs;
  if (!s || !Number.isFinite(s.min) || !Number.isFinite(s.max)) return null;
  return `${fmtMs(s.min)}–${fmtMs(s.max)}`;
}

function spreadTitle(cell) {
  return cell.spreadOf === 'iterations'
    ? 'min–max of the iterations in the steady-state window of the one run (ms)'
    : 'min–max of the runs’ steady-state times (ms)';
}

/** Summary-table cell content: steady ms, ratio, spread in small text — or the status. */
function steadyCellHtml(cell, showRatio) {
  if (!cellOk(cell)) return statusBadge(cell);
  const spread = spreadText(cell);
  return [
    tag('span', { class: 'ms' }, fmtMs(cell.steadyMs)),
    showRatio && Number.isFinite(cell.ratioToNode) ? tag('span', { class: 'ratio' }, fmtRatio(cell.ratioToNode)) : null,
    spread ? tag('span', { class: 'spread', title: spreadTitle(cell) }, spread) : null,
  ].join('');
}

module.exports = { cellOk, statusBadge, spreadText, spreadTitle, steadyCellHtml };
