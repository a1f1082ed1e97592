// Derived-class fields are initialized right after super() returns.
const log = [];
class Base {
  a = log.push('base field');
  constructor() { log.push('base ctor'); }
}
class Derived extends Base {
  b = log.push('derived field');
  constructor() {
    log.push('before super');
    super();
    log.push('after super ' + this.b);
  }
}
new Derived();
console.log(log.join(' | '));
