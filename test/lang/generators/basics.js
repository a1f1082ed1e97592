// Generators: next/return/throw, sent values, completion, try/finally around yield, and
// generators as iterables (for-of, spread, destructuring, Array.from).
function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) yield i;
}
console.log([...range(0, 5)], Array.from(range(1, 10, 3)));
const [a, b, ...rest] = range(10, 15);
console.log(a, b, rest);
let total = 0;
for (const x of range(0, 100)) total += x;
console.log(total);

function* echo() {
  let received = yield 'first';
  while (true) {
    if (received === 'stop') return 'stopped';
    received = yield `got ${received}`;
  }
}
const e = echo();
console.log(e.next('ignored'), e.next('a'), e.next('b'), e.next('stop'), e.next('after'));

function* guarded() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
  yield 3;
}
const g1 = guarded();
console.log(g1.next(), g1.return(42), g1.next());
const g2 = guarded();
console.log(g2.next(), g2.next(), g2.next(), g2.next());
const g3 = guarded();
console.log(g3.return('early'), g3.next());

function* catcher() {
  while (true) {
    try {
      yield 'waiting';
    } catch (err) {
      console.log('caught', err instanceof Error ? err.message : err);
    }
  }
}
const c = catcher();
c.next();
console.log(c.throw(new Error('boom')), c.throw('plain'));
try {
  range(0, 1).throw(new TypeError('unstarted'));
} catch (err) {
  console.log('rethrown', err.name, err.message);
}
const done = range(0, 0);
console.log(done.next(), done.next(), done.return(7));
try {
  done.throw(new RangeError('after completion'));
} catch (err) {
  console.log(err.name, err.message);
}

// Finally blocks that yield while a return is in progress, and a return overridden.
function* finallyYields() {
  try {
    yield 'body';
  } finally {
    yield 'in finally';
    console.log('finally resumed');
  }
}
const f = finallyYields();
console.log(f.next(), f.return('r'), f.next(), f.next());
function* overrides() {
  try {
    yield 1;
  } finally {
    return 'from finally';
  }
}
const o = overrides();
o.next();
console.log(o.return('ignored'));

// An error thrown inside propagates out of next() and completes the generator.
function* failing() {
  yield 1;
  throw new Error('inside');
}
const fl = failing();
fl.next();
try {
  fl.next();
} catch (err) {
  console.log('next threw', err.message);
}
console.log(fl.next());
