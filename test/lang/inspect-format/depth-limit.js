// Nesting deeper than 2 levels below the top prints [Object] / [Array];
// empty objects/arrays at that depth still print as {} / []. Mixed
// object/array chains and a wide tree at the depth limit.
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
console.log([[[[1, 2]]]]);
console.log([[[[]]]]);
console.log([[[{}]]], [[[{ x: 1 }]]]);
console.log({ l1: [{ l3: [1] }] });
console.log({ l1: [{ l3: { l4: 1 } }] });
console.log([{ a: [{ b: 1 }] }, { a: { b: { c: 1 } } }]);
const tree = { name: "root", kids: [] };
for (let i = 0; i < 3; i++) {
  const kid = { name: "k" + i, kids: [] };
  for (let j = 0; j < 2; j++) kid.kids.push({ name: "g" + i + j, kids: [{ name: "leaf" }] });
  tree.kids.push(kid);
}
console.log(tree);
console.log(tree.kids[0]);
console.log(tree.kids[0].kids[0]);
let deep = { v: 0 };
for (let i = 1; i < 6; i++) deep = { v: i, next: deep };
console.log(deep);
