// Promise jobs in the spec's order: reactions in registration order, a chain advancing one
// microtask per step, resolving with a promise or thenable taking the spec's extra jobs,
// nextTick before microtasks, executor running synchronously, handlers always async.
const log = [];
const p = new Promise((resolve) => { log.push('executor'); resolve('v'); log.push('after resolve'); });
p.then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3'));
p.then(() => log.push('b1')).then(() => log.push('b2'));
Promise.resolve().then(() => log.push('c1')).then(() => log.push('c2'));
new Promise((resolve) => resolve(Promise.resolve('inner'))).then((v) => log.push(`adopted ${v}`));
new Promise((resolve) => resolve({ then(r) { log.push('thenable then called'); r('t'); } })).then((v) => log.push(`thenable ${v}`));
Promise.resolve(p).then(() => log.push('Promise.resolve(p) is p: ' + (Promise.resolve(p) === p)));
process.nextTick(() => log.push('tick'));
queueMicrotask(() => log.push('microtask'));
log.push('sync');
setTimeout(() => console.log(log.join('\n')), 0);
