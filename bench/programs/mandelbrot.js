// Benchmark Mandelbrot: renders a size x size bitmap of the Mandelbrot set (at most 50 iterations
// per point, escape radius 2), packs the escape bits eight to a byte and folds the bytes into a running
// xor checksum. Known checksums: size 1 -> 128, size 500 -> 191, size 750 -> 50.
'use strict';
const { Benchmark } = require('./core.js');

const SIZE = 200;
const ITERATION_LIMIT = 50;
const KNOWN = [[1, 128], [200, 2], [500, 191], [750, 50]];

function render(size) {
  let sum = 0;
  let byteAcc = 0;
  let bitNum = 0;
  for (let y = 0; y < size; y++) {
    const ci = (2.0 * y) / size - 1.0;
    for (let x = 0; x < size; x++) {
      let zi = 0.0;
      let zrzr = 0.0;
      let zizi = 0.0;
      const cr = (2.0 * x) / size - 1.5;
      let escaped = false;
      for (let i = 0; i < ITERATION_LIMIT; i++) {
        // As in the classic suite, the new real part feeds the imaginary update of the same step.
        const zr = zrzr - zizi + cr;
        zi = 2.0 * zr * zi + ci;
        zrzr = zr * zr;
        zizi = zi * zi;
        if (zrzr + zizi > 4.0) {
          escaped = true;
          break;
        }
      }
      byteAcc = (byteAcc << 1) | (escaped ? 1 : 0);
      bitNum++;
      if (bitNum === 8) {
        sum ^= byteAcc;
        byteAcc = 0;
        bitNum = 0;
      } else if (x === size - 1) {
        byteAcc <<= 8 - bitNum;
        sum ^= byteAcc;
        byteAcc = 0;
        bitNum = 0;
      }
    }
  }
  return sum;
}

class Mandelbrot extends Benchmark {
  constructor(size) {
    super();
    this.size = size === undefined ? SIZE : size;
  }

  benchmark() {
    return render(this.size);
  }

  verifyResult(result) {
    for (let i = 0; i < KNOWN.length; i++) {
      if (KNOWN[i][0] === this.size) return result === KNOWN[i][1];
    }
    return false;
  }
}

module.exports = Mandelbrot;
