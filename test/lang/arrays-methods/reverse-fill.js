// reverse (in place, returns the same array; odd/even/empty lengths) and fill
// (whole array, ranges with negative indices, filling with an object shares
// one reference).
const a = [1, 2, 3, 4, 5];
const r = a.reverse();
console.log(a, r === a, [].reverse(), [1].reverse(), [1, 2].reverse());
const f = new Array(6).fill(0);
console.log(f, f.fill(7, 2), f.fill(9, -2), f.fill(1, 1, 3), f.fill(5, 4, 2));
const objs = new Array(3).fill({ n: 0 });
objs[0].n = 42;
console.log(objs, objs[0] === objs[2]);
console.log(["a", "b", "c"].fill("z", 1), [1, 2, 3].fill(), [1, 2, 3].fill(4, -100, 100));
function revCopy(arr) {
  return arr.slice().reverse();
}
let check = 0;
const src = [];
for (let i = 0; i < 30; i++) src.push(i);
for (let i = 0; i < 3000; i++) check += revCopy(src)[i % 30];
console.log(check, src[0], src[29]);
console.log(revCopy(src));
