// Micro benchmark BinaryTrees: object allocation. Builds complete binary trees of {left, right}
// objects, checks them by counting nodes and throws them away, so almost everything allocated
// dies young, while one long-lived tree (built once per process) stays reachable.
'use strict';
const { Benchmark } = require('./core.js');

const MAX_DEPTH = 10;

function bottomUpTree(depth) {
  return depth > 0 ? { left: bottomUpTree(depth - 1), right: bottomUpTree(depth - 1) } : { left: null, right: null };
}

function itemCheck(node) {
  return node.left === null ? 1 : 1 + itemCheck(node.left) + itemCheck(node.right);
}

class BinaryTrees extends Benchmark {
  constructor() {
    super();
    this.longLived = bottomUpTree(MAX_DEPTH);
  }

  benchmark() {
    let check = itemCheck(bottomUpTree(MAX_DEPTH + 1));
    for (let depth = 4; depth <= MAX_DEPTH; depth += 2) {
      const iterations = 1 << (MAX_DEPTH - depth + 4);
      for (let i = 0; i < iterations; i++) check += itemCheck(bottomUpTree(depth));
    }
    return check + itemCheck(this.longLived);
  }

  // The stretch tree (2^12 - 1 nodes), 2^(14-d) trees of 2^(d+1) - 1 nodes for d = 4, 6, 8, 10,
  // and the long-lived tree (2^11 - 1 nodes).
  verifyResult(result) {
    let expected = (1 << (MAX_DEPTH + 2)) - 1 + (1 << (MAX_DEPTH + 1)) - 1;
    for (let depth = 4; depth <= MAX_DEPTH; depth += 2) expected += (1 << (MAX_DEPTH - depth + 4)) * ((1 << (depth + 1)) - 1);
    return result === expected;
  }
}

module.exports = BinaryTrees;
