// instanceof walks the prototype chain; primitives are never instances.
class A {}
class B extends A {}
function F() {}
const b = new B();
console.log(b instanceof A, b instanceof B, b instanceof F, new F() instanceof F);
console.log(1 instanceof A, 'a' instanceof A, null instanceof A, undefined instanceof F);
let k = 0;
for (let i = 0; i < 1000; i++) if ((i % 3 ? b : new F()) instanceof A) k++;
console.log(k);
