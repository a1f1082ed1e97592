// Methods become hot, then a prototype method is replaced (and later a method is
// added to one instance); calls at the same site must see the new behavior.
class Counter {
  constructor() {
    this.n = 0;
  }
  step() {
    this.n += 1;
    return this.n;
  }
}
function drive(c, times) {
  let last = 0;
  for (let i = 0; i < times; i++) last = c.step();
  return last;
}
const c1 = new Counter();
console.log("original", drive(c1, 100000));
Counter.prototype.step = function () {
  this.n += 10;
  return this.n;
};
const c2 = new Counter();
console.log("replaced", drive(c2, 1000), drive(c1, 1));
c2.step = function () {
  return -1;
};
console.log("own method", drive(c2, 5), drive(new Counter(), 3));
class Animal {
  speak() {
    return "...";
  }
  talk() {
    return this.speak() + "!";
  }
}
class Dog extends Animal {
  speak() {
    return "woof";
  }
}
const d = new Dog();
let s = "";
for (let i = 0; i < 50000; i++) s = d.talk();
console.log(s);
Dog.prototype.speak = function () {
  return "WOOF";
};
console.log(d.talk());
delete Dog.prototype.speak;
console.log(d.talk());
Animal.prototype.speak = function () {
  throw new Error("speak is broken now");
};
try {
  d.talk();
} catch (e) {
  console.log(e.message);
}
console.log("done");
