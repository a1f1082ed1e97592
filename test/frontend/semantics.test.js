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
  objects: `
    const k = 'dyn';
    const o = { a: 1, 'b c': 2, 3: 'three', 1.5: 'x', [k]: 4, [k + 2]: 5, m() { return this.a; }, n: 7 };
    o.a += 10; o['b c'] *= 3; o[k]++; ++o.n; o.z = o.n--; o.q ??= 'q'; o.q ||= 'r'; o.a &&= o.a + 1;
    console.log(o, o.m(), o[3], o['1.5'], delete o.n, 'n' in o, 3 in o, delete o[k], o);
    const x = 5, y = 6; const s = { x, y, f: function () {}, g: () => 1, h() {} };
    console.log(s.x + s.y, s.f, s.g, s.h, (function () {}), (() => 0), (function named() {}));
    let q; q = function () {}; const dd = function (p = () => 1) { return p; };
    console.log(q, dd(), s.f.name === 'f', typeof s.h);`,
  arrays: `
    const a = [1, , 3]; const b = [0, ...a, ...'hi', 9]; const e = [];
    console.log(a, a.length, b, e, [...b, ,], [[1, 2], [3]].length);
    a[5] = 'x'; a[0]++; a[1] = a[0] * 2; console.log(a, a.length, a[10]);
    let i = 0; const arr = [10, 20, 30]; arr[i++] += 5; console.log(arr, i);
    console.log([1, 2, 3].map((v) => v * 2).join('-'));`,
  calls: `
    function f(a, b = a + 1, ...rest) { return [a, b, rest, arguments.length]; }
    console.log(f(1), f(1, 2, 3, 4), f(...[5, 6], 7), f());
    function g() { return arguments[0] + arguments[arguments.length - 1]; }
    console.log(g(1, 2, 3), g('a'));
    const o = { v: 3, get() { return this.v; }, arrow() { return [1, 2].map((x) => x * this.v); } };
    console.log(o.get(), o['get'](), o.arrow(), [o][0].get());
    const fns = []; for (let i = 0; i < 3; i++) fns.push(() => i);
    for (const x of ['a', 'b']) fns.push(() => x);
    for (const k in { p: 1, q: 2 }) fns.push(function () { return k; });
    let j = 0; while (j < 2) { const jj = j * 10; fns.push(() => jj); j++; }
    console.log(fns.map((h) => h()));
    const fact = function me(n) { return n <= 1 ? 1 : n * me(n - 1); }; console.log(fact(6), fact.name);
    function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
    const c = counter(); c.inc(); c.inc(); console.log(c.get());`,
  destructuring: `
    const { a, b: bb, c = 3, d: { e } = { e: 'E' }, ['f' + 1]: f1 } = { a: 1, b: 2, f1: 'F' };
    const [p, , q = 'Q', ...r] = [1, 2, undefined, 4, 5];
    console.log(a, bb, c, e, f1, p, q, r);
    let x = 1, y = 2; [x, y] = [y, x]; console.log(x, y);
    let m, n; const res = ({ m, n = 'N' } = { m: 'M' }); console.log(m, n, res);
    function h({ u, v = u * 2 }, [w] = [9]) { return u + v + w; } console.log(h({ u: 1 }), h({ u: 1, v: 0 }, [0]));
    for (const [k, v] of Object.entries({ s: 1, t: 2 })) console.log(k, v);
    const obj = {}; [obj.a, obj['b']] = [1, 2]; ({ z: obj.c } = { z: 3 }); console.log(obj);
    const [c1, c2] = 'hé'; console.log(c1, c2);
    var { vv } = { vv: 'var' }; console.log(vv);`,
  loops: `
    const o = { b: 1, a: 2, 1: 'one', 0: 'zero' }; const keys = [];
    for (const k in o) keys.push(k); console.log(keys);
    let s = 0; for (const v of [1, 2, 3]) { if (v === 2) continue; s += v; } console.log(s);
    const grow = [1, 2]; let seen = 0; for (const v of grow) { if (grow.length < 5) grow.push(v * 10); seen++; } console.log(seen, grow);
    let last; for (last of 'abc'); console.log(last);
    const t = {}; for (t.k in { x: 1, y: 2 }); console.log(t.k);
    outer: for (const i of [1, 2, 3]) { for (const j of [1, 2, 3]) { if (j === 2) continue outer; if (i === 3) break outer; console.log(i, j); } }
    for (var vi in [7, 8]); console.log(vi);`,
  templates: `
    const o = { a: 1 }; const arr = [1, [2, 3]];
    console.log(\`\${o} \${arr} \${null} \${undefined} \${1.5}\${true}\`, \`\${'x'}\`, \`\`, \`a\${1}\`);`,
  folds: `
    const xs = [3, 1, 2];
    console.log(Math.max(...xs), Math.min(...xs), Math.max(...[]), Math.min(0, ...xs, -1), Math.max(...[1, NaN]));
    console.log(String.fromCharCode(...[72, 105]), String.fromCharCode(...[]), String.fromCharCode(65, ...'66'));`,
  edges: `
    const d = { p: 1, q: 2, r: 3 }; const seen = [];
    for (const k in d) { seen.push(k); if (k === 'p') delete d.q; } console.log(seen);
    let sk = ''; for (const i in 'ab') sk += i; console.log(sk);
    const [...copy] = [1, , 3]; const [h, ...t] = 'xyz'; console.log(copy, 1 in copy, h, t);
    const o = { ['comp' + 'uted']: () => 0, [1 + 1]: function () {}, [\`t\`]: () => 1 }; console.log(o);
    const m = { v: 1, f() { return ((...a) => this.v + a.length + arguments.length)(1, 2); } };
    console.log(m.f(), m.f(5, 6, 7));
    function g(x, ...r) { const k = () => arguments.length + r.length; return k(); } console.log(g(1, 2, 3));`,
  destructureNull: `const { a } = null;`,
  destructureUndefinedName: `const src = undefined; const { a, b } = src;`,
  destructureEmpty: `const {} = undefined;`,
  destructureParam: `function f({ a }) { return a; } f();`,
  methodNotFunction: `const o = { a: {} }; o.a.b();`,
  computedNotFunction: `const o = {}; const k = 'z'; o[k]();`,
  forOfTdz: `for (const x of [x]) ;`,
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
