// Spreading arrays of objects and strings: objects are shared (not copied),
// strings spread into characters; combined with rest params to count types.
const objs = [{ id: 1 }, { id: 2 }];
const copy = [...objs];
copy[0].id = 100;
console.log(objs, copy, copy[1] === objs[1]);
function kinds(...xs) {
  const k = {};
  for (const x of xs) {
    const t = Array.isArray(x) ? "array" : typeof x;
    k[t] = (k[t] || 0) + 1;
  }
  return k;
}
console.log(kinds(...objs, ..."abc", ...[[1], 2, null, undefined, true]));
console.log(kinds(), kinds(..."日本😀"));
let n = 0;
for (let i = 0; i < 2000; i++) n += Object.keys(kinds(...[i, "s", [i]], ...(i % 2 ? "xy" : []))).length;
console.log(n);
const samples = [[1, 2], "str", [], "", [["nested"]], [{ a: 1 }, "x"]];
for (const s of samples) console.log(s, [...s], [...s].length, kinds(...s));
