// A site compiled for one receiver shape that later sees a second and a third: it deopts,
// learns the shape, and is compiled again (the results must not change along the way).
class P {
  constructor(a) { this.a = a; }
  get2() { return this.a; }
}
class Q {
  constructor(a) { this.z = 0; this.a = a; }
}
function f(o) {
  return o.a;
}
let s = 0;
for (let i = 0; i < 3000; i++) s += f(new P(i));
const q = new Q(3);
for (let i = 0; i < 3000; i++) s += f(i & 1 ? q : new P(1));
const r = { a: 2, b: 3 };
for (let i = 0; i < 3000; i++) s += f(i % 3 === 0 ? r : i % 3 === 1 ? q : new P(2));
const m = [{ a: 1 }, { b: 1, a: 2 }, { c: 1, a: 3 }, { d: 1, a: 4 }, { e: 1, a: 5 }, { f: 1, a: 6 }];
for (let i = 0; i < 3000; i++) s += f(m[i % 6]);
console.log(s);
