// Keys of every kind: numbers (canonical and not), strings that look like numbers, empty
// strings, keys computed from other members, and the names methods get from their keys.
const prefix = 'get';
let n = 0;
class Keys {
  [1.5]() { return '1.5'; }
  [0x10]() { return '16'; }
  ['']() { return 'empty'; }
  [`${prefix}Name`]() { return 'getName'; }
  [prefix + 'Value']() { return 'getValue'; }
  [-0]() { return 'minus zero'; }
  [1e21]() { return 'big'; }
  [null]() { return 'null'; }
  [undefined]() { return 'undefined'; }
  [true]() { return 'true'; }
  static [++n]() { return 'static one'; }
  static [++n] = 'static two';
}
const k = new Keys();
console.log(k[1.5](), k['1.5'](), k[16](), k[''](), k.getName(), k.getValue(), k[0](), k['1e+21'](), k.null(), k.undefined(), k.true());
console.log(Keys[1](), Keys[2]);
console.log(Keys.prototype.getName.name, Keys.prototype[16].name, Keys.prototype[''].name, Keys[1].name);
console.log(Object.keys(Keys));
const descriptorless = Object.keys(Keys.prototype);
console.log(descriptorless);
console.log(Keys.prototype.getName, Keys.prototype[16], Keys[1]);
class Accessors { get ['computed' + 'Getter']() { return 1; } static ['s' + 'm']() {} }
console.log(Accessors.sm, Accessors);
