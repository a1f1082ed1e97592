let x = 0, y = null;
let z = (x || y) ?? "d";
x ||= 1; y ??= 2; x &&= y;
let t = x > 1 && !(y < 0) ? `x=${x}` : `y=${y} end`;
console.log(z, t, typeof q, void 0, x++, ++y);
