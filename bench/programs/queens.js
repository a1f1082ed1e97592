// Benchmark Queens: places eight queens on a chess board by backtracking over rows, tracking free
// rows and free rising/falling diagonals in boolean arrays. One round solves the puzzle ten times
// and yields true when every solve succeeded; benchmark() counts the successful rounds.
'use strict';
const { Benchmark } = require('./core.js');

const N = 8;
const SOLVES_PER_ROUND = 10;
const ROUNDS = 100;

function filledArray(n, value) {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = value;
  return a;
}

class Board {
  constructor() {
    this.freeRows = filledArray(N, true);
    this.freeRising = filledArray(2 * N, true);
    this.freeFalling = filledArray(2 * N, true);
    this.queenRows = filledArray(N, -1);
  }

  isFree(row, column) {
    return this.freeRows[row] && this.freeRising[row + column] && this.freeFalling[column - row + N - 1];
  }

  mark(row, column, free) {
    this.freeRows[row] = free;
    this.freeRising[row + column] = free;
    this.freeFalling[column - row + N - 1] = free;
  }

  // Places queens in columns column..N-1; true when that succeeds.
  place(column) {
    for (let row = 0; row < N; row++) {
      if (this.isFree(row, column)) {
        this.queenRows[column] = row;
        this.mark(row, column, false);
        if (column === N - 1) return true;
        if (this.place(column + 1)) return true;
        this.mark(row, column, true);
      }
    }
    return false;
  }
}

function round() {
  let ok = true;
  for (let i = 0; i < SOLVES_PER_ROUND; i++) {
    if (!new Board().place(0)) ok = false;
  }
  return ok;
}

class Queens extends Benchmark {
  benchmark() {
    let solved = 0;
    for (let r = 0; r < ROUNDS; r++) {
      if (round()) solved++;
    }
    return solved;
  }

  verifyResult(result) {
    return result === ROUNDS;
  }
}

module.exports = Queens;
