// Symbol-keyed properties: set/get/in/delete, computed keys, class members, key order,
// Object.keys / for-in / JSON skip them, getOwnPropertySymbols lists them.
const s = Symbol('s');
const t = Symbol('t');
const o = { b: 1, [s]: 'sv', 2: 'two', a: 2, [t]: 'tv', 1: 'one' };
console.log(o);
console.log(o[s], o[t], s in o, t in o, Symbol('s') in o, o[Symbol('s')]);
console.log(Object.keys(o), JSON.stringify(o));
const seen = [];
for (const k in o) seen.push(k);
console.log(seen);
console.log(Object.getOwnPropertySymbols(o), Object.getOwnPropertySymbols({}), Object.getOwnPropertySymbols([1]));
o[s] = 'changed';
console.log(o[s], delete o[s], o[s], s in o, Object.getOwnPropertySymbols(o));
console.log(o);
const u = {};
u[Symbol.for('reg')] = 5;
console.log(u, u[Symbol.for('reg')], u.hasOwnProperty(Symbol.for('reg')), u.hasOwnProperty('Symbol(reg)'));
u['Symbol(reg)'] = 'string key';
console.log(u, Object.keys(u));
console.log(JSON.stringify({ x: s, y: [s, 1], z: undefined }), JSON.stringify(s), JSON.stringify([s]));
class Box {
  constructor(v) { this.v = v; this[t] = v * 2; }
  [s]() { return 'method ' + this.v; }
  get [Symbol.for('g')]() { return 'getter ' + this.v; }
  static [t] = 'static field';
  static [s]() { return 'static method'; }
}
const box = new Box(3);
console.log(box[s](), box[Symbol.for('g')], box[t], Box[t], Box[s]());
console.log(box, Object.keys(box), Object.getOwnPropertySymbols(box), Object.getOwnPropertySymbols(Box.prototype));
console.log(Box.prototype[s].name, Object.getOwnPropertySymbols(Box));
const fnKey = Symbol('fn');
function f() {}
f[fnKey] = 1;
console.log(f[fnKey], Object.getOwnPropertySymbols(f));
// A symbol-keyed property survives the symbol being unreachable elsewhere.
const holder = {};
(function () { holder[Symbol('lost')] = 'kept'; })();
for (let i = 0; i < 3000; i++) ({ x: [i] });
console.log(holder, Object.getOwnPropertySymbols(holder)[0].description);
// Many symbol keys: the object goes to dictionary mode.
const many = {};
const syms = [];
for (let i = 0; i < 80; i++) { syms.push(Symbol('k' + i)); many[syms[i]] = i; }
let sum = 0;
for (let i = 0; i < 80; i++) sum += many[syms[i]];
console.log(sum, Object.getOwnPropertySymbols(many).length, Object.keys(many).length, many[syms[79]]);
// Keyed access in a hot loop.
function read(obj, k) { return obj[k]; }
let total = 0;
for (let i = 0; i < 3000; i++) total += read({ [s]: i, n: 1 }, i % 2 ? s : 'n');
console.log(total);
