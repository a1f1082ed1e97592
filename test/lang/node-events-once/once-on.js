// events.once (a promise of the next event's arguments; an 'error' event rejects it and both
// listeners go), events.on (an async iterator of events, queued while nobody waits; 'error'
// ends it; break stops listening), the statics node adds to EventEmitter, errorMonitor, and
// the ordering of once's resolution against other promise jobs.
const events = require('events');
const { once, on, EventEmitter } = events;

console.log(typeof once, typeof on, EventEmitter.once === once, EventEmitter.on === on, once.length, on.length);
console.log(typeof events.errorMonitor, String(events.errorMonitor), events.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log(events.captureRejections, events.usingDomains, EventEmitter.defaultMaxListeners, typeof events.getEventListeners);
console.log(Object.prototype.toString.call(once(new EventEmitter(), 'never')));

async function main() {
  const e = new EventEmitter();
  const p = once(e, 'x');
  console.log('listeners while waiting', e.listenerCount('x'), e.listenerCount('error'), e.eventNames());
  e.emit('x', 1, 2);
  console.log('listeners after', e.listenerCount('x'), e.listenerCount('error'));
  console.log('got', await p);

  const q = once(e, 'y');
  e.emit('error', new Error('boom'));
  try {
    await q;
  } catch (err) {
    console.log('rejected', err.message, e.listenerCount('y'), e.listenerCount('error'));
  }

  const r = once(e, 'error');
  e.emit('error', new RangeError('as event'));
  const [got] = await r;
  console.log('error as the event', got.name, got.message);

  setTimeout(() => e.emit('later', 'a', { b: 1 }), 1);
  console.log('later', await once(e, 'later'));

  const zero = once(e, 'z');
  e.emit('z');
  console.log('no args', await zero);

  // Ordering: once's promise settles a few jobs after the emit.
  const order = [];
  const o = once(e, 'o');
  o.then(() => order.push('once'));
  e.emit('o');
  Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3')).then(() => order.push('p4'));
  await new Promise((res) => setTimeout(res, 2));
  console.log(order.join(' '));

  try {
    on(e, 'x', null);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }

  // events.on: every event in order, including those before anyone waits.
  const it = on(e, 'tick');
  console.log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, e.listenerCount('tick'), e.listenerCount('error'));
  e.emit('tick', 1);
  e.emit('tick', 2, 'two');
  setTimeout(() => { e.emit('tick', 3); e.emit('tick', 4); }, 1);
  const seen = [];
  for await (const args of it) {
    seen.push(args);
    if (args[0] === 4) break;
  }
  console.log('on', seen, e.listenerCount('tick'), e.listenerCount('error'));

  const it2 = on(e, 'data');
  setTimeout(() => { e.emit('data', 'd'); e.emit('error', new Error('stream broke')); }, 1);
  try {
    for await (const [v] of it2) console.log('data', v);
  } catch (err) {
    console.log('on rejected', err.message, e.listenerCount('data'), e.listenerCount('error'));
  }
  console.log('after end', await it2.next());

  const it3 = on(e, 'w');
  const pending = it3.next();
  console.log('return', await it3.return(), await pending, e.listenerCount('w'));

  // errorMonitor sees errors first and does not count as handling them.
  const m = new EventEmitter();
  m.on(events.errorMonitor, (err) => console.log('monitor', err.message));
  m.on('error', (err) => console.log('handled', err.message));
  m.emit('error', new Error('watched'));
  const unhandled = new EventEmitter();
  unhandled.on(events.errorMonitor, (err) => console.log('monitor only', err.message));
  try {
    unhandled.emit('error', new Error('still thrown'));
  } catch (err) {
    console.log('thrown', err.message);
  }
  console.log(EventEmitter.listenerCount(m, 'error'), events.getEventListeners(m, 'error').length);
}

main();
