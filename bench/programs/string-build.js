// Micro benchmark StringBuild: builds strings by concatenation and templates in loops, reads them
// back by index and char code, and splits them; most intermediate strings die at once.
'use strict';
const { Benchmark } = require('./core.js');

const LINES = 300;
// The checksum of the 300 lines (computed by node; every engine must agree).
const STRING_BUILD_CHECKSUM = -248665256;

function render(row) {
  let s = '';
  for (let i = 0; i < row.length; i++) s += (i > 0 ? ',' : '') + row[i];
  return s;
}

function checksum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

class StringBuild extends Benchmark {
  benchmark() {
    let total = 0;
    let cells = 0;
    for (let k = 0; k < LINES; k++) {
      const row = [];
      for (let i = 0; i < 20; i++) row.push(`c${(k * 7 + i) % 100}`);
      const line = render(row);
      total = (total + checksum(line)) | 0;
      cells += line.split(',').length;
    }
    return [total, cells];
  }

  verifyResult(result) {
    return result[0] === STRING_BUILD_CHECKSUM && result[1] === LINES * 20;
  }
}

module.exports = StringBuild;
