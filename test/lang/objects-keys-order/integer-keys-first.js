// Key order: integer-like keys (canonical array indices "0".."4294967294")
// come first in ascending numeric order, then string keys in insertion
// order. "01", "-1", "1.5" and "4294967295" are string keys.
const o = {};
o.b = 1;
o[10] = 2;
o.a = 3;
o[2] = 4;
o["01"] = 5;
o[-1] = 6;
o[1.5] = 7;
o[0] = 8;
o["4294967295"] = 9;
o["4294967294"] = 10;
o.c = 11;
o[100] = 12;
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(o);
let s = "";
for (const k in o) s += k + " ";
console.log(s);
console.log(Object.entries(o).slice(0, 5));
