// console.log with several arguments: each formatted on its own and joined
// by one space; multi-line objects start on the current line; strings raw at
// top level but quoted inside containers; numbers, -0, undefined, null.
const big = {};
for (let i = 0; i < 8; i++) big["key" + i] = "value" + i;
console.log("label:", { a: 1 }, [1, 2], "tail");
console.log("big:", big, "after");
console.log(1, "1", [1], ["1"], { one: 1 }, { "1": "1" });
console.log(-0, [-0], { z: -0 }, 0, [0]);
console.log(undefined, null, [undefined, null], { u: undefined, n: null });
console.log("", [""], "x", ["x"], "");
console.log([1, 2, 3, 4, 5, 6, 7], "between", [8, 9]);
console.log(true, [false], { t: true }, NaN, [NaN, Infinity]);
console.log("nested", [[1, [2, [3, [4]]]]], { a: { b: { c: { d: 1 } } } });
console.log([], {}, [[]], [{}], { a: [] }, { a: {} });
