// A rejection nobody handles by the time the microtasks drain ends the process as node does:
// the error's report on stderr and exit code 1; what ran before is printed, timers pending
// never run. A rejection handled later in the same drain is not reported.
const handledLate = Promise.reject(new Error('handled late'));
Promise.resolve().then(() => handledLate.catch((e) => console.log('caught', e.message)));
setTimeout(() => console.log('never'), 10);
console.log('main');
Promise.resolve().then(() => { throw new TypeError('nobody catches this'); });
