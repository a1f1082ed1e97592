// Rest parameters collect the remaining arguments into a real array
// (empty when none), after fixed parameters; used with array methods and in
// arrow functions, called hot with varying argument counts.
function tail(first, ...rest) {
  return [first, rest, rest.length, Array.isArray(rest)];
}
console.log(tail(), tail(1), tail(1, 2), tail(1, 2, 3, 4));
const sum = (...xs) => xs.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1), sum(1, 2, 3), sum(0.5, 0.25));
function fmt(sep, ...parts) {
  return parts.join(sep);
}
console.log(fmt("-", "a", "b", "c"), fmt("+"), fmt(", ", 1, [2, 3], null));
let t = 0;
for (let i = 0; i < 5000; i++) {
  switch (i % 4) {
    case 0: t += sum(); break;
    case 1: t += sum(i); break;
    case 2: t += sum(i, 1); break;
    default: t += sum(i, 1, 2, 3, 4, 5, 6, 7, 8);
  }
}
console.log(t);
function count(...a) {
  a.push("extra");
  return a;
}
console.log(count(1), count(), count(undefined, undefined));
