// Array literals at hot sites (allocated inline): every kind of element value, so the
// elements kind must come out as the runtime's; the arrays are then grown, written and printed.
function lit(a, b, c) { return [a, b, c]; }
function empty() { return []; }
function one(x) { return [x]; }
let s = "";
const vals = [1, 2.5, "s", null, undefined, {}, -0, NaN, true];
for (let r = 0; r < 400; r++) {
  s = "";
  for (let i = 0; i < vals.length; i++) {
    const a = lit(vals[i], i, vals[(i + 1) % vals.length]);
    a.push(7.5);
    a[1] = "x";
    s += JSON.stringify(a) + a.length + ";";
    const e = empty(); e.push(i); e.push(vals[i]); s += e.length + String(e[1]);
    const o = one(vals[i]); o[3] = 1; s += o.length + String(o[2]);
  }
}
console.log(s);
