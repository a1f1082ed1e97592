// Sloppy code: a function declaration in a block is block-scoped and hoisted within the
// block, and (Annex B.3.3) the function's var of the same name takes it when the
// declaration is reached; before that the var is undefined.
console.log(typeof early);
if (true) {
  console.log(typeof early, early());
  function early() { return 'early'; }
}
console.log(typeof early, early());

function outer(flag) {
  const before = typeof inner;
  if (flag) {
    function inner() { return 'yes'; }
  }
  return [before, typeof inner];
}
console.log(outer(true), outer(false));

// A let of the same name around the block: no var binding (it would clash).
function shadowed() {
  let f = 'outer let';
  {
    function f() { return 1; }
    console.log(typeof f);
  }
  return f;
}
console.log(shadowed());

// A parameter of the same name: the parameter keeps its value.
function param(g) {
  { function g() {} }
  return typeof g;
}
console.log(param(5));

// Each entry of the block makes a new function, over that entry's bindings.
const made = [];
for (let i = 0; i < 3; i++) {
  let j = i * 10;
  function at() { return i + j; }
  made.push(at);
}
console.log(made.map((f) => f()), made[0] === made[1], typeof at, at());

// In a switch, the declarations belong to the whole switch block.
function sw(k) {
  switch (k) {
    case 1:
      return typeof later;
    case 2:
      function later() { return 'later'; }
      return later();
  }
  return typeof later;
}
console.log(sw(1), sw(2), sw(3));

// Hoisting inside the block; recursion through the block binding.
{
  console.log(fact(5));
  function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
}
console.log(typeof fact);

// A let of the same name in a block between: no var binding either.
function between() {
  {
    let h = 'let h';
    { function h() {} }
    console.log(typeof h);
  }
  return typeof h;
}
console.log(between());

// A global script (indirect eval): the var is a property of the global object.
console.log((0, eval)('if (true) { function fromEval() { return "global"; } } typeof fromEval'), globalThis.fromEval());
