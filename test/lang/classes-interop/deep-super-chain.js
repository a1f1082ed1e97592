// Four levels of inheritance: constructors chained through super(args), a
// method overridden at each level calling super.method(), and a level that
// throws from its override, caught by the caller.
class L1 {
  constructor(tag) {
    this.tags = [tag + "1"];
  }
  describe(depth) {
    return "L1(" + depth + ")";
  }
}
class L2 extends L1 {
  constructor(tag) {
    super(tag);
    this.tags.push(tag + "2");
  }
  describe(depth) {
    return "L2<" + super.describe(depth + 1) + ">";
  }
}
class L3 extends L2 {
  constructor(tag) {
    super(tag);
    this.tags.push(tag + "3");
  }
  describe(depth) {
    if (depth < 0) throw new RangeError("negative depth at L3");
    return "L3<" + super.describe(depth + 1) + ">";
  }
}
class L4 extends L3 {
  constructor(tag) {
    super(tag);
    this.tags.push(tag + "4");
  }
  describe(depth) {
    return "L4<" + super.describe(depth + 1) + ">";
  }
}
const x = new L4("t");
console.log(x.tags.join(","), x instanceof L1, x instanceof L3);
console.log(x.describe(0));
try {
  x.describe(-5);
} catch (e) {
  console.log(e.name, e.message);
}
let len = 0;
for (let i = 0; i < 20000; i++) len += x.describe(i & 3).length;
console.log(len);
const objs = [new L1("a"), new L2("b"), new L3("c"), new L4("d")];
console.log(objs.map((o) => o.describe(0)).join(" | "));
console.log(objs.map((o) => o.tags.length).join(","));
console.log("done");
