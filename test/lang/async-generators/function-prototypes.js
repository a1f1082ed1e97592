// What generator, async and async generator functions inherit: their constructors' names,
// Object.prototype.toString tags, prototypes.
console.log(Object.prototype.toString.call(function*(){}), Object.prototype.toString.call(async function(){}), Object.getPrototypeOf(function*(){}) === Function.prototype)
const af = async () => 1; const gf = function* () {}; async function* agf() {}
console.log(af.constructor.name, gf.constructor.name, agf.constructor.name, af instanceof Function, Object.getPrototypeOf(gf) === Object.getPrototypeOf(function* () {}));
console.log(Object.getPrototypeOf(af) === Function.prototype, Object.getPrototypeOf(Object.getPrototypeOf(af)) === Function.prototype, typeof af.call, af.call(null).constructor.name);
console.log(Object.getPrototypeOf(gf).prototype === Object.getPrototypeOf(gf.prototype));
