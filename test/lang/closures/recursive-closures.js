// Recursive functions that are closures: a named function expression calling
// itself by its own name, a closure recursing through a captured variable,
// and mutually recursive inner functions sharing an accumulator.
const fact = function f(n) {
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(5), fact(10), fact(20), fact(25));
function makeWalker() {
  let visited = 0;
  const walk = (node) => {
    visited++;
    if (Array.isArray(node)) for (const c of node) walk(c);
  };
  return (t) => {
    visited = 0;
    walk(t);
    return visited;
  };
}
const countNodes = makeWalker();
console.log(countNodes([1, [2, [3, 4]], [], [[[5]]]]), countNodes(7), countNodes([]));
function parity() {
  let calls = 0;
  function isEven(n) {
    calls++;
    return n === 0 ? true : isOdd(n - 1);
  }
  function isOdd(n) {
    calls++;
    return n === 0 ? false : isEven(n - 1);
  }
  return [isEven, () => calls];
}
const [isEven, calls] = parity();
let e = 0;
for (let i = 0; i < 200; i++) if (isEven(i)) e++;
console.log(e, calls(), isEven(7), isEven(100));
let tot = 0;
for (let i = 0; i < 3000; i++) tot += countNodes([i, [i, i]]);
console.log(tot);
for (let n = 0; n < 6; n++) console.log(n, fact(n), isEven(n), countNodes(new Array(n).fill([n])));
