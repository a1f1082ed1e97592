// Annex B's Object.prototype.__defineGetter__/__defineSetter__ define enumerable,
// configurable accessor halves; __lookupGetter__/__lookupSetter__ search the prototype chain.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
const o = {};
o.__defineGetter__('g', function () { return 42; });
console.log(o.g, Object.getOwnPropertyDescriptor(o, 'g'));
o.__defineSetter__('g', function (v) { console.log('set', v); });
o.g = 3;
console.log(o.g, Object.getOwnPropertyDescriptor(o, 'g'), o);
console.log(o.__lookupGetter__('g').toString(), typeof o.__lookupSetter__('g'), o.__lookupGetter__('nope'));
const child = Object.create(o);
console.log(child.__lookupGetter__('g') === o.__lookupGetter__('g'), ({ x: 1 }).__lookupGetter__('x'));
const shadow = Object.create(o);
shadow.g = 'data';
console.log(Object.keys(shadow), shadow.__lookupGetter__('g'));
console.log(({}).__lookupGetter__('__proto__').name, ({}).__lookupSetter__('__proto__').name);
const proto = Object.prototype;
console.log(proto.__defineGetter__.length, proto.__defineSetter__.length, proto.__lookupGetter__.length, proto.__lookupSetter__.length);
console.log(proto.__defineGetter__.name, proto.__lookupSetter__.name, Object.keys(proto));
attempt('non-callable getter', () => ({}).__defineGetter__('x', 1));
attempt('non-callable setter', () => ({}).__defineSetter__('x', {}));
attempt('null receiver', () => proto.__defineGetter__.call(null, 'x', () => 1));
attempt('undefined receiver', () => proto.__lookupSetter__.call(undefined, 'x'));
attempt('frozen', () => Object.freeze({}).__defineGetter__('x', () => 1));
attempt('non-configurable', () => Object.defineProperty({}, 'x', { value: 1 }).__defineGetter__('x', () => 1));
attempt('primitive', () => (5).__lookupGetter__('x'));
attempt('string length', () => ''.__lookupGetter__('length'));
const s = Symbol('q');
const so = {};
so.__defineGetter__(s, () => 'sym');
console.log(so[s], so, so.__lookupGetter__(s)());
const key = { toString() { console.log('toString'); return 'kk'; } };
const ko = {};
ko.__defineGetter__(key, () => 1);
console.log(ko, ko.kk);
attempt('callable checked first', () => ({}).__defineGetter__(key));
function F() {}
F.__defineGetter__('answer', () => 7);
console.log(F.answer, F.__lookupGetter__('answer')());
const arr = [];
arr.__defineSetter__('last', function (v) { this.push(v); });
arr.last = 'pushed';
console.log(arr, arr.__lookupSetter__('last') !== undefined);
let total = 0;
for (let i = 0; i < 200; i++) {
  const box = {};
  box.__defineGetter__('v', () => i);
  total += box.v + (box.__lookupGetter__('v') ? 1 : 0);
}
console.log(total);
