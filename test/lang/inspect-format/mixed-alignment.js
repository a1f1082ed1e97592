// Grouped arrays whose elements are not all numbers are padded on the right
// (left-aligned), even if most are numbers; arrays of booleans, of null and
// undefined, of short arrays and of small objects are grouped too.
console.log([1, 2, 3, 4, 5, 6, "7"]);
console.log([1, 22, 333, "four", 5, 66, 777, 8888]);
console.log([true, false, true, true, false, false, true, false]);
console.log([null, undefined, null, undefined, null, undefined, null]);
console.log([[1], [2, 3], [4], [5, 6], [7], [8, 9], [10]]);
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
console.log([1.5, -2, 300, "x", null, true, undefined, 42, -0, NaN]);
const rows = [];
for (let i = 0; i < 12; i++) rows.push(i % 3 === 0 ? "s" + i : i % 3 === 1 ? i * 1000 : i % 2 === 0);
console.log(rows);
