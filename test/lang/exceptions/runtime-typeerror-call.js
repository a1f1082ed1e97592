// Calling something that is not a function throws a TypeError whose message
// names the callee expression as node does; each is caught and the program goes on.
function attempt(label, f) {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name, "|", e.message);
  }
}
let u;
const n = 5;
const s = "str";
const o = { a: { b: 1 }, list: [1, 2], fn: function () { return 1; } };
attempt("undefined var", () => u());
attempt("number var", () => n());
attempt("string var", () => s());
attempt("missing method", () => o.nope());
attempt("nested missing", () => o.a.c());
attempt("non-function prop", () => o.a.b());
attempt("array element", () => o.list[1]());
attempt("literal", () => (5)());
attempt("null var", () => { const z = null; z(); });
attempt("works", () => o.fn());
let caught = 0;
for (let i = 0; i < 200; i++) {
  const target = i % 50 === 49 ? undefined : o.fn;
  try {
    target();
  } catch (e) {
    caught++;
  }
}
console.log("caught", caught);
console.log("done");
