// Differential tests of the generator's semantics: each program is compiled by kiln's front
// end, run by the test-only reference evaluator (ref-eval.js) and compared with node's output
// and error line. Catches wrong bytecode before the real interpreter exists.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { compileProgram } = require('../../dist/frontend');
const { run } = require('./ref-eval');

function nodeResult(source) {
  const file = path.join(os.tmpdir(), `kiln-sem-${process.pid}.js`);
  fs.writeFileSync(file, source);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const out = r.stdout === '' ? [] : r.stdout.replace(/\n$/, '').split('\n');
  const errLine = r.stderr.split('\n').find((l) => /^[A-Za-z]*Error: /.test(l));
  return { out, error: errLine ?? null };
}

const PROGRAMS = {
  arithmetic: `
    let a = 7, b = 2;
    console.log(a + b, a - b, a * b, a / b, a % b, a ** b, -a, +'3', ~a, !a);
    console.log(a & b, a | b, a ^ b, a << b, a >> 1, -a >>> 28, 0.1 + 0.2, -0, 1 / -0);
    console.log(2147483647 + 1, -2147483648 - 1, 1e21, 5 / 0, NaN, Infinity, undefined, null);
    console.log(a < b, a <= b, a > b, a >= b, a == '7', a != 7, a === 7, a !== '7');
    console.log(typeof a, typeof 's', typeof null, typeof undefined, typeof nope);`,
  strings: `
    const name = 'kiln'; let n = 3;
    console.log(\`hi \${name}, \${n + 1} times\`, \`\${n}\${n}\`, \`plain\`, 'a' + 1 + 2, 1 + 2 + 'a');`,
  logical: `
    let x = 0, y = null, z = 'z';
    console.log(x && z, x || z, y ?? z, x ?? z, z && y, (x, z));
    x ||= 5; y ??= 6; z &&= 7; console.log(x, y, z);
    let w = ''; w ||= (0 || w); console.log(JSON_LIKE = 1 ? 'ok' : 'no');`.replace('JSON_LIKE = ', ''),
  compound: `
    let v = 10;
    v += 2; v -= 1; v *= 3; v /= 2; v %= 7; v **= 2; console.log(v);
    let u = 0b1011; u <<= 2; u >>= 1; u >>>= 1; u &= 6; u |= 9; u ^= 3; console.log(u);
    let i = 5; console.log(i++, i, ++i, i--, --i, i);
    let s = '5'; console.log(s++, s); let t = 1; t += (t = 10); console.log(t);
    let q = 1; console.log(q + (q = 5), q);`,
  control: `
    let out = 0;
    for (let i = 0; i < 10; i++) { if (i % 2) continue; if (i > 7) break; out += i; }
    let j = 0; while (true) { j++; if (j >= 5) break; }
    let k = 0; do { k += 3; } while (k < 10);
    outer: for (let a = 0; a < 3; a++) { for (let b = 0; b < 3; b++) { if (b == 2) continue outer; if (a == 2) break outer; out += a * 10 + b; } }
    blk: { out += 1000; if (out) break blk; out = -1; }
    console.log(out, j, k, !(j > 2 && k < 3) ? 'y' : 'n', (j < 2 || k > 3) ? 'y' : 'n');`,
  switches: `
    function f(x) {
      let r = '';
      switch (x) { case 1: r += 'one'; case 2: r += 'two'; break; default: r += 'dflt'; case 3: r += 'three'; break; case '1': r = 's'; }
      return r;
    }
    console.log(f(1), f(2), f(3), f(4), f('1'));
    switch (2) { case 1: let z = 1; break; case 2: console.log(typeof 0); }`,
  recursion: `
    function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    function fact(n) { if (n <= 1) return 1; return n * fact(n - 1); }
    function noret() { }
    console.log(fib(15), fact(10), noret(), Math.max(1, 5, 3), Math.floor(-2.5), Math.PI, Number.MAX_SAFE_INTEGER);`,
  closures: `
    function counter(start) {
      let c = start;
      var unused;
      function inc(by) { c += by; return c; }
      function get() { return c; }
      function twice() { inc(1); return inc(1); }
      return twice() + get() * 100;
    }
    function outer(a) { function mid() { function inner() { return a * 2; } return inner(); } return mid(); }
    console.log(counter(5), outer(21));`,
  hoisting: `
    console.log(h(), typeof v, v); var v = 3; function h() { return 'hoisted'; }
    function shadow(x) { var x; return x; } console.log(shadow(4));
    function p(a, b) { return b; } console.log(p(1), p(1, 2, 3));
    return; console.log('not reached');`,
  tdzRead: `let y = 1; function f() { return x; } console.log(y); f(); let x = 2;`,
  tdzSelf: `let a = a + 1;`,
  tdzAssign: `x = f(); let x; function f() { console.log('rhs first'); return 1; }`,
  constAssign: `const c = 1; console.log('before'); c += 2;`,
  constUpdate: `const c = 1; c++;`,
  constInClosure: `const c = 1; function f() { c = 3; } f();`,
  undeclaredRead: `console.log(1); console.log(nope + 1);`,
  notAFunction: `let f = 3; f(1);`,
  callResultNotFunction: `function g() { return 1; } g()();`,
  switchTdz: `switch (1) { case 0: let q = 1; case 1: console.log(q); }`,
  blockScopes: `
    let a = 1; { let a = 2; { const a = 3; console.log(a); } console.log(a); } console.log(a);
    for (let i = 0; i < 2; i++) { let b; console.log(b, i); b = i; }`,
};

describe('generator semantics match node (reference evaluator)', () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(name, () => {
      const program = compileProgram(source, `${name}.js`);
      const actual = run(program);
      const expected = nodeResult(source);
      assert.deepStrictEqual(actual, expected);
    });
  }
});
