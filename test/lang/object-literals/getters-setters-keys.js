const o = {
  get 1() { return 'one'; },
  get 'a b'() { return 'spaced'; },
  set 'a b'(v) { this._ab = v; },
  get [`tmpl`]() { return 'template key'; },
  _v: 0,
  get v() { return this._v; },
  set v(x) { this._v = x * 10; },
};
o['a b'] = 3;
o.v = 2;
console.log(o[1], o['a b'], o._ab, o.tmpl, o.v, Object.keys(o));
console.log(o);
const onlySet = { set w(x) { this.seen = x; } };
onlySet.w = 9;
console.log(onlySet.w, onlySet.seen);
const onlyGet = { get r() { return 'r'; } };
onlyGet.r = 'ignored';
console.log(onlyGet.r);
const keys = ['alpha', 'beta'];
const dyn = {};
const made = { get [keys[0]]() { return 'A'; }, set [keys[1]](v) { dyn.b = v; }, get [keys[1]]() { return dyn.b; } };
made.beta = 'B';
console.log(made.alpha, made.beta, Object.keys(made));
