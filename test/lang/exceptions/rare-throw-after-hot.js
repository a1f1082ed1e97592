// A function that never throws for 100k calls (so it is compiled without ever
// having seen the throwing path) finally throws; the exception must still be
// raised with the right value and be caught by the caller.
function safeDiv(a, b) {
  if (b === 0) throw new Error("division by zero: " + a + "/0");
  return (a / b) | 0;
}
let acc = 0;
for (let i = 1; i <= 100000; i++) acc = (acc + safeDiv(i * 7, (i % 13) + 1)) | 0;
console.log("warm", acc);
try {
  safeDiv(5, 0);
  console.log("not thrown");
} catch (e) {
  console.log(e.name, e.message);
}
function readField(o) {
  return o.value.inner;
}
let s = 0;
const good = { value: { inner: 2 } };
for (let i = 0; i < 100000; i++) s += readField(good);
console.log("warm2", s);
try {
  readField({ value: undefined });
} catch (e) {
  console.log(e.name, e.message);
}
function callIt(f) {
  return f(1);
}
const inc = (x) => x + 1;
let t = 0;
for (let i = 0; i < 100000; i++) t += callIt(inc);
console.log("warm3", t);
try {
  callIt(42);
} catch (e) {
  console.log(e.name, e.message);
}
for (let i = 0; i < 1000; i++) t += safeDiv(i, 1) + readField(good) + callIt(inc);
console.log("still works", t);
console.log("done");
