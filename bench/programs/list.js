// Benchmark List: builds singly linked lists of counting-down elements and runs the Takeuchi-style
// recursive `tail` function over three of them (lengths 15, 10, 6); the result is the length of
// the list it returns, 10. benchmark() repeats that ROUNDS times.
'use strict';
const { Benchmark } = require('./core.js');

const ROUNDS = 160;
const LENGTH_PER_ROUND = 10;

class Element {
  constructor(value) {
    this.value = value;
    this.next = null;
  }

  length() {
    let n = 0;
    let e = this;
    while (e !== null) {
      n++;
      e = e.next;
    }
    return n;
  }
}

function makeList(length) {
  if (length === 0) return null;
  const e = new Element(length);
  e.next = makeList(length - 1);
  return e;
}

// True when list x is strictly shorter than list y.
function isShorter(x, y) {
  let a = x;
  let b = y;
  while (b !== null) {
    if (a === null) return true;
    a = a.next;
    b = b.next;
  }
  return false;
}

function tail(x, y, z) {
  if (isShorter(y, x)) {
    return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
  }
  return z;
}

class List extends Benchmark {
  benchmark() {
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) {
      total += tail(makeList(15), makeList(10), makeList(6)).length();
    }
    return total;
  }

  verifyResult(result) {
    return result === LENGTH_PER_ROUND * ROUNDS;
  }
}

module.exports = List;
