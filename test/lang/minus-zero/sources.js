// Every common way to produce -0 from int-looking operands; an int32 fast path
// that forgets the -0 check prints 0 where node prints -0.
function mul(a, b) { return a * b; }
function mod(a, b) { return a % b; }
function div(a, b) { return a / b; }
function neg(a) { return -a; }
console.log(0 * -1, -1 * 0, mul(0, -1), mul(-5, 0), mul(0, 5));
console.log(-0 + 0, 0 + -0, -0 + -0, -0 - 0, 0 - 0, -0 - -0);
console.log(Math.round(-0.4), Math.round(-0.5), Math.round(-0.6), Math.round(0.4));
console.log(mod(-5, 5), mod(-4, 2), mod(-0, 3), mod(4, -2), mod(-1, 1));
console.log(1 / -0, 1 / 0, -1 / -0, div(0, -3), div(-0, 3), div(-3, Infinity));
console.log(neg(0), neg(-0), -0, +(-0), - -0);
console.log(Math.ceil(-0.5), Math.trunc(-0.9), Math.floor(-0), Math.sign(-0), Math.abs(-0));
console.log(Math.min(0, -0), Math.max(-0, 0), Math.sqrt(-0), Math.max(-0, -0));
let z = -0;
console.log(z, z === 0, 1 / z, z | 0, z >>> 0, z + "", `${z}`, typeof z);
