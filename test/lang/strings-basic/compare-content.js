// Strings compare by content, not identity: strings built by concatenation,
// slicing and fromCharCode must be === to literals. Relational < > use
// UTF-16 code unit order ("Z" < "a", "10" < "9", "" < anything).
const a = "hello";
const b = "hel" + "lo";
let c = "";
for (const ch of ["h", "e", "l", "l", "o"]) c += ch;
const d = "say hello".slice(4);
const e = String.fromCharCode(104, 101, 108, 108, 111);
console.log(a === b, a === c, a === d, a === e, b === e);
console.log(a !== c, a == c, a === "Hello", a === "hello ");
const pairs = [
  ["a", "b"], ["b", "a"], ["a", "a"], ["Z", "a"], ["10", "9"], ["", "a"],
  ["abc", "abd"], ["abc", "ab"], ["ab", "abc"], ["é", "z"], ["日", "é"],
  ["A", "a"], [" ", "!"], ["apple", "Apple"], ["2", "10"],
];
for (const p of pairs) {
  const x = p[0];
  const y = p[1];
  console.log(`'${x}' vs '${y}':`, x < y, x > y, x <= y, x >= y, x === y);
}
function eqCount(arr, target) {
  let n = 0;
  for (let i = 0; i < arr.length; i++) if (arr[i] === target) n++;
  return n;
}
const words = [];
for (let i = 0; i < 50; i++) words.push("w" + (i % 7));
let total = 0;
for (let r = 0; r < 3000; r++) total += eqCount(words, "w" + (r % 9));
console.log("hot eq", total);
let lt = 0;
for (let i = 0; i < 5000; i++) if ("k" + i < "k" + (i + 1)) lt++;
console.log("lt count", lt);
