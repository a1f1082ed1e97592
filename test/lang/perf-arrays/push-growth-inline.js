// push in compiled code: growth of a full elements store and widening of the elements kind
// happen in machine code (int32, double, object and mixed values; holey, frozen, sealed arrays).
function build(n, mk) { const a = []; for (let i = 0; i < n; i++) a.push(mk(i)); return a; }
let total = 0;
for (let k = 0; k < 300; k++) {
  const ints = build(k % 40, (i) => i);
  const objs = build(k % 33, (i) => ({ i }));
  const dbl = build(k % 25, (i) => i + 0.5);
  const mixed = build(k % 20, (i) => (i % 3 === 0 ? i : i % 3 === 1 ? i * 0.25 : 's' + i));
  total += ints.length + objs.length + dbl.reduce((s, x) => s + x, 0) + mixed.length;
  if (k % 100 === 0) console.log(ints.slice(-3), objs.slice(-2), dbl.slice(-2), mixed.slice(-4));
}
console.log(total);
const holey = [1, , 3]; for (let i = 0; i < 20; i++) holey.push(i * 1.5); console.log(holey.length, holey[1], 1 in holey, holey.slice(-2));
const frozen = Object.freeze([1]); try { frozen.push(2); } catch (e) { console.log(e.constructor.name, e.message); }
const big = []; for (let i = 0; i < 100000; i++) big.push(i % 7 === 0 ? { i } : i); console.log(big.length, big[99995], big[7]);
function pushMany(a, n) { for (let i = 0; i < n; i++) a.push(i); return a.length; }
const sealed = Object.seal([]); try { pushMany(sealed, 3); } catch (e) { console.log(e.message); }
const pushed = []; console.log(pushed.push(1), pushed.push('x'), pushed.push(2.5), pushed);
