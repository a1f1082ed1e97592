// Object.defineProperties and Object.create read symbol-keyed descriptors too; and
// Object.getOwnPropertyDescriptors lists symbol keys after the string keys. Refusals name a
// symbol key as Symbol(desc).
const s = Symbol('s');
const t = Symbol('t');
const o = {};
Object.defineProperties(o, { [s]: { value: 3, enumerable: true }, x: { value: 4, enumerable: true }, [t]: { get() { return 'got'; } } });
console.log(o, o[t], Object.getOwnPropertyDescriptor(o, s));
const all = Object.getOwnPropertyDescriptors({ [s]: 1, b: 2, get [t]() { return 0; } });
console.log(Reflect.ownKeys(all), all[s], typeof all[t].get, all[t].set, all[t].enumerable);
const created = Object.create({}, { [s]: { value: 'made', enumerable: true } });
console.log(created, created[s]);
const skipped = Object.defineProperty({}, s, { value: { value: 1 }, enumerable: false });
console.log(Object.getOwnPropertySymbols(Object.defineProperties({}, skipped)));
const arr = [];
arr[s] = 1;
console.log(Object.getOwnPropertyDescriptors(arr)[s], Object.getOwnPropertySymbols(arr));
function attempt(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
attempt(() => Object.defineProperty(Object.freeze({ [s]: 1 }), s, { value: 2 }));
attempt(() => Object.defineProperty(Object.preventExtensions({}), s, { value: 2 }));
attempt(() => Object.defineProperties({}, { [s]: 5 }));
