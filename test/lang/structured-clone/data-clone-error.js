// What structuredClone cannot clone throws node's DataCloneError DOMException.
const util = require('util');
for (const bad of [() => 1, function named() {}, Symbol('s'), { f() {} }, new WeakMap(), new WeakSet(), Promise.resolve(), [1, () => 2]]) {
  try {
    structuredClone(bad);
    console.log('cloned', typeof bad);
  } catch (e) {
    console.log(e.name, e.constructor.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
    console.log(String(e), Object.prototype.toString.call(e), util.inspect(e).split('\n')[0]);
  }
}
const p = new Promise((resolve) => resolve(structuredClone(Symbol('in promise'))));
p.catch((e) => console.log('rejected with', e.name, e.message));
