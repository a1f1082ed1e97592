// expect: 4:19: unsupported: __proto__
// A __proto__ key in an object literal sets the prototype: not in the subset.
console.log("must not print");
const o = { a: 1, __proto__: null };
