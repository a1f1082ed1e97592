// Operator precedence and associativity: the bytecode generator must build the
// same evaluation tree as node (left-assoc - and /, right-assoc **, unary binding).
console.log(2 + 3 * 4 - 5 / 5);
console.log(2 - 3 - 4, 2 - (3 - 4));
console.log(64 / 4 / 2, 64 / (4 / 2));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(-(2 ** 2), (-2) ** 2, (-2) ** 3);
console.log(10 % 4 * 3, 10 % (4 * 3));
console.log(1 + 2 + "3", "1" + 2 + 3, 1 + (2 + "3"));
console.log(1 << 2 + 1, (1 << 2) + 1);
console.log(5 & 3 | 8, 5 & (3 | 8), 5 ^ 1 & 3);
console.log(1 < 2 === true, 3 > 2 > 1, 1 < 2 < 3);
console.log(!0 + 1, ~5 * 2, !1 + !0);
let a = 1, b = 2, c = 3;
console.log(a + b * c, (a + b) * c, a * b + c, a * (b + c));
console.log(a - b * c ** 2, a / b / c, a % b % c);
console.log((a, b, c), (a + 1, b + 1));
