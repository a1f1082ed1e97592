// Arrow syntax forms: no parens for one parameter, () for none, concise
// expression bodies, block bodies with return, returning an object literal
// needs parentheses ({...}), comma expressions, and nested arrows.
const one = (x) => x + 1;
const bare = x => x * 2;
const none = () => "none";
const two = (a, b) => a - b;
const block = (a) => {
  const t = a * a;
  return t + 1;
};
const noReturn = (a) => {
  a + 1;
};
const obj = (k, v) => ({ [k]: v, both: k + v });
const comma = (a) => (a++, a++, a);
const nested = (a) => (b) => (c) => a + b + c;
console.log(one(1), bare(4), none(), two(9, 3), block(5), noReturn(1), comma(10));
console.log(obj("key", "val"), nested(1)(2)(3), nested("a")("b")("c"));
const ternary = (n) => (n < 0 ? "neg" : n === 0 ? "zero" : "pos");
console.log([-2, 0, 5].map(ternary));
const fns = [one, bare, block, (x) => x - 1, (x) => -x];
let s = 0;
for (let i = 0; i < 5000; i++) s += fns[i % fns.length](i);
console.log(s);
const ops = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };
for (const k of Object.keys(ops)) console.log(k, ops[k](6, 3));
console.log(ops);
