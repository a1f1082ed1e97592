// A derived constructor may return an object (then super() is not required) but not a primitive.
class A { constructor() { this.a = 1; } }
class B extends A { constructor() { return { fake: true }; } }
class C extends A { constructor() { super(); return undefined; } }
console.log(new B(), new C());
class D extends A { constructor() { super(); return 1; } }
new D();
