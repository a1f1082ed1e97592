'use strict';
// Number formatting for the benchmark report: times, ratios, byte counts, rates. One place so
// that a table cell, a bar label and an axis tick show the same value the same way.

/** Milliseconds with precision that fits the magnitude: 1234 ms, 12.3 ms, 1.23 ms, 0.123 ms. */
function fmtMs(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const a = Math.abs(ms);
  if (a >= 100) return Math.round(ms).toLocaleString('en-US');
  if (a >= 10) return ms.toFixed(1);
  if (a >= 1) return ms.toFixed(2);
  if (a === 0) return '0';
  return ms.toPrecision(2);
}

/** A ratio as "6.2×", "41×", "0.85×". */
function fmtRatio(r) {
  if (r === null || r === undefined || !Number.isFinite(r)) return '—';
  if (r >= 100) return `${Math.round(r)}×`;
  if (r >= 10) return `${r.toFixed(1)}×`;
  return `${r.toFixed(2)}×`;
}

/** An axis tick on a ratio axis: "0.5×", "1×", "20×", no trailing zeros. */
function fmtRatioTick(r) {
  return `${trimNumber(r)}×`;
}

/** An axis tick in ms: "0", "0.5", "20", "1,000". */
function fmtMsTick(ms) {
  return Math.abs(ms) >= 1000 ? Math.round(ms).toLocaleString('en-US') : trimNumber(ms);
}

function trimNumber(v) {
  if (v === 0) return '0';
  const s = Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Bytes in binary units: 812 B, 50.0 KiB, 3.10 MiB. */
function fmtBytes(b) {
  if (b === null || b === undefined || !Number.isFinite(b)) return '—';
  if (b < 1024) return `${b} B`;
  if (b < 1024 * 1024) return `${(b / 1024).toFixed(1)} KiB`;
  return `${(b / 1024 / 1024).toFixed(2)} MiB`;
}

/** A count with thousands separators. */
function fmtCount(n) {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString('en-US');
}

/** A rate with an SI prefix: 2.10 M, 123 k, 45.6. */
function fmtSi(v) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const [div, prefix] = a >= 1e9 ? [1e9, ' G'] : a >= 1e6 ? [1e6, ' M'] : a >= 1e3 ? [1e3, ' k'] : [1, ''];
  const x = v / div;
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return `${x.toFixed(digits)}${prefix}`;
}

/** Seconds as "4 min 1 s" or "12.3 s". */
function fmtDuration(s) {
  if (s === null || s === undefined || !Number.isFinite(s)) return '—';
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

module.exports = { fmtMs, fmtRatio, fmtRatioTick, fmtMsTick, fmtBytes, fmtCount, fmtSi, fmtDuration, trimNumber };
