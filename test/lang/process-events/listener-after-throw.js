// A handled uncaught exception leaves process.exitCode to the program.
process.on('uncaughtException', (e) => { console.log('handled', e.message); process.exitCode = 3; });
setImmediate(() => console.log('still running'));
null.boom;
