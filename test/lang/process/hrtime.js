// process.hrtime() and hrtime(prev): [seconds, nanoseconds] (timings are not printed).
const start = process.hrtime();
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
const diff = process.hrtime(start);
console.log(start.length, diff.length, Number.isInteger(diff[0]), diff[1] >= 0 && diff[1] < 1e9, x);
const t1 = process.hrtime();
const t2 = process.hrtime();
console.log(t2[0] > t1[0] || (t2[0] === t1[0] && t2[1] >= t1[1]));
const p = performance.now();
console.log(typeof p, p >= 0);
