let n = 0;
const o = { set x(v) { n = v; }, 2: 'two' };
o.x = 5;
console.log(n);
const p = { set x(v) { n = v; } };
p[2] = 1;
p.x = 6;
console.log(n);
