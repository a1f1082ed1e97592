// Grouped string arrays: strings are left-aligned (padEnd), quoted; entries
// of very different lengths prevent grouping (one per line instead), short
// uniform entries make many columns; word lists of 7..30 entries.
const words = "the quick brown fox jumps over the lazy dog while kiln compiles hot loops into fast code".split(" ");
for (const n of [6, 7, 8, 12, words.length]) console.log(words.slice(0, n));
const letters = "abcdefghijklmnopqrstuvwxyz".split("");
console.log(letters);
const uneven = ["a", "b", "c", "d", "e", "f", "a much much longer string than the others here"];
console.log(uneven);
const medium = [];
for (let i = 0; i < 9; i++) medium.push("item-" + "x".repeat(i));
console.log(medium);
const ids = [];
for (let i = 0; i < 24; i++) ids.push("id" + i * 37);
console.log(ids);
const longish = [];
for (let i = 0; i < 8; i++) longish.push("entry number " + i + " of the list");
console.log(longish);
