// super and this inside arrows in methods, static field initializers seeing the class.
class Base {
  greet(n) { return 'hi ' + n; }
  static id() { return 'Base'; }
}
class Kid extends Base {
  static tag = this.id() + '>' + this.name;
  static also = super.id ? 'has super' : 'none';
  greetAll(names) { return names.map((n) => super.greet(n) + '/' + this.suffix()); }
  suffix() { return 'k'; }
}
console.log(new Kid().greetAll(['a', 'b']), Kid.tag, Kid.also);
const k = new Kid();
console.log('greet' in k, 'suffix' in k, k['greet']('x'));
delete k.nothing;
k.extra = 1;
delete k.extra;
let s = '';
for (let i = 0; i < 500; i++) s = k.suffix() + k.greet(i);
console.log(s, Object.keys(k));
