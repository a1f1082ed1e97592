// Without an unhandledRejection listener a rejection nobody handled is an uncaught exception,
// with the origin 'unhandledRejection'; once() listeners run once.
process.once('uncaughtException', (err, origin) => console.log('once', String(err), origin));
process.on('uncaughtException', (err, origin) => console.log('on', String(err), origin));
Promise.reject(new Error('first'));
setTimeout(() => Promise.reject('second'), 1);
setTimeout(() => { throw 'third'; }, 3);
