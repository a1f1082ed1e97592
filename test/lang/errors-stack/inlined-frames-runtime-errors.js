'use strict';
// Errors raised by the runtime inside inlined code (one and two levels deep) list every
// inlined frame with its position, as the interpreter does.
class Node2 {
  constructor(next, v) { this.next = next; this.v = v; }
  val() { return this.next.v; }
  twice() { return this.val() * 2; }
  sum(o) { return this.twice() + o.k.length; }
}
function walk(n, o, times) { let t = 0; for (let i = 0; i < times; i++) t += n.sum(o); return t; }
const n = new Node2(new Node2(null, 4), 1);
const o = { k: 'abc' };
for (let r = 0; r < 300; r++) walk(n, o, 20);
// The program's own frames (node's module loader below them differs between machines).
const file = require('path').basename(__filename);
const where = (e) => e.stack.split('\n').filter((l, i) => i === 0 || l.includes(file)).map((l) => l.replace(/\(.*[\\/]/, '(')).join('\n');
try { walk(new Node2(null, 1), o, 1); } catch (e) { console.log(where(e)); }
try { walk(n, {}, 1); } catch (e) { console.log(where(e)); }
function plain(a) { return a.b.c; }
function outer(a) { return plain(a) + 1; }
function loop(a, k) { let t = 0; for (let i = 0; i < k; i++) t += outer(a); return t; }
for (let r = 0; r < 300; r++) loop({ b: { c: 1 } }, 10);
try { loop({ b: null }, 1); } catch (e) { console.log(where(e)); }
try { loop(undefined, 1); } catch (e) { console.log(where(e)); }
// Sites that saw many shapes are generic (a runtime call): its error comes from the runtime.
const shapes = [{ k: 'a' }, { x: 1, k: 'bb' }, { y: 1, k: 'ccc' }, { z: 1, k: [1] }, { w: 1, k: [1, 2] }, { q: 1, k: 'dddd' }];
for (let r = 0; r < 300; r++) walk(n, shapes[r % shapes.length], 5);
try { walk(n, { k: null }, 1); } catch (e) { console.log(where(e)); }
try { walk(n, 7, 1); } catch (e) { console.log(where(e)); }
const args = [{ b: { c: 1 } }, { x: 0, b: { x: 0, c: 2 } }, { y: 0, b: { y: 0, c: 3 } }, { z: 0, b: { z: 0, c: 4 } }, { w: 0, b: { w: 0, c: 5 } }, { v: 0, b: { v: 0, c: 6 } }];
for (let r = 0; r < 300; r++) loop(args[r % args.length], 5);
try { loop({ u: 1, b: undefined }, 1); } catch (e) { console.log(where(e)); }
try { loop({ u: 1, b: null }, 1); } catch (e) { console.log(where(e)); }
