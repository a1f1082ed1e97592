// super.method() through three levels, hot enough to be compiled.
class A { f(x) { return x + 1; } g() { return 'A'; } }
class B extends A { f(x) { return super.f(x) * 2; } g() { return 'B' + super.g(); } }
class C extends B { f(x) { return super.f(x) + 3; } g() { return 'C' + super.g(); } }
const c = new C();
let s = 0;
for (let i = 0; i < 3000; i++) s += c.f(i);
console.log(s, c.g());
