// delete returns whether the property is gone; non-configurable ones stay (sloppy).
const o = { a: 1, b: 2 };
Object.defineProperty(o, 'fixed', { value: 3, enumerable: true });
console.log(delete o.a, delete o.missing, delete o.fixed, o, Object.keys(o));
const k = 'b';
console.log(delete o[k], o);
const arr = [1, 2, 3];
console.log(delete arr[1], delete arr.length, arr.length, arr);
console.log(delete 'abc'[0], delete 'abc'.length, delete 'abc'[5], delete (5).x);
function f() {}
console.log(delete f.prototype, typeof f.prototype, delete f.length, f.length);
// Delete in a hot loop on objects that keep their shapes.
let n = 0;
for (let i = 0; i < 500; i++) {
  const t = { x: i, y: i };
  Object.defineProperty(t, 'z', { value: i });
  if (delete t.x && !delete t.z) n++;
}
console.log(n);
