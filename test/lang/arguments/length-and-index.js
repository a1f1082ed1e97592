// arguments.length counts the actual arguments (not the declared
// parameters); arguments[i] reads them, including beyond the declared ones;
// reading past arguments.length gives undefined. Called hot with varying
// argument counts.
function info(a, b) {
  let s = arguments.length + ":";
  for (let i = 0; i < arguments.length; i++) s += (i ? "," : "") + arguments[i];
  return s + " a=" + a + " b=" + b + " past=" + arguments[arguments.length];
}
console.log(info());
console.log(info(1));
console.log(info(1, 2));
console.log(info(1, 2, 3, "four", null, undefined));
console.log(info(undefined, undefined));
function count() {
  return arguments.length;
}
let t = 0;
for (let i = 0; i < 5000; i++) {
  switch (i % 4) {
    case 0: t += count(); break;
    case 1: t += count(i); break;
    case 2: t += count(i, i); break;
    default: t += count(i, i, i, i, i, i, i);
  }
}
console.log(t);
function maxOf() {
  let m = -Infinity;
  for (let i = 0; i < arguments.length; i++) if (arguments[i] > m) m = arguments[i];
  return m;
}
console.log(maxOf(), maxOf(3), maxOf(3, 9, 2), maxOf(-1, -0.5), maxOf("b", "a"));
