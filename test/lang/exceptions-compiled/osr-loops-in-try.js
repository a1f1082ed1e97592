// Long loops inside try/finally and for-of are entered through OSR: an exception thrown in
// them runs each finally and each iterator's return() exactly once, whether it is caught in
// the same function or leaves it; the code after a caught one goes on in the loop.
function check(v) {
  if (v === 2500) throw new RangeError('out ' + v);
  return v;
}

function leaves(limit) {
  let sum = 0;
  try {
    for (let i = 0; i < limit; i++) sum += check(i);
  } finally {
    console.log('leaves: finally once, sum', sum);
  }
  return sum;
}

function caughtInLoop(limit) {
  let sum = 0;
  let errors = 0;
  for (let i = 0; i < limit; i++) {
    try {
      sum += check(i % 3000);
    } catch (e) {
      errors++;
    } finally {
      sum += 1;
    }
  }
  return sum + ' ' + errors;
}

class Counter {
  constructor(n) { this.n = n; this.closed = 0; }
  [Symbol.iterator]() {
    let i = 0;
    const self = this;
    return {
      next() { return i < self.n ? { value: i++, done: false } : { value: undefined, done: true }; },
      return() { self.closed++; return { done: true }; },
    };
  }
}

function closes(counter) {
  let sum = 0;
  try {
    for (const v of counter) {
      for (const w of [v, v + 1]) sum += check(w) & 1;
    }
  } catch (e) {
    return 'caught ' + e.message + ' after ' + sum + ', closed ' + counter.closed;
  }
  return 'done';
}

try {
  leaves(10000);
} catch (e) {
  console.log('outer caught', e.name, e.message);
}
console.log(leaves(100));
console.log(caughtInLoop(9000));
console.log(closes(new Counter(5000)));
console.log(closes(new Counter(10)));
