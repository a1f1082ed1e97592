// An array as another object's prototype: its elements and length are found through the
// chain (reads, `in`, generic array methods on the object); writes make own properties.
function Foo() {}
Foo.prototype = [1, , 3];
const f = new Foo();
console.log(f.length, f[0], f[1], f[2], 0 in f, 1 in f, 'length' in f, f.hasOwnProperty(0), Object.keys(f));
console.log(Array.prototype.reduce.call(f, (a, b) => a + b), Array.prototype.map.call(f, (x) => x * 2));
f[0] = 9; console.log(f[0], Foo.prototype[0], Object.keys(f));
const o = Object.create(['a', 'b']); console.log(o.length, o[1], o.join('-'), JSON.stringify(o));
