// Forwarding arguments to another function by copying into an array
// (arguments is not an array: it is copied with loops, forwards and
// backwards into new Array(n)), then spread into the next call; and
// counting how many arguments were undefined vs missing.
function toArray() {
  const a = [];
  for (let i = 0; i < arguments.length; i++) a.push(arguments[i]);
  return a;
}
function spreadCopy() {
  const a = new Array(arguments.length);
  for (let i = arguments.length - 1; i >= 0; i--) a[i] = arguments[i];
  return a;
}
console.log(toArray(1, 2, 3), spreadCopy("a", "b"), toArray(), spreadCopy(undefined));
console.log(Array.isArray(toArray(1)), toArray(1, undefined, 3).length, spreadCopy(...[1, , 3]));
function describe(a, b, c) {
  let missing = 3 - arguments.length;
  if (missing < 0) missing = 0;
  let undef = 0;
  for (let i = 0; i < arguments.length; i++) if (arguments[i] === undefined) undef++;
  return `missing=${missing} undefinedPassed=${undef} extra=${Math.max(0, arguments.length - 3)}`;
}
console.log(describe());
console.log(describe(1, undefined));
console.log(describe(undefined, undefined, undefined, undefined));
console.log(describe(1, 2, 3, 4, 5));
function log() {
  return toArray(...spreadCopy(arguments[0], arguments[1], arguments[2])).join("/");
}
let n = 0;
for (let i = 0; i < 3000; i++) n += log(i, i + 1, "z").length;
console.log(n, log(), log(null, undefined, 1));
