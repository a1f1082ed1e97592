// Printing sparse arrays: runs of holes collapse into "<N empty items>",
// a single hole is "<1 empty item>"; the 100-entry limit counts a hole run
// as one entry; sparse arrays with 7+ entries are grouped like others.
const a = [1, , 2, , , 3, , , , 4];
console.log(a);
const b = new Array(10);
b[0] = "first";
b[9] = "last";
console.log(b);
const c = [];
for (let i = 0; i < 300; i += 2) c[i] = i;
console.log(c);
const d = [];
d[250] = "end";
console.log(d);
const e = [, , , 1, 2, 3, 4, 5, 6, 7, 8];
console.log(e);
const f = [1, 2, 3];
f.length = 5;
f.tag = "t";
console.log(f);
console.log({ holes: [, 1, , 2] }, [[, ,], [,]]);
