// Keeps every object it allocates: under a small --max-heap it must stop with kiln's
// FATAL heap-limit message (never a crash).
const all = [];
console.log('start');
for (let i = 0; i < 100000000; i++) all.push({ i, s: 'item ' + i });
console.log('unreachable', all.length);
