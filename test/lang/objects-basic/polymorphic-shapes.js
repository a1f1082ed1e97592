// One function reading o.x and o.y called hot with objects of different
// shapes: {x,y}, {y,x} (same keys, different order), {x,y,z}, {z,x,y},
// objects where x was added later, and objects missing y. The property
// load site becomes polymorphic and then megamorphic.
function sum(o) {
  return o.x + o.y;
}
const objs = [
  { x: 1, y: 2 },
  { y: 20, x: 10 },
  { x: 100, y: 200, z: 300 },
  { z: 0, x: 1000, y: 2000 },
  { a: 1, b: 2, c: 3, x: 4, y: 5 },
];
const late = { y: 7 };
late.x = 3;
objs.push(late);
let t = 0;
for (let i = 0; i < 6000; i++) t += sum(objs[i % objs.length]);
console.log(t);
for (const o of objs) console.log(sum(o), o);
console.log(sum({ x: 1 }), sum({ y: "s", x: "t" }), sum({ x: 0.5, y: 0.25 }));
for (let i = 0; i < 20; i++) {
  const o = {};
  o["k" + i] = i;
  o.x = i;
  o.y = -i;
  objs.push(o);
}
let u = 0;
for (let i = 0; i < 6000; i++) u += sum(objs[i % objs.length]);
console.log(u);
