// Strings are immutable values: methods return new strings leaving the
// original untouched, += rebinds the variable without changing other
// variables holding the old string, and parameters get the value.
const orig = "Mixed Case";
const up = orig.toUpperCase();
const low = orig.toLowerCase();
const sl = orig.slice(1, 4);
const rep = orig.repeat(2);
console.log(orig, up, low, sl, rep);
console.log(orig.length, up.length, rep.length);
let a = "abc";
let b = a;
a += "d";
console.log(a, b, a === b, a.length, b.length);
function shout(s) {
  s = s + "!";
  return s;
}
const base = "hey";
console.log(shout(base), base);
const list = [];
let cur = "";
for (let i = 0; i < 6; i++) {
  cur += i;
  list.push(cur);
}
console.log(list.join(" "));
let same = 0;
for (let i = 0; i < 4000; i++) {
  const s1 = "v" + (i % 10);
  const s2 = "v" + (i % 10);
  if (s1 === s2) same++;
}
console.log(same);
