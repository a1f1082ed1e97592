// Number.prototype.toFixed, with node's rounding and formatting.
console.log((3.14159).toFixed(2), (2.5).toFixed(0), (1.005).toFixed(2), (-1.5).toFixed(0));
console.log((0).toFixed(2), (-0).toFixed(1), (1e21).toFixed(2), (123.456).toFixed());
console.log((0.000001).toFixed(7), NaN.toFixed(2), (1 / 0).toFixed(1));
const n = 10;
console.log(n.toFixed(3), (n / 3).toFixed(4), typeof n.toFixed(1));
let s = '';
for (let i = 0; i < 2000; i++) s = (i / 7).toFixed(3);
console.log(s);
