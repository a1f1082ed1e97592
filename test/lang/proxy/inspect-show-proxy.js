// util.inspect's showProxy (and %o) prints proxies as Proxy [ target, handler ]; util.types.isProxy.
const util = require('util');
const p = new Proxy(function f() {}, { get() {} });
console.log(util.inspect(p, { showProxy: true }), util.inspect(new Proxy(new Proxy({}, {}), {}), { showProxy: true }));
const { proxy, revoke } = Proxy.revocable({}, {}); revoke();
console.log(util.inspect(proxy, { showProxy: true }), util.inspect(proxy));
console.log('%o', new Proxy([1], {}));
console.log(util.inspect(new Proxy({ a: 1 }, {})), util.inspect({ inner: new Proxy({ b: 2 }, { has: () => true }) }, { showProxy: true }));
console.log(util.types.isProxy(new Proxy({}, {})), util.types.isProxy(new Proxy(function () {}, {})), util.types.isProxy({}), util.types.isDate(new Proxy(new Date(), {})), util.types.isMap(new Proxy(new Map(), {})));
const target = { t: 1 }; const shared = new Proxy(target, {});
console.log(util.inspect([shared, shared], { showProxy: true }), util.inspect(new Proxy(target, {}), { showProxy: true, showHidden: true }));
