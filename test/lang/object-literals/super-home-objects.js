const base = { who() { return 'base:' + this.id; } };
const objs = [];
for (let i = 0; i < 4; i++) {
  objs.push({ __proto__: base, id: i, who() { return 'own' + i + '/' + super.who(); } });
}
console.log(objs.map((o) => o.who()).join(' '));
const borrowed = objs[0].who;
const other = { __proto__: { who() { return 'other proto'; } }, id: 'X', borrowed };
console.log(other.borrowed());
const m = { __proto__: base, id: 'm', get val() { return super.who(); }, set val(v) { this.got = super.who() + v; } };
m.val = '!';
console.log(m.val, m.got);
const protoLater = { id: 'late', who() { return 'late+' + super.who(); } };
try { console.log(protoLater.who()); } catch (e) { console.log(e.constructor.name, e.message); }
