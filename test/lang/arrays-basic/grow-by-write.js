// Writing past the end grows the array: a[len] = v appends, a[len+5] = v
// leaves holes in between (length jumps), and index writes in a hot loop
// grow an empty array element by element.
const a = [];
a[0] = "x";
console.log(a.length, a);
a[3] = "y";
console.log(a.length, a);
a[a.length] = "z";
console.log(a.length, a, 1 in a, 3 in a);
function fill(n) {
  const out = [];
  for (let i = 0; i < n; i++) out[i] = i * i;
  return out;
}
let s = 0;
for (let r = 0; r < 2000; r++) {
  const f = fill(r % 50);
  s += f.length + (f.length ? f[f.length - 1] : 0);
}
console.log(s);
console.log(fill(10));
const b = [1, 2];
b[10] = 11;
console.log(b.length, b, b[5], b[10]);
const c = [];
for (let i = 9; i >= 0; i--) c[i] = i;
console.log(c.length, c.join(""));
