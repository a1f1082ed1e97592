// One property-load site fed 20 different object shapes (each shape has a
// different set of leading keys before "v"), more than any inline cache
// holds; then the same objects get "v" overwritten with doubles and strings.
const objs = [];
for (let i = 0; i < 20; i++) {
  const o = {};
  for (let j = 0; j < i % 7; j++) o["p" + j + "_" + i] = j;
  if (i % 2) o.w = i;
  o.v = i;
  objs.push(o);
}
function getV(o) {
  return o.v;
}
let s = 0;
for (let i = 0; i < 8000; i++) s += getV(objs[i % 20]);
console.log(s);
for (let i = 0; i < 20; i += 4) objs[i].v = i + 0.5;
let d = 0;
for (let i = 0; i < 8000; i++) d += getV(objs[i % 20]);
console.log(d);
objs[3].v = "str";
let str = "";
for (let i = 0; i < 40; i++) str += getV(objs[i % 20]) + ",";
console.log(str);
console.log(objs.slice(0, 4));
console.log(objs.map((o) => Object.keys(o).length).join(" "));
