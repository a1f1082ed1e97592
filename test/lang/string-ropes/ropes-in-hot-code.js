// Hot (compiled) functions receiving ropes where they were specialized for flat strings:
// charCodeAt, s[i], ===, <, typeof and .length keep working (the rope is flattened, never a
// wrong answer or a deopt loop).
function hash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) | 0;
  return h;
}
function firstChars(s) {
  return s[0] + s[1] + s[s.length - 1];
}
function same(x, y) {
  return x === y;
}
function less(x, y) {
  return x < y;
}
function kind(x) {
  return typeof x;
}
let out = 0;
for (let i = 0; i < 2000; i++) out += hash('short' + (i % 7)) + firstChars('abc' + i).length;
console.log(out, same('ab', 'a' + 'b'), less('a', 'b'), kind('s'));
let rope = '';
for (let i = 0; i < 300; i++) rope += 'ab' + (i % 10);
let other = '';
for (let i = 0; i < 300; i++) other += 'ab' + (i % 10);
for (let round = 0; round < 3; round++) {
  console.log(hash(rope), firstChars(rope), same(rope, other), same(rope, rope + ''), less(rope, other + 'z'), kind(rope), rope.length);
  rope += round;
  other += round;
}
const keys = [];
for (let i = 0; i < 50; i++) keys.push('k'.repeat(140) + i);
const table = {};
for (const k of keys) table[k] = k.length;
let total = 0;
for (const k of keys) total += table['k'.repeat(140) + k.slice(140)];
console.log(total);
