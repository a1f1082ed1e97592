// Destructuring in parameters: function f({x, y = 2}, [a, b]), arrows with
// patterns, nested patterns with defaults, rest in array parameter patterns;
// called hot with objects of different shapes.
function f({ x, y = 2 }, [a, b]) {
  return x * 1000 + y * 100 + a * 10 + b;
}
console.log(f({ x: 1 }, [3, 4]), f({ x: 1, y: 9 }, [0, 0]), f({ y: 1, x: 5, z: 7 }, [1, 2, 3]));
const g = ({ name, tags: [first = "none", ...more] = [] }) => `${name}:${first}:${more.length}`;
console.log(g({ name: "a" }), g({ name: "b", tags: [] }), g({ name: "c", tags: ["t1", "t2", "t3"] }));
function h([x, [y, z] = [8, 9]], { k: { v } = { v: "dv" } } = {}) {
  return [x, y, z, v];
}
console.log(h([1]), h([1, [2, 3]], { k: { v: "given" } }), h([0], {}));
let s = 0;
const objs = [{ x: 1, y: 2 }, { y: 3, x: 4 }, { x: 5 }, { x: 6, y: 7, z: 8 }];
for (let i = 0; i < 5000; i++) s += f(objs[i % 4], [i % 3, 1]);
console.log(s);
const pts = [[1, 2], [3, 4], [5, 6]];
console.log(pts.map(([px, py]) => px * py), pts.map(([px]) => px), Object.entries({ a: 1, b: 2 }).map(([k, v]) => k + v));
