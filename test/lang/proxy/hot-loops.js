// Proxies in hot code: property reads, writes, `in` and calls through proxies in functions
// the JIT compiles, mixed with ordinary objects at the same sites (the inline caches must
// never take a proxy for an ordinary object of some shape, before or after they warm up).
let reads = 0;
const counted = new Proxy({ x: 1, y: 2 }, { get(t, k) { reads++; return k === 'x' ? t.x * 10 : Reflect.get(t, k); } });
const forwarding = new Proxy({ x: 3, y: 4 }, {});
const plainA = { x: 5, y: 6 };
const plainB = { y: 7, x: 8 };

function readX(o) { return o.x; }
function readKeyed(o, k) { return o[k]; }
function write(o, v) { o.z = v; return o.z; }
function has(o) { return 'y' in o; }

let sum = 0;
for (let i = 0; i < 3000; i++) sum += readX(plainA) + readX(plainB);
console.log(sum);
sum = 0;
for (let i = 0; i < 3000; i++) {
  const o = i % 4 === 0 ? counted : i % 4 === 1 ? forwarding : i % 4 === 2 ? plainA : plainB;
  sum += readX(o) + readKeyed(o, 'y');
}
console.log(sum, reads);

const writes = [];
const logged = new Proxy({}, { set(t, k, v) { writes.push(v); t[k] = v * 2; return true; } });
let acc = 0;
for (let i = 0; i < 2000; i++) acc += write(i % 2 ? logged : plainA, i);
console.log(acc, writes.length, logged.z, plainA.z);

const never = new Proxy({ y: 1 }, { has: () => false });
let found = 0;
for (let i = 0; i < 2000; i++) found += has(i % 3 === 0 ? never : plainA) ? 1 : 0;
console.log(found);

// A proxy on the prototype chain of objects a hot site reads.
const protoProxy = new Proxy({ inherited: 7 }, { get: (t, k, r) => (k === 'inherited' ? t.inherited + (r.own || 0) : undefined) });
const child = Object.create(protoProxy);
child.own = 1;
function readInherited(o) { return o.inherited; }
let inh = 0;
for (let i = 0; i < 2000; i++) inh += readInherited(i % 2 ? child : { inherited: 1 });
console.log(inh);

// A proxy that starts behaving differently midway (the trap is replaced on the handler).
const handler = { get: () => 1 };
const switching = new Proxy({}, handler);
let sw = 0;
for (let i = 0; i < 3000; i++) {
  if (i === 1500) handler.get = () => 2;
  sw += readX(switching);
}
console.log(sw);

// Calls through a callable proxy at a hot call site, and method calls on a proxy.
const square = new Proxy((n) => n * n, {});
const obj = new Proxy({ m(n) { return n + 1; } }, {});
let c = 0;
for (let i = 0; i < 3000; i++) c += square(i % 10) + obj.m(i);
console.log(c);

// Revocation midway through a hot loop.
const r = Proxy.revocable({ x: 1 }, {});
let before = 0;
try {
  for (let i = 0; i < 3000; i++) {
    if (i === 2500) r.revoke();
    before += readX(r.proxy);
  }
} catch (e) {
  console.log(before, e.message);
}
