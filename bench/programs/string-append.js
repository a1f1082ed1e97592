// Micro benchmark StringAppend: one long string built piece by piece with `s += piece` (an
// HTML-ish report of 20000 rows), then read back by charCodeAt. An engine without ropes (or
// an equivalent) copies the whole string on every append: quadratic, where node is linear.
'use strict';
const { Benchmark } = require('./core.js');

const ROWS = 20000;
// The report's length and checksum (computed by node; every engine must agree).
const REPORT_LENGTH = 728907;
const REPORT_CHECKSUM = 997079759;

function report(rows) {
  let s = '<table>\n';
  for (let i = 0; i < rows; i++) {
    s += '<tr><td>' + i + '</td><td>';
    s += i % 3 === 0 ? 'fizz' : 'buzz';
    s += '</td></tr>\n';
  }
  return s + '</table>\n';
}

function checksum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

class StringAppend extends Benchmark {
  benchmark() {
    const s = report(ROWS);
    return [s.length, checksum(s)];
  }

  verifyResult(result) {
    return result[0] === REPORT_LENGTH && result[1] === REPORT_CHECKSUM;
  }
}

module.exports = StringAppend;
