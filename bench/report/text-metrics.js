'use strict';
// Text width estimates for laying out SVG labels without a browser: the report is rendered in
// node, so legends, margins and label spacing are computed from character counts. The factor
// is taken on the wide side (DejaVu Sans, the Debian default) so that labels never overlap.

const CHAR_WIDTH_EM = 0.62;

/** Estimated width in px of `text` at `fontSize` px in a sans-serif font. */
function textWidth(text, fontSize) {
  return String(text).length * fontSize * CHAR_WIDTH_EM;
}

/** `text` shortened with an ellipsis to fit in `maxWidth` px. */
function fitText(text, fontSize, maxWidth) {
  const s = String(text);
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * CHAR_WIDTH_EM)));
  return s.length <= maxChars ? s : `${s.slice(0, Math.max(1, maxChars - 1))}…`;
}

module.exports = { textWidth, fitText };
