// A derived constructor that never calls super() fails when it returns.
class A {}
class B extends A { constructor() { console.log('no super'); } }
new B();
