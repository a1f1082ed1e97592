// extends of an arbitrary expression (a call, a conditional).
class A { who() { return 'A'; } }
class B { who() { return 'B'; } }
function pick(flag) { return flag ? A : B; }
class C extends pick(false) { who() { return 'C<' + super.who(); } }
class D extends (1 > 2 ? A : B) {}
console.log(new C().who(), new D().who());
