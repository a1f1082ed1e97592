// Weak references under collections (kiln-only: when node collects is its own business).
// Prints how many FinalizationRegistry callbacks ran for the 99 targets dropped while still
// registered (the 100th was unregistered first; one target stays alive), whether a WeakRef to
// an object dropped in an earlier job was cleared, and how many WeakMap entries of live keys
// survive. (A collection scans the stack conservatively: a stale word may keep one dropped
// object alive, so the count may fall short by a little.)
let called = 0;
const registry = new FinalizationRegistry(() => { called++; });
const kept = {};
registry.register(kept, 'kept');
function registerAll() {
  const token = {};
  const targets = [];
  for (let i = 0; i < 100; i++) {
    targets.push({ i });
    registry.register(targets[i], 'item ' + i, i === 50 ? token : undefined);
  }
  registry.unregister(token);
}
registerAll();
let ref = new WeakRef({ big: new Array(1000).fill(1) });
const map = new WeakMap();
const liveKeys = [];
function fillMap() {
  for (let i = 0; i < 1000; i++) {
    const k = { i };
    map.set(k, { value: i });
    if (i % 10 === 0) liveKeys.push(k);
  }
}
fillMap();
function churn() {
  for (let i = 0; i < 300000; i++) ({ junk: [i] });
}
setTimeout(() => {
  churn();
  setTimeout(() => {
    const live = liveKeys.filter((k) => map.get(k).value === k.i).length;
    console.log(JSON.stringify({ called, cleared: ref.deref() === undefined, live, kept: typeof kept }));
  }, 5);
}, 0);
