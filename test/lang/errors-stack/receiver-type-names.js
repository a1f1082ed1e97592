// A stack frame's type name as V8 gives it: an object named by its own or inherited
// Symbol.toStringTag data property when no constructor names it (`Tagged.m`,
// `Reflect.ownKeys`), a class instance by its class even with a tag getter, and a builtin
// constructor as receiver by `Function` (`Function.defineProperty`).
const frame = (f) => { try { f(); } catch (e) { return e.stack.split('\n')[1].replace(__dirname, '<dir>'); } return 'no error'; };
const tagged = { [Symbol.toStringTag]: 'Tagged', m() { throw new Error('x'); } };
const inherits = Object.create({ [Symbol.toStringTag]: 'Parent' });
inherits.m = function m() { throw new Error('y'); };
class WithGetter { get [Symbol.toStringTag]() { return 'G'; } m() { throw new Error('z'); } }
console.log(frame(() => tagged.m()));
console.log(frame(() => inherits.m()));
console.log(frame(() => new WithGetter().m()));
console.log(frame(() => Reflect.ownKeys(1)));
console.log(frame(() => Object.defineProperty(1, 'x', {})));
console.log(frame(() => Promise.resolve.call(1)));
console.log(frame(() => ({ m() { throw new Error('plain'); } }).m()));
