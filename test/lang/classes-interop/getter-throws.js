// Getters and setters that throw: a lazily initialised value read too early, a
// setter validating its input, and a getter that throws only for rare objects
// read in a hot loop.
class Lazy {
  constructor() {
    this._value = undefined;
  }
  get value() {
    if (this._value === undefined) throw new Error("value read before init");
    return this._value;
  }
  set value(v) {
    if (typeof v !== "number") throw new TypeError("value must be a number, got " + typeof v);
    this._value = v;
  }
}
const l = new Lazy();
try {
  console.log(l.value);
} catch (e) {
  console.log(e.message);
}
try {
  l.value = "seven";
} catch (e) {
  console.log(e.name, e.message);
}
l.value = 7;
console.log("value", l.value);
class Temperature {
  constructor(c) {
    this.c = c;
  }
  get kelvin() {
    if (this.c < -273.15) throw new RangeError("below absolute zero: " + this.c);
    return this.c + 273.15;
  }
}
const temps = [];
for (let i = 0; i < 1000; i++) temps.push(new Temperature(i % 500 === 499 ? -300 : i % 40));
let sum = 0;
let bad = 0;
for (let round = 0; round < 50; round++) {
  for (const t of temps) {
    try {
      sum += t.kelvin;
    } catch (e) {
      bad++;
    }
  }
}
console.log(sum.toFixed(2), bad);
console.log("done");
