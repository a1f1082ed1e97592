// Getters and setters in object literals.
let log = [];
const o = {
  _v: 1,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x * 2; },
  get ro() { return 'read-only'; },
};
console.log(o.v, o.ro);
o.v = 5;
console.log(o.v, o._v, log.join(','));
console.log(o, Object.keys(o));
o.ro = 'ignored';
console.log(o.ro);
