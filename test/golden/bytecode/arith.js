let a = 7, b = 2.5;
let c = a * b - (a % 3) ** 2 / -a;
console.log(c, a & 3 | 4 ^ 1, a << 2 >> 1 >>> 0, ~a, -0, +"1");
