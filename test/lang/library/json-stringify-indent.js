// JSON.stringify with the indentation argument: numbers (clamped to 10),
// strings (first 10 characters), empty containers stay "[]" and "{}", and nested
// arrays of objects.
const value = { name: "kiln", tags: ["jit", "gc"], empty: [], none: {}, nested: { deep: [1, { x: null }] } };
console.log(JSON.stringify(value, null, 2));
console.log(JSON.stringify(value, null, 0));
console.log(JSON.stringify([1, [2, 3]], null, "--"));
console.log(JSON.stringify({ a: 1 }, null, 20));
console.log(JSON.stringify({ a: [1] }, null, "abcdefghijklmnop"));
console.log(JSON.stringify([], null, 4), JSON.stringify({}, null, 4));
console.log(JSON.stringify("str", null, 4), JSON.stringify(5, null, 4));
console.log(JSON.stringify([[[]]], null, 1));
console.log("done");
