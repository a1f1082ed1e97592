// Hot keyed loads that meet holes and run past the end (towers of Hanoi keeps its piles in a
// `new Array(3)`): undefined there, compiled inline, until a prototype gains elements.
class Towers {
  constructor() {
    this.piles = new Array(3);
    this.moves = 0;
  }
  push(disk, pile) {
    const top = this.piles[pile];
    if (top !== undefined && disk.size >= top.size) throw new Error('Cannot put a big disk on a smaller one');
    disk.next = top;
    this.piles[pile] = disk;
  }
  pop(pile) {
    const top = this.piles[pile];
    if (top === undefined) throw new Error('Attempting to remove a disk from an empty pile');
    this.piles[pile] = top.next;
    top.next = undefined;
    return top;
  }
  move(from, to) {
    this.push(this.pop(from), to);
    this.moves++;
  }
  moveDisks(n, from, to) {
    if (n === 1) return this.move(from, to);
    const other = 3 - from - to;
    this.moveDisks(n - 1, from, other);
    this.move(from, to);
    this.moveDisks(n - 1, other, to);
  }
}
let total = 0;
for (let round = 0; round < 20; round++) {
  const t = new Towers();
  for (let size = 10; size > 0; size--) t.push({ size, next: undefined }, 0);
  t.moveDisks(10, 0, 1);
  total += t.moves;
}
console.log(total);

function sumUntilUndefined(a) {
  let s = 0;
  for (let i = 0; ; i++) {
    const v = a[i];
    if (v === undefined) return s;
    s += v;
  }
}
function countHoles(a, n) {
  let holes = 0;
  for (let i = 0; i < n; i++) if (a[i] === undefined) holes++;
  return holes;
}
const sparse = new Array(50);
for (let i = 0; i < 50; i += 3) sparse[i] = i;
let acc = 0;
for (let r = 0; r < 200; r++) acc += sumUntilUndefined([1, 2, 3, r]) + countHoles(sparse, 60);
console.log(acc, sparse[-1], sparse[1000]);

// A prototype gains an element: holes now read it.
Array.prototype[1] = 'from Array.prototype';
console.log(countHoles(sparse, 60), sparse[1], [0, , 2][1], sumUntilUndefined([5, 6]));
delete Array.prototype[1];
Object.prototype[4] = 'from Object.prototype';
console.log(countHoles(sparse, 60), sparse[4], new Array(6)[4]);
delete Object.prototype[4];
console.log(countHoles(sparse, 60), sparse[4]);

// Receivers that are not plain arrays at the same site.
function at(a, i) {
  return a[i];
}
for (let r = 0; r < 300; r++) at(new Array(4), r % 6);
const named = [1, , 3];
named.label = 'x';
function args() {
  return at(arguments, 1);
}
console.log(at(named, 1), at(named, 2), args(7, 8), at('str', 1), at({ 1: 'obj' }, 1), at(new Int32Array(3), 5));
