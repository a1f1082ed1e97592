// Generator functions as values: methods, class members, `this` and `arguments`, closures,
// the prototype chain and how node prints them.
class Tree {
  constructor(value, ...children) {
    this.value = value;
    this.children = children;
  }
  *[Symbol.iterator]() {
    yield this.value;
    for (const child of this.children) yield* child;
  }
  static *count(n) {
    for (let i = 0; i < n; i++) yield i;
  }
}
const t = new Tree(1, new Tree(2, new Tree(4)), new Tree(3));
console.log([...t], [...Tree.count(3)]);

const counter = {
  base: 100,
  *values() {
    yield this.base;
    yield arguments.length;
    yield arguments[0];
  },
};
console.log([...counter.values('x', 'y')]);

function makeIds(prefix) {
  let next = 0;
  return function* ids() {
    while (true) yield `${prefix}-${next++}`;
  };
}
const ids = makeIds('id')();
console.log(ids.next().value, ids.next().value, ids.next().value);

function* g() { yield 1; }
const it = g();
console.log(typeof g, typeof it, it, g, String(it), Object.prototype.toString.call(it));
console.log(it[Symbol.iterator]() === it, Object.getPrototypeOf(it) === g.prototype);
console.log(Object.getOwnPropertyNames(g), g.length, g.name, g.prototype.constructor === Object);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(g.prototype));
const GeneratorPrototype = Object.getPrototypeOf(g.prototype);
console.log(Object.getOwnPropertyNames(GeneratorPrototype).sort(), GeneratorPrototype[Symbol.toStringTag]);
try {
  new g();
} catch (err) {
  console.log(err.name, err.message);
}
try {
  it.next.call({});
} catch (err) {
  console.log(err.name, err.message);
}
function* reentrant() {
  self.next();
  yield 1;
}
const self = reentrant();
try {
  self.next();
} catch (err) {
  console.log(err.name, err.message);
}
console.log(counter.values, Tree.count);
