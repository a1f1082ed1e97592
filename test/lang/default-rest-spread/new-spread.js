function P(a, b, c) { this.sum = a + b + (c ?? 0); this.n = arguments.length; }
const args = [1, 2];
const p = new P(...args);
console.log(p.sum, p.n, new P(...args, 10).sum, new P(0, ...[5, 6]).sum, new P(...'abc').sum);
class V { constructor(...xs) { this.xs = xs; } }
class W extends V { constructor(...ys) { super(...ys, 'w'); } }
console.log(new V(...[1, 2, 3]).xs, new W(...[4], ...[5]).xs, new V(...[]).xs.length);
const m = new Map(...[[['a', 1]]]);
console.log(m.get('a'), new Set(...['xyz']).size);
const ctors = { P };
console.log(new ctors.P(...[7, 8]).sum);
try { new (() => 1)(...args); } catch (e) { console.log(e.constructor.name, e.message); }
const notCtor = { f: 1 };
try { new notCtor.f(...args); } catch (e) { console.log(e.constructor.name, e.message); }
try { new P(...5); } catch (e) { console.log(e.constructor.name); }
const e = new Error(...['boom']);
console.log(e.message, e instanceof Error);
let built = 0;
for (let i = 0; i < 50; i++) built += new P(...[i, i]).sum;
console.log(built);
