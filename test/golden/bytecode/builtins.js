let r = Math.floor(Math.sqrt(17)) + Math.max(1, 2, 3);
console.log(r, Math.PI, Number.MAX_SAFE_INTEGER, Date.now() > 0, performance.now() >= 0);
console.log();
