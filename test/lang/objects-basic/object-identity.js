// Objects compare by identity: equal-looking literals are different, an alias
// is the same object, changes through an alias are visible, and objects passed
// to functions are shared (the function can mutate them).
const a = { v: 1 };
const b = { v: 1 };
const c = a;
console.log(a === b, a === c, a == b, a !== b);
c.v = 2;
console.log(a.v, b.v, c.v);
function mutate(o) {
  o.v++;
  o.added = true;
}
function rebind(o) {
  o = { v: -1 };
  return o.v;
}
mutate(a);
console.log(a, rebind(a), a);
const list = [a, b, a];
list[0].v = 100;
console.log(list, list[2].v, list.indexOf(a), list.indexOf(b), list.indexOf({ v: 1 }));
let hits = 0;
for (let i = 0; i < 5000; i++) {
  const x = i % 3 === 0 ? a : b;
  if (x === a) hits++;
}
console.log(hits);
