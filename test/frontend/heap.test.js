// Front-end tests for the heap language: the bytecode shape of property access, calls,
// literals, closures in loops, `this`/`arguments` and destructuring (through the
// disassembler), node's function-name inference, and builtins only while unshadowed.
'use strict';
const assert = require('assert');
const { compileProgram } = require('../../dist/frontend');
const { disassembleProgram } = require('../../dist/bytecode/disassembler');

function dump(source) {
  return disassembleProgram(compileProgram(source, 't.js'));
}

/** The disassembly of the function named `name` (its header up to the next function). */
function fn(text, name) {
  const start = text.indexOf(`function ${name} #`);
  assert.ok(start >= 0, `no function ${name} in\n${text}`);
  const end = text.indexOf('\nfunction ', start + 1);
  return text.slice(start, end < 0 ? text.length : end);
}

function names(source) {
  return compileProgram(source, 't.js').functions.slice(1).map((f) => f.name);
}

describe('front end: properties and calls', () => {
  it('named keys use GetNamed/SetNamed; computed and index keys the keyed ops', () => {
    const text = dump('let o = {}, k = "x";\no.a = o.b;\no[k] = o[0];\no["c"] = o["1.5"];');
    assert.ok(/SetNamed r\d+, k\d+, r\d+ \[f\d+\] +; "a"/.test(text), text);
    assert.ok(/GetNamed r\d+, r\d+, k\d+ \[f\d+\] +; "b"/.test(text), text);
    // (a position line may come between: V8 places o[0] at its `[`)
    assert.ok(/LoadInt (r\d+), 0\n(?:\s+; [^\n]*\n)?\s+\d+\s+GetKeyed r\d+, r\d+, \1/.test(text), text);
    assert.ok(/SetKeyed r\d+, r6, r\d+/.test(text), text); // r0-r4: the module wrapper's parameters
    assert.ok(/; "c"/.test(text) && /GetNamed [^\n]*; "1.5"/.test(text), text);
  });

  it('compound assignment and update read and write the property once each', () => {
    const text = dump('let o = {}, a = [];\no.n += 2;\na[1]++;');
    assert.strictEqual((text.match(/GetNamed/g) || []).length, 1, text);
    assert.strictEqual((text.match(/SetNamed/g) || []).length, 1, text);
    assert.strictEqual((text.match(/GetKeyed/g) || []).length, 1, text);
    assert.strictEqual((text.match(/SetKeyed/g) || []).length, 1, text);
  });

  it('method calls pass the receiver and name the callee as node prints it', () => {
    const text = dump('let o = {}, k = 1;\no.m(1);\no["x"]();\no[k]();\no.a.b();\nfunction f() {} f()();');
    assert.ok(/CallMethod r\d+, r\d+, r\d+, r\d+, 1, k\d+ +; "o.m"/.test(text), text);
    assert.ok(/CallMethod [^\n]*; "o.x"/.test(text), text);
    assert.ok(/CallMethod [^\n]*; "o\[k\]"/.test(text), text);
    assert.ok(/CallMethod [^\n]*; "o.a.b"/.test(text), text);
    assert.ok(/Call [^\n]*; "f\(...\)"/.test(text), text);
  });

  it('spread arguments build an array for CallSpread; spread elements append', () => {
    const text = dump('let a = [1], o = {};\nfunction f() {}\nf(0, ...a);\no.m(...a, 2);\nlet b = [0, ...a, , 3];');
    assert.strictEqual((text.match(/CallSpread/g) || []).length, 2, text);
    assert.ok(/CreateArray r\d+, r\d+, 1\n[^]*?ArrayAppend/.test(text), text);
    assert.ok(/ArrayPush/.test(text) && /LoadHole/.test(text), text);
  });

  it('object literals: CreateObject, then one store per static key, a definition per computed key', () => {
    const text = dump('let k = "z";\nlet o = { a: 1, "b c": 2, 3: 4, [k]: 5, m() {} };');
    assert.ok(/CreateObject/.test(text));
    assert.strictEqual((text.match(/SetNamed/g) || []).length, 3, text);
    assert.strictEqual((text.match(/SetKeyed/g) || []).length, 1, text);
    assert.strictEqual((text.match(/DefineComputed/g) || []).length, 1, text);
  });

  it('template substitutions are converted with ToString', () => {
    const text = dump('let x = 1;\nlet s = `a${x}b`, t = `${x}`;');
    assert.strictEqual((text.match(/ToString/g) || []).length, 2, text);
  });

  it('delete and in', () => {
    const text = dump('let o = {};\ndelete o.a;\n"a" in o;');
    assert.ok(/LoadConst (r\d+), k\d+ +; "a"\n[^]*?DeleteProperty r\d+, r\d+, \1/.test(text), text);
    assert.ok(/HasProperty/.test(text), text);
  });

  it('builtins compile to CallBuiltin only while their names are not shadowed', () => {
    assert.ok(/CallBuiltin r\d+, Math.floor/.test(dump('Math.floor(1.5);')));
    const shadowed = dump('const Math = { floor: (v) => v };\nMath.floor(1.5);\nMath.PI;');
    assert.ok(!/CallBuiltin/.test(shadowed) && /CallMethod [^\n]*"Math.floor"/.test(shadowed), shadowed);
    assert.ok(/GetNamed [^\n]*"PI"/.test(shadowed), shadowed);
    assert.ok(/CallBuiltin r\d+, Array, r\d+, 1/.test(dump("new Array(3);")));
    assert.ok(!/CallBuiltin/.test(dump('function parseInt(s) { return s; }\nparseInt("1");')));
  });
});

