// Immediately invoked function expressions as private modules: a stack
// with private storage, a module exposing a closure-based API, and nested
// IIFEs capturing loop values.
const stack = (function () {
  const items = [];
  return {
    push(v) {
      items.push(v);
      return items.length;
    },
    pop() {
      return items.pop();
    },
    peek: () => items[items.length - 1],
    size: () => items.length,
  };
})();
for (let i = 0; i < 5000; i++) {
  stack.push(i);
  if (i % 3) stack.pop();
}
console.log(stack.size(), stack.peek(), stack.items);
const id = (() => {
  let next = 1;
  return (prefix) => prefix + next++;
})();
console.log(id("a"), id("b"), id("a"));
const fs = [];
for (var i = 0; i < 4; i++) fs.push((function (j) { return () => j * j; })(i));
console.log(fs.map((f) => f()));
const result = (function outer(n) {
  return (function inner(m) {
    return n * 100 + m;
  })(n + 1);
})(7);
console.log(result);
let t = 0;
for (let r = 0; r < 2000; r++) t += ((a) => ((b) => a + b)(r))(1);
console.log(t);
