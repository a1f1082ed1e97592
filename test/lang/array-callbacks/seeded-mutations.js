// Seeded mixes of the callback methods over arrays of every elements kind (int32, double,
// objects, holey, array-likes) with callbacks that mutate what they walk (push, pop, delete,
// length changes, writes ahead and behind): every method, every receiver, one LCG sequence.
'use strict';
let seed = 12345;
const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = (xs) => xs[Math.floor(next() * xs.length)];
const methods = ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight'];

function makeReceiver() {
  const n = Math.floor(next() * 7);
  const kind = pick(['int', 'double', 'object', 'holey', 'like', 'mixed']);
  const a = [];
  for (let i = 0; i < n; i++) {
    if (kind === 'int') a.push(i * 3);
    else if (kind === 'double') a.push(i + 0.5);
    else if (kind === 'object') a.push({ v: i });
    else if (kind === 'mixed') a.push(pick([i, 'x' + i, null, undefined, { v: i }, -0]));
    else if (next() < 0.6) a[i] = i;
  }
  if (kind === 'holey') a.length = n;
  if (kind !== 'like') return a;
  const like = { length: a.length };
  a.forEach((v, i) => { like[i] = v; });
  return like;
}

function makeCallback(log) {
  const action = pick(['none', 'push', 'pop', 'delete', 'shrink', 'write-ahead', 'write-behind', 'throw-late']);
  return function (acc, v, i, o) {
    // reduce passes (acc, v, i, o); the others (v, i, o): normalize to the element's index.
    const index = typeof i === 'number' ? i : v;
    const target = typeof i === 'number' ? o : i;
    log.push(`${action}@${index}`);
    if (Array.isArray(target)) {
      if (action === 'push' && target.length < 12) target.push(index);
      else if (action === 'pop') target.pop();
      else if (action === 'delete') delete target[index + 1];
      else if (action === 'shrink') target.length = Math.max(0, target.length - 1);
      else if (action === 'write-ahead') target[index + 1] = 'w';
      else if (action === 'write-behind' && index > 0) target[index - 1] = 'b';
    }
    if (action === 'throw-late' && index === 3) throw new Error('late');
    return typeof acc === 'number' ? acc + 1 : (index % 2 === 0);
  };
}

function show(x) {
  if (Array.isArray(x)) return `[${Array.from({ length: x.length }, (_, i) => (i in x ? show(x[i]) : '_')).join(',')}]`;
  if (x && typeof x === 'object') return JSON.stringify(x);
  return Object.is(x, -0) ? '-0' : String(x);
}

const lines = [];
for (let round = 0; round < 400; round++) {
  const m = pick(methods);
  const receiver = makeReceiver();
  const log = [];
  const cb = makeCallback(log);
  let out;
  try {
    const extra = m.startsWith('reduce') && next() < 0.5 ? [0] : [];
    out = show(Array.prototype[m].call(receiver, cb, ...extra));
  } catch (e) {
    out = `${e.constructor.name}: ${e.message}`;
  }
  if (round % 5 === 0 || round > 380) lines.push(`${round} ${m} -> ${out} | ${log.join(' ')} | ${show(receiver)}`);
}
console.log(lines.join('\n'));
