// The warmup loop: sum 0..n-1 called many times (tiers up in default mode via
// call counts and back-edges); sums stay int32 except the last, which overflows.
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
let check = 0;
for (let round = 0; round < 200; round++) check = (check + sumTo(500)) % 1000007;
console.log(check);
console.log(sumTo(0), sumTo(1), sumTo(10), sumTo(10000), sumTo(65536), sumTo(65537), sumTo(100000));
