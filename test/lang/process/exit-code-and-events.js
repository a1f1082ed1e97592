// process: exitCode set by the program ends the process with it (after the event loop), the
// 'exit' listeners run last with the code, in order; the identity
// values and cwd/uptime/memoryUsage (their types only: their values are the machine's).
// (process.stderr.write is in test/lang/console/methods.js: a nonzero exit with stderr output
// would need an error line there.)
process.on('exit', (code) => { console.log('exit listener 1, code', code, process.exitCode); });
process.once('exit', function (code) { console.log('exit listener 2', code, this === process); });
setTimeout(() => { console.log('timer before exit'); process.exitCode = 3; }, 1);
console.log(typeof process.version, process.version.startsWith('v'), typeof process.versions.node, typeof process.pid, typeof process.arch, typeof process.title);
console.log(typeof process.cwd(), typeof process.uptime(), typeof process.memoryUsage().heapUsed, process.on('SIGUSR2', () => {}) === process);
console.log('main end', process.exitCode);
