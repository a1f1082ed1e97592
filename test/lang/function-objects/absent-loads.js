// Loads of properties no object on the chain has (cached as absent while no prototype
// changes): on plain objects, class instances and functions; then each level gains one.
function JsonValue() {}
function JsonLiteral() { JsonValue.call(this); }
JsonLiteral.prototype = Object.create(JsonValue.prototype);
JsonValue.NULL = 'on JsonValue';
class A {}
class B extends A {}
const b = new B();
const plain = { x: 1 };
function probe(n) {
  let last;
  for (let i = 0; i < n; i++) last = [JsonLiteral.NULL, b.missing, plain.y, B.absentStatic, typeof JsonLiteral.nothing];
  return last;
}
console.log(probe(2000));
JsonLiteral.NULL = 'own now';
console.log(probe(5));
A.prototype.missing = 'on A.prototype';
console.log(probe(5));
Object.prototype.y = 'on Object.prototype';
console.log(probe(5));
A.absentStatic = 'static on A';
console.log(probe(5));
Function.prototype.nothing = 1;
console.log(probe(5));
delete Object.prototype.y;
delete Function.prototype.nothing;
console.log(probe(5));
