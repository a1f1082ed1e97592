// Date.now() and performance.now() are numbers that never go backwards; only
// booleans are printed because the values themselves are nondeterministic.
let d0 = Date.now();
let p0 = performance.now();
let x = 0;
for (let i = 0; i < 100000; i++) x += i & 3;
let d1 = Date.now();
let p1 = performance.now();
console.log(x, typeof d0, typeof p0, d1 >= d0, p1 >= p0, d0 > 1600000000000, p0 >= 0);
console.log(d0 === Math.floor(d0), p1 - p0 < 60000);
