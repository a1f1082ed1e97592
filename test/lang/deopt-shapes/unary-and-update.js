// Unary -, +, ~, ! and ++ sites trained on int32, then fed other kinds: -0 from
// negating 0, +string, ++ on a double and past int32 max.
function neg(x) {
  return -x;
}
function plus(x) {
  return +x;
}
function next(x) {
  x++;
  return x;
}
let s = 0;
for (let i = 1; i < 5000; i++) s += neg(i) + plus(i) + next(i);
console.log(s);
console.log(neg(0), neg(-0), neg(1.5), neg("3"), neg(null), neg(undefined), neg(true));
console.log(plus("4.5"), plus(""), plus(false), plus(null), plus(undefined), plus("x"));
console.log(next(2147483647), next(1.25), next("9"), next(null), next(undefined), next(-1));
