// Math builtins whose operands come from property loads (tagged): compiled code speculates
// they are numbers; the speculation fails when a double reaches Math.imul or a string
// reaches Math.floor/Math.sqrt, and results must not change.
class Rng {
  constructor(seed) { this.state = seed; }
  next(bound) {
    this.state = (Math.imul(this.state, 1103515245) + 12345) & 0x7fffffff;
    return (this.state >> 8) % bound;
  }
}
const r = new Rng(42);
let s = 0;
for (let i = 0; i < 5000; i++) s += r.next(1000);
console.log(s);
r.state = 2.75;
console.log(r.next(1000), r.next(1000));
r.state = "17";
console.log(r.next(1000));
const box = { v: 2.5 };
function f(o) {
  return Math.floor(o.v) + Math.sqrt(o.v) + Math.abs(o.v) + Math.min(o.v, 3) + Math.max(o.v, 1) + Math.ceil(o.v);
}
let t = 0;
for (let i = 0; i < 3000; i++) {
  box.v = i % 2 ? i : i + 0.5;
  t += f(box);
}
console.log(t.toFixed(3));
box.v = "9";
console.log(f(box));
box.v = undefined;
console.log(f(box));
box.v = -0;
console.log(1 / Math.floor(box.v), f(box));
