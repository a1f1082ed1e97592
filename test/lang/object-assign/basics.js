// Object.assign copies own enumerable properties left to right and returns the target.
const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, { a: 3, c: 4 });
console.log(result === target, target);
console.log(Object.assign({}, null, undefined, { x: 1 }));
console.log(Object.assign({}, 'ab'), Object.assign({}, [5, 6]), Object.assign({}, 42, true));
const copy = Object.assign({}, { nested: { deep: 1 } });
copy.nested.deep = 2;
console.log(copy);
console.log(Object.assign([1, 2, 3], [9]));
const order = Object.assign({ z: 0 }, { 2: 'two', b: 'b', 1: 'one' });
console.log(Object.keys(order));
