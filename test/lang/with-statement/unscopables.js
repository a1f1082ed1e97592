// Array.prototype[Symbol.unscopables]: its keys, null prototype and descriptor.
const u = Array.prototype[Symbol.unscopables];
console.log(u, Object.getPrototypeOf(u));
console.log(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables));
