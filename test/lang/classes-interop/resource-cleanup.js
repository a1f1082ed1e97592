// A resource class whose close() must run on every path: try/finally in
// methods, nested resources closed in reverse order, and an exception from
// close() itself.
const events = [];
class Resource {
  constructor(name, failOnClose) {
    this.name = name;
    this.open = true;
    this.failOnClose = failOnClose;
    events.push("open " + name);
  }
  use(fn) {
    try {
      return fn(this);
    } finally {
      this.close();
    }
  }
  close() {
    this.open = false;
    events.push("close " + this.name);
    if (this.failOnClose) throw new Error("close failed: " + this.name);
  }
}
function report(label, f) {
  events.length = 0;
  let result;
  try {
    result = "returned " + f();
  } catch (e) {
    result = "threw " + (e instanceof Error ? e.message : e);
  }
  console.log(label, "|", result, "|", events.join(", "));
}
report("normal", () => new Resource("r1").use((r) => r.name.length));
report("body throws", () => new Resource("r2").use(() => {
  throw "body failed";
}));
report("nested", () =>
  new Resource("outer").use((o) =>
    new Resource("inner").use((i) => o.name + "+" + i.name)));
report("nested inner throws", () =>
  new Resource("outer").use(() =>
    new Resource("inner").use(() => {
      throw new Error("inner body");
    })));
report("close throws", () => new Resource("bad", true).use(() => "value lost"));
report("body and close throw", () => new Resource("bad2", true).use(() => {
  throw "body error lost";
}));
let opened = 0;
for (let i = 0; i < 5000; i++) {
  const r = new Resource("loop");
  try {
    r.use(() => {
      if (i % 500 === 0) throw i;
      opened++;
    });
  } catch (e) {
    opened += 1000;
  }
  if (r.open) throw new Error("leaked");
}
console.log(opened, events.length);
console.log("done");
