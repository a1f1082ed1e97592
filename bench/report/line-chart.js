'use strict';
// Line chart (SVG) used for the per-iteration warmup curves: one polyline per series, point
// markers (tier-ups above the line, deopts below it, each with a <title> tooltip), shaded
// x-ranges (the steady-state window), a legend on top and axes with units. The y axis turns
// logarithmic when the data spans more than LOG_THRESHOLD×, so that a 400 ms first iteration
// does not flatten a 5 ms steady state into the axis.

const { tag, empty, esc, px, chartSvg } = require('./markup');
const { linearScale, logScale, niceMax, niceLogDomain } = require('./scales');
const { axisBottom, axisLeft, leftAxisWidth, tickBudget } = require('./axes');
const { legend } = require('./legend');
const { tierUpShape, deoptShape, MARK_SIZE } = require('./marks');

const LOG_THRESHOLD = 20;
const MAX_POINTS_WITH_DOTS = 1500; // above this many points, dots (and their tooltips) are left out
const RIGHT = 18;
const LEVEL_WIDTH = 7;
const X_AXIS_HEIGHT = 44;

/**
 * spec: { attrs, title, width, plotHeight, xDomain: [x0, x1], xTitle, xFormat,
 *         yTitle, yFormat, logY: true | false | 'auto',
 *         bands: [{ x0, x1, fill }],
 *         series: [{ points: [[x, y]], color, dash, opacity, attrs, title, pointLabel, level: { x0, x1, y, title } }],
 *         markers: [{ kind: 'tier-up' | 'deopt', x, y, color, count, title, attrs, stack }], legend: [items],
 *         emptyText: shown in the plot when there is nothing to draw }
 * Returns the <svg> markup.
 */
function lineChart(spec) {
  const width = spec.width || 960;
  const plotHeight = spec.plotHeight || 260;
  const ys = spec.series.flatMap((s) => s.points.map((p) => p[1])).filter(Number.isFinite);
  const yScaleOver = yScaleFor(ys, spec.logY, plotHeight);
  const nothingToDraw = spec.series.length === 0; // nothing to draw: a frame with spec.emptyText, no ticks
  const yTicks = nothingToDraw ? [] : yScaleOver(plotHeight, 0).ticks(yTickBudget(plotHeight), 15); // log ticks: 15 px apart
  const left = Math.max(56, leftAxisWidth(yTicks, spec.yFormat));

  const leg = legend(spec.legend || [], { x: left, y: 12, width: width - left - RIGHT });
  const top = 12 + leg.height + 6;
  const box = { left, top, right: width - RIGHT, bottom: top + plotHeight };
  const height = box.bottom + X_AXIS_HEIGHT;
  // Room inside the plot above the highest and below the lowest point for the markers.
  const stacks = 1 + Math.max(0, ...(spec.markers || []).map((m) => m.stack || 0));
  const markerRoom = 6 + stacks * (2 * MARK_SIZE + 3);
  const y = yScaleOver(box.bottom - (yScaleOver(0, 1).log ? markerRoom : 0), box.top + markerRoom);
  const x = linearScale(spec.xDomain[0], spec.xDomain[1], box.left, box.right);

  const xTicks = nothingToDraw ? [] : integerTicks(x, spec.xDomain, tickBudget(box.right - box.left, 4));
  const totalPoints = spec.series.reduce((n, s) => n + s.points.length, 0);
  const body = [
    tag('title', {}, esc(spec.title)),
    (spec.bands || []).map((b) => band(b, x, box)),
    axisLeft(y, box, { ticks: yTicks, format: spec.yFormat, title: spec.yTitle }),
    axisBottom(x, box, { ticks: xTicks, format: spec.xFormat || String, title: spec.xTitle }),
    spec.series.map((s) => (s.level ? levelMarkup(s, x, y) : null)),
    spec.series.map((s) => seriesMarkup(s, x, y, totalPoints <= MAX_POINTS_WITH_DOTS)),
    (spec.markers || []).map((m) => markerMarkup(m, x, y)),
    spec.emptyText ? tag('text', { x: px((box.left + box.right) / 2), y: px((box.top + box.bottom) / 2), 'text-anchor': 'middle', class: 'empty-text' }, esc(spec.emptyText)) : null,
    leg.markup,
  ];
  return chartSvg(spec.attrs, spec.title, width, height, body);
}

