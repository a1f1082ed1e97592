// Return values: push/unshift return the new length, pop/shift return the
// element (undefined when empty), several arguments to push/unshift keep
// their order. A hot loop mixes all four.
const a = [];
console.log(a.push(1), a.push(2, 3), a.unshift(0), a.unshift(-2, -1), a);
console.log(a.pop(), a.shift(), a, a.length);
console.log([].pop(), [].shift(), [undefined].pop());
const d = [];
let sum = 0;
for (let i = 0; i < 5000; i++) {
  if (i % 4 === 0) d.unshift(i);
  else if (i % 4 === 1) d.push(i);
  else if (i % 4 === 2) sum += d.pop();
  else sum += d.length ? d.shift() : 0;
}
console.log(sum, d.length);
const words = ["c"];
words.unshift("a", "b");
words.push("d", "e");
console.log(words, words.join(""));
