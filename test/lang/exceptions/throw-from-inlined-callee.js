// Small callees that a compiler would inline into a hot caller throw on rare
// inputs; the caller's try/catch (or its caller's) must receive the exception
// with the callee's locals already discarded and the caller's intact.
function checkedIndex(arr, i) {
  if (i < 0 || i >= arr.length) throw new RangeError("index " + i);
  return arr[i];
}
function half(n) {
  if (n & 1) throw n;
  return n >> 1;
}
function sumAt(arr, idxs) {
  let s = 0;
  let misses = 0;
  for (let k = 0; k < idxs.length; k++) {
    try {
      s += checkedIndex(arr, idxs[k]);
    } catch (e) {
      misses++;
    }
  }
  return s * 1000 + misses;
}
const data = [];
for (let i = 0; i < 64; i++) data.push(i * 3);
const idxs = [];
for (let i = 0; i < 1000; i++) idxs.push(i % 97 === 0 ? 64 + i : i & 63);
let total = 0;
for (let r = 0; r < 50; r++) total += sumAt(data, idxs);
console.log(total);
function halvings(n) {
  let steps = 0;
  try {
    while (true) {
      n = half(n);
      steps++;
    }
  } catch (odd) {
    return steps * 1000 + odd;
  }
}
let h = 0;
for (let i = 1; i < 20000; i++) h = (h + halvings(i * 8)) | 0;
console.log(h);
function outer(i) {
  const mine = i * 2;
  return half(i) + mine;
}
let caughtOuter = 0;
let sumOuter = 0;
for (let i = 0; i < 100000; i++) {
  try {
    sumOuter += outer(i % 1000 === 999 ? i : i & ~1);
  } catch (e) {
    caughtOuter += e;
  }
}
console.log(sumOuter, caughtOuter);
console.log("done");
