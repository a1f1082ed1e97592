// JSON.stringify of plain data: primitives, nesting, escapes, key order.
console.log(JSON.stringify(1), JSON.stringify(-0), JSON.stringify(1.5e300), JSON.stringify('a"b\\c\n\t\u0001'));
console.log(JSON.stringify(true), JSON.stringify(null), JSON.stringify(NaN), JSON.stringify(Infinity));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1));
console.log(JSON.stringify({ b: 1, a: [1, 'two', { three: 3 }], 2: 'two', 1: 'one' }));
console.log(JSON.stringify([undefined, function () {}, null, NaN]));
console.log(JSON.stringify({ u: undefined, f() {}, n: null, nested: { u: undefined } }));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify('é✓😀'));
