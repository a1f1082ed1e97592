// An uncaught exception: the 'exit' listeners run first (process.exitCode is 1, and one may
// change it), then node's report.
process.on('exit', (c) => { console.log('exit handler', c, process.exitCode); process.exitCode = 5; });
throw new Error('boom');
