// Functions inside containers print as [Function: name] or
// [Function (anonymous)]; names come from declarations, named function
// expressions, and are inferred from const/let bindings and property keys
// (including methods and arrows); anonymous when passed directly.
function declared() {}
const arrowConst = () => 1;
let exprLet = function () {};
const namedExpr = function realName() {};
const o = {
  method() {},
  prop: function () {},
  arrow: () => {},
  named: function inner() {},
  nested: { deep() {} },
  ["comp" + "uted"]: () => 0,
  list: [function () {}, () => {}, declared],
};
console.log(o);
console.log([declared, arrowConst, exprLet, namedExpr]);
console.log(declared, arrowConst, namedExpr);
console.log([(x) => x, function (y) { return y; }]);
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns, { fns });
function factory() {
  return function () {};
}
const made = factory();
console.log(made, { made }, [made]);
console.log({ a: 1, f: declared, b: "s" });
