'use strict';
// Chart legends laid out inside the SVG: entries flow left to right and wrap to new rows
// within the chart width, each with the swatch drawn the way the chart draws that thing.

const { tag, esc, px } = require('./markup');
const { textWidth } = require('./text-metrics');
const { tierUpShape, deoptShape, lineSwatch, boxSwatch, levelSwatch } = require('./marks');

const FONT = 11.5;
const ROW = 18;
const LINE_SWATCH = 24;
const SMALL_SWATCH = 12;
const GAP = 18;

/**
 * items: [{ label, swatch: 'line' | 'level' | 'box' | 'tier-up' | 'deopt', color, dash, stroke }].
 * Returns { markup, height } for a legend whose first row's centre is at y.
 */
function legend(items, { x, y, width }) {
  const parts = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const sw = swatchWidth(item);
    const w = sw + 6 + textWidth(item.label, FONT);
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += ROW;
    }
    parts.push(swatch(item, cx, cy));
    parts.push(tag('text', { x: px(cx + sw + 6), y: px(cy + 4), class: 'legend-label' }, esc(item.label)));
    cx += w + GAP;
  }
  const markup = tag('g', { class: 'legend' }, parts);
  return { markup, height: items.length ? cy - y + ROW : 0 };
}

/** Lines need length to show their dash pattern; boxes and markers are compact. */
function swatchWidth(item) {
  return item.swatch === 'line' || item.swatch === 'level' ? LINE_SWATCH : SMALL_SWATCH;
}

function swatch(item, x, y) {
  switch (item.swatch) {
    case 'line': return lineSwatch(x, y, LINE_SWATCH, item.color, item.dash);
    case 'box': return boxSwatch(x, y, SMALL_SWATCH, item.color, item.stroke);
    case 'level': return levelSwatch(x, y, LINE_SWATCH, item.color);
    case 'tier-up': return tierUpShape(x + SMALL_SWATCH / 2, y, item.color);
    case 'deopt': return deoptShape(x + SMALL_SWATCH / 2, y, item.color);
    default: throw new Error(`legend: unknown swatch ${item.swatch}`);
  }
}

module.exports = { legend };
