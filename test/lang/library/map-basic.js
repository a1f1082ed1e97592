// Map basics: set/get/has/delete/size/clear, chaining set, keys compared with
// SameValueZero (NaN equals NaN, -0 equals +0, 1 differs from "1"), objects as
// keys by identity.
const m = new Map();
console.log(m.size, m.get("x"), m.has("x"));
console.log(m.set("a", 1) === m);
m.set("b", 2).set("c", 3);
console.log(m.size, m.get("a"), m.get("b"), m.get("c"), m.get("d"));
m.set(1, "number one");
m.set("1", "string one");
console.log(m.get(1), m.get("1"), m.size);
m.set(NaN, "nan");
console.log(m.get(NaN), m.has(NaN));
m.set(-0, "zero");
console.log(m.get(0), m.get(-0), m.has(+0));
const k1 = { id: 1 };
const k2 = { id: 1 };
m.set(k1, "first object");
console.log(m.get(k1), m.get(k2), m.has(k2));
m.set(null, "null").set(undefined, "undef").set(true, "yes");
console.log(m.get(null), m.get(undefined), m.get(true), m.get(false));
console.log(m.delete("a"), m.delete("a"), m.has("a"), m.size);
m.set("b", 20);
console.log(m.get("b"), m.size);
m.clear();
console.log(m.size, m.get("b"), m.has(k1));
const init = new Map([["x", 10], ["y", 20], ["x", 30]]);
console.log(init.size, init.get("x"), init.get("y"));
console.log(m instanceof Map, typeof m);
console.log("done");
