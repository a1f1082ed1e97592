// Compiled functions that build `arguments` or a rest array from more arguments than they
// have registers: the extra arguments sit where the compiled frame keeps spill slots and
// constants, so the array must be built before anything is stored there.
function sum() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
function avg() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s = sum(s, arguments[i]);
  return arguments.length ? s / arguments.length : 0;
}
function tail(first, ...rest) {
  let t = 0.5;
  for (const x of rest) t += x;
  return [first, rest.length, t];
}
const obj = {
  base: 100,
  add(...xs) {
    let s = this.base;
    for (const x of xs) s += x;
    return s;
  },
};
const l = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
let acc = 0;
for (let i = 0; i < 300; i++) {
  acc += avg(...l) + avg(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) + tail(i, 1, 2, 3, 4, 5, 6, 7, 8, 9)[2];
  acc += obj.add(...l) + obj.add(i, i, i);
}
console.log(acc, avg(), tail(), tail(...l), obj.add());
const notFn = 5;
notFn(...l);
