// JSON.stringify calls toJSON (own, inherited from a class, on nested values) with the key,
// then the replacer function with the holder as this; a replacer array picks keys; space
// indents; getters run; a cycle throws V8's TypeError with the path it drew.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
t(() => JSON.stringify({a: 1, toJSON() { return {b: 2}; }}));
class P { constructor(x) { this.x = x; this.secret = 1 } toJSON(key) { return 'P(' + this.x + ')@' + key; } }
t(() => JSON.stringify([new P(1), {p: new P(2)}]));
t(() => JSON.stringify({a: [1, 'x', null, undefined, function(){}, NaN, -0, Infinity], b: undefined, c: () => 1, d: true}, null, 2));
t(() => JSON.stringify({a: 1, b: [1, 2], c: {d: 'e'}}, (k, v) => typeof v === 'number' ? v * 10 : v));
t(() => JSON.stringify({a: 1, b: 2, c: {a: 3, z: 4}}, ['a', 'c', 'a', 1]));
t(() => JSON.stringify({a: 1, b: {c: 2}}, null, '--'));
t(() => JSON.stringify({a: 1, b: {c: 2}}, null, 20));
t(() => JSON.stringify({a: 1, b: {c: 2}}, null, 'abcdefghijklmnop'));
t(() => JSON.stringify({}, null, 2) + JSON.stringify([], null, 2));
t(() => JSON.stringify(undefined));
t(() => JSON.stringify(function(){}));
t(() => JSON.stringify('he said "hi"\n\u2028\ud800'));
t(() => JSON.stringify({get g() { return 'got'; }, n: 5}));
var calls = [];
t(() => JSON.stringify({x: {y: 1}}, function (k, v) { calls.push(k + ':' + typeof this + ':' + (this === undefined)); return v; }));
console.log(calls.join(' '));
t(() => JSON.stringify({ toJSON() { throw new Error('nope') } }));
t(() => JSON.stringify(new Map([[1, 2]])));
t(() => JSON.stringify({ d: { toJSON(k) { return k + '!'; } } }));
var a = {}; a.self = a; t(() => JSON.stringify(a));
var b = {x: {y: {z: {w: {v: {}}}}}}; b.x.y.z.w.v.back = b.x; t(() => JSON.stringify(b));
var c = [1, {q: []}]; c[1].q.push(c); t(() => JSON.stringify(c));
class K { constructor() { this.me = this } } t(() => JSON.stringify({k: new K()}));
var d = {}; d[''] = d; t(() => JSON.stringify(d));
function F(){}; var g = new F(); g.g = g; t(() => JSON.stringify(g));
t(() => JSON.stringify({a: 1}, (k, v) => k === '' ? [v, v] : v));
t(() => JSON.stringify([[1,[2,[3]]]], null, 1));
// Quoting: every escape QuoteJSONString makes, in values and in keys
var tricky = 'q"b\\s/\b\f\n\r\t\u0000\u0001\u001f\u007f é 中 \ud83d\ude00 lone:\ud800 \udc00 end\ud83d';
t(() => JSON.stringify(tricky));
t(() => JSON.stringify({ [tricky]: tricky, 'k\n"': [tricky, ''] }, null, '\t'));
t(() => JSON.stringify([-0, 1e21, 1.5e-7, 0.1 + 0.2, -1e-7, 2147483648, -2147483649]));
