// Benchmark Towers: solves the Towers of Hanoi for 13 disks with three piles kept as linked stacks
// of disk objects, checking on every move that no disk lands on a smaller one; the result is the
// number of moves (2^13 - 1 = 8191 per round). benchmark() runs ROUNDS rounds.
'use strict';
const { Benchmark } = require('./core.js');

const DISKS = 13;
const ROUNDS = 60;
const MOVES_PER_ROUND = 8191;

class Disk {
  constructor(size) {
    this.size = size;
    this.next = null;
  }
}

class Towers {
  constructor() {
    this.piles = [null, null, null];
    this.moves = 0;
  }

  push(pile, disk) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) throw new Error("cannot put a big disk on a smaller one");
    disk.next = top;
    this.piles[pile] = disk;
  }

  pop(pile) {
    const top = this.piles[pile];
    if (top === null) throw new Error("attempt to remove a disk from an empty pile");
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }

  moveTop(from, to) {
    this.push(to, this.pop(from));
    this.moves++;
  }

  moveDisks(count, from, to) {
    if (count === 1) {
      this.moveTop(from, to);
      return;
    }
    const other = 3 - from - to;
    this.moveDisks(count - 1, from, other);
    this.moveTop(from, to);
    this.moveDisks(count - 1, other, to);
  }

  solve(disks) {
    for (let size = disks; size > 0; size--) this.push(0, new Disk(size));
    this.moveDisks(disks, 0, 1);
    return this.moves;
  }
}

class TowersBenchmark extends Benchmark {
  benchmark() {
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) total += new Towers().solve(DISKS);
    return total;
  }

  verifyResult(result) {
    return result === MOVES_PER_ROUND * ROUNDS;
  }
}

module.exports = TowersBenchmark;
