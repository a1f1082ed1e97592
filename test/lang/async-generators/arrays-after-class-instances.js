// Awaiting, yielding and resolving arrays once a class has made instances (a promise check
// asked an array for a private slot as if it were a plain object, and read its elements kind
// as a shape id: an internal error). Private async generator methods, as test262 has them.
class D {}
new D();
(async () => { console.log('await', await [1]); })();
Promise.resolve([2, 3]).then((v) => console.log('resolve', v));
class C {
  static async * #s(value) { yield * await value; }
  static get s() { return this.#s; }
  async * #i(value) { yield value; }
  runI() { return this.#i([4]).next(); }
}
Promise.all([C.s([5]).next(), new C().runI()]).then((r) => console.log('all', r));
console.log(structuredClone([6, [7]]));
