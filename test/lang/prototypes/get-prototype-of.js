// Object.getPrototypeOf on objects, arrays, class instances and classes.
class A {}
class B extends A {}
const b = new B();
console.log(Object.getPrototypeOf(b) === B.prototype);
console.log(Object.getPrototypeOf(B.prototype) === A.prototype);
console.log(Object.getPrototypeOf(B) === A);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(A.prototype)) === null);
console.log(Object.getPrototypeOf({}) === Object.getPrototypeOf({ a: 1 }));
console.log(Object.getPrototypeOf([]) === Object.getPrototypeOf([1]));
