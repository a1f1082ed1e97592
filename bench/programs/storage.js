// Benchmark Storage: stresses the allocator and garbage collector by building a complete tree of
// depth 7 whose inner nodes are four-element arrays and whose leaves are arrays of random length
// 1..10; the result counts the arrays allocated (5461 per tree). benchmark() builds ROUNDS trees.
'use strict';
const { Benchmark, Random } = require('./core.js');

const DEPTH = 7;
const ROUNDS = 30;
const ARRAYS_PER_TREE = 5461;

class TreeBuilder {
  constructor() {
    this.random = new Random();
    this.count = 0;
  }

  build(depth) {
    this.count++;
    if (depth === 1) {
      const leaf = new Array((this.random.next() % 10) + 1);
      for (let i = 0; i < leaf.length; i++) leaf[i] = null;
      return leaf;
    }
    const node = new Array(4);
    for (let i = 0; i < 4; i++) node[i] = this.build(depth - 1);
    return node;
  }
}

class Storage extends Benchmark {
  benchmark() {
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const builder = new TreeBuilder();
      builder.build(DEPTH);
      total += builder.count;
    }
    return total;
  }

  verifyResult(result) {
    return result === ARRAYS_PER_TREE * ROUNDS;
  }
}

module.exports = Storage;
