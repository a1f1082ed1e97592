// Labels on every statement kind, labelled continue/break across nested loops of each kind,
// switch, try/finally and blocks.
const out = [];
dw: do {
  for (let i = 0; i < 3; i++) {
    if (i === 1) continue dw;
    out.push('dw' + i);
  }
} while (out.length < 3);
console.log(out.join(' '));
let n = 0;
w: while (n < 5) {
  n++;
  switch (n) {
    case 2: continue w;
    case 4: break w;
    default: out.push('sw' + n);
  }
}
console.log(n, out.join(' '));
function finallyRuns() {
  const log = [];
  outer: for (let i = 0; i < 3; i++) {
    try {
      for (const x of [1, 2, 3]) {
        if (x === 2) continue outer;
        if (i === 2) break outer;
        log.push(i + ':' + x);
      }
    } finally {
      log.push('f' + i);
    }
  }
  return log.join(' ');
}
console.log(finallyRuns());
function blockInFinally() {
  b: try {
    return 'from try';
  } finally {
    break b;
  }
  return 'after block';
}
console.log(blockInFinally());
function labelledIf(x) {
  check: if (x > 0) {
    if (x > 10) break check;
    return 'small';
  } else {
    return 'non-positive';
  }
  return 'big';
}
console.log(labelledIf(5), labelledIf(50), labelledIf(-1));
let sum = 0;
rows: for (let r = 0; r < 4; r++) {
  cols: for (let c = 0; c < 4; c++) {
    cells: {
      if (c === r) break cells;
      if (c > r) continue rows;
      sum += r * 10 + c;
    }
  }
}
console.log(sum);
const closures = [];
loop: for (let i = 0; i < 5; i++) {
  closures.push(() => i);
  if (i === 3) break loop;
}
console.log(closures.map((f) => f()));
forin: for (const k in { a: 1, b: 2, c: 3 }) {
  inner: for (const v of [1, 2]) {
    if (k === 'b') continue forin;
    if (v === 2) continue inner;
    out.push(k + v);
  }
}
console.log(out.join(' '));
a: b: c: for (let i = 0; i < 3; i++) {
  if (i === 0) continue b;
  if (i === 1) continue a;
  out.push('abc' + i);
  break c;
}
console.log(out.join(' '));
function hot(limit) {
  let s = 0;
  outer: for (let i = 0; i < limit; i++) {
    for (let j = 0; j < limit; j++) {
      if (j > i) continue outer;
      if (i * j > 400) break outer;
      s += j;
    }
  }
  return s;
}
for (let k = 0; k < 20; k++) hot(30);
console.log(hot(30));
empty: ;
blk: { }
console.log('end');
