// process.exit() with no code exits 0, even from inside nested calls.
function deep(n) { if (n === 0) process.exit(); return deep(n - 1); }
console.log('start');
deep(50);
console.log('never');
