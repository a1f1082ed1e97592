// A listener's stack goes on through EventEmitter.prototype.emit as node's does: the frame is
// `EventEmitter.emit` (the subclass's name for a subclass instance) at node's location in
// node:events (one listener, several, a once() wrapper), a bound function shows no frame of
// its own, and the process object is tagged `process`.
const EventEmitter = require('events');
const frames = (label) => console.log(label, new Error(label).stack.split('\n').slice(1, 4).join('\n'));
const e = new EventEmitter();
e.on('one', () => frames('one'));
e.on('two', () => frames('two-a'));
e.on('two', function named() { frames('two-b'); });
e.once('once', () => frames('once'));
e.once('once-args', (x) => frames('once-args ' + x));
e.emit('one');
e.emit('two');
e.emit('once');
e.emit('once-args', 5);
class Store extends EventEmitter {}
const s = new Store();
s.on('change', function () { frames('subclass'); });
s.emit('change');
function target() { frames('bound'); }
target.bind(null)();
const holder = { method: target.bind({}) };
holder.method();
[1].forEach(target.bind(null));
console.log(Object.prototype.toString.call(process), String(process));
try {
  e.emit('error', new TypeError('caught'));
} catch (err) {
  console.log(err.stack.split('\n')[0], Object.keys(err));
}
