// s.charCodeAt(i) compiles to a string guard, a bounds check and a 16-bit load; NaN for
// indexes out of range comes from the interpreter after a deopt.
function checksum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
let t = 0;
for (let k = 0; k < 2000; k++) t = (t + checksum('hello, wörld ✓ ' + k)) | 0;
console.log(t, 'x'.charCodeAt(3), 'ab'.charCodeAt(1));
function f(s, i) { return s.charCodeAt(i); }
for (let k = 0; k < 3000; k++) f('abc', k % 3);
console.log(f('abc', 5), f('abc', 1.5), f('abc', -1), f('€uro', 0));
