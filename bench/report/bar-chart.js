'use strict';
// Horizontal grouped bar chart (SVG): one row of bars per group (a program, a compile-speed
// case), one bar per series (an engine), the value printed at the end of each bar, missing
// values shown as text instead of a bar. Log scale with bars growing from a reference (1× =
// as fast as node: slower to the right, faster to the left) or linear from 0 with optional
// ± whiskers.

const { tag, empty, esc, px, chartSvg } = require('./markup');
const { linearScale, logScale, niceMax, niceLogDomain } = require('./scales');
const { axisBottom, tickBudget } = require('./axes');
const { legend } = require('./legend');
const { textWidth } = require('./text-metrics');
const { REFERENCE_LINE } = require('./engine-style');

const LABEL_FONT = 12;
const VALUE_FONT = 10.5;
const BAR = 11;
const BAR_GAP = 2;
const GROUP_GAP = 12;
const RIGHT = 14;
const X_AXIS_HEIGHT = 44;

/**
 * spec: { attrs, title, width, scale: 'log' | 'linear', xTitle, tickFormat,
 *         base: 'min' to grow log bars from the decade below the smallest value instead of from 1,
 *         reference: { value, label } | null,
 *         groups: [{ label, attrs, bars: [{ value, color, text, missingText, title, attrs, whisker: [lo, hi] }] }],
 *         legend: [items] }
 */
function barChart(spec) {
  const width = spec.width || 960;
  const log = spec.scale === 'log';
  const fromMin = log && spec.base === 'min';
  const bars = spec.groups.flatMap((g) => g.bars);
  const found = bars.map((b) => b.value).filter((v) => Number.isFinite(v) && (!log || v > 0));
  const values = found.length ? found : [1];
  const logDomain = !log ? null : fromMin
    ? [Math.pow(10, Math.floor(Math.log10(Math.min(...values)))), Math.max(...values) * 1.1] // bars grow from the decade below the smallest
    : niceLogDomain(Math.min(1, ...values), Math.max(1, ...values), 1.1);
  const base = log ? (fromMin ? logDomain[0] : 1) : 0;
  const reach = bars.flatMap((b) => (b.whisker ? b.whisker : [])).filter(Number.isFinite);

  const left = Math.max(80, ...spec.groups.map((g) => textWidth(g.label, LABEL_FONT) + 18));
  const textRoom = Math.max(30, ...bars.map((b) => textWidth(b.text || b.missingText || '', VALUE_FONT) + 8));
  const anyBelow = log && values.some((v) => v < base);
  const leg = legend(spec.legend || [], { x: left, y: 12, width: width - left - RIGHT });
  const refRoom = spec.reference ? 16 : 0;
  const top = 12 + leg.height + 4 + refRoom;
  const rowsHeight = spec.groups.reduce((h, g) => h + groupHeight(g), 0) + GROUP_GAP * Math.max(0, spec.groups.length - 1);
  const box = { left, top, right: width - RIGHT, bottom: top + Math.max(rowsHeight, BAR) + 8 };
  const r0 = box.left + (anyBelow ? textRoom : 0);
  const r1 = box.right - textRoom;
  const scale = log
    ? logScale(logDomain[0], logDomain[1], r0, r1)
    : linearScale(0, niceMax(Math.max(...values, ...reach, 0), 5), r0, r1);
  const ticks = scale.ticks(tickBudget(r1 - r0, 5), 34); // log ticks: "10×" labels need ~34 px each

  // Zebra rows, then the axis with its grid lines, then the bars over both.
  const parts = [tag('title', {}, esc(spec.title)), zebra(spec.groups, box), axisBottom(scale, box, { ticks, format: spec.tickFormat, title: spec.xTitle, grid: true })];
  let y = box.top + 4;
  spec.groups.forEach((g, i) => {
    parts.push(groupMarkup(g, y, box, scale, base));
    y += groupHeight(g) + GROUP_GAP;
  });
  if (spec.reference) parts.push(referenceLine(spec.reference, scale, box));
  parts.push(leg.markup);
  const height = box.bottom + X_AXIS_HEIGHT;
  return chartSvg(spec.attrs, spec.title, width, height, parts);
}

function groupHeight(g) {
  return Math.max(1, g.bars.length) * (BAR + BAR_GAP) - BAR_GAP;
}

/** A light background behind every other group, so a row's bars read with its label. */
function zebra(groups, box) {
  const rects = [];
  let y = box.top + 4;
  groups.forEach((g, i) => {
    const h = groupHeight(g);
    if (i % 2 === 1) rects.push(empty('rect', { x: 0, y: px(y - GROUP_GAP / 2), width: box.right, height: h + GROUP_GAP, fill: '#F4F6F9' }));
    y += h + GROUP_GAP;
  });
  return tag('g', { class: 'zebra' }, rects);
}

function groupMarkup(g, y, box, scale, base) {
  const h = groupHeight(g);
  const parts = [];
  parts.push(tag('text', { x: box.left - 10, y: px(y + h / 2 + 4), 'text-anchor': 'end', class: 'group-label' }, esc(g.label)));
  g.bars.forEach((b, i) => parts.push(barMarkup(b, y + i * (BAR + BAR_GAP), scale, base)));
  return tag('g', { ...g.attrs, class: ['bar-group', g.attrs && g.attrs.class].filter(Boolean).join(' ') }, parts);
}

function barMarkup(b, y, scale, base) {
  const x0 = scale.map(base);
  const mid = px(y + BAR / 2 + 3.5);
  if (!Number.isFinite(b.value) || (scale.log && b.value <= 0)) {
    return tag('g', { class: 'bar bar-missing', ...b.attrs }, tag('title', {}, esc(b.title)),
      tag('text', { x: px(x0 + 4), y: mid, class: 'bar-missing-text' }, esc(b.missingText || 'n/a')));
  }
  const x1 = scale.map(b.value);
  const lo = Math.min(x0, x1);
  const w = Math.max(1, Math.abs(x1 - x0));
  const parts = [tag('title', {}, esc(b.title)), empty('rect', { x: px(lo), y: px(y), width: px(w), height: BAR, fill: b.color, rx: 1.5 })];
  let textEnd = Math.max(x0, x1);
  if (b.whisker) {
    const [wl, wh] = b.whisker.map((v) => scale.map(v));
    const cy = px(y + BAR / 2);
    parts.push(empty('path', { d: `M${px(wl)},${cy}H${px(wh)}M${px(wl)},${cy - 3}V${cy + 3}M${px(wh)},${cy - 3}V${cy + 3}`, stroke: '#222', 'stroke-width': 1, fill: 'none' }));
    textEnd = Math.max(textEnd, wh);
  }
  const leftward = scale.log && b.value < base;
  parts.push(tag('text', {
    x: px(leftward ? x1 - 4 : textEnd + 4), y: mid, 'text-anchor': leftward ? 'end' : 'start', class: 'bar-value',
  }, esc(b.text || '')));
  return tag('g', { class: 'bar', ...b.attrs }, parts);
}

function referenceLine(ref, scale, box) {
  const x = px(scale.map(ref.value));
  return tag('g', { class: 'reference' },
    empty('line', { x1: x, y1: box.top - 4, x2: x, y2: box.bottom, stroke: REFERENCE_LINE, 'stroke-width': 1.4 }),
    tag('text', { x, y: box.top - 8, 'text-anchor': 'middle', class: 'reference-label' }, esc(ref.label)));
}

module.exports = { barChart };
