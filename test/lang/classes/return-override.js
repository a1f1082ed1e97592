// A constructor returning an object replaces `this`; a primitive is ignored.
class A { constructor() { this.a = 1; return { replaced: true }; } }
class B { constructor() { this.b = 2; return 42; } }
class C extends A { constructor() { super(); this.c = 3; } }
console.log(new A(), new B(), new C());
function F() { this.f = 1; return [1, 2]; }
function G() { this.g = 1; return 'str'; }
console.log(new F(), new G());
