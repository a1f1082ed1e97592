// ++/-- prefix vs postfix values, in expressions, on int32 edges, doubles,
// and in loop headers.
let i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
let a = 0;
let b = a++ + a++ + ++a;
console.log(a, b);
let m = 2147483647;
console.log(m++, m, ++m, m);
let n = -2147483648;
console.log(n--, n, --n);
let f = 1.5;
console.log(f++, f, --f, f--, f);
let z = -1;
z++;
console.log(z, 1 / z);
let c = 0;
for (let k = 10; k > 0; k--) c++;
for (let k = 0; k < 10; ++k) c += 2;
console.log(c);
