// Functions hold named properties: statics, counters, a replaced prototype.
function counter() { counter.calls++; return counter.calls; }
counter.calls = 0;
counter(); counter();
console.log(counter.calls, Object.keys(counter), counter.name);
function Legacy() {}
Legacy.prototype = { hello() { return 'hi'; } };
const l = new Legacy();
console.log(l.hello(), l instanceof Legacy, Legacy.version === undefined);
Legacy.version = 2;
console.log(Legacy.version, 'version' in Legacy);
