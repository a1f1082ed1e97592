// Computed members used from hot code: methods and fields keyed by computed names behave
// like static ones once defined (compiled code, shape-cached).
const m = 'step';
const f = 'total';
class Accumulator {
  [f] = 0;
  [m](x) { this[f] += x; return this; }
  get ['cur' + 'rent']() { return this.total; }
}
const acc = new Accumulator();
for (let i = 0; i < 10000; i++) acc.step(i % 10);
console.log(acc.current, acc.total);
const many = [];
for (let i = 0; i < 2000; i++) many.push(new Accumulator().step(i).current);
console.log(many.reduce((x, y) => x + y, 0));
