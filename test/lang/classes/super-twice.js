// super() may be called only once.
class A { constructor() { console.log('A ctor'); } }
class B extends A {
  constructor() { super(); super(); }
}
new B();
