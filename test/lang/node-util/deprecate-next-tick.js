// util.deprecate warns on the next tick (after the code that called it), once per function
// and once per code; the first warning carries the --trace-deprecation hint.
const util = require('util');
const old = util.deprecate(() => 'old result', 'old() is deprecated');
const coded = util.deprecate(function coded() { return 'coded'; }, 'coded() is going away', 'DEP_KILN1');
const sameCode = util.deprecate(() => 'same', 'also DEP_KILN1', 'DEP_KILN1');
console.log(old(), old(), coded(), sameCode());
process.stderr.write('stderr after the calls\n');
Promise.resolve().then(() => console.log('microtask'));
process.nextTick(() => console.log('tick queued after'));
setTimeout(() => { console.log('timer', old()); }, 0);
