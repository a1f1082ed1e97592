// Classes defining toString(), used implicitly by String(x), template literals
// and string concatenation; a toString that throws propagates out of the
// conversion.
class Money {
  constructor(cents) {
    this.cents = cents;
  }
  toString() {
    return "$" + (this.cents / 100).toFixed(2);
  }
}
class Broken {
  toString() {
    throw new Error("cannot stringify Broken");
  }
}
class Tagged extends Money {
  constructor(cents, tag) {
    super(cents);
    this.tag = tag;
  }
  toString() {
    return this.tag + ":" + super.toString();
  }
}
const m = new Money(1234);
console.log(String(m), `${m}`, "total " + m);
const t = new Tagged(5, "tip");
console.log(String(t), [m, t].join(" & "));
for (const f of [() => String(new Broken()), () => `${new Broken()}`, () => "x" + new Broken()]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.message);
  }
}
let s = "";
for (let i = 0; i < 3000; i++) s = `${new Money(i)}`;
console.log(s);
console.log("done");
