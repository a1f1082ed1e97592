// Object literal forms: shorthand {x, y}, methods { m() {} }, computed keys
// {[k]: v} (including computed from expressions and numbers), quoted keys,
// numeric keys, duplicate keys (last one wins, but keeps the first position).
const x = 1;
const y = "two";
const k = "dyn";
let n = 0;
const o = {
  x,
  y,
  [k]: 3,
  [k + "2"]: 4,
  [1 + 1]: "num",
  "quoted key": 5,
  7: "seven",
  m() {
    return this.x + 10;
  },
  z: 0,
  x: "again",
};
console.log(o.x, o.y, o.dyn, o.dyn2, o[2], o["2"], o["quoted key"], o[7], o.m(), o.z);
console.log(Object.keys(o).join(","));
const counterKeys = {};
for (let i = 0; i < 5; i++) counterKeys["k" + i] = i * i;
console.log(counterKeys);
const comp = { [`t${n++}`]: n, [`t${n++}`]: n, [`t${n++}`]: n };
console.log(comp, n);
const empty = {};
console.log(empty, Object.keys(empty).length);
const nested = { a: { b: { c: 1 } }, arr: [1, { d: 2 }] };
console.log(nested.a.b.c, nested.arr[1].d, nested["a"]["b"]);
