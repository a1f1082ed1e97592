// An async function whose parameters throw (a default, a destructuring of null, a TDZ read)
// returns a rejected promise; generators and async generators throw at the call.
async function f(a = (() => { throw new Error('x'); })()) {}
f().catch((e) => console.log('caught', e.message));
async function g({ p }) { return p; }
g(null).catch((e) => console.log('caught', e.constructor.name));
g({ p: 'ok' }).then((v) => console.log(v));
const arrow = async (x = missing) => x;
arrow().catch((e) => console.log('arrow', e.name));
class C { async m(k = this.k) { return k; } }
new C().m().then((v) => console.log('method', v));
async function h(n, ...rest) { return [n, rest, arguments.length]; }
h(1, 2, 3).then((v) => console.log(v));
function* gen(a = (() => { throw new Error('gen params'); })()) {}
try { gen(); } catch (e) { console.log('sync', e.message); }
async function* ag(a = (() => { throw new Error('ag params'); })()) {}
try { ag(); } catch (e) { console.log('sync', e.message); }
console.log('sync end');
