// The web event globals: AbortController/AbortSignal (abort once, the default reason a
// DOMException AbortError, listeners then onabort, throwIfAborted, AbortSignal.abort/any/
// timeout), EventTarget/Event/CustomEvent (once, removal, preventDefault on a cancelable
// event, handleEvent objects, stopImmediatePropagation), printed as node prints them, and the
// `signal` option of timers/promises: node's AbortError with the reason as its cause.
const { setTimeout: sleep, setImmediate: nextTurn, setInterval: every } = require('timers/promises');
const ac = new AbortController();
console.log(ac, ac.signal, ac.signal.aborted, ac.signal.reason, typeof AbortSignal, typeof DOMException);
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, e.target === ac.signal, e.constructor.name), { once: true });
ac.signal.onabort = () => console.log('onabort');
ac.abort();
ac.abort('second abort is ignored');
const reason = ac.signal.reason;
console.log(ac, reason.name, reason.message, reason.code, String(reason), reason instanceof Error, reason instanceof DOMException);
try { ac.signal.throwIfAborted(); } catch (e) { console.log('thrown', e === reason); }
const pre = AbortSignal.abort('why');
console.log(pre.aborted, pre.reason, AbortSignal.any([new AbortController().signal, pre]).reason);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.message); }
const target = new EventTarget();
const seen = [];
const onPing = (e) => seen.push(`fn ${e.type} ${e.defaultPrevented}`);
target.addEventListener('ping', onPing);
target.addEventListener('ping', onPing);
target.addEventListener('ping', { handleEvent: (e) => seen.push(`object ${e.type}`) });
target.addEventListener('ping', () => seen.push('once'), { once: true });
console.log(target.dispatchEvent(new Event('ping')), target.dispatchEvent(new Event('ping')), seen);
target.removeEventListener('ping', onPing);
const cancelable = new Event('save', { cancelable: true });
target.addEventListener('save', (e) => { e.preventDefault(); e.stopImmediatePropagation(); });
target.addEventListener('save', () => console.log('not reached'));
console.log(target.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.cancelable, cancelable.type);
target.addEventListener('custom', (e) => console.log('detail', e.detail, e instanceof Event));
target.dispatchEvent(new CustomEvent('custom', { detail: { id: 7 } }));
console.log(target, new DOMException('m', 'NotFoundError').code, new DOMException('plain').name);
(async () => {
  const controller = new AbortController();
  const pending = sleep(10000, 'late', { signal: controller.signal });
  controller.abort('stopped');
  try { await pending; } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
  try { await nextTurn('v', { signal: AbortSignal.abort() }); } catch (e) { console.log(e.name, e.cause.name); }
  console.log(await sleep(1, 'not aborted', { signal: new AbortController().signal }));
  const ticks = new AbortController();
  let n = 0;
  try {
    for await (const v of every(2, 'tick', { signal: ticks.signal })) { n++; if (n === 3) ticks.abort(); }
  } catch (e) { console.log(n, e.name, e.message); }
  try { await sleep(1, 'x', { signal: 'nope' }); } catch (e) { console.log(e.code, e.message); }
  const timed = AbortSignal.timeout(5);
  await new Promise((resolve) => timed.addEventListener('abort', resolve));
  console.log(timed.reason.name, timed.reason.message);
})();
