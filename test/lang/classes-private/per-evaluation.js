// Each evaluation of a class makes new private names: instances of one evaluation do not
// have the other's members, even though the source is the same.
function makeClass(tag) {
  return class {
    #tag = tag;
    #hidden() { return 'hidden ' + this.#tag; }
    static tagOf(o) { return o.#tag; }
    static has(o) { return #tag in o; }
    static reveal(o) { return o.#hidden(); }
  };
}
const A = makeClass('a');
const B = makeClass('b');
const a = new A();
const b = new B();
console.log(A.tagOf(a), B.tagOf(b), A.has(a), A.has(b), B.has(a), B.has(b));
try { A.tagOf(b); } catch (e) { console.log(e.message); }
try { B.reveal(a); } catch (e) { console.log(e.message); }
console.log(A.reveal(a), B.reveal(b));
// Many evaluations, one call site: the site sees several private names.
const classes = [];
for (let i = 0; i < 6; i++) classes.push(makeClass(i));
let out = [];
for (let round = 0; round < 3; round++) {
  for (const C of classes) out.push(C.tagOf(new C()), C.has(new classes[0]()));
}
console.log(out.join(' '));
