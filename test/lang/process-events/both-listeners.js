// uncaughtException and unhandledRejection listeners: exceptions from the main module, timers,
// immediates and microtasks go to the first, rejections nobody handled to the second, and the
// event loop goes on; the exit code stays 0.
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin, err instanceof Error));
process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason, p instanceof Promise));
setTimeout(() => { console.log('timer 1'); throw new Error('in timer'); }, 0);
setTimeout(() => console.log('timer 2'), 50);
setImmediate(() => { throw new TypeError('in immediate'); });
setImmediate(() => console.log('immediate 2'));
Promise.reject(new Error('nobody')).catch(() => {});
Promise.reject(42);
queueMicrotask(() => { throw new RangeError('in microtask'); });
process.on('exit', (c) => console.log('exit', c));
console.log('main done');
throw new Error('top level');
