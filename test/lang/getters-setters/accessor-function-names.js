// Accessor functions are named `get k` / `set k`: in object literals (plain, numeric,
// string, computed and symbol keys) and in classes, as .name and as console.log prints
// them through Object.getOwnPropertyDescriptor(s).
const sym = Symbol('tag');
const key = 'dyn';
const o = {
  get plain() { return 1; }, set plain(v) {},
  get 42() { return 2; },
  get 'with space'() { return 3; },
  get [`${key}amic`]() { return 4; }, set [`${key}amic`](v) {},
  get [sym]() { return 5; },
  get [Symbol.iterator]() { return 6; },
};
for (const k of Reflect.ownKeys(o)) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  console.log(String(k), d.get && d.get.name, d.set && d.set.name);
}
console.log(Object.getOwnPropertyDescriptor(o, 'plain'));
console.log(Object.getOwnPropertyDescriptors({ get a() { return 1; }, set b(v) {} }));
class Account {
  get balance() { return 0; } set balance(v) {}
  static get bank() { return 'b'; }
  get [key]() { return 1; }
}
const ad = Object.getOwnPropertyDescriptor(Account.prototype, 'balance');
console.log(ad.get.name, ad.set.name, Object.getOwnPropertyDescriptor(Account, 'bank').get.name);
console.log(Object.getOwnPropertyDescriptor(Account.prototype, key).get.name, ad.get);
