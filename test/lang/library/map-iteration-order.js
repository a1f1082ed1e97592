// Map iteration follows insertion order: for...of over entries, keys(),
// values(), entries() and forEach; setting an existing key keeps its place,
// deleting and re-adding moves it to the end; spread into arrays.
const m = new Map();
m.set("zeta", 1).set("alpha", 2).set(10, 3).set(2, 4).set("mid", 5);
const order = [];
for (const [k, v] of m) order.push(k + "=" + v);
console.log(order.join(" "));
console.log([...m.keys()].join(","));
console.log([...m.values()].join(","));
console.log([...m.entries()].map((e) => e.join(":")).join(","));
m.set("alpha", 20);
console.log([...m.keys()].join(","), m.get("alpha"));
m.delete("zeta");
m.set("zeta", 100);
console.log([...m.keys()].join(","));
const seen = [];
m.forEach((value, key, map) => {
  seen.push(key + "->" + value + (map === m ? "" : "!"));
});
console.log(seen.join(" "));
console.log([...m].length, [...m][0]);
for (const k of m.keys()) if (typeof k === "number") console.log("numeric key", k);
let total = 0;
for (const v of m.values()) total += v;
console.log(total);
console.log("done");
