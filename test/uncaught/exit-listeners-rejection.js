// An unhandled rejection runs the 'exit' listeners with code 1 before the report.
process.on('exit', (c) => { console.log('exit handler', c); });
Promise.reject(new Error('rej'));
