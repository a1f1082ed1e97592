// Template literals: substitution of every value kind (numbers format like
// String(x), including -0 -> "0"), nesting, expressions, multi-line templates,
// and templates built in a hot loop.
const n = 42;
const x = 0.1 + 0.2;
console.log(`n=${n} x=${x} neg=${-0} nan=${NaN} inf=${-Infinity}`);
console.log(`${true} ${false} ${null} ${undefined}`);
console.log(`${"a" + "b"}${1 + 2}${"c"}`);
console.log(`outer ${`inner ${n * 2}`} end`);
console.log(`multi
line
template`);
console.log(`${[1, 2, 3]} and ${[]} and ${[[1, 2], [3]]}`);
console.log(`${{}.x} ${"abc".length} ${"abc"[1]}`);
const who = "world";
console.log(`Hello, ${who}! ${who.toUpperCase()} has ${who.length} letters.`);
console.log(`escaped \${not} \` backtick \\ slash`);
console.log(`${1e21} ${1e-7} ${123456789.123} ${2 ** 53}`);
function label(i) {
  return `item-${i}:${i % 3 === 0 ? "fizz" : i}`;
}
let out = "";
let len = 0;
for (let i = 0; i < 5000; i++) {
  const t = label(i);
  len += t.length;
  if (i < 7) out += t + " ";
}
console.log(out);
console.log(len);
const rows = [];
for (let i = 1; i <= 5; i++) rows.push(`${i} x ${i} = ${i * i}`);
console.log(rows.join("\n"));
