// The Promise API: then/catch/finally results, rejection passing through, handlers that
// throw, the combinators with empty and mixed inputs, thenables (sync and throwing),
// chaining cycles, non-function handlers, errors of misuse, printing and tags, subclassing.
const show = (label) => [(v) => console.log(label, 'fulfilled', v), (e) => console.log(label, 'rejected', e instanceof Error ? `${e.name}: ${e.message}` : e)];
Promise.resolve(1).then(null, null).then(...show('passthrough'));
Promise.reject(new TypeError('t')).then((v) => v).catch((e) => e.message).then(...show('caught'));
Promise.resolve(2).then(() => { throw new RangeError('thrown'); }).then(...show('throws'));
Promise.resolve(3).finally(() => 'ignored').then(...show('finally keeps'));
Promise.resolve(3).finally(() => { throw new Error('finally throws'); }).then(...show('finally throws'));
Promise.reject(4).finally(() => {}).then(...show('finally rejection'));
Promise.all([]).then(...show('all empty'));
Promise.all([1, 'a', Promise.resolve(true)]).then(...show('all mixed'));
Promise.all([Promise.resolve(1), Promise.reject(new Error('first fail')), Promise.reject(new Error('second'))]).then(...show('all fail'));
Promise.allSettled([Promise.reject(0), 1]).then(...show('allSettled'));
Promise.any([]).then(...show('any empty'));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => console.log('any', e.name, e.message, e.errors));
Promise.race([]).then(...show('race empty never'));
Promise.race([Promise.reject(new Error('r')), Promise.resolve(1)]).then(...show('race'));
Promise.all(5).then(...show('all not iterable'));
Promise.all('ab').then(...show('all string'));
Promise.resolve({ then() { throw new Error('then throws'); } }).then(...show('thenable throws'));
Promise.resolve({ then(res) { res(1); res(2); throw new Error('ignored'); } }).then(...show('thenable resolves once'));
const cyc = Promise.resolve().then(() => cyc);
cyc.then(...show('cycle'));
try { Promise(); } catch (e) { console.log(e.name, e.message); }
try { new Promise(5); } catch (e) { console.log(e.name, e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.name, e.message); }
console.log(Promise.resolve(1), Promise.reject(2).catch(() => {}) && 'x', new Promise(() => {}), Object.prototype.toString.call(Promise.resolve()), typeof Promise, Promise.name, Promise.length);
class TimedPromise extends Promise { extra() { return 'extra'; } }
const tp = new TimedPromise((r) => r(5));
const derived = tp.then((v) => v * 2);
console.log(tp instanceof TimedPromise, tp instanceof Promise, derived instanceof TimedPromise, tp.extra());
derived.then(...show('subclass'));
new Promise((_, reject) => { reject(new Error('executor reject')); throw new Error('ignored after'); }).catch((e) => console.log(e.message));
new Promise(() => { throw new SyntaxError('executor throws'); }).catch((e) => console.log(e.name));
