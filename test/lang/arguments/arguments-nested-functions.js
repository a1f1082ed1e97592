// Each non-arrow function has its own arguments: a nested function expression
// sees its own, an arrow sees the enclosing function's; methods have their
// own arguments too. Default and rest parameters do not change arguments.length.
function outer() {
  const arrowLen = () => arguments.length;
  const fnLen = function () {
    return arguments.length;
  };
  return [arguments.length, arrowLen(1, 2, 3, 4, 5), fnLen(1)];
}
console.log(outer(), outer("a", "b"));
const obj = {
  m() {
    return arguments.length + ":" + arguments[0];
  },
};
console.log(obj.m(), obj.m("x", "y"));
function withDefault(a, b = 5) {
  return [arguments.length, a, b, arguments[1]];
}
console.log(withDefault(1), withDefault(1, 2), withDefault());
function withRest(a, ...r) {
  return [arguments.length, r.length];
}
console.log(withRest(), withRest(1, 2, 3));
let s = 0;
for (let i = 0; i < 3000; i++) s += outer(i, i)[0] + obj.m(i).length;
console.log(s);
