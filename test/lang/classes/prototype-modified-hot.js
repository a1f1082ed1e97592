// A prototype method replaced after the call site is hot: callers see the new method.
class Engine { rpm() { return 1000; } }
const e = new Engine();
function read() { return e.rpm(); }
let s = 0;
for (let i = 0; i < 3000; i++) s += read();
console.log(s);
Engine.prototype.rpm = function () { return 7; };
s = 0;
for (let i = 0; i < 3000; i++) s += read();
console.log(s);
class Parent { v() { return 'p'; } }
class Child extends Parent {}
const c = new Child();
function cv() { return c.v(); }
for (let i = 0; i < 2000; i++) cv();
Child.prototype.v = function () { return 'c'; };
console.log(cv());
delete Child.prototype.v;
console.log(cv());
