// process.exit(code): the 'exit' listeners run once, in order, with the code; a process.exit
// inside one ends the process at once with its code; nothing after the call runs.
process.on('exit', (c) => { console.log('exit handler', c, process.exitCode); process.exit(9); });
process.on('exit', (c) => console.log('second', c));
console.log('before');
process.exit(2);
console.log('never');
