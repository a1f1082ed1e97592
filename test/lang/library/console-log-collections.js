// console.log of Map and Set values prints them as node's util.inspect does:
// sizes, arrows between keys and values, nesting inside objects and arrays.
console.log(new Map());
console.log(new Set());
console.log(new Map([["a", 1], ["b", { c: [1, 2] }]]));
console.log(new Set([1, "two", [3], { four: 4 }]));
console.log({ m: new Map([[1, new Set(["x"])]]) });
console.log([new Set([1]), new Map([[{ k: 1 }, "obj key"]])]);
const big = new Map();
for (let i = 0; i < 30; i++) big.set("key" + i, i);
console.log(big);
console.log("done");
