// require('events'): EventEmitter as node has it — on/once/prepend, emit's result and
// arguments, `this` in listeners, removal (also during emit), newListener/removeListener
// events, listener lists, the 'error' event without a listener, subclasses, and printing.
const EventEmitter = require('events');
const { EventEmitter: Named } = require('node:events');
console.log(Named === EventEmitter, EventEmitter.defaultMaxListeners, typeof EventEmitter);
const e = new EventEmitter();
console.log(e);
function one(a, b) { console.log('one', a, b, this === e); }
e.on('x', one);
e.once('x', (a) => console.log('once', a));
e.prependListener('x', () => console.log('first'));
console.log(e.emit('x', 1, 2), e.emit('x', 3), e.emit('nothing'), e.listenerCount('x'), e.eventNames());
console.log(e.listeners('x').length, e.rawListeners('x').length, e);
e.off('x', one);
console.log(e.listenerCount('x'), e.listeners('x').map((f) => f.name));
const seen = [];
e.on('newListener', (type) => seen.push(`new:${type}`));
e.on('removeListener', (type) => seen.push(`removed:${type}`));
const selfRemoving = () => { seen.push('self'); e.removeListener('y', selfRemoving); };
e.on('y', selfRemoving);
e.on('y', () => seen.push('second y'));
e.emit('y');
e.emit('y');
e.removeAllListeners('y');
console.log(seen, e.eventNames());
const o = new EventEmitter();
o.prependOnceListener('z', (v) => console.log('prepend once', v));
o.emit('z', 'a');
o.emit('z', 'b');
console.log(o.getMaxListeners(), o.setMaxListeners(3) === o, o.getMaxListeners());
try { o.on('bad', 'not a function'); } catch (err) { console.log(err.name, err.code, err.message); }
try { o.emit('error', new RangeError('unhandled')); } catch (err) { console.log('thrown', err.name, err.message); }
try { o.emit('error', 'text'); } catch (err) { console.log(err.code, err.message); }
o.on('error', (err) => console.log('handled', err.message));
o.emit('error', new Error('with a listener'));
class Job extends EventEmitter {
  constructor(name) { super(); this.name = name; }
  run() { this.emit('start', this.name); for (let i = 1; i <= 3; i++) this.emit('progress', i / 3); this.emit('done'); return this; }
}
const job = new Job('build');
job.on('start', (n) => console.log('start', n)).on('progress', (p) => console.log('progress', p.toFixed(2))).once('done', () => console.log('done'));
job.run();
let total = 0;
const hot = new EventEmitter();
hot.on('tick', (v) => { total += v; });
for (let i = 0; i < 2000; i++) hot.emit('tick', i);
console.log(total, job instanceof EventEmitter);
