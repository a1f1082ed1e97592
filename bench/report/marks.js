'use strict';
// Marker shapes drawn on the warmup charts and repeated in their legends: a tier-up is an
// upward triangle sitting just above the line (compiled: time goes down from here), a deopt a
// downward triangle outlined in red just below it, so both can mark the same point.

const { empty, px } = require('./markup');

const SIZE = 5; // half-width of a marker in px

/** Upward triangle centred at (x, y). */
function tierUpShape(x, y, color, extra) {
  const d = `M${px(x)},${px(y - SIZE)}L${px(x + SIZE)},${px(y + SIZE * 0.8)}L${px(x - SIZE)},${px(y + SIZE * 0.8)}Z`;
  return empty('path', { d, fill: color, stroke: '#fff', 'stroke-width': 1, ...extra });
}

/** Downward triangle centred at (x, y), white inside, red outline. */
function deoptShape(x, y, color, extra) {
  const d = `M${px(x)},${px(y + SIZE)}L${px(x + SIZE)},${px(y - SIZE * 0.8)}L${px(x - SIZE)},${px(y - SIZE * 0.8)}Z`;
  return empty('path', { d, fill: '#fff', stroke: color, 'stroke-width': 1.6, ...extra });
}

/** A short line sample for a legend entry. */
function lineSwatch(x, y, width, color, dash) {
  return empty('line', { x1: px(x), y1: px(y), x2: px(x + width), y2: px(y), stroke: color, 'stroke-width': 2.2, 'stroke-dasharray': dash || null });
}

/** A broad translucent line for a legend entry (a series' steady level). */
function levelSwatch(x, y, width, color) {
  return empty('line', { x1: px(x + 3), y1: px(y), x2: px(x + width - 3), y2: px(y), stroke: color, 'stroke-width': 7, 'stroke-opacity': 0.3, 'stroke-linecap': 'round' });
}

/** A filled square for a legend entry (bars, shaded bands). */
function boxSwatch(x, y, size, fill, stroke) {
  return empty('rect', { x: px(x), y: px(y - size / 2), width: size, height: size, fill, stroke: stroke || null });
}

module.exports = { tierUpShape, deoptShape, lineSwatch, levelSwatch, boxSwatch, MARK_SIZE: SIZE };
