// Objects inside arrays inside closures: a to-do store whose state (an array
// of objects) is private to closures; commands add, toggle, remove and query
// items; views are computed with filter/map; the command loop runs hot.
function createStore() {
  const items = [];
  let nextId = 1;
  return {
    add(text) {
      const it = { id: nextId++, text, done: false, tags: [] };
      items.push(it);
      return it.id;
    },
    toggle(id) {
      const it = items.find((x) => x.id === id);
      if (it) it.done = !it.done;
      return it ? it.done : null;
    },
    tag(id, t) {
      const it = items.find((x) => x.id === id);
      if (it && !it.tags.includes(t)) it.tags.push(t);
    },
    remove(id) {
      const i = items.findIndex((x) => x.id === id);
      if (i >= 0) items.splice(i, 1);
      return i >= 0;
    },
    view: (pred) => items.filter(pred).map((x) => `${x.id}:${x.text}${x.done ? "✓" : ""}`),
    count: () => items.length,
    raw: () => items,
  };
}
const s = createStore();
for (const t of ["milk", "eggs", "code", "run", "read"]) s.add(t);
s.toggle(2);
s.toggle(4);
s.tag(1, "shop");
s.tag(2, "shop");
s.tag(1, "shop");
console.log(s.view(() => true), s.view((x) => x.done), s.view((x) => x.tags.includes("shop")));
console.log(s.remove(3), s.remove(99), s.count());
console.log(s.raw());
const s2 = createStore();
let chk = 0;
for (let i = 0; i < 3000; i++) {
  const id = s2.add("t" + i);
  if (i % 3 === 0) s2.toggle(id);
  if (i % 5 === 0) s2.remove(id - 2);
  if (s2.count() > 50) s2.remove(s2.raw()[0].id);
  chk += s2.count();
}
console.log(chk, s2.count(), s2.view((x) => x.done).length, s.count());
