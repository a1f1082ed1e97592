// for-of closes its iterator when the loop is left early
function* counted(name) {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    console.log('closed', name);
  }
}
for (const x of counted('break')) if (x === 2) break;
function firstOver(limit) {
  for (const x of counted('return')) if (x > limit) return x;
}
console.log(firstOver(3));
outer: for (const a of [1, 2]) {
  for (const x of counted('continue outer ' + a)) {
    if (x === 1) continue outer;
  }
}
for (const x of counted('continue inner')) {
  if (x < 3) continue;
  break;
}
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { return { value: i++, done: i > 5 }; },
      return() { console.log('return called at', i); return {}; },
    };
  },
};
for (const x of iterable) if (x === 1) break;
for (const x of iterable) {} // runs out: no return()
try {
  for (const x of { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { return 5; } }; } }) break;
} catch (e) { console.log(e.constructor.name, e.message); }
function* nested() {
  for (const x of counted('in generator')) {
    yield x;
  }
}
const g = nested();
console.log(g.next().value, g.next().value);
console.log(g.return(9));
let n = 0;
let closes = 0;
function* quiet() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    closes++;
  }
}
for (let k = 0; k < 3000; k++) {
  for (const x of quiet()) { n += x; if (x === 1) break; }
}
console.log(n, closes);
