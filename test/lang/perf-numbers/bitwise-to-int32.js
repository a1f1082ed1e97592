// Bitwise operators on doubles (ToInt32: truncation modulo 2^32) at sites whose feedback is
// 'number': a hash that overflows int32 before `| 0`, and edge values (NaN, infinities, -0,
// 2^31, 2^32, huge and tiny doubles).
function h(a, x) { return (a * 31 + x) | 0; }
function ops(a, b) { return [(a & b), (a ^ b), (a << 3), (a >> 2), (a >>> 1), (a | 0), (b | 0)].join(","); }
let acc = 7;
for (let i = 0; i < 5000; i++) acc = h(acc, i);
console.log(acc);
const vals = [0, -0, 1.5, -1.5, 2147483647.9, 2147483648, -2147483649, 4294967296, 4294967297.7, 1e20, -1e20, 9007199254740993, 1.7976931348623157e308, NaN, Infinity, -Infinity, 5e-324, -2.5, 3000000000.5];
let out = [];
for (let r = 0; r < 300; r++) { out = []; for (const v of vals) out.push(ops(v, 2.5)); }
console.log(out.join(" | "));
