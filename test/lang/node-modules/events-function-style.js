// EventEmitter as node has it: a function (old-style subclasses call EventEmitter.call(this)
// with util.inherits or Object.create), methods enumerable on the prototype (for-in lists
// them), on/off the same functions as addListener/removeListener, once wrappers named
// `bound onceWrapper`; captureRejections turns a listener's rejection into 'error' (or the
// nodejs.rejection method); events.once/on take an AbortSignal.
const EventEmitter = require('events');
const util = require('util');
function Legacy(name) { EventEmitter.call(this); this.name = name; }
util.inherits(Legacy, EventEmitter);
Legacy.prototype.fire = function (x) { return this.emit('fire', x, this.name); };
const legacy = new Legacy('old');
legacy.on('fire', (x, n) => console.log('fired', x, n));
console.log(legacy.fire(1), legacy instanceof EventEmitter, legacy.listenerCount('fire'), legacy);
function Proto() { EventEmitter.call(this, { captureRejections: false }); }
Proto.prototype = Object.create(EventEmitter.prototype);
Proto.prototype.constructor = Proto;
const p = new Proto();
p.once('x', () => console.log('once on an Object.create subclass'));
p.emit('x');
console.log(p.emit('x'), typeof EventEmitter, EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
const keys = [];
for (const k in new EventEmitter()) keys.push(k);
console.log(keys);
class Modern extends EventEmitter { constructor() { super(); this.ready = true; } }
const m = new Modern();
m.once('a', function named() {});
m.prependOnceListener('a', () => {});
console.log(m.rawListeners('a').map((f) => f.name), m.listeners('a').map((f) => f.name), m);
try { new EventEmitter({ captureRejections: 'yes' }); } catch (e) { console.log(e.code, e.message); }
const capturing = new EventEmitter({ captureRejections: true });
capturing.on('job', async (n) => { throw new Error(`job ${n} failed`); });
capturing.on('error', (err) => console.log('error event:', err.message));
capturing.emit('job', 1);
const custom = new EventEmitter({ captureRejections: true });
custom[Symbol.for('nodejs.rejection')] = (err, type, ...args) => console.log('rejection hook:', err.message, type, args);
custom.on('save', async () => { throw new Error('disk full'); });
custom.emit('save', 'a.txt');
(async () => {
  const source = new EventEmitter();
  const controller = new AbortController();
  const seen = [];
  setImmediate(() => { source.emit('data', 1); source.emit('data', 2); controller.abort('enough'); });
  try {
    for await (const [v] of EventEmitter.on(source, 'data', { signal: controller.signal })) seen.push(v);
  } catch (e) { console.log(e.name, e.code, e.message, e.cause, seen, source.listenerCount('data')); }
  try { await EventEmitter.once(source, 'never', { signal: AbortSignal.abort('pre-aborted') }); } catch (e) { console.log(e.name, e.cause); }
  const waiter = EventEmitter.once(source, 'late', { signal: controller.signal });
  await waiter.catch((e) => console.log('already aborted:', e.name));
  const fresh = new AbortController();
  const pending = EventEmitter.once(source, 'later', { signal: fresh.signal });
  fresh.abort();
  await pending.catch((e) => console.log(e.name, e.cause.name, source.listenerCount('later'), source.listenerCount('error')));
})();
