// Micro benchmark ClosureHelpers: hot methods that create closures over their locals and pass
// them to forEach-style helpers (forEach, map, filter, reduce, a user-written `each`), the
// idiom where compiled code creates a closure and its context on every call.
'use strict';
const { Benchmark } = require('./core.js');

const ITEMS = 200;
const ROUNDS = 100;
// The sum over all rounds (computed by node; every engine must agree).
const CLOSURE_HELPERS_RESULT = 2870303;

function each(array, fn) {
  for (let i = 0; i < array.length; i++) fn(array[i], i);
}

class Inventory {
  constructor(n) {
    this.items = [];
    for (let i = 0; i < n; i++) this.items.push({ id: i, price: (i * 37) % 101, count: i % 7 });
  }

  totalAbove(limit) {
    let total = 0;
    this.items.forEach((item) => {
      if (item.price > limit) total += item.price * item.count;
    });
    return total;
  }

  scaled(factor) {
    return this.items.map((item) => item.price * factor).filter((p) => p % 2 === 0);
  }

  countWhere(min, max) {
    let n = 0;
    each(this.items, (item, i) => {
      if (item.count >= min && item.count <= max && i % 2 === 0) n++;
    });
    return n;
  }

  weight(offset) {
    return this.items.reduce((sum, item) => sum + item.count + offset, 0);
  }
}

class ClosureHelpers extends Benchmark {
  benchmark() {
    const inventory = new Inventory(ITEMS);
    let result = 0;
    for (let r = 0; r < ROUNDS; r++) {
      result += inventory.totalAbove(r % 50);
      result += inventory.scaled(r % 3).length;
      result += inventory.countWhere(r % 4, 6);
      result += inventory.weight(r % 5);
    }
    return result;
  }

  verifyResult(result) {
    return result === CLOSURE_HELPERS_RESULT;
  }
}

module.exports = ClosureHelpers;
