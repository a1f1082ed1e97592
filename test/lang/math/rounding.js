// Math.floor/ceil/round/trunc on positive and negative halves, -0, huge values,
// NaN/Infinity; results leaving int32 range must stay exact doubles.
function r(x) {
  console.log(x, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x));
}
r(0.5); r(1.5); r(2.5); r(-0.5); r(-1.5); r(-2.5); r(-0.4); r(0.49999999999999994);
r(1.0000001); r(-1.0000001); r(0); r(-0); r(2147483647.5); r(-2147483648.5); r(4294967296.7);
r(1e21); r(-1e21); r(NaN); r(Infinity); r(-Infinity); r(5e-324); r(-5e-324);
let s = 0;
for (let i = 0; i < 20000; i++) s += Math.floor(i / 7) - Math.ceil(i / 9) + Math.round(i / 2.5) - Math.trunc(-i / 3);
console.log(s);
