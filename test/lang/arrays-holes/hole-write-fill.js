// Writing into holes turns them into elements; writing far past the end
// makes a long run of holes (node prints "<N empty items>" with the count);
// a hot loop fills an array from the back, so it is holey until the end.
const a = [];
a[5] = 5;
console.log(a, a.length);
a[2] = 2;
console.log(a);
a[0] = 0;
a[1] = 1;
a[3] = 3;
a[4] = 4;
console.log(a);
const big = [1];
big[1000] = 2;
console.log(big, big.length);
function backFill(n) {
  const arr = [];
  for (let i = n - 1; i >= 0; i--) arr[i] = i;
  return arr;
}
let t = 0;
for (let r = 0; r < 3000; r++) {
  const b = backFill(r % 20);
  t += b.length + (b.length ? b[0] : 0);
}
console.log(t, backFill(8));
const half = [];
half[0] = "x";
half[2] = "y";
half[4] = "z";
console.log(half, half.length, half.join("."));
