// Arrow functions have no own arguments: inside an arrow, "arguments"
// refers to the enclosing regular function's arguments. Rest parameters are
// the arrow way to take variable arguments.
function outer(a, b) {
  const arrow = () => arguments.length + ":" + arguments[0];
  const restArrow = (...xs) => xs.length + ":" + xs[0];
  return [arrow(99), restArrow(7, 8, 9), arrow()];
}
console.log(outer(1, 2), outer("x"), outer());
function sumAll() {
  const add = (acc, i) => acc + arguments[i];
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s = add(s, i);
  return s;
}
console.log(sumAll(1, 2, 3), sumAll(), sumAll(10, 20));
let t = 0;
for (let i = 0; i < 3000; i++) t += sumAll(i, 1, 2);
console.log(t);
const variadic = (...args) => args.reduce((m, x) => (x > m ? x : m), -Infinity);
console.log(variadic(3, 9, 2), variadic(), variadic(-5));
const m = { v: 1, f() { return ((...a) => this.v + a.length + arguments.length)(1, 2); } };
console.log(m.f(), m.f(5, 6, 7));
