// process is an EventEmitter: off/removeListener (the last registration of that function),
// removeAllListeners, listenerCount, listeners, emit of any event (returns whether it had
// listeners; `this` is process), once; an invalid listener is node's TypeError. Also
// process.argv0 and execArgv, and that process.emitWarning exists.
const seen = [];
const onCustom = (a, b) => seen.push(['custom', a, b]);
process.on('custom', onCustom);
process.on('custom', function () { seen.push(['this is process', this === process]); });
process.once('custom', () => seen.push(['once']));
console.log(process.listenerCount('custom'), process.listeners('custom').length, process.listeners('none'));
console.log(process.emit('custom', 1, 2), process.emit('custom', 3), process.emit('nobody'));
console.log(seen);
console.log(process.off('custom', onCustom) === process, process.listenerCount('custom'));
process.removeListener('custom', () => {});
console.log(process.listenerCount('custom'));
process.removeAllListeners('custom');
console.log(process.listenerCount('custom'), process.emit('custom'));
const onExit = (code) => console.log('exit listener (removed) ran', code);
process.on('exit', onExit);
process.on('exit', (code) => console.log('exit listener ran with', code));
process.removeListener('exit', onExit);
try { process.on('x', 42); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.off('x', 'str'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof process.argv0, Array.isArray(process.execArgv), typeof process.emitWarning);

console.log('after warning');
