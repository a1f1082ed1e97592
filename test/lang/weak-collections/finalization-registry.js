// FinalizationRegistry: register/unregister and node's TypeErrors (when cleanup callbacks run
// is the collector's business: test/gc/finalization.test.js checks that they do).
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const fr = new FinalizationRegistry((h) => console.log('cleanup', h));
const o = {}; const tok = {};
t(() => fr.register(o, 'held', tok)); t(() => fr.register(1, 'x')); t(() => fr.register(o, o)); t(() => fr.register(o, 1, 1)); t(() => fr.unregister(tok)); t(() => fr.unregister(tok)); t(() => fr.unregister(1)); t(() => new FinalizationRegistry(1)); t(() => FinalizationRegistry(() => 1));
console.log(fr, Object.prototype.toString.call(fr), Object.getOwnPropertyNames(FinalizationRegistry.prototype));
