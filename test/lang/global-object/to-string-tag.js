// The global object names itself 'global' (a non-enumerable, read-only, configurable own
// Symbol.toStringTag, as node's): Object.prototype.toString, String(), template literals and
// util.inspect's header all show it.
const util = require('util');
console.log(Object.prototype.toString.call(globalThis), String(globalThis), `${global}`, globalThis[Symbol.toStringTag]);
console.log(Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag));
console.log(util.inspect(globalThis, { depth: 0 }).split('\n')[0].slice(0, 30));
console.log(Object.keys(globalThis).includes(Symbol.toStringTag.toString()), Object.getOwnPropertySymbols(globalThis).map(String));
