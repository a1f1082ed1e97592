// Computed member names are evaluated once, in source order, when the class is defined —
// methods, accessors, fields and static members interleaved — and converted to property
// keys then (an object key's toString runs once).
const log = [];
const key = (k) => { log.push(k); return k; };
let conversions = 0;
const objectKey = { toString() { conversions++; return 'fromObject'; } };
class Widget {
  [key('render')]() { return 'render'; }
  [key('field')] = log.push('field initializer') && 'field value';
  static [key('create')]() { return new Widget(); }
  get [key('size')]() { return 3; }
  set [key('size')](v) { log.push('set size ' + v); }
  [objectKey] = 'converted';
  static [key('count')] = log.push('static initializer');
  [key(42)]() { return 'forty-two'; }
}
console.log(log);
console.log(conversions);
const w = Widget.create();
const w2 = new Widget();
console.log(conversions, log.slice(-3));
console.log(w.render(), w.size, w[42](), w.fromObject, w.field);
w.size = 9;
console.log(Object.keys(w), Object.keys(Widget), Widget.count);
console.log(w);
