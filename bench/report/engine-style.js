'use strict';
// Colours and line styles per engine key, fixed so that "kiln" is the same colour in every
// chart and table of every report. Okabe-Ito colours (readable with colour-vision
// deficiencies): kiln engines warm, node engines cool; interpreter-only engines dashed.

const KNOWN = {
  'kiln-jitless': { color: '#E69F00', dash: '6 3' },
  kiln: { color: '#D55E00', dash: null },
  'node-jitless': { color: '#56B4E9', dash: '6 3' },
  'node-sparkplug': { color: '#0072B2', dash: '2 2' },
  node: { color: '#009E73', dash: null },
};

// Engines the report does not know yet get these, in order of first appearance.
const SPARE_COLORS = ['#CC79A7', '#7F7F7F', '#8C564B', '#1F1F1F', '#BCBD22'];

/** Builds the style lookup for one report's engine list (unknown keys get spare colours). */
function engineStyles(engineKeys) {
  const styles = new Map();
  let spare = 0;
  for (const key of engineKeys) {
    if (KNOWN[key]) styles.set(key, KNOWN[key]);
    else styles.set(key, { color: SPARE_COLORS[spare++ % SPARE_COLORS.length], dash: key.includes('jitless') ? '6 3' : null });
  }
  return (key) => styles.get(key) || { color: '#7F7F7F', dash: null };
}

/** Marker colours: tier-ups use the engine's colour, deopts one alarm colour everywhere. */
const DEOPT_COLOR = '#B0001E';
const STEADY_BAND_FILL = '#EEF2F7';
const REFERENCE_LINE = '#333333';

module.exports = { engineStyles, DEOPT_COLOR, STEADY_BAND_FILL, REFERENCE_LINE };
