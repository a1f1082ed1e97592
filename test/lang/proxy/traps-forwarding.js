// Every trap of a logging handler that forwards to Reflect: which traps each operation runs,
// with which arguments, in node's order; and a handler without traps forwards to the target.
const log = [];
const show = (v) => (typeof v === 'symbol' ? v.toString() : typeof v === 'object' && v !== null ? (v === target ? 'target' : v === proxy ? 'proxy' : 'obj') : String(v));
const handler = {};
for (const name of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) {
  handler[name] = function (...args) {
    log.push(`${name}(${args.slice(1).map(show).join(', ')})`);
    return Reflect[name](...args);
  };
}
const sym = Symbol('s');
const base = { inherited: 'i' };
const target = Object.create(base);
target.a = 1;
target.b = 2;
target[sym] = 3;
const proxy = new Proxy(target, handler);

function run(name, f) {
  log.length = 0;
  let r;
  try {
    r = f();
  } catch (e) {
    r = `${e.name}: ${e.message}`;
  }
  console.log(name, JSON.stringify(r), log.join(' '));
}

run('get', () => proxy.a);
run('get inherited', () => proxy.inherited);
run('get missing', () => proxy.nope);
run('get symbol', () => proxy[sym]);
run('get index', () => proxy[0]);
run('set', () => { proxy.c = 5; return target.c; });
run('set existing', () => { proxy.a = 10; return target.a; });
run('has', () => 'a' in proxy);
run('has inherited', () => 'inherited' in proxy);
run('has missing', () => 'zz' in proxy);
run('delete', () => delete proxy.c);
run('keys', () => Object.keys(proxy));
run('values', () => Object.values(proxy));
run('entries', () => Object.entries(proxy));
run('names', () => Object.getOwnPropertyNames(proxy));
run('symbols', () => Object.getOwnPropertySymbols(proxy).length);
run('assign', () => Object.assign({}, proxy));
run('spread', () => ({ ...proxy }));
run('rest', () => { const { a, ...rest } = proxy; return rest; });
run('json', () => JSON.stringify(proxy));
run('gopd', () => Object.getOwnPropertyDescriptor(proxy, 'a'));
run('gopds', () => Object.keys(Object.getOwnPropertyDescriptors(proxy)));
run('defineProperty', () => { Object.defineProperty(proxy, 'd', { value: 4, configurable: true }); return target.d; });
run('getPrototypeOf', () => Object.getPrototypeOf(proxy) === base);
run('__proto__', () => proxy.__proto__ === base);
run('setPrototypeOf', () => { Object.setPrototypeOf(proxy, base); return 1; });
run('isExtensible', () => Object.isExtensible(proxy));
run('instanceof', () => proxy instanceof Object);
run('isPrototypeOf', () => base.isPrototypeOf(proxy));
run('hasOwnProperty', () => proxy.hasOwnProperty('a'));
run('Object.hasOwn', () => Object.hasOwn(proxy, 'b'));
run('propertyIsEnumerable', () => proxy.propertyIsEnumerable('a'));
run('String', () => String(proxy));
run('template', () => `${proxy}`);
run('seal', () => { Object.seal(new Proxy({ x: 1 }, handler)); return 1; });
run('freeze', () => { Object.freeze(new Proxy({ x: 1, get y() { return 2; } }, handler)); return 1; });
run('isSealed', () => Object.isSealed(proxy));
run('isFrozen', () => Object.isFrozen(proxy));
run('preventExtensions', () => { Object.preventExtensions(new Proxy({}, handler)); return 1; });
run('create from proxy', () => { const o = Object.create(proxy); return [o.a, o.inherited, 'b' in o]; });
run('set through chain', () => { const o = Object.create(proxy); o.z = 9; return [Object.keys(o), target.z]; });

// A handler with no traps: every operation reaches the target.
const plain = { x: 1, get g() { return this === empty ? 'proxy' : 'other'; } };
const empty = new Proxy(plain, {});
empty.y = 2;
delete empty.x;
console.log(JSON.stringify(plain), empty.g, 'y' in empty, Object.keys(empty), empty.y);
// undefined and null traps are absent traps.
console.log(new Proxy({ a: 1 }, { get: undefined }).a, new Proxy({ a: 1 }, { get: null }).a);
// A trap sees the receiver.
const recv = new Proxy({}, { get: (t, k, r) => r === recv });
console.log(recv.anything, Object.create(recv).anything);
