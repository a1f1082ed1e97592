// Spread in array literals: [...a, ...b], copying, inserting in the middle,
// spreading strings into characters, spreading holes (become undefined, not
// holes), nested spreads, and building arrays in a loop with spread.
const a = [1, 2];
const b = [3, 4];
console.log([...a, ...b], [0, ...a, 2.5, ...b, 5], [...a], [...[]], [...a, ...a]);
console.log([..."héllo"], [..."😀ab"], [...""].length);
console.log([...[1, , 3]], [...new Array(2)]);
const c = [...a];
c.push(99);
console.log(a, c);
console.log([...[...[...a]]], [[...a], [...b]]);
let acc = [];
for (let i = 0; i < 6; i++) acc = [...acc, i * i];
console.log(acc);
let len = 0;
for (let i = 0; i < 2000; i++) {
  const x = [...a, i, ...b];
  len += x.length + x[2];
}
console.log(len);
const merged = [...Object.keys({ p: 1, q: 2 }), ...Object.values({ r: 3 })];
console.log(merged);
