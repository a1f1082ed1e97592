// JSON.stringify of primitives, arrays and nested objects: key order, values
// that are skipped in objects (undefined, functions) and become null in arrays,
// NaN/Infinity as null, -0 as 0, and undefined for a bare undefined/function.
console.log(JSON.stringify(1), JSON.stringify(-2.5), JSON.stringify("s"), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity), JSON.stringify(-0));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), typeof JSON.stringify(undefined));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify({ a: {} }));
console.log(JSON.stringify([1, "two", null, undefined, () => 3, NaN, true]));
console.log(JSON.stringify({ a: 1, b: undefined, c: () => 2, d: null, e: "x" }));
console.log(JSON.stringify({ z: 1, a: 2, 10: "ten", 2: "two", m: [1, { n: 2 }] }));
const nested = { level1: { level2: { level3: { level4: [1, [2, [3, [4]]]] } } } };
console.log(JSON.stringify(nested));
console.log(JSON.stringify([1e21, 1e-7, 0.1 + 0.2, 123456789012, -1e-300, 2 ** 53]));
const holes = [1, , 3];
console.log(JSON.stringify(holes), JSON.stringify(new Array(3)));
const withArray = { list: [{ id: 1, tags: ["a", "b"] }, { id: 2, tags: [] }] };
console.log(JSON.stringify(withArray));
console.log(JSON.stringify(new Map([["a", 1]])), JSON.stringify(new Set([1, 2])));
console.log("done");
