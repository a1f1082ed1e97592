// A throw inside a callback passed to forEach, map, filter, reduce and sort
// propagates out of the builtin and is caught by the caller; the iteration
// stops at the throwing element.
const arr = [5, 3, 8, 1, 9, 2];
let visited = [];
try {
  arr.forEach((x, i) => {
    visited.push(x);
    if (x === 8) throw "stop at index " + i;
  });
} catch (e) {
  console.log("forEach:", e, visited.join(","));
}
try {
  arr.map((x) => {
    if (x > 8) throw new RangeError("too big: " + x);
    return x * 2;
  });
} catch (e) {
  console.log("map:", e.name, e.message);
}
try {
  arr.filter((x) => {
    if (x === 1) throw { found: x };
    return x > 2;
  });
} catch (e) {
  console.log("filter:", e.found);
}
try {
  arr.reduce((acc, x) => {
    if (acc > 15) throw acc;
    return acc + x;
  }, 0);
} catch (e) {
  console.log("reduce stopped with", e);
}
const copy = arr.slice();
let comparisons = 0;
try {
  copy.sort((a, b) => {
    comparisons++;
    if (comparisons === 4) throw new Error("comparator gave up");
    return a - b;
  });
} catch (e) {
  console.log("sort:", e.message, comparisons, copy.length);
}
function findOrThrow(xs, pred) {
  xs.forEach((x) => {
    if (pred(x)) throw { value: x };
  });
  return null;
}
try {
  findOrThrow(arr, (x) => x % 4 === 0);
} catch (r) {
  console.log("found via throw:", r.value);
}
console.log(["a", "b"].map((s) => s.toUpperCase()).join(""));
let hot = 0;
for (let i = 0; i < 2000; i++) {
  try {
    [1, 2, 3].forEach((x) => {
      if (x === 2 && i % 100 === 0) throw x;
      hot += x;
    });
  } catch (e) {
    hot -= 1000;
  }
}
console.log("hot", hot);
console.log("done");
