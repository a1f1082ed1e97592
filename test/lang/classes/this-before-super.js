// `this` before super() in a derived constructor is a ReferenceError.
class A {}
class B extends A {
  constructor() {
    console.log('in B');
    this.x = 1;
    super();
  }
}
new B();
