// yield*: over generators, arrays, strings, Maps and user iterators; the inner generator's
// return value; next/throw/return forwarded to the inner iterator.
function* inner() {
  const x = yield 'inner 1';
  console.log('inner got', x);
  yield 'inner 2';
  return 'inner result';
}
function* outer() {
  const r = yield* inner();
  console.log('delegate returned', r);
  yield* [10, 20];
  yield* 'hé';
  yield* new Map([['k', 'v']]);
  return 'outer done';
}
const o = outer();
for (let step = o.next(); ; step = o.next('sent')) {
  console.log(step);
  if (step.done) break;
}

const logged = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next(v) { console.log('next', v); return { value: i++, done: i > 3 }; },
      throw(e) { console.log('throw', e); return { value: 'recovered', done: false }; },
      return(v) { console.log('return', v); return { value: v, done: true }; },
    };
  },
};
function* viaUser() {
  const r = yield* logged;
  console.log('user returned', r);
}
const u = viaUser();
console.log(u.next('a'), u.next('b'), u.throw('oops'), u.return('bye'), u.next());

const noThrow = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { console.log('closed'); return {}; } }; } };
function* viaNoThrow() { yield* noThrow; }
const n = viaNoThrow();
n.next();
try {
  n.throw(new Error('x'));
} catch (err) {
  console.log(err.name, err.message);
}

function* tree(depth) {
  if (depth === 0) return;
  yield depth;
  yield* tree(depth - 1);
  yield* tree(depth - 1);
}
console.log([...tree(3)].join(','));
try {
  (function* () { yield* 5; })().next();
} catch (err) {
  console.log(err.name, err.message);
}