describe('front end: closures, this and arguments', () => {
  it('a captured for-let binding gets a context per iteration; an uncaptured one does not', () => {
    const captured = fn(dump('function f(fs) { for (let i = 0; i < 3; i++) fs.push(() => i); }'), 'f');
    assert.strictEqual((captured.match(/CreateContext/g) || []).length, 3, captured); // entry, after init, per iteration
    const plain = fn(dump('function f(fs) { for (let i = 0; i < 3; i++) fs.push(i); }'), 'f');
    assert.ok(!/CreateContext/.test(plain), plain);
  });

  it('a loop body context links to the function context in slot 0', () => {
    const text = dump('function f(fs) { let t = 0; for (const x of fs) fs.push(() => x + t); }');
    assert.ok(/CreateContext (r\d+), 2\n\s+\d+\s+StoreContextSlot r\d+, \1, 0, 0/.test(fn(text, 'f')), text);
    const arrow = text.slice(text.lastIndexOf('\nfunction '));
    assert.ok(/LoadContextSlot (r\d+), r\d+, 0, 0\n\s+\d+\s+LoadContextSlot r\d+, \1, 0, 0/.test(arrow), arrow);
  });

  it('arrows see the enclosing function\'s this and arguments through its context', () => {
    const text = dump('function f() { return () => [this, arguments.length]; }');
    const f = fn(text, 'f');
    assert.ok(/^\s+0000\s+CreateArguments/m.test(f), 'the arguments object is made first\n' + f);
    assert.ok(/LoadThis/.test(f), f);
    const arrow = text.slice(text.lastIndexOf('\nfunction '));
    assert.ok(!/LoadThis|CreateArguments/.test(arrow) && /LoadContextSlot/.test(arrow), arrow);
  });

  it('this in a method is the receiver register', () => {
    assert.ok(/LoadThis/.test(fn(dump('let o = { m() { return this.x; } };'), 'm')));
  });

  it('a named function expression sees itself through a context', () => {
    const text = dump('let f = function me(n) { return n ? me(n - 1) : 0; };');
    assert.ok(/CreateContext (r\d+), 1\n\s+\d+\s+CreateClosure (r\d+), #1, \1[^\n]*\n\s+\d+\s+StoreContextSlot \2, \1, 0, 0/.test(text), text);
  });

  it('rest and default parameters', () => {
    const text = fn(dump('function f(a, b = a, ...r) { return r; }'), 'f');
    assert.ok(/^\s+0000\s+CreateRest r\d+, 2/m.test(text), text);
    assert.ok(/StrictEq/.test(text), 'defaults apply to undefined only\n' + text);
    assert.ok(/params=2/.test(text), text);
  });
});

describe('front end: destructuring and loops', () => {
  it('object patterns check null/undefined with node\'s messages', () => {
    const text = dump('let src = null;\nconst { a, b } = src;\nconst {} = src;');
    assert.ok(/ThrowTypeError k\d+ +; "Cannot destructure property 'a' of 'src' as it is undefined\."/.test(text), text);
    assert.ok(/"Cannot destructure property 'a' of 'src' as it is null\."/.test(text), text);
    assert.ok(/"Cannot destructure 'src' as it is null\."/.test(text), text);
    assert.ok(!/ThrowTypeError/.test(dump('const { a } = { a: 1 };')), 'a literal is never null');
  });

  it('array patterns read by index from IterableToArray; the rest is a slice', () => {
    const text = dump('let v = [];\nconst [a, , b = 2, ...r] = v;');
    assert.ok(/IterableToArray/.test(text), text);
    assert.ok(/LoadInt (r\d+), 2\n\s+\d+\s+GetKeyed r\d+, r\d+, \1/.test(text), text);
    assert.ok(/GetNamed [^\n]*"slice"/.test(text) && /CallMethod/.test(text), text);
  });

  it('for-of reads the length every iteration; for-in iterates ForInKeys', () => {
    const of = dump('let a = [];\nfor (const x of a) a.push(x);');
    assert.ok(/ForOfIterable/.test(of), of);
    assert.ok(/GetNamed [^\n]*"length"\n[^]*JumpLoop @(\d+)/.test(of), of);
    const loop = Number(of.match(/JumpLoop @(\d+)/)[1]);
    const length = Number(of.match(/(\d+)\s+GetNamed [^\n]*"length"/)[1]);
    assert.strictEqual(loop, length, 'the back edge re-reads the length');
    const inn = dump('let o = {};\nfor (const k in o) o[k] = 1;');
    assert.ok(/ForInKeys/.test(inn) && /HasProperty/.test(inn), inn);
  });

  it('the right side of for-of sees the head\'s names in their TDZ', () => {
    assert.ok(/LoadHole (r\d+)\n[^]*CheckHole \1, k\d+ +; "x"/.test(dump('let x = [1];\nfor (const x of x) ;')));
  });
});

describe('front end: function names (node\'s inference)', () => {
  it('declarations, bindings, properties, methods, defaults and patterns name functions', () => {
    assert.deepStrictEqual(
      names([
        'function decl() {}',
        'const c = function () {};',
        'let a = () => 1;',
        'const n = function inner() {};',
        'const o = { m() {}, p: () => 1, "s t": function () {}, 2: () => 0, ["co" + "mp"]: () => 0 };',
        'function d(cb = () => 1) {}',
        'const { w = () => 1 } = {};',
        'let q; q = () => 1; q ||= function () {};',
        'const anon = [function () {}, () => 1];',
        'o.x = function () {};',
      ].join('\n')),
      ['decl', 'c', 'a', 'inner', 'm', 'p', 's t', '2', 'comp', 'd', 'cb', 'w', 'q', 'q', '', '', ''],
    );
  });
});
