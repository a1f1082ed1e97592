// A Symbol.toStringTag getter (a class's `get [Symbol.toStringTag]()`, an object's own
// non-enumerable accessor) names the object in console.log as node prints it
// (`Cache [LRU] { ... }`), as a data property does; a getter giving a non-string, an own
// enumerable one (listed as a property instead), and a tag equal to the class name follow
// node's rules.
class Cache { constructor() { this.size = 0; } get [Symbol.toStringTag]() { return 'LRU'; } }
class NotString { get [Symbol.toStringTag]() { return 42; } }
class SameName { get [Symbol.toStringTag]() { return 'SameName'; } }
class Counting { constructor() { this.reads = 0; } get [Symbol.toStringTag]() { this.reads++; return `Read${this.reads}`; } }
const hidden = {};
Object.defineProperty(hidden, Symbol.toStringTag, { get() { return 'Hidden'; }, enumerable: false });
const listed = { get [Symbol.toStringTag]() { return 'Listed'; } };
console.log(new Cache(), [new Cache()], { c: new Cache() });
console.log(new NotString(), new SameName(), hidden, listed);
console.log(String(new Cache()), Object.prototype.toString.call(hidden), `${new NotString()}`);
const counting = new Counting();
console.log(counting);
console.log(counting.reads > 0, Object.prototype.toString.call(counting));
class Sub extends Cache {}
console.log(new Sub(), Object.create(Cache.prototype));
