// A function that refers to a later let is fine once the let has run; TDZ is
// about time, not position. Also typeof on a declared-later variable after init.
function get() {
  return value * 2;
}
let value = 21;
console.log(get());
value = 50;
console.log(get(), typeof value);
const K = 7;
function useK(n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += K;
  return total;
}
console.log(useK(3), useK(1000), K);
