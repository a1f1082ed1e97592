// Speculation failures while execution is inside try, catch and finally blocks
// of hot code: int32 arithmetic overflowing, a value changing from int to
// double to string; the handler structure must survive the switch to the
// interpreter, and later throws must still be caught by the right handler.
function mix(x, y) {
  let r = 0;
  try {
    r = x * y;
    if (r > 1e12) throw "huge " + r;
  } catch (e) {
    r = -1;
  } finally {
    r = r + 1;
  }
  return r;
}
let s = 0;
for (let i = 0; i < 50000; i++) s += mix(i & 1023, 3);
console.log("ints", s);
console.log("overflow", mix(2147483647, 2));
console.log("double", mix(1.5, 2.25));
console.log("string", mix("ab", 1));
console.log("huge", mix(1e7, 1e7));
function inCatch(v) {
  try {
    throw v;
  } catch (e) {
    return e + 1;
  }
}
let t = 0;
for (let i = 0; i < 50000; i++) t += inCatch(i);
console.log(t, inCatch(0.5), inCatch("x"), inCatch(2147483647));
function inFinally(a) {
  let out = 0;
  try {
    out = a;
  } finally {
    out = out + a;
  }
  return out;
}
let u = 0;
for (let i = 0; i < 50000; i++) u += inFinally(i);
console.log(u, inFinally(1073741824), inFinally(0.25), inFinally("s"));
console.log("done");
