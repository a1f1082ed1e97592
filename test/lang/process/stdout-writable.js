// process.stdout reports itself writable (not an own enumerable key).
console.log(process.stdout.writable, typeof process.stdout.write, Object.keys(process.stdout).includes('writable'));
console.log(process.stdout.write('written\n'), process.stdout.writable === true);
