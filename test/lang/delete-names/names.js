// Sloppy `delete name`: declared bindings stay, global object properties go, with-object
// properties go; `delete value` evaluates the operand and is true.
var declared = 1;
globalThis.implicit = 2;
undeclaredAssigned = 3;
console.log(delete declared, typeof declared);
console.log(delete implicit, typeof implicit);
console.log(delete undeclaredAssigned, typeof undeclaredAssigned);
console.log(delete neverExisted);
console.log(delete undefined, delete NaN, delete Math);
console.log(delete 1, delete (1 + 2), delete 'x'.length);
var calls = 0; function f() { calls++; return {}; }
console.log(delete f(), calls);
var o = { a: 1, b: 2 };
with (o) { console.log(delete a, 'a' in o, delete c); }
console.log(JSON.stringify(o), typeof Math);
function g(p) { var local = 1; return [delete p, delete local, delete arguments, p, local]; }
console.log(g(5));
console.log(delete o?.b, JSON.stringify(o), delete o?.zz?.x);
var fz = Object.freeze({ k: 1 });
with (fz) console.log(delete k);
