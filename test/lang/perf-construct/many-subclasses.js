// One base constructor reached through super() from more subclasses than its CreateThis
// caches, with the allocation area filling up (many objects), and instances kept alive.
class Base {
  constructor(i) { this.i = i; }
  who() { return "base"; }
}
class S1 extends Base { who() { return "s1"; } }
class S2 extends Base { who() { return "s2"; } }
class S3 extends Base { who() { return "s3"; } }
class S4 extends Base { who() { return "s4"; } }
class S5 extends Base { who() { return "s5"; } }
class S6 extends Base { who() { return "s6"; } }
const classes = [Base, S1, S2, S3, S4, S5, S6];
const keep = [];
const counts = {};
for (let i = 0; i < 30000; i++) {
  const C = classes[i % classes.length];
  const o = new C(i);
  counts[o.who()] = (counts[o.who()] || 0) + o.i % 2;
  if (i % 7 === 0) keep.push(o);
}
let sum = 0;
for (const o of keep) sum += o.i;
console.log(JSON.stringify(counts), keep.length, sum, keep[5] instanceof S5 === false, keep[1].who());
