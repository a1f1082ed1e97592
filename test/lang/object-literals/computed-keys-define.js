// Computed keys and a static __proto__ key define own properties: no setter up the chain runs.
const k = 'a', n = 3;
const o = { [k]: 1, [n]: 2, [n + 1.5]: 3, ['f' + k]: () => 1, [k ? 'g' : 'h']: function () {}, x: 0 };
console.log(o, Object.keys(o), o.fa.name, o.g.name, o[3], o['4.5']);
const a = { ['__proto__']: 1, b: 2 };
console.log(a, Object.keys(a), Object.getPrototypeOf(a) === Object.prototype);
for (let i = 0; i < 3000; i++) { const t = { [i % 3]: i, ['k' + (i % 2)]: i }; if (i === 2999) console.log(t); }
