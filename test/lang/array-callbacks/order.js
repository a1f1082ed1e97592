// What the methods do in which order, seen through getters, valueOf and a proxy: the length
// is read before the callback is checked, each index asked (HasProperty) before it is read,
// map and filter make their result from the receiver's species.
'use strict';
const events = [];
const note = (e) => events.push(e);

function lengthFirst() {
  const o = { get length() { note('get length'); return { valueOf() { note('valueOf'); return 2; } }; }, 0: 'a', 1: 'b' };
  try {
    Array.prototype.forEach.call(o, 42);
  } catch (e) {
    note(`${e.constructor.name}: ${e.message}`);
  }
}

function proxyTraps() {
  const target = [10, , 30];
  const p = new Proxy(target, {
    has(t, k) { note(`has ${String(k)}`); return k in t; },
    get(t, k) { if (typeof k === 'string') note(`get ${k}`); return t[k]; },
  });
  Array.prototype.forEach.call(p, (v) => note(`visit ${v}`));
  Array.prototype.find.call(p, (v) => v === 30);
  note(`reduce ${Array.prototype.reduce.call(p, (a, b) => a + b)}`);
}

class List extends Array {
  constructor(...args) {
    note(`List(${args.join(',')})`);
    super(...args);
  }
}

function species() {
  const l = List.from([1, 2, 3]);
  const m = l.map((v) => v * 2);
  note(`map ${m instanceof List} ${m.length} ${m.join()}`);
  const f = l.filter((v) => v > 1);
  note(`filter ${f instanceof List} ${f.length} ${f.join()}`);
  const a = [1, 2];
  a.constructor = { [Symbol.species]: function (n) { note(`species(${n})`); return { length: 0 }; } };
  const r = a.map((v) => v + 1);
  note(`custom ${JSON.stringify(r)}`);
  const b = [1];
  b.constructor = { [Symbol.species]: null };
  note(`null species ${Array.isArray(b.map((v) => v))}`);
  // The result's elements are defined, not set: a species object's setter is not called,
  // and a non-configurable property refuses the definition.
  const d = [1];
  d.constructor = { [Symbol.species]: function () { Object.defineProperty(this, '0', { set(v) { note(`setter ${v}`); }, configurable: false }); } };
  try {
    d.map((v) => v);
  } catch (e) {
    note(`${e.constructor.name}: ${e.message}`);
  }
  const c = [1];
  c.constructor = { [Symbol.species]: 5 };
  try {
    c.map((v) => v);
  } catch (e) {
    note(`${e.constructor.name}: ${e.message}`);
  }
}

for (let i = 0; i < 40; i++) {
  events.length = 0;
  lengthFirst();
  proxyTraps();
  species();
  if (i === 0 || i === 39) console.log(events.join('\n'));
}
