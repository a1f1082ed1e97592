// The int32 boundary cases listed in the spec: each result leaves int32 (or
// becomes -0), so an int32-speculating compiler must overflow-check every op.
function add(a, b) { return a + b; }
function sub(a, b) { return a - b; }
function mul(a, b) { return a * b; }
function div(a, b) { return a / b; }
function mod(a, b) { return a % b; }
function neg(a) { return -a; }
const MAX = 2147483647;
const MIN = -2147483648;
console.log(add(MAX, 1), add(MAX, MAX), add(MIN, -1), add(MIN, MIN));
console.log(sub(MIN, 1), sub(MAX, -1), sub(0, MIN), sub(-1, MAX));
console.log(mul(MAX, 2), mul(MIN, -1), mul(65536, 32768), mul(65536, 65536), mul(-65536, 32768));
console.log(div(MIN, -1), mod(MIN, -1), mod(MIN, 1), div(MIN, 1));
console.log(neg(MIN), neg(MAX), neg(0), neg(-0));
console.log(2 ** 31 | 0, 2 ** 32 | 0, (2 ** 32 + 5) | 0, 1 << 31, 1 << 32, -1 >>> 0);
console.log(MAX + 1 | 0, MIN - 1 | 0, ~MAX, ~MIN, MAX >>> 0, MIN >>> 0);
console.log(2147483647 + 1, -2147483648 - 1, (-2147483648) / -1, -2147483648 % -1);
let m = MAX;
m++;
let n = MIN;
n--;
console.log(m, n, m - 1, n + 1);
