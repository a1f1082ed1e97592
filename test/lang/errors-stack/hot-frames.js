// Frames of compiled code (and of code inlined into it) print as interpreted ones do: the
// functions run hot before the errors are made, at the same positions.
function leaf(i) { return new Error('leaf ' + i); }
function middle(i) { return leaf(i) ; }
function top(i) { return middle(i); }
let last;
for (let i = 0; i < 3000; i++) last = top(i);
console.log(last);
function read(o) { return o.value.length; }
function reader(o) { return read(o) + 1; }
let total = 0;
for (let i = 0; i < 3000; i++) total += reader({ value: 'abc' });
try {
  reader({});
} catch (e) {
  console.log(total, e);
}
class Point {
  constructor(x) { this.x = x; }
  check() { if (this.x > 2990) throw new RangeError('too far: ' + this.x); return this.x; }
}
function run(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += new Point(i).check();
  return sum;
}
try {
  run(3000);
} catch (e) {
  console.log(e);
}
