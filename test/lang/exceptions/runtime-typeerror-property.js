// Reading or writing a property of undefined or null throws a TypeError with
// node's exact message; the handler sees a real TypeError object.
function attempt(label, f) {
  try {
    const r = f();
    console.log(label, "->", r);
  } catch (e) {
    console.log(label, e.name, e instanceof TypeError, e instanceof Error, "|", e.message);
  }
}
let u;
const nul = null;
const o = { inner: { v: 3 }, arr: [] };
attempt("read undefined", () => u.x);
attempt("read null", () => nul.x);
attempt("read nested missing", () => o.missing.v);
attempt("read index of null", () => nul[0]);
attempt("read past array end", () => o.arr[4].x);
attempt("write undefined", () => { u.x = 1; });
attempt("write nested missing", () => { o.missing.v = 2; });
attempt("computed key", () => { const k = "key"; return u[k]; });
attempt("ok read", () => o.inner.v);
function getDepth(node) {
  let d = 0;
  while (true) {
    node = node.next;
    d++;
  }
}
const chain = { next: { next: { next: null } } };
try {
  getDepth(chain);
} catch (e) {
  console.log("walked off the end:", e.message);
}
console.log("done");
