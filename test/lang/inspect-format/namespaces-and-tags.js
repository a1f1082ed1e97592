// node prints a builtin namespace with its @@toStringTag (`Object [Math] {}`), an object's
// own listed tag as a property, and a class by constructor.name (a static `name` member).
console.log(Math, JSON, Reflect);
console.log(Object.prototype.toString.call(Math), Object.prototype.toString.call(JSON));
const o = { [Symbol.toStringTag]: 'Own' };
console.log(o, String(o));
class Named { static name = 'Override'; }
console.log(new Named(), [new Named()]);
class Plain {}
console.log(new Plain());
for (const target of [Math, JSON, Reflect, Symbol.prototype, Map.prototype, Promise.prototype]) {
  const d = Object.getOwnPropertyDescriptor(target, Symbol.toStringTag);
  console.log(d.value, d.writable, d.enumerable, d.configurable);
}
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(Object.prototype.toString.call(new Tagged()));
