// instanceof across a class hierarchy and the Error constructors: primitives,
// null and plain objects are never instances, Error subclasses are Errors, and a
// right-hand side that is not a function throws a TypeError.
class A {}
class B extends A {}
class C extends B {}
class E extends TypeError {}
const a = new A();
const b = new B();
const c = new C();
const e = new E("e");
const rows = [
  ["a", a],
  ["b", b],
  ["c", c],
  ["e", e],
  ["{}", {}],
  ["[]", []],
  ["1", 1],
  ["str", "s"],
  ["null", null],
  ["undefined", undefined],
];
const ctors = [A, B, C, Error, TypeError, E];
console.log("value", ctors.map((k) => k.name).join(" "));
for (const [label, v] of rows) console.log(label, ctors.map((k) => (v instanceof k ? 1 : 0)).join(" "));
for (const rhs of [1, "A", {}, null]) {
  try {
    console.log(a instanceof rhs);
  } catch (err) {
    console.log(err.name, err.message);
  }
}
let hits = 0;
const mixed = [a, b, c, e, {}, 5];
for (let i = 0; i < 60000; i++) if (mixed[i % 6] instanceof B) hits++;
console.log("hits", hits);
console.log("done");
