'use strict';
// Strict code: a function declared in a block exists only in that block (no var binding).
{
  function hidden() { return 'hidden'; }
  console.log(hidden());
}
console.log(typeof hidden);
function f() {
  if (true) {
    function g() { return 'g'; }
    console.log(g(), typeof g);
  }
  try { return g(); } catch (e) { return e.constructor.name + ': ' + e.message; }
}
console.log(f());
// Closures over the block's let, one per iteration.
const fns = [];
for (const name of ['a', 'b']) {
  const upper = name.toUpperCase();
  function show() { return name + upper; }
  fns.push(show);
}
console.log(fns.map((x) => x()));
// A generator and an async function declared in blocks.
{
  function* count() { yield 1; yield 2; }
  async function later() { return [...count()]; }
  later().then((v) => console.log('async', v));
}
