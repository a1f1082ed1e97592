'use strict';
// Axes for the report's SVG charts: grid lines, tick marks, tick labels and the axis title
// (with its unit) for a plot box { left, top, right, bottom } and a scale from scales.js.

const { tag, empty, esc, px } = require('./markup');
const { textWidth } = require('./text-metrics');

const FONT = 11;
const GRID = '#E4E7EB';
const AXIS = '#6B7280';

/** Horizontal axis along the bottom of the box; vertical grid lines at every tick. */
function axisBottom(scale, box, { ticks, format, title, grid = true }) {
  const parts = [];
  for (const t of ticks) {
    const x = px(scale.map(t));
    if (grid) parts.push(empty('line', { x1: x, y1: box.top, x2: x, y2: box.bottom, stroke: GRID }));
    parts.push(empty('line', { x1: x, y1: box.bottom, x2: x, y2: box.bottom + 4, stroke: AXIS }));
    parts.push(tag('text', { x, y: box.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, esc(format(t))));
  }
  parts.push(empty('line', { x1: box.left, y1: box.bottom, x2: box.right, y2: box.bottom, stroke: AXIS }));
  if (title) {
    parts.push(tag('text', { x: px((box.left + box.right) / 2), y: box.bottom + 34, 'text-anchor': 'middle', class: 'axis-title' }, esc(title)));
  }
  return tag('g', { class: 'axis axis-x' }, parts);
}

/** Vertical axis along the left of the box; horizontal grid lines at every tick. */
function axisLeft(scale, box, { ticks, format, title, grid = true }) {
  const parts = [];
  let widest = 0;
  for (const t of ticks) {
    const y = px(scale.map(t));
    const label = format(t);
    widest = Math.max(widest, textWidth(label, FONT));
    if (grid) parts.push(empty('line', { x1: box.left, y1: y, x2: box.right, y2: y, stroke: GRID }));
    parts.push(empty('line', { x1: box.left - 4, y1: y, x2: box.left, y2: y, stroke: AXIS }));
    parts.push(tag('text', { x: box.left - 7, y: y + 4, 'text-anchor': 'end', class: 'tick' }, esc(label)));
  }
  parts.push(empty('line', { x1: box.left, y1: box.top, x2: box.left, y2: box.bottom, stroke: AXIS }));
  if (title) {
    const x = px(box.left - widest - 18);
    const y = px((box.top + box.bottom) / 2);
    parts.push(tag('text', { x, y, 'text-anchor': 'middle', transform: `rotate(-90 ${x} ${y})`, class: 'axis-title' }, esc(title)));
  }
  return tag('g', { class: 'axis axis-y' }, parts);
}

/** Width the left margin needs for tick labels of these values plus a rotated axis title. */
function leftAxisWidth(ticks, format) {
  const widest = Math.max(0, ...ticks.map((t) => textWidth(format(t), FONT)));
  return widest + 32;
}

/** How many ticks fit along `length` px when each label is about `labelChars` long. */
function tickBudget(length, labelChars) {
  return Math.max(2, Math.floor(length / (textWidth('0'.repeat(labelChars), FONT) + 18)));
}

module.exports = { axisBottom, axisLeft, leftAxisWidth, tickBudget, AXIS_FONT: FONT };
