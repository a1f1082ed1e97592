'use strict';
// Text width estimates for laying out SVG labels without a browser: the report is rendered in
// node, so legends, margins and label spacing are computed from per-character advance widths.
// The widths are DejaVu Sans's (the Debian default sans-serif, what the test's chromium uses),
// in em, rounded up; other fonts are narrower, so labels laid out with these never overlap.

const NARROW = { ' ': 0.32, '.': 0.32, ',': 0.32, ':': 0.34, ';': 0.34, '\'': 0.28, '"': 0.46, '(': 0.39, ')': 0.39,
  '[': 0.39, ']': 0.39, '-': 0.36, '/': 0.34, '|': 0.34, '!': 0.4, i: 0.28, j: 0.28, l: 0.28, f: 0.36, t: 0.4, r: 0.42,
  I: 0.3, J: 0.3 };
const WIDE = { m: 0.98, w: 0.82, M: 0.87, W: 0.99, '×': 0.84, '—': 1.0, '–': 0.5, '%': 0.95, '+': 0.84, '=': 0.84,
  '<': 0.84, '>': 0.84, '±': 0.84, '…': 1.0, '_': 0.5 };
const SAFETY = 1.04;

function charWidthEm(c) {
  if (c in NARROW) return NARROW[c];
  if (c in WIDE) return WIDE[c];
  if (c >= '0' && c <= '9') return 0.64;
  if (c >= 'a' && c <= 'z') return 0.62;
  if (c >= 'A' && c <= 'Z') return 0.74;
  return 0.7;
}

/** Estimated width in px of `text` at `fontSize` px in a sans-serif font. */
function textWidth(text, fontSize) {
  let em = 0;
  for (const c of String(text)) em += charWidthEm(c);
  return em * fontSize * SAFETY;
}

module.exports = { textWidth };
