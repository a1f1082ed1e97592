// An event emitter class keeping listeners in a Map of arrays; a listener that
// throws does not stop the others, and the emitter collects the errors.
class Emitter {
  constructor() {
    this.listeners = new Map();
    this.errors = [];
  }
  on(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, []);
    this.listeners.get(name).push(fn);
    return this;
  }
  emit(name, payload) {
    const fns = this.listeners.get(name);
    if (fns === undefined) return 0;
    let delivered = 0;
    for (const fn of fns) {
      try {
        fn(payload);
        delivered++;
      } catch (e) {
        this.errors.push(name + ": " + (e instanceof Error ? e.message : String(e)));
      }
    }
    return delivered;
  }
}
const em = new Emitter();
const log = [];
em.on("data", (d) => log.push("a" + d));
em.on("data", (d) => {
  if (d % 3 === 0) throw new Error("b rejects " + d);
  log.push("b" + d);
});
em.on("data", (d) => log.push("c" + d));
em.on("end", () => {
  throw "end handler failed";
});
let delivered = 0;
for (let i = 1; i <= 6; i++) delivered += em.emit("data", i);
delivered += em.emit("end", null);
delivered += em.emit("nobody", 1);
console.log(log.join(" "));
console.log(delivered, em.errors.length);
for (const e of em.errors) console.log(e);
console.log("done");
