// === and !== between values of unpredictable types (compiled inline when the words decide
// it: same non-double word, one-word values, objects; strings compared by their code units;
// numbers of mixed representation through the runtime).
function eq(a, b) {
  return a === b;
}
function ne(a, b) {
  return a !== b;
}
const o = {};
const arr = [1];
const values = [
  0, -0, 1, 1.0, 1.5, NaN, 2147483647, 2147483648, -2147483648, Infinity,
  true, false, undefined, null, "", "a", "ab", "1", o, arr, {}, [1],
];
const built = ["a" + "b", "x".substring(0, 0), String(1), "é".repeat(2), "\u00e9\u00e9"];
const all = values.concat(built);
let out = "";
for (let round = 0; round < 100; round++) {
  out = "";
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < all.length; j++) out += eq(all[i], all[j]) ? "1" : "0";
    for (let j = 0; j < all.length; j++) out += ne(all[i], all[j]) ? "1" : "0";
    out += "\n";
  }
}
console.log(out);
// Strings with the same length and a difference only in their first or last unit, and long
// equal strings built two ways.
const long1 = "abcdefghij".repeat(50);
let long2 = "";
for (let i = 0; i < 50; i++) long2 += "abcdefghij";
let hits = 0;
for (let i = 0; i < 300; i++) {
  if (eq(long1, long2)) hits++;
  if (eq("xbc", "abc")) hits += 1000;
  if (eq("abx", "abc")) hits += 1000;
  if (eq("\ud83d\ude00", "\ud83d\ude00".substring(0))) hits++;
}
console.log(hits, eq(long1, long2 + ""), ne(long1, long2.substring(1)));
// Names compared in a loop, as a parser's member lookup does.
const names = [];
for (let i = 0; i < 20; i++) names.push("key" + i);
function find(name) {
  for (let i = 0; i < names.length; i++) if (names[i] === name) return i;
  return -1;
}
let sum = 0;
for (let i = 0; i < 400; i++) sum += find("key" + (i % 25));
console.log(sum);
