'use strict';
// Markup helpers for the benchmark report: escaping and element building, shared by the HTML
// sections and the SVG charts. Children are markup strings (already escaped); text from the
// results file always goes through esc() first, because function names and error messages
// are arbitrary strings.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content or a quoted attribute value. */
function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Attribute string for an object; null/undefined/false values are left out, true is bare. */
function attrs(obj) {
  let out = '';
  for (const [name, value] of Object.entries(obj || {})) {
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
  }
  return out;
}

/** `<name attrs>children</name>`; children may be nested arrays of markup strings. */
function tag(name, attrObj, ...children) {
  return `<${name}${attrs(attrObj)}>${flatten(children)}</${name}>`;
}

/** A void / self-closing element (`<line .../>` in SVG, `<meta ...>` in HTML). */
function empty(name, attrObj) {
  return `<${name}${attrs(attrObj)}/>`;
}

function flatten(children) {
  let out = '';
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    out += Array.isArray(c) ? flatten(c) : String(c);
  }
  return out;
}

/** SVG coordinates rounded to 0.1 px: keeps the page small without visible change. */
function px(v) {
  return Math.round(v * 10) / 10;
}

/** A stable id fragment for a name (used for per-program anchors). */
function slug(name) {
  return String(name).replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A chart's root <svg>: the caller's attributes (class, data-*), labelled for assistive
 *  technology, sized in CSS pixels with a matching viewBox. */
function chartSvg(attrObj, title, width, height, children) {
  return tag('svg', {
    ...attrObj,
    xmlns: 'http://www.w3.org/2000/svg',
    role: 'img',
    'aria-label': title,
    viewBox: `0 0 ${width} ${px(height)}`,
    width,
    height: px(height),
  }, children);
}

module.exports = { esc, attrs, tag, empty, flatten, px, slug, chartSvg };