/** The y scale as a function of its pixel range (the legend height decides where the plot starts). */
function yScaleFor(ys, logY, plotHeight) {
  const positive = ys.filter((v) => v > 0);
  const min = positive.length ? Math.min(...positive) : 1;
  const max = positive.length ? Math.max(...positive) : 1;
  if (logY === true || (logY === 'auto' && max / min > LOG_THRESHOLD)) {
    const [d0, d1] = niceLogDomain(min, max, 1.04);
    return (r0, r1) => logScale(d0, d1, r0, r1);
  }
  const d1 = niceMax(max * 1.04, yTickBudget(plotHeight));
  return (r0, r1) => linearScale(0, d1, r0, r1);
}

function yTickBudget(plotHeight) {
  return Math.max(3, Math.floor(plotHeight / 24));
}

function integerTicks(x, [d0, d1], budget) {
  return x.ticks(budget).filter((t) => Number.isInteger(t) && t >= Math.ceil(d0) && t <= Math.floor(d1));
}

function band(b, x, box) {
  const x0 = Math.max(box.left, x.map(b.x0));
  const x1 = Math.min(box.right, x.map(b.x1));
  return empty('rect', { class: 'band', x: px(x0), y: box.top, width: px(Math.max(0, x1 - x0)), height: box.bottom - box.top, fill: b.fill });
}

/** A series' level over a range (the steady state): a broad translucent bar under its line. */
function levelMarkup(s, x, y) {
  const { x0, x1, y: v, title } = s.level;
  if (!Number.isFinite(v)) return null;
  const cy = px(y.map(v));
  return tag('g', { class: 'level', ...s.attrs },
    tag('title', {}, esc(title)),
    empty('line', { x1: px(x.map(x0)), y1: cy, x2: px(x.map(x1)), y2: cy, stroke: s.color, 'stroke-width': LEVEL_WIDTH, 'stroke-opacity': 0.22, 'stroke-linecap': 'round' }));
}

function seriesMarkup(s, x, y, withDots) {
  const pts = s.points.filter((p) => Number.isFinite(p[1]));
  const coords = pts.map(([px_, py]) => [px(x.map(px_)), px(y.map(py))]);
  const parts = [tag('title', {}, esc(s.title))];
  if (coords.length > 1) {
    parts.push(empty('polyline', {
      points: coords.map((c) => c.join(',')).join(' '),
      fill: 'none', stroke: s.color, 'stroke-width': 1.8, 'stroke-dasharray': s.dash || null,
      'stroke-linejoin': 'round', 'stroke-opacity': s.opacity !== undefined ? s.opacity : null,
    }));
  }
  if (withDots || coords.length === 1) {
    coords.forEach(([cx, cy], i) => {
      const label = s.pointLabel ? s.pointLabel(pts[i]) : `${pts[i][0]}: ${pts[i][1]}`;
      parts.push(tag('circle', { cx, cy, r: 2.4, fill: s.color, 'fill-opacity': s.opacity !== undefined ? s.opacity : null }, tag('title', {}, esc(label))));
    });
  }
  return tag('g', { class: 'series', ...s.attrs }, parts);
}

function markerMarkup(m, x, y) {
  const cx = x.map(m.x);
  const cy = y.map(m.y);
  const above = m.kind === 'tier-up';
  const away = MARK_SIZE + 5 + (m.stack || 0) * (2 * MARK_SIZE + 3); // later runs' markers stack outward
  const my = above ? cy - away : cy + away;
  const shape = above ? tierUpShape(cx, my, m.color) : deoptShape(cx, my, m.color);
  const count = m.count > 1
    ? tag('text', { x: px(cx + MARK_SIZE + 2), y: px(my + (above ? -1 : 7)), class: 'marker-count', fill: above ? '#222' : m.color }, String(m.count))
    : null;
  return tag('g', { class: `marker marker-${m.kind}`, 'data-kind': m.kind, 'data-count': m.count, ...m.attrs }, tag('title', {}, esc(m.title)), shape, count);
}

module.exports = { lineChart, LOG_THRESHOLD };
