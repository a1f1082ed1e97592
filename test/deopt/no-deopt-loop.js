// Deopt test: no deopt loop. After its int32 speculation fails, steady keeps seeing doubles
// for 100000 calls, and flip alternates int and double arguments on every call; each must
// deopt a bounded number of times (then be recompiled for numbers or stay interpreted).
// expect-deopt: steady not-int32|not-number
// max-deopts: steady 5
// max-deopts: flip 5
function steady(a, b) {
  return a + b; // deopt-here
}
function flip(a, b) {
  return a * b + 1;
}
let s = 0;
for (let i = 0; i < 1000; i++) s = steady(s, i & 1);
console.log(s);
for (let i = 0; i < 100000; i++) s = steady(s, 0.5);
console.log(s);
let f = 0;
for (let i = 0; i < 100000; i++) f += flip(i & 1 ? 0.5 : 2, 3);
console.log(f);
