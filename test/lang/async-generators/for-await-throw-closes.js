// An exception leaving a for-await body awaits the iterator's return() and is still what the
// loop throws, whether return() throws, rejects or gives a primitive.
async function* ticks(name) {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    console.log('closed', name);
  }
}
function asyncIterable(behaviour) {
  return {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { return Promise.resolve({ value: i++, done: false }); },
        return() {
          console.log('return', behaviour);
          if (behaviour === 'throws') throw new Error('return threw');
          if (behaviour === 'rejects') return Promise.reject(new Error('return rejected'));
          if (behaviour === 'primitive') return 5;
          return Promise.resolve({ done: true });
        },
      };
    },
  };
}
async function main() {
  try {
    for await (const x of ticks('generator')) if (x === 1) throw new Error('body ' + x);
  } catch (e) { console.log('caught', e.message); }
  for (const behaviour of ['resolves', 'throws', 'rejects', 'primitive']) {
    try {
      for await (const x of asyncIterable(behaviour)) if (x === 2) throw new TypeError(behaviour);
    } catch (e) { console.log(e.constructor.name, e.message); }
  }
  // A sync iterable in for await: its return() runs too.
  function* sync() { try { yield 1; yield 2; } finally { console.log('sync closed'); } }
  try {
    for await (const x of sync()) throw new Error('sync ' + x);
  } catch (e) { console.log(e.message); }
  // break still checks the result.
  try {
    for await (const x of asyncIterable('primitive')) break;
  } catch (e) { console.log('break', e.constructor.name); }
}
main().then(() => console.log('done'));
Promise.resolve().then(() => console.log('microtask between'));
