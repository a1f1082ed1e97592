'use strict';
// Scales for the report's SVG charts: map a data domain onto a pixel range, linearly or
// logarithmically, and pick tick values a reader can read at a glance (1-2-5 steps).

/** Linear scale; ticks(maxCount) returns round values (multiples of 1, 2 or 5 × 10^k). */
function linearScale(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  return {
    log: false,
    domain: [d0, d1],
    range: [r0, r1],
    map: (v) => r0 + ((v - d0) / span) * (r1 - r0),
    ticks: (maxCount) => linearTicks(d0, d1, maxCount),
  };
}

/**
 * Log10 scale over a positive domain; values <= 0 are clamped to the bottom of the domain.
 * ticks(maxCount, minGapPx): the densest 1-2-5-style set with at most maxCount ticks whose
 * closest two (at the top of a decade) are at least minGapPx apart.
 */
function logScale(d0, d1, r0, r1) {
  const l0 = Math.log10(d0);
  const span = Math.log10(d1) - l0 || 1;
  const map = (v) => r0 + ((Math.log10(Math.max(v, d0)) - l0) / span) * (r1 - r0);
  return {
    log: true,
    domain: [d0, d1],
    range: [r0, r1],
    map,
    ticks: (maxCount, minGapPx = 0) => logTicks(d0, d1, maxCount, (ticks) => minGap(ticks, map) >= minGapPx),
  };
}

function minGap(ticks, map) {
  let gap = Infinity;
  for (let i = 1; i < ticks.length; i++) gap = Math.min(gap, Math.abs(map(ticks[i]) - map(ticks[i - 1])));
  return gap;
}

/** The 1-2-5 step at or above rough. */
function niceStep(rough) {
  const exp = Math.pow(10, Math.floor(Math.log10(rough)));
  const m = rough / exp;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * exp;
}

function linearTicks(d0, d1, maxCount) {
  const step = niceStep((d1 - d0) / Math.max(1, maxCount));
  const out = [];
  for (let v = Math.ceil(d0 / step - 1e-9) * step; v <= d1 + step * 1e-9; v += step) out.push(roundToStep(v, step));
  return out;
}

function roundToStep(v, step) {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(digits));
}

/** Upper end of a linear domain starting at 0, rounded up to a tick. */
function niceMax(max, maxCount) {
  if (!(max > 0)) return 1;
  const step = niceStep(max / Math.max(1, maxCount));
  return Math.ceil(max / step - 1e-9) * step;
}

// Mantissas per decade, densest first; the densest set that fits maxCount is used.
const LOG_MANTISSAS = [[1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 5], [1, 2, 5], [1, 3], [1]];

function logTicks(d0, d1, maxCount, spacedEnough) {
  const lo = Math.floor(Math.log10(d0));
  const hi = Math.ceil(Math.log10(d1));
  for (const mantissas of LOG_MANTISSAS) {
    const ticks = [];
    for (let e = lo; e <= hi; e++) {
      for (const m of mantissas) {
        const v = Number((m * Math.pow(10, e)).toPrecision(3));
        if (v >= d0 * (1 - 1e-9) && v <= d1 * (1 + 1e-9)) ticks.push(v);
      }
    }
    if (ticks.length <= maxCount && spacedEnough(ticks)) return ticks;
  }
  // Very wide domains: every k-th decade.
  const stride = Math.ceil((hi - lo + 1) / Math.max(1, maxCount));
  const ticks = [];
  for (let e = lo; e <= hi; e += stride) {
    const v = Math.pow(10, e);
    if (v >= d0 && v <= d1) ticks.push(v);
  }
  return ticks;
}

/**
 * A log domain around [min, max] widened by `pad` (a factor) on both sides; each end then
 * moves out to the nearest 1-2-5 value (so it carries a tick) unless that wastes more than a
 * factor 1.3 of the axis.
 */
function niceLogDomain(min, max, pad) {
  const [d0, d1] = padLogDomain(min, max, pad);
  const n0 = nice125(d0, Math.floor);
  const n1 = nice125(d1, Math.ceil);
  return [d0 / n0 <= 1.3 ? n0 : d0, n1 / d1 <= 1.3 ? n1 : d1];
}

function nice125(v, round) {
  const exp = Math.pow(10, Math.floor(Math.log10(v)));
  const steps = [1, 2, 5, 10];
  const m = v / exp;
  const pick = round === Math.floor ? steps.filter((s) => s <= m * (1 + 1e-9)).pop() : steps.find((s) => s >= m * (1 - 1e-9));
  return Number((pick * exp).toPrecision(3));
}

/** A log domain around [min, max] widened by `pad` (a factor) on both sides. */
function padLogDomain(min, max, pad) {
  if (!(min > 0) || !(max > 0)) return [0.1, 10];
  if (min === max) return [min / 2, max * 2];
  return [min / pad, max * pad];
}

module.exports = { linearScale, logScale, niceMax, niceStep, padLogDomain, niceLogDomain };
