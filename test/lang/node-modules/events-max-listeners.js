// EventEmitter's leak check: a MaxListenersExceededWarning once per event past the limit.
const EventEmitter = require('events');
class Bus extends EventEmitter {}
const e = new Bus();
e.setMaxListeners(2);
for (let i = 0; i < 4; i++) e.on('data', () => {});
e.on(Symbol('sym'), () => {}); e.on('other', () => {});
e.prependListener('data', () => {});
console.log(e.listenerCount('data'), e.listeners('data').length);
const unlimited = new EventEmitter(); unlimited.setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
const dflt = new EventEmitter();
for (let i = 0; i < 11; i++) dflt.on('tick', () => {});
console.log('sync end', dflt.getMaxListeners());
