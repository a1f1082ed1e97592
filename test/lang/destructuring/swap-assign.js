// Destructuring assignment (not declaration): swaps [a, b] = [b, a],
// rotations of three variables, assignment into object properties and
// array elements, and the expression's value (the right-hand side).
let a = 1;
let b = 2;
[a, b] = [b, a];
console.log(a, b);
let x = "x";
let y = "y";
let z = "z";
[x, y, z] = [y, z, x];
console.log(x, y, z);
const obj = {};
const arr = [];
[obj.first, arr[2], obj["k" + 1]] = [10, 20, 30];
console.log(obj, arr);
let p;
let q;
({ p, q = "qd" } = { p: "pv" });
console.log(p, q);
const rhs = [7, 8];
let m;
let n;
const result = ([m, n] = rhs);
console.log(result === rhs, m, n);
let f0 = 0;
let f1 = 1;
for (let i = 0; i < 70; i++) [f0, f1] = [f1, f0 + f1];
console.log(f0, f1);
let i1 = 0;
let i2 = 1;
for (let i = 0; i < 5000; i++) [i1, i2] = [i2, (i1 + i2) % 1000007];
console.log(i1, i2);
const data = [5, 3, 8, 1];
for (let i = 0; i < data.length; i++)
  for (let j = 0; j < data.length - 1 - i; j++) if (data[j] > data[j + 1]) [data[j], data[j + 1]] = [data[j + 1], data[j]];
console.log(data);
