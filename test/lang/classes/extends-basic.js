// extends, super(...), method overriding and super.method().
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + ' makes a sound'; }
  kind() { return 'animal'; }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return super.speak() + ' (woof)'; }
}
const d = new Dog('Rex', 'lab');
console.log(d.speak(), d.kind(), d);
console.log(d instanceof Dog, d instanceof Animal, Object.getPrototypeOf(d) === Dog.prototype);
console.log(Object.getPrototypeOf(Dog) === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
