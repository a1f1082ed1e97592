// String + in loops: heap strings joined with strings and numbers (ints, doubles, -0, NaN,
// exponents), and the host's + for everything else (arrays, objects, null, booleans).
let s = '';
for (let i = 0; i < 3000; i++) s += (i > 0 ? ',' : '') + i;
console.log(s.length, s.slice(0, 30), s.slice(-20));
console.log('a' + 1.5, 2.25 + 'b', 'x' + -0, -0 + 'y', 'n' + NaN, 'é' + '✓' + 'z', 'big' + 1e21, 'u' + undefined, [1,2] + 'q', 'q' + {}, 'k' + null, true + 's');
let t = 'π';
for (let i = 0; i < 12; i++) t = t + t;
console.log(t.length, t.charCodeAt(4095));
