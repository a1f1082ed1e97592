// Micro benchmark HoleyObjects: arrays made with `new Array(n)` (holey from birth) and filled
// with objects, then read and rewritten by index in hot loops: keyed loads and stores of the
// holey-any elements kind, with bounds and hole checks.
'use strict';
const { Benchmark } = require('./core.js');

const SIZE = 1000;
const PASSES = 40;
// The sum over all passes (computed by node; every engine must agree).
const HOLEY_OBJECTS_RESULT = 1986459;

class Cell {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }
}

function fill(n) {
  const cells = new Array(n);
  for (let i = 0; i < n; i++) cells[i] = new Cell(i % 97, (i * 31) % n);
  return cells;
}

function walk(cells, start, steps) {
  let at = start;
  let sum = 0;
  for (let s = 0; s < steps; s++) {
    const cell = cells[at];
    sum += cell.value;
    at = cell.next;
  }
  return sum;
}

function rotate(cells) {
  const first = cells[0];
  for (let i = 1; i < cells.length; i++) cells[i - 1] = cells[i];
  cells[cells.length - 1] = first;
}

class HoleyObjects extends Benchmark {
  benchmark() {
    const cells = fill(SIZE);
    let result = 0;
    for (let p = 0; p < PASSES; p++) {
      result += walk(cells, p, SIZE);
      rotate(cells);
      const spare = new Array(SIZE >> 1);
      for (let i = 0; i < spare.length; i++) spare[i] = cells[(i * 3) % SIZE];
      for (let i = 0; i < spare.length; i += 7) result += spare[i].value;
    }
    return result;
  }

  verifyResult(result) {
    return result === HOLEY_OBJECTS_RESULT;
  }
}

module.exports = HoleyObjects;
