// An exception leaving a for-of body closes the iterator (its return() runs), and stays the
// exception the loop throws whatever closing does; an exception from the iterator's own
// next() does not close it.
function* counted(name) {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    console.log('closed', name);
  }
}
try {
  for (const x of counted('throw')) if (x === 2) throw new Error('at ' + x);
} catch (e) { console.log('caught', e.message); }

function makeIterable(label, returnBehaviour) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          if (label === 'next throws' && i === 2) throw new Error('next failed');
          return { value: i++, done: false };
        },
        get return() {
          console.log('return read', label);
          if (returnBehaviour === 'getter throws') throw new Error('getter');
          if (returnBehaviour === 'absent') return undefined;
          if (returnBehaviour === 'not callable') return 42;
          return function () {
            console.log('return called', label, i);
            if (returnBehaviour === 'throws') throw new Error('return failed');
            if (returnBehaviour === 'primitive') return 7;
            return {};
          };
        },
      };
    },
  };
}
for (const behaviour of ['object', 'throws', 'primitive', 'getter throws', 'absent', 'not callable']) {
  try {
    for (const x of makeIterable(behaviour, behaviour)) {
      if (x === 1) null.boom;
    }
  } catch (e) { console.log(behaviour, '->', e.constructor.name, e.message); }
}
// next() throwing: no return().
try {
  for (const x of makeIterable('next throws', 'object')) {}
} catch (e) { console.log('next ->', e.message); }
// A break still checks return()'s result; a throw does not.
try {
  for (const x of makeIterable('break', 'primitive')) break;
} catch (e) { console.log('break ->', e.constructor.name, e.message); }
// Destructuring the value is part of the body: a bad value closes the iterator.
try {
  for (const [a, b] of makeIterable('destructure', 'object')) console.log(a, b);
} catch (e) { console.log('destructure ->', e.constructor.name); }
// Nested loops: each iterator the exception leaves is closed, innermost first.
try {
  for (const a of counted('outer')) {
    for (const b of counted('inner')) {
      if (b === 1) throw new RangeError('nested ' + a + b);
    }
  }
} catch (e) { console.log(e.name, e.message); }
// Caught inside the loop: nothing is closed until the loop ends.
for (const x of counted('caught inside')) {
  try { if (x === 0) throw 1; } catch { console.log('handled', x); }
  if (x === 2) break;
}
// A throw from a function called in the body, in a function that loops hot.
let closes = 0;
function* tracked() {
  try { yield 1; yield 2; } finally { closes++; }
}
function consume(k) {
  let sum = 0;
  for (const v of tracked()) {
    if (k % 7 === 0 && v === 2) thrower(k);
    sum += v;
  }
  return sum;
}
function thrower(k) { throw new Error('k=' + k); }
let total = 0;
let failures = 0;
for (let k = 0; k < 300; k++) {
  try { total += consume(k); } catch (e) { failures++; }
}
console.log(total, failures, closes);
// Arrays, strings, Maps and Sets have nothing to close: the exception passes through.
for (const source of [[1, 2], 'ab', new Map([[1, 2]]), new Set([1])]) {
  try {
    for (const x of source) throw new TypeError('from ' + typeof x);
  } catch (e) { console.log(e.message); }
}
// A generator suspended in a for-of body and closed with throw() closes the inner iterator.
function* relay() {
  for (const x of counted('relay')) yield x;
}
const r = relay();
r.next();
try { r.throw(new Error('thrown in')); } catch (e) { console.log('relay ->', e.message); }
