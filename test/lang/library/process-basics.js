// process.argv (node/kiln path and script path; only their shape is printed),
// process.stdout.write (no newline added, mixes in order with console.log) and
// process.hrtime (a [seconds, nanoseconds] pair; differences are non-negative).
console.log(Array.isArray(process.argv), process.argv.length, typeof process.argv[0]);
console.log(process.argv[1].endsWith("process-basics.js"));
process.stdout.write("written ");
process.stdout.write("in " + "pieces");
process.stdout.write("\n");
console.log("then a log line");
process.stdout.write("a\nb\n");
const t0 = process.hrtime();
console.log(Array.isArray(t0), t0.length, Number.isInteger(t0[0]), Number.isInteger(t0[1]), t0[1] >= 0 && t0[1] < 1e9);
let work = 0;
for (let i = 0; i < 100000; i++) work += i % 7;
const d = process.hrtime(t0);
console.log(work, d.length, d[0] >= 0, d[1] >= 0 && d[1] < 1e9, d[0] * 1e9 + d[1] >= 0);
const t1 = process.hrtime();
console.log(t1[0] > t0[0] || (t1[0] === t0[0] && t1[1] >= t0[1]));
console.log("done");
