// catch and finally in optimized code: a call, a runtime operation or a `throw` inside a
// `try` reaches its handler without leaving compiled code, with every register as it was
// before the throwing instruction; throws from inlined callees and from slow paths of
// inline operations (valueOf in a comparison, Symbol.hasInstance, a getter) reach it too.

function parse(s) {
  if (s.length === 0) throw new SyntaxError('empty');
  if (s === 'x') throw 'a string';
  if (s === 'n') throw null;
  return s.length;
}

function countErrors(inputs) {
  let ok = 0;
  let errors = 0;
  let last = '';
  for (let i = 0; i < inputs.length; i++) {
    const before = ok;
    try {
      ok += parse(inputs[i]);
    } catch (e) {
      errors++;
      last = (e === null ? 'null' : typeof e === 'string' ? e : e.name) + '@' + i + ':' + before;
    }
  }
  return ok + ' ' + errors + ' ' + last;
}

function throwInTry(n) {
  let caught = 0;
  for (let i = 0; i < n; i++) {
    try {
      if (i % 3 === 0) throw i;
      caught -= 1;
    } catch (v) {
      caught += v;
    }
  }
  return caught;
}

function withFinally(n) {
  const log = [];
  for (let i = 0; i < n; i++) {
    try {
      try {
        if (i % 2) throw new RangeError('r' + i);
        log.push('t' + i);
      } finally {
        log.push('f' + i);
      }
    } catch (e) {
      log.push(e.message);
    }
  }
  return log.slice(-6).join(',');
}

function finallyOverrides(x) {
  try {
    if (x) throw new Error('lost');
    return 'try';
  } finally {
    if (x > 1) return 'finally';
  }
}

function rethrows(x) {
  try {
    return parse(x);
  } catch (e) {
    if (typeof e === 'string') return 'handled ' + e;
    throw e;
  }
}

function outerCatches(x) {
  try {
    return rethrows(x);
  } catch (e) {
    return 'outer ' + (e && e.message);
  }
}

function nested(x) {
  let trace = '';
  try {
    try {
      parse(x);
      trace += 'a';
    } catch (e) {
      trace += 'b';
      parse(x === '' ? 'x' : '');
    } finally {
      trace += 'c';
    }
  } catch (e2) {
    trace += 'd:' + (typeof e2 === 'string' ? e2 : e2.message);
  }
  return trace;
}

const small = (o) => o.v * 2; // inlined: its throw leaves through the interpreter
function inlinedThrow(objs) {
  let s = 0;
  for (let i = 0; i < objs.length; i++) {
    try {
      s += small(objs[i]);
    } catch (e) {
      s += 1000;
    }
  }
  return s;
}

function slowPaths(a, b, c) {
  const out = [];
  try { out.push(a < b); } catch (e) { out.push('lt:' + e); }
  try { out.push(a instanceof c); } catch (e) { out.push('io:' + (e.message || e)); }
  try { out.push(a[b]); } catch (e) { out.push('get:' + e); }
  try { out.push(a + b); } catch (e) { out.push('add:' + e); }
  return out.join(' ');
}

const inputs = [];
for (let i = 0; i < 40; i++) inputs.push(i % 7 === 0 ? '' : i % 11 === 0 ? 'x' : i % 13 === 0 ? 'n' : 'ab'.repeat(i % 4));
for (let r = 0; r < 300; r++) {
  countErrors(inputs);
  throwInTry(10);
  withFinally(6);
  finallyOverrides(r % 3 === 1 ? 0 : r % 3);
  outerCatches(r % 2 ? 'x' : 'abc');
  nested(r % 3 === 0 ? '' : 'ok');
  inlinedThrow([{ v: 1 }, { v: 2 }]);
  slowPaths(r, r + 1, Object);
}
console.log(countErrors(inputs));
console.log(throwInTry(100));
console.log(withFinally(9));
console.log(finallyOverrides(0), finallyOverrides(2));
try {
  finallyOverrides(1);
} catch (e) {
  console.log('finally rethrew', e.message);
}
console.log(outerCatches('x'), outerCatches(''), outerCatches('abcd'));
console.log(nested(''), nested('x'), nested('ok'));
console.log(inlinedThrow([{ v: 1 }, null, { v: 3 }, undefined, { get v() { throw 1; } }]));
const bomb = { valueOf() { throw 'bad valueOf'; }, toString() { throw 'bad toString'; } };
const picky = { [Symbol.hasInstance]() { throw new Error('no instances'); } };
const getterBomb = { get boom() { throw new TypeError('getter threw'); } };
console.log(slowPaths(bomb, 1, picky));
console.log(slowPaths(getterBomb, 'boom', Object));
console.log(slowPaths(1, 2, 3));
try {
  countErrors([{ length: 0 }, 'a']);
} catch (e) {
  console.log('never');
}
function stackOf() {
  try {
    parse('');
  } catch (e) {
    return e.stack.split('\n').slice(0, 3).map((l) => l.replace(/\(.*[\\/]/, '(')).join(' | ');
  }
}
for (let i = 0; i < 200; i++) stackOf();
console.log(stackOf());
