// process.hrtime.bigint(): a monotonic BigInt of nanoseconds, the timer benchmark scripts use.
const t0 = process.hrtime.bigint();
let x = 0;
for (let i = 0; i < 1000; i++) x += i;
const t1 = process.hrtime.bigint();
const elapsed = t1 - t0;
console.log(typeof t0, t1 >= t0, elapsed >= 0n, typeof elapsed, x);
console.log(typeof process.hrtime.bigint, process.hrtime.bigint.name, process.hrtime.bigint.length, Object.keys(process.hrtime));
const ms = Number(elapsed / 1000000n);
console.log(Number.isInteger(ms), ms >= 0, process.hrtime().length);
