// Class expressions, named and anonymous; the inner name is bound inside the class.
const K = class Inner {
  who() { return Inner.name; }
  clone() { return new Inner(); }
};
const Anon = class { hi() { return 'hi'; } };
console.log(new K().who(), K.name, new K().clone() instanceof K, new Anon().hi(), Anon.name);
function make(base) {
  return class extends base { twice() { return this.once() * 2; } };
}
class One { once() { return 21; } }
const Two = make(One);
console.log(new Two().twice(), new Two() instanceof One);
