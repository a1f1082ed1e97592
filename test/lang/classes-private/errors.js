// node's TypeErrors for private members used on objects that lack them.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
}
class Account {
  #balance = 10;
  #audit() { return 'audited'; }
  get #limit() { return 100; }
  set #owner(v) {}
  static #bank = 'kiln';
  static #open() { return 'open'; }
  static readBalance(o) { return o.#balance; }
  static writeBalance(o) { o.#balance = 1; return 'written'; }
  static bumpBalance(o) { return o.#balance++; }
  static callAudit(o) { return o.#audit(); }
  static writeAudit(o) { o.#audit = null; }
  static readLimit(o) { return o.#limit; }
  static writeLimit(o) { o.#limit = 5; }
  static readOwner(o) { return o.#owner; }
  static writeOwner(o) { o.#owner = 5; return 'set'; }
  static readBank(o) { return o.#bank; }
  static callOpen(o) { return o.#open(); }
  static writeOpen(o) { o.#open = 1; }
}
const a = new Account();
const ops = ['readBalance', 'writeBalance', 'bumpBalance', 'callAudit', 'writeAudit', 'readLimit', 'writeLimit',
  'readOwner', 'writeOwner', 'readBank', 'callOpen', 'writeOpen'];
const subjects = [['instance', a], ['plain', {}], ['class', Account], ['undefined', undefined], ['null', null], ['number', 7]];
for (const op of ops) {
  for (const [label, o] of subjects) attempt(`${op}(${label})`, () => Account[op](o));
}
// A subclass does not have its parent's static private fields.
class Savings extends Account {}
attempt('readBank(Savings)', () => Account.readBank(Savings));
// Anonymous classes: how node names them in brand-check messages.
const Anon = class { #m() {} static call(o) { return o.#m(); } };
attempt('anonymous', () => Anon.call({}));
const AnonStatic = class { #m() {} static #s() {} static call(o) { return o.#m(); } static callS(o) { return o.#s(); } };
attempt('anonymous with static', () => AnonStatic.call({}));
attempt('anonymous static', () => AnonStatic.callS({}));
