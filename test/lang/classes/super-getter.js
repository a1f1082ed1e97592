// super.x reads a getter of the parent's prototype with this = the instance.
class Base {
  constructor() { this.n = 2; }
  get label() { return 'base' + this.n; }
  static get kind() { return 'B:' + this.name; }
}
class Child extends Base {
  get label() { return super.label + '+child'; }
  static get kind() { return super.kind + '!'; }
}
const c = new Child();
console.log(c.label, Child.kind);
let s = '';
for (let i = 0; i < 1000; i++) s = c.label;
console.log(s);
