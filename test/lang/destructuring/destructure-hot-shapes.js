// Object destructuring of the same pattern over objects of several shapes
// ({x,y}, {y,x}, {x,y,z}, {x}, objects with x added late), hot enough that
// the property loads in the pattern get compiled and become polymorphic.
function norm1({ x = 0, y = 0 }) {
  return Math.abs(x) + Math.abs(y);
}
const shapes = [{ x: 1, y: -2 }, { y: 3, x: -4 }, { x: 5, y: 6, z: 7 }, { x: -8 }, { z: 1 }];
const late = { y: 2 };
late.x = 3;
shapes.push(late);
let t = 0;
for (let i = 0; i < 6000; i++) t += norm1(shapes[i % shapes.length]);
console.log(t);
for (const s of shapes) console.log(s, norm1(s));
function swapXY(o) {
  const { x, y } = o;
  return { x: y, y: x };
}
console.log(shapes.map((s) => swapXY(s)));
