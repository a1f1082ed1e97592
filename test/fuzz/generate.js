// Differential fuzzer, part 1: a seeded generator of random programs inside kiln's language
// subset. Programs are terminating by construction (loops have constant trip counts or are
// bounded by a container's length that the loop body cannot change, functions only call
// functions defined before them, nothing recurses), deterministic, print a bounded amount
// (never inside generated loops; the hot driver loop prints at a few checkpoints), never
// throw under node, and are shaped to stress the JIT: hot loops, int32 values near the
// overflow edges, doubles, -0, NaN, strings mixed into arithmetic, type changes at call
// sites, nested function contexts, switch, labels.
//
// Features (a program only uses the parts of the language its feature list names):
//   numeric   numbers, arithmetic, int32/double mixes, functions, loops, if, switch (the
//             original subset: hot functions called from a driver loop)
//   strings   string literals with escapes, +, .length, s[i], charCodeAt, indexOf, slice,
//             template literals, string comparisons
//   arrays    array literals (ints, doubles, mixed, nested), index reads and writes (also out
//             of bounds), push, pop, length, loops over arrays, sums, join
//   objects   object literals, property reads, writes and additions, nested properties,
//             methods using `this`, objects in arrays (with `arrays`)
//   closures  function expressions, arrow functions, counters captured in closures, closures
//             created in loops with `let`, closures passed to hot functions
//   exceptions try/catch/finally around generated statements, `throw` of numbers, strings and
//             errors, a hot helper that throws now and then (so exceptions cross compiled
//             frames), return/break/continue leaving through finally, runtime TypeErrors
//   classes   a three-level class hierarchy and an unrelated class (constructors, fields,
//             methods, getters, super calls, statics, instanceof), called from the hot driver
//             at one site that turns polymorphic, then megamorphic, part-way through
//   conversions objects with valueOf and/or toString, and arrays, as operands of arithmetic,
//             compare, equality and template literals (each wrapped value meets one operator,
//             so the expression's value stays a primitive)
// DEFAULT_FEATURES are the cheap numeric programs (kept so old seeds reproduce); `all` selects
// every feature, all of which kiln supports.
//
// The same seed and feature list always give the same program. With the default features
// the programs are the ones this generator has always produced for each seed (except that
// two constructs node rejected as syntax errors, `--1` and `-1 ** 2`, are now spelled
// `- -1` and `(-1) ** 2`). Randomness for the heap features is only drawn when one of
// them is enabled.
//
//   node test/fuzz/generate.js SEED [FEATURES]     # prints the program, e.g. `7 all`
'use strict';

const FEATURES = ['numeric', 'strings', 'arrays', 'objects', 'closures', 'exceptions', 'classes', 'conversions'];
const HEAP_FEATURES = ['strings', 'arrays', 'objects', 'closures'];
/** The numeric programs: what a seed without --features has always meant. */
const DEFAULT_FEATURES = ['numeric'];

/** `"strings,arrays"`, `"all"`, `"default"`, an array, or nothing → a feature list in canonical order. */
function parseFeatures(spec) {
  if (spec == null || spec === '') return [...DEFAULT_FEATURES];
  const names = Array.isArray(spec) ? spec : String(spec).split(',');
  const out = new Set();
  for (const raw of names) {
    const name = String(raw).trim();
    if (!name) continue;
    if (name === 'all') FEATURES.forEach((f) => out.add(f));
    else if (name === 'default') DEFAULT_FEATURES.forEach((f) => out.add(f));
    else if (FEATURES.includes(name)) out.add(name);
    else throw new Error(`unknown feature '${name}' (known: ${FEATURES.join(', ')}, all, default)`);
  }
  if (!out.size) throw new Error('empty feature list');
  return FEATURES.filter((f) => out.has(f));
}

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const INT_EDGES = ['0', '1', '-1', '2', '3', '7', '100', '65535', '2147483647', '-2147483648', '1073741824', '46341'];
const DOUBLES = ['0.5', '-0.5', '1.5', '0.1', '1e21', '-0', '2.5e-7', 'NaN', 'Infinity'];
const OTHERS = ['"s"', '"12"', '""', 'true', 'false', 'null', 'undefined'];
const BINOPS = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '>>>', '**'];
const CMPOPS = ['<', '<=', '>', '>=', '==', '!=', '===', '!=='];

// Source text of string literals: escapes of every kind, digits, a surrogate pair, a NUL.
const STR_LITS = [
  '""', '"a"', '"ab"', '"abc"', '"hello"', '"x\\ny"', '"tab\\there"', "'it\\'s'", '"say \\"hi\\""',
  '"back\\\\slash"', '"\\u00e9t\\u00e9"', '"\\x41\\x42C"', '"12"', '"-0"', '" 3 "', '"\\u{1F600}!"',
  '"abcabc"', '"Zz"', '"a\\0b"', "'b'",
];
const CHAR_LITS = ['"a"', '"b"', '"c"', '"\\n"', '" "', '"1"'];
const TEMPLATE_TEXT = ['', 'v=', '[', '] ', ' / ', '\\n', '\\t', '\\u0041:', 'x'];
const JOIN_SEPS = ['', '","', '"-"', '" | "', '"\\n"'];
const ARR_NUMBERS = ['0', '1', '2', '3', '7', '-1', '0.5', '-0', 'NaN', '1e21', '2147483647', '-2147483648', '1.5', 'Infinity'];
const ARR_MIXED = ['1', '"two"', 'true', 'null', 'undefined', '0.5', '""', '"3"', 'false'];

function emptyScope() {
  return { str: [], arr: [], grid: [], obj: [], objs: [], fn: [] };
}

class Generator {
  constructor(seed, features = DEFAULT_FEATURES) {
    this.r = rng(seed);
    this.lines = [];
    this.functions = []; // { name, params }
    this.depth = 0;
    this.loops = 0; // calls are generated outside loops only, which bounds the work
    this.breakable = 0; // generated for-loops enclosing the statement (break/continue targets)
    this.features = new Set(parseFeatures(features));
    this.heap = HEAP_FEATURES.some((f) => this.features.has(f));
    // Typed variables of the heap features: globals (top level) and the current function's.
    this.globals = emptyScope();
    this.locals = emptyScope();
    this.inFunction = false;
    this.uid = 0;
    this.helpers = []; // hot heap functions called from the driver: { name, result, args(), numeric }
  }
  has(feature) {
    return this.features.has(feature);
  }
  pick(list) {
    return list[Math.floor(this.r() * list.length)];
  }
  chance(p) {
    return this.r() < p;
  }
  int(n) {
    return Math.floor(this.r() * n);
  }
  id() {
    return ++this.uid;
  }

  literal(kind) {
    if (kind === 'int') return this.chance(0.7) ? String(this.int(20)) : this.pick(INT_EDGES);
    if (kind === 'double') return this.pick(DOUBLES);
    return this.pick(OTHERS);
  }

  /** An expression over the variables in scope; `numeric` biases toward numbers. */
  expr(vars, depth = 0, numeric = true) {
    const leaf = depth > 2 || this.chance(0.3);
    if (leaf) {
      if (this.has('conversions') && this.chance(0.05)) return this.conversionLeaf(vars);
      if (this.heap && this.chance(0.25)) {
        const h = this.heapLeaf(vars);
        if (h) return h;
      }
      if (vars.length && this.chance(0.7)) return this.pick(vars);
      const k = this.r();
      return this.literal(k < 0.65 ? 'int' : k < 0.9 || numeric ? 'double' : 'other');
    }
    const k = this.r();
    if (k < 0.45) {
      const op = this.chance(0.75) ? this.pick(['+', '-', '*', '|', '&', '>>', '%']) : this.pick(BINOPS);
      const right = op === '**' ? String(this.int(4)) : this.expr(vars, depth + 1, numeric);
      const left = this.expr(vars, depth + 1, numeric);
      // `-1 ** 2` is a syntax error: a negative literal base needs parentheses.
      return `(${op === '**' && /^[-+]/.test(left) ? `(${left})` : left} ${op} ${right})`;
    }
    if (k < 0.55) return `(${this.expr(vars, depth + 1)} ${this.pick(CMPOPS)} ${this.expr(vars, depth + 1)})`;
    if (k < 0.62) {
      const op = this.pick(['-', '+', '~', '!']);
      const operand = this.expr(vars, depth + 1, numeric);
      // `--1` would be a decrement: keep the two signs apart.
      return `(${op}${operand[0] === op ? ' ' : ''}${operand})`;
    }
    if (k < 0.68) return `(${this.expr(vars, depth + 1)} ? ${this.expr(vars, depth + 1)} : ${this.expr(vars, depth + 1)})`;
    if (k < 0.72) return `(${this.expr(vars, depth + 1)} ${this.pick(['&&', '||', '??'])} ${this.expr(vars, depth + 1)})`;
    if (k < 0.78) return `Math.${this.pick(['floor', 'ceil', 'round', 'trunc', 'abs', 'sqrt'])}(${this.expr(vars, depth + 1)})`;
    if (k < 0.82) return `Math.${this.pick(['min', 'max', 'imul'])}(${this.expr(vars, depth + 1)}, ${this.expr(vars, depth + 1)})`;
    if (k < 0.86 && !numeric) return `(typeof ${this.expr(vars, depth + 1)})`;
    if (this.functions.length && this.loops === 0 && k < 0.95) return this.call(vars, depth);
    return this.expr(vars, depth + 1, numeric);
  }

  /** The conversions feature: a value wrapped in an object (or array) meeting one operator,
   *  which converts it through valueOf/toString. */
  conversionLeaf(vars) {
    const inner = vars.length && this.chance(0.6) ? this.pick(vars) : this.literal(this.chance(0.7) ? 'int' : 'double');
    const wrapped = this.pick([`new __Num(${inner})`, `new __Str(${inner})`, `new __Both(${inner})`, '__lit', `[${inner}]`, `[${inner}, 1]`]);
    const other = this.literal(this.chance(0.8) ? 'int' : 'other');
    switch (this.int(4)) {
      case 0: return `(${wrapped} ${this.pick(BINOPS)} ${other})`;
      case 1: return `(${other} ${this.pick(BINOPS)} ${wrapped})`;
      case 2: return `(${wrapped} ${this.pick(CMPOPS)} ${other})`;
      default: return `\`<\${${wrapped}}>\``;
    }
  }

  call(vars, depth) {
    const f = this.pick(this.functions);
    const argc = Math.max(0, f.params + this.int(3) - 1);
    const args = [];
    for (let i = 0; i < argc; i++) args.push(this.expr(vars, depth + 2));
    return `${f.name}(${args.join(', ')})`;
  }

  emit(indent, line) {
    this.lines.push('  '.repeat(indent) + line);
  }

  /** Statements that assign to `mutable` variables and print now and then. */
  block(indent, vars, mutable, budget) {
    for (let i = 0; i < budget; i++) {
      if (this.has('exceptions') && this.depth < 2 && mutable.length && this.chance(0.15)) {
        this.tryStatement(indent, vars, mutable);
        continue;
      }
      if (this.heap && this.chance(0.3) && this.heapStatement(indent, vars, mutable)) continue;
      const k = this.r();
      if (k < 0.35 && mutable.length) {
        const v = this.pick(mutable);
        const op = this.pick(['=', '+=', '-=', '*=', '|=', '^=', '>>=', '%=', '&&=', '??=']);
        this.emit(indent, `${v} ${op} ${this.expr(vars)};`);
      } else if (k < 0.45 && mutable.length) {
        this.emit(indent, `${this.pick(mutable)}${this.pick(['++', '--'])};`);
      } else if (k < 0.6 && this.depth < 2) {
        this.depth++;
        this.emit(indent, `if (${this.expr(vars, 1)}) {`);
        this.block(indent + 1, vars, mutable, 2);
        this.emit(indent, '} else {');
        this.block(indent + 1, vars, mutable, 2);
        this.emit(indent, '}');
        this.depth--;
      } else if (k < 0.72 && this.depth < 2) {
        this.loop(indent, vars, mutable);
      } else if (k < 0.78 && this.depth < 2 && mutable.length) {
        this.depth++;
        this.emit(indent, `switch (${this.expr(vars, 2)} & 3) {`);
        for (let c = 0; c < 3; c++) {
          this.emit(indent + 1, `case ${c}:`);
          this.block(indent + 2, vars, mutable, 1);
          if (this.chance(0.7)) this.emit(indent + 2, 'break;');
        }
        this.emit(indent + 1, 'default:');
        this.block(indent + 2, vars, mutable, 1);
        this.emit(indent, '}');
        this.depth--;
      } else if (this.loops === 0 || !mutable.length) {
        // Printing only outside loops keeps the output (and the run time) bounded.
        this.emit(indent, `console.log(${[this.expr(vars, 1, false), this.expr(vars, 1)].join(', ')});`);
      } else {
        this.emit(indent, `${this.pick(mutable)} = ${this.expr(vars)};`);
      }
    }
  }

  /** The classes feature: C0 <- C1 <- C2 and an unrelated D with the same members; bodies are
   *  generated numeric expressions over the fields and the argument. */
  classes() {
    const body = (vars) => `(${this.expr(vars, 2)}) | 0`;
    this.emit(0, 'class C0 {');
    this.emit(1, `constructor(a) { this.a = a; this.n = ${this.literal('int')} | 0; }`);
    this.emit(1, `area(x) { return ${body(['this.a', 'x'])}; }`);
    this.emit(1, `get twice() { return (this.a * 2) | 0; }`);
    this.emit(1, `bump(x) { this.n = (this.n + x) | 0; return this.n; }`);
    this.emit(0, '}');
    this.emit(0, 'class C1 extends C0 {');
    this.emit(1, `constructor(a, b) { super(a); this.b = b; }`);
    this.emit(1, `area(x) { return (super.area(x) + ${body(['this.b', 'x'])}) | 0; }`);
    this.emit(0, '}');
    this.emit(0, 'class C2 extends C1 {');
    this.emit(1, `area(x) { return (${body(['this.b', 'this.a'])} - super.area(x)) | 0; }`);
    this.emit(1, `get twice() { return (super.twice + 1) | 0; }`);
    this.emit(1, `static make(v) { return new C2(v, (v + ${this.literal('int')}) | 0); }`);
    this.emit(0, '}');
    this.emit(0, 'class D {');
    this.emit(1, 'constructor(a) { this.a = a; }');
    this.emit(1, `area(x) { return ${body(['this.a', 'x'])}; }`);
    this.emit(1, 'get twice() { return 7; }');
    this.emit(1, 'bump(x) { return x; }');
    this.emit(0, '}');
    const arg = () => `${this.int(100)}`;
    this.emit(0, `const objs = [new C0(${arg()}), new D(${arg()}), new C1(${arg()}, ${arg()}), C2.make(${arg()})];`);
  }

  /** try/catch/finally: the caught value is folded into a number (its kind and text length),
   *  so every path stays deterministic and printable. */
  tryStatement(indent, vars, mutable) {
    this.depth++;
    const e = `e${this.int(100)}`;
    const v = this.pick(mutable);
    // Without a catch nothing in the block may throw: the exception would end the program.
    const hasCatch = this.chance(0.8);
    this.emit(indent, 'try {');
    this.block(indent + 1, vars, mutable, 1);
    const k = hasCatch ? this.r() : 1;
    if (k < 0.35) this.emit(indent + 1, `${v} = __thr(${this.expr(vars, 2)}, ${this.expr(vars, 2)});`);
    else if (k < 0.6) this.emit(indent + 1, `if (${this.expr(vars, 2)} ${this.pick(CMPOPS)} ${this.expr(vars, 2)}) throw ${this.thrownValue(vars)};`);
    else if (k < 0.7) this.emit(indent + 1, `${v} = (${this.expr(vars, 2)} > ${this.literal('int')} ? null : { q: 1 }).q;`);
    if (this.inFn && this.chance(0.2)) this.emit(indent + 1, `if (${this.expr(vars, 2)}) return ${this.expr(vars, 2)};`);
    if (this.breakable > 0 && this.chance(0.3)) this.emit(indent + 1, `if (${this.expr(vars, 2)}) ${this.pick(['break', 'continue'])};`);
    this.block(indent + 1, vars, mutable, 1);
    if (hasCatch) {
      this.emit(indent, this.chance(0.15) ? '} catch {' : `} catch (${e}) {`);
      const caught = this.lines[this.lines.length - 1].includes('(');
      if (caught) this.emit(indent + 1, `${v} = ${v} + __code(${e});`);
      this.block(indent + 1, vars, mutable, 1);
    }
    if (!hasCatch || this.chance(0.4)) {
      this.emit(indent, '} finally {');
      this.block(indent + 1, vars, mutable, 1);
      if (this.inFn && this.chance(0.1)) this.emit(indent + 1, `if (${this.expr(vars, 2)}) return ${this.expr(vars, 2)};`);
    }
    this.emit(indent, '}');
    this.depth--;
  }

  thrownValue(vars) {
    switch (this.int(5)) {
      case 0: return this.expr(vars, 2);
      case 1: return this.pick(STR_LITS);
      case 2: return `new Error("m" + ${this.expr(vars, 2)})`;
      case 3: return `new ${this.pick(['TypeError', 'RangeError'])}("x")`;
      default: return `{ code: ${this.literal('int')} }`;
    }
  }

  loop(indent, vars, mutable) {
    this.depth++;
    const i = `i${this.depth}_${this.int(1000)}`;
    const n = this.pick(['3', '5', '10', '40']);
    this.emit(indent, `for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
    this.loops++;
    this.breakable++;
    this.block(indent + 1, [...vars, i], mutable, 3);
    this.loops--;
    this.breakable--;
    if (this.chance(0.3)) this.emit(indent + 1, `if (${i} === ${this.int(5)}) ${this.pick(['continue', 'break'])};`);
    this.emit(indent, '}');
    this.depth--;
  }

  fn(index) {
    const name = `f${index}`;
    const params = this.int(4);
    const ps = Array.from({ length: params }, (_, i) => `p${i}`);
    this.emit(0, `function ${name}(${ps.join(', ')}) {`);
    const locals = ['a', 'b'];
    this.emit(1, `let a = ${this.expr(ps)};`);
    this.emit(1, `let b = ${this.expr([...ps, 'a'])};`);
    if (this.heap) {
      this.inFunction = true;
      this.locals = emptyScope();
      this.declareLocals(1, [...ps, ...locals]);
    }
    if (this.chance(0.3)) this.emit(1, `g = g + 1;`);
    this.inFn = true;
    this.block(1, [...ps, ...locals, 'g'], locals, 3);
    this.inFn = false;
    this.emit(1, `return ${this.expr([...ps, ...locals])};`);
    this.emit(0, '}');
    this.inFunction = false;
    this.locals = emptyScope();
    this.functions.push({ name, params });
  }

  program() {
    this.emit(0, 'let g = 0;');
    if (this.has('exceptions')) {
      // A hot helper that throws now and then, and the fold of a caught value into a number.
      this.emit(0, 'function __thr(k, v) {');
      this.emit(1, 'if ((k & 7) === 3) throw new TypeError("t" + k);');
      this.emit(1, 'if ((k & 15) === 5) throw v;');
      this.emit(1, 'return v;');
      this.emit(0, '}');
      this.emit(0, 'function __code(e) {');
      this.emit(1, 'if (typeof e === "object" && e !== null) return (e.message === undefined ? e.code : e.name.length * 100 + e.message.length);');
      this.emit(1, 'return typeof e === "string" ? e.length : e;');
      this.emit(0, '}');
    }
    if (this.has('conversions')) {
      // Conversion methods inherited from classes, and own ones on a literal.
      this.emit(0, 'class __Num { constructor(v) { this.v = v; } valueOf() { return this.v; } }');
      this.emit(0, 'class __Str { constructor(v) { this.v = v; } toString() { return "w" + this.v; } }');
      this.emit(0, 'class __Both extends __Num { toString() { return "b" + this.v; } }');
      this.emit(0, 'const __lit = { valueOf() { return 3; }, toString() { return "lit"; } };');
    }
    if (this.heap) this.declareGlobals();
    if (this.has('numeric')) {
      const count = 2 + this.int(4);
      for (let i = 0; i < count; i++) this.fn(i);
    }
    if (this.heap) this.heapHelpers();
    if (this.has('classes')) this.classes();
    // A hot driver: every function is called enough to be compiled, with argument kinds
    // that change part-way through so speculation fails.
    this.emit(0, 'let acc = 0;');
    for (const h of this.helpers) this.emit(0, `let ${h.result} = 0;`);
    this.emit(0, 'for (let k = 0; k < 1500; k++) {');
    for (const f of this.functions) {
      const args = Array.from({ length: f.params }, () => (this.chance(0.8) ? `k ${this.pick(['+', '*', '-', '|'])} ${this.literal('int')}` : `(k > 1200 ? ${this.literal(this.pick(['double', 'other']))} : k)`));
      this.emit(1, `acc = ${f.name}(${args.join(', ')}) ${this.pick(['+', '|', '-'])} acc;`);
    }
    for (const h of this.helpers) {
      this.loops++; // arguments make no calls
      const args = h.args();
      this.loops--;
      this.emit(1, `${h.result} = ${h.name}(${args.join(', ')});`);
      if (h.numeric) this.emit(1, `acc = (acc + (${h.result} | 0)) | 0;`);
    }
    if (this.has('classes')) {
      this.emit(1, `const o = objs[k % (k > ${this.pick(['400', '900', '1300'])} ? 4 : k > 200 ? 2 : 1)];`);
      this.emit(1, 'acc = (acc + o.area(k & 7) + o.twice + o.bump(k & 3) + (o instanceof C1 ? 1 : 0)) | 0;');
    }
    this.emit(1, 'if (k % 300 === 0) console.log(k, acc, g);');
    for (const h of this.helpers) this.emit(1, `if (k % 500 === 0) console.log("${h.name}", ${h.result});`);
    this.emit(0, '}');
    this.emit(0, 'console.log(acc, g);');
    if (this.heap) this.tail();
    return this.lines.join('\n') + '\n';
  }

  // ---------------------------------------------------------------------------------------
  // Heap features. Typed variables keep their kind for their whole life (arrays, objects and
  // closures are `const`; strings are only ever assigned strings), so every property access
  // is on a value known to have it. Values read out of containers are coerced with unary +
  // before they meet numeric code, so the untyped variables never turn into long strings.
  // Containers only grow where the growth is bounded: locals (fresh for every call), and
  // globals at the top level after the driver.

  typed(kind) {
    return this.inFunction ? [...this.globals[kind], ...this.locals[kind]] : this.globals[kind];
  }
  /** May `v` grow here (push, string append)? Globals only at the top level. */
  growable(v) {
    return !v.global || !this.inFunction;
  }
  declare(kind, v) {
    (this.inFunction ? this.locals : this.globals)[kind].push({ global: !this.inFunction, ...v });
  }
  /** Whether a heap statement here may print: only at the top level, outside loops (functions run 1500 times). */
  canPrint() {
    return this.loops === 0 && !this.inFunction;
  }

  /** Typed globals, declared before any function. */
  declareGlobals() {
    const vars = ['g'];
    if (this.has('strings')) {
      for (let n = 1 + this.int(2); n > 0; n--) {
        const name = `gs${this.id()}`;
        this.emit(0, `let ${name} = ${this.strExpr(vars, 1)};`);
        this.declare('str', { name });
      }
    }
    if (this.has('arrays')) {
      for (let n = 1 + this.int(2); n > 0; n--) {
        const name = `ga${this.id()}`;
        this.emit(0, `const ${name} = ${this.arrLit(vars, true)};`);
        this.declare('arr', { name });
      }
      if (this.chance(0.5)) {
        const name = `gm${this.id()}`;
        const row = () => `[${Array.from({ length: 2 + this.int(2) }, () => this.pick(ARR_NUMBERS)).join(', ')}]`;
        this.emit(0, `const ${name} = [${row()}, ${row()}];`);
        this.declare('grid', { name });
      }
    }
    if (this.has('objects')) {
      for (let n = 1 + this.int(3); n > 0; n--) {
        const name = `go${this.id()}`;
        const o = this.objLit(vars, 0, true);
        this.emit(0, `const ${name} = ${o.text};`);
        this.declare('obj', { name, ...o });
      }
      if (this.has('arrays')) {
        const name = `gp${this.id()}`;
        const objs = Array.from({ length: 2 + this.int(2) }, () => this.objLit(vars, 0, false).text);
        this.emit(0, `const ${name} = [${objs.join(', ')}];`);
        this.declare('objs', { name });
      }
      if (this.has('closures') && this.chance(0.5)) {
        // A counter object: closures over a captured variable, reached as methods.
        const mk = `mkCounter${this.id()}`;
        this.emit(0, `function ${mk}(start) {`);
        this.emit(1, 'let n = start;');
        this.emit(1, `return { x: start, inc: () => ++n, add(d) { n += d; return this; }, get: function () { return n; } };`);
        this.emit(0, '}');
        const name = `gc${this.id()}`;
        this.emit(0, `const ${name} = ${mk}(${this.literal('int')});`);
        this.declare('obj', { name, props: ['x'], nested: false, methods: ['inc', 'get', 'add'] });
      }
    }
    if (this.has('closures')) {
      for (let n = 1 + this.int(2); n > 0; n--) {
        const name = `gf${this.id()}`;
        const c = this.closureLit(vars);
        this.emit(0, `const ${name} = ${c.text};`);
        this.declare('fn', { name, arity: c.arity });
      }
      if (this.chance(0.6)) {
        const mk = `mkCounter${this.id()}`;
        this.emit(0, `function ${mk}(start, step) {`);
        this.emit(1, 'let n = start;');
        this.emit(1, 'return () => {');
        this.emit(2, 'n += step;');
        this.emit(2, `return ${this.pick(['n', 'n | 0', 'n * 2', 'n % 1000'])};`);
        this.emit(1, '};');
        this.emit(0, '}');
        const name = `gf${this.id()}`;
        this.emit(0, `const ${name} = ${mk}(${this.literal('int')}, ${this.pick(['1', '2', '-3', '0.5', '7'])});`);
        this.declare('fn', { name, arity: 0 });
      }
    }
  }

  /** Typed locals at the start of a numeric function. */
  declareLocals(indent, vars) {
    if (this.has('strings') && this.chance(0.5)) {
      const name = `s${this.id()}`;
      this.emit(indent, `let ${name} = ${this.strExpr(vars, 1)};`);
      this.declare('str', { name });
    }
    if (this.has('arrays') && this.chance(0.5)) {
      const name = `arr${this.id()}`;
      this.emit(indent, `const ${name} = ${this.arrLit(vars, false)};`);
      this.declare('arr', { name });
    }
    if (this.has('objects') && this.chance(0.5)) {
      const name = `o${this.id()}`;
      const o = this.objLit(vars, 0, true);
      this.emit(indent, `const ${name} = ${o.text};`);
      this.declare('obj', { name, ...o });
    }
    if (this.has('closures') && this.chance(0.5)) {
      const name = `c${this.id()}`;
      const c = this.closureLit(vars);
      this.emit(indent, `const ${name} = ${c.text};`);
      this.declare('fn', { name, arity: c.arity });
    }
  }

  // --- strings ---

  /** A string-valued expression (always a string, never anything else). */
  strExpr(vars, depth = 0) {
    const strs = this.typed('str');
    if (depth > 2 || this.chance(0.35)) {
      if (strs.length && this.chance(0.55)) return this.pick(strs).name;
      return this.pick(STR_LITS);
    }
    const k = this.r();
    if (k < 0.25) return `(${this.strExpr(vars, depth + 1)} + ${this.strExpr(vars, depth + 1)})`;
    if (k < 0.38) return `(${this.strExpr(vars, depth + 1)} + ${this.numLeaf(vars)})`;
    if (k < 0.5) {
      const s = this.strExpr(vars, depth + 1);
      return this.chance(0.5) ? `${s}.slice(${this.pick(['0', '1', '2', '-2', '-1', '5'])})` : `${s}.slice(${this.pick(['0', '1', '-3'])}, ${this.pick(['2', '3', '-1', '10'])})`;
    }
    if (k < 0.65) {
      const parts = [];
      for (let n = 1 + this.int(2); n > 0; n--) {
        parts.push(this.pick(TEMPLATE_TEXT));
        parts.push(`\${${this.chance(0.5) ? this.strExpr(vars, depth + 1) : this.numLeaf(vars)}}`);
      }
      parts.push(this.pick(TEMPLATE_TEXT));
      return '`' + parts.join('') + '`';
    }
    if (k < 0.75) return `(${this.strExpr(vars, depth + 1)}[${this.pick(['0', '1', '2', '5', '-1'])}] || ${this.pick(CHAR_LITS)})`;
    if (k < 0.83) return `(${this.strExpr(vars, 2)} < ${this.strExpr(vars, 2)} ? ${this.strExpr(vars, depth + 1)} : ${this.strExpr(vars, depth + 1)})`;
    if (k < 0.9 && this.has('arrays') && this.typed('arr').length) return `${this.pick(this.typed('arr')).name}.join(${this.pick(JOIN_SEPS)})`;
    return `("" + ${this.numLeaf(vars)})`;
  }

  /** A small numeric operand: a variable, a literal or a loop-free expression. */
  numLeaf(vars) {
    if (vars.length && this.chance(0.6)) return this.pick(vars);
    return this.chance(0.5) ? this.literal('int') : this.expr(vars, 2);
  }

  /** A numeric (or boolean) expression reading a string. */
  strLeaf(vars) {
    const s = this.strExpr(vars, 2);
    const k = this.r();
    if (k < 0.25) return `${s}.length`;
    if (k < 0.45) return `${s}.charCodeAt(${this.pick(['0', '1', '2', '3', '7'])})`;
    if (k < 0.6) return `${s}.indexOf(${this.chance(0.7) ? this.pick(CHAR_LITS) : this.pick(STR_LITS)})`;
    if (k < 0.8) return `(${s} ${this.pick(['<', '<=', '>', '>=', '===', '!==', '=='])} ${this.strExpr(vars, 2)})`;
    return `(+${s}[${this.pick(['0', '1', '3', '-1'])}])`;
  }

  strStatement(indent, vars, mutable) {
    const strs = this.typed('str');
    const k = this.r();
    if (strs.length && k < 0.3) {
      const s = this.pick(strs);
      if (!this.growable(s)) return false;
      if (this.loops === 0) this.emit(indent, `${s.name} = ${this.strExpr(vars)};`);
      else this.emit(indent, `${s.name} += ${this.chance(0.5) ? this.pick(STR_LITS) : vars.length ? this.pick(vars) : this.pick(CHAR_LITS)};`);
      return true;
    }
    if (strs.length && k < 0.45) {
      const s = this.pick(strs);
      if (!this.growable(s)) return false;
      this.emit(indent, `${s.name} += ${this.pick(CHAR_LITS)};`);
      return true;
    }
    if (k < 0.7 && this.loops === 0 && mutable.length) {
      // A bounded loop over a string's characters.
      const s = strs.length && this.chance(0.7) ? this.pick(strs).name : this.pick(STR_LITS);
      const i = `j${this.id()}`;
      const m = this.pick(mutable);
      this.emit(indent, `for (let ${i} = 0; ${i} < ${s}.length && ${i} < ${this.pick(['4', '12', '20'])}; ${i}++) {`);
      if (this.chance(0.5)) this.emit(indent + 1, `${m} ${this.pick(['+=', '^=', '-='])} ${s}.charCodeAt(${i});`);
      else this.emit(indent + 1, `if (${s}[${i}] ${this.pick(['===', '!==', '<'])} ${this.pick(CHAR_LITS)}) ${m}${this.pick(['++', '--'])};`);
      this.emit(indent, '}');
      return true;
    }
    if (this.canPrint()) {
      const s = this.strExpr(vars);
      this.emit(indent, `console.log(${s}${this.chance(0.5) ? `, ${this.strLeaf(vars)}` : ''});`);
      return true;
    }
    return false;
  }

  // --- arrays ---

  arrLit(vars, constant) {
    const k = this.r();
    const n = this.int(6);
    if (k < 0.1) return '[]';
    if (k < 0.4) return `[${Array.from({ length: n + 1 }, () => this.literal('int')).join(', ')}]`;
    if (k < 0.6) return `[${Array.from({ length: n + 1 }, () => this.pick(ARR_NUMBERS)).join(', ')}]`;
    if (k < 0.75) return `[${Array.from({ length: n + 1 }, () => this.pick(ARR_MIXED)).join(', ')}]`;
    if (k < 0.85) return `[${Array.from({ length: 1 + this.int(3) }, () => `[${Array.from({ length: this.int(3) }, () => this.literal('int')).join(', ')}]`).join(', ')}]`;
    if (constant || !vars.length) return `[${Array.from({ length: n + 1 }, () => this.literal('int')).join(', ')}]`;
    return `[${Array.from({ length: 1 + this.int(3) }, () => this.expr(vars, 2)).join(', ')}]`;
  }

  /** A non-negative int32 index expression: a small literal, or a value masked to 0..3 (rarely 0..7). */
  index(vars) {
    if (this.chance(0.5) || !vars.length) return this.pick(['0', '1', '2', '3']);
    return `${this.pick(vars)} & ${this.chance(0.8) ? '3' : '7'}`;
  }

  arrLeaf(vars) {
    const arrs = this.typed('arr');
    const grids = this.typed('grid');
    const objs = this.has('objects') ? this.typed('objs') : [];
    const k = this.r();
    if (grids.length && k < 0.15) {
      const m = this.pick(grids).name;
      return `(+${m}[${vars.length ? `${this.pick(vars)} & 1` : this.pick(['0', '1'])}][${this.pick(['0', '1', '2', '3'])}])`;
    }
    if (objs.length && k < 0.3) {
      const p = this.pick(objs).name;
      return this.chance(0.3) ? `${p}.length` : `(+${p}[${vars.length ? `${this.pick(vars)} & 1` : this.pick(['0', '1'])}].${this.pick(['x', 'y'])})`;
    }
    if (!arrs.length) return null;
    const a = this.pick(arrs).name;
    if (k < 0.5) return `${a}.length`;
    if (k < 0.85) return `(+${a}[${this.pick(['0', '1', '2', '5', '-1', `${a}.length - 1`, `${a}.length`])}])`;
    if (this.has('strings')) return `${a}.join(${this.pick(JOIN_SEPS)}).length`;
    return `(${a}.length > ${this.int(4)})`;
  }

  arrStatement(indent, vars, mutable) {
    const arrs = this.typed('arr');
    const k = this.r();
    if (this.has('objects') && this.typed('objs').length && k < 0.15) return this.objsStatement(indent, vars, mutable);
    if (this.typed('grid').length && k < 0.22) {
      const m = this.pick(this.typed('grid')).name;
      this.emit(indent, `${m}[${vars.length ? `${this.pick(vars)} & 1` : '1'}][${this.pick(['0', '1', '2'])}] = ${this.expr(vars, 1)};`);
      return true;
    }
    if (!arrs.length) return false;
    const a = this.pick(arrs);
    if (k < 0.4) {
      this.emit(indent, `${a.name}[${this.index(vars)}] = ${this.expr(vars, 1)};`);
    } else if (k < 0.55) {
      if (!this.growable(a)) return false;
      this.emit(indent, `${a.name}.push(${this.expr(vars, 1)}${this.chance(0.2) ? `, ${this.expr(vars, 2)}` : ''});`);
    } else if (k < 0.65) {
      if (mutable.length && this.chance(0.6)) this.emit(indent, `${this.pick(mutable)} = +${a.name}.pop();`);
      else this.emit(indent, `${a.name}.pop();`);
    } else if (k < 0.7) {
      if (!this.growable(a)) return false;
      this.emit(indent, `${a.name}[${a.name}.length] = ${this.expr(vars, 1)};`);
    } else if (k < 0.74) {
      this.emit(indent, `${a.name}.length = Math.min(${a.name}.length, ${this.int(4)});`);
    } else if (k < 0.88 && this.loops === 0) {
      // Sum an array: the loop is bounded by the length, which its body does not change.
      const sum = `sum${this.id()}`;
      const i = `j${this.id()}`;
      this.emit(indent, `let ${sum} = 0;`);
      this.emit(indent, `for (let ${i} = 0; ${i} < ${a.name}.length; ${i}++) {`);
      if (this.chance(0.7)) this.emit(indent + 1, `${sum} += ${a.name}[${i}];`);
      else this.emit(indent + 1, `if (typeof ${a.name}[${i}] === "number") ${sum} = ${sum} ${this.pick(['+', '-', '*'])} ${a.name}[${i}];`);
      this.emit(indent, '}');
      if (this.canPrint() && this.chance(0.5)) this.emit(indent, `console.log("sum", ${sum});`);
      else if (mutable.length) this.emit(indent, `${this.pick(mutable)} = +${sum};`);
    } else if (this.canPrint()) {
      if (this.chance(0.6)) this.emit(indent, `console.log(${a.name});`);
      else this.emit(indent, `console.log(${a.name}.length, ${a.name}.join(${this.pick(JOIN_SEPS)}));`);
    } else {
      return false;
    }
    return true;
  }

  // --- objects ---

  /** An object literal; `methods` allows methods using `this`. Returns { text, props, nested, methods }. */
  objLit(vars, depth, methods) {
    const props = this.chance(0.8) ? ['x', 'y'] : ['x', 'y', 'z'];
    if (this.chance(0.5)) props.reverse();
    const value = () => (vars.length > 1 && this.chance(0.4) ? this.expr(vars, 2) : this.pick(ARR_NUMBERS));
    const parts = props.map((p) => `${p}: ${value()}`);
    const nested = depth === 0 && this.chance(0.35);
    if (nested) parts.splice(this.int(parts.length + 1), 0, `inner: { v: ${value()}, w: ${this.pick(ARR_MIXED)} }`);
    const ms = [];
    if (methods && this.chance(0.5)) {
      const m = this.pick(['sum', 'scale', 'bump']);
      ms.push(m);
      if (m === 'sum') parts.push(`sum() { return this.x ${this.pick(['+', '-', '*'])} this.y; }`);
      else if (m === 'scale') parts.push(`scale: function (f) { return this.x * f ${this.pick(['+', '-'])} this.y; }`);
      else parts.push(`bump(d) { this.x = (this.x + d) | 0; return this; }`);
    }
    return { text: `{ ${parts.join(', ')} }`, props, nested, methods: ms };
  }

  objLeaf(vars) {
    const objs = this.typed('obj');
    if (!objs.length) return null;
    const o = this.pick(objs);
    const k = this.r();
    if (o.methods.length && k < 0.3) {
      const m = this.pick(o.methods);
      const arg = this.numLeaf(vars);
      if (m === 'sum' || m === 'inc' || m === 'get') return `(+${o.name}.${m}())`;
      if (m === 'bump' || m === 'add') return `(+${o.name}.${m}(${arg}).x)`;
      return `(+${o.name}.${m}(${arg}))`;
    }
    if (o.nested && k < 0.5) return `(+${o.name}.inner.${this.pick(['v', 'w'])})`;
    return `(+${o.name}.${this.pick(['x', 'y', 'z', 'w'])})`;
  }

  objStatement(indent, vars, mutable) {
    const objs = this.typed('obj');
    if (!objs.length) return false;
    const o = this.pick(objs);
    const k = this.r();
    if (k < 0.35) this.emit(indent, `${o.name}.${this.pick(['x', 'y', 'x', 'w', 'z'])} = ${this.expr(vars, 1)};`);
    else if (k < 0.5) this.emit(indent, `${o.name}.${this.pick(['x', 'y'])}${this.pick(['++', '--'])};`);
    else if (k < 0.6) this.emit(indent, `${o.name}.x = (+${o.name}.x) + ${this.literal('int')};`);
    else if (k < 0.7 && o.nested) this.emit(indent, `${o.name}.inner.v = ${this.expr(vars, 1)};`);
    else if (k < 0.8 && o.methods.length && mutable.length) this.emit(indent, `${this.pick(mutable)} = ${this.objLeaf(vars)};`);
    else if (this.canPrint()) {
      if (this.chance(0.5)) this.emit(indent, `console.log(${o.name});`);
      else this.emit(indent, `console.log(${o.name}.x, ${o.name}.y${o.nested ? `, ${o.name}.inner.v` : ''});`);
    } else return false;
    return true;
  }

  /** Arrays of objects: never shrunk, so elements 0 and 1 always exist. */
  objsStatement(indent, vars, mutable) {
    const p = this.pick(this.typed('objs'));
    const k = this.r();
    if (k < 0.3) {
      this.emit(indent, `${p.name}[${vars.length ? `${this.pick(vars)} & 1` : '0'}].${this.pick(['x', 'y', 'z'])} = ${this.expr(vars, 1)};`);
    } else if (k < 0.5 && this.growable(p)) {
      this.emit(indent, `${p.name}.push(${this.objLit(vars, 1, false).text});`);
    } else if (k < 0.8 && this.loops === 0) {
      const sum = `sum${this.id()}`;
      const i = `j${this.id()}`;
      this.emit(indent, `let ${sum} = 0;`);
      this.emit(indent, `for (let ${i} = 0; ${i} < ${p.name}.length; ${i}++) {`);
      this.emit(indent + 1, `${sum} += ${p.name}[${i}].x ${this.pick(['*', '-', '+'])} ${p.name}[${i}].y;`);
      this.emit(indent, '}');
      if (this.canPrint()) this.emit(indent, `console.log("objects", ${sum});`);
      else if (mutable.length) this.emit(indent, `${this.pick(mutable)} = +${sum};`);
    } else if (this.canPrint()) {
      this.emit(indent, `console.log(${p.name});`);
    } else return false;
    return true;
  }

  // --- closures ---

  /** A function expression or arrow function; its body makes no calls (it is called in loops). */
  closureLit(vars) {
    this.loops++; // no calls, no prints inside
    const k = this.r();
    let text;
    let arity;
    if (k < 0.4) {
      arity = 1;
      text = `(q) => ${this.expr(['q', ...vars], 1)}`;
    } else if (k < 0.6) {
      arity = 2;
      text = `function (q, r) { return ${this.expr(['q', 'r', ...vars], 1)}; }`;
    } else if (k < 0.8) {
      arity = 1;
      text = `(q) => { let t = ${this.expr(['q', ...vars], 1)}; t ${this.pick(['+=', '*=', '-=', '|='])} q; return t; }`;
    } else {
      arity = 0;
      text = `() => ${this.expr(vars, 1)}`;
    }
    this.loops--;
    return { text, arity };
  }

  fnLeaf(vars) {
    const fns = this.typed('fn');
    if (!fns.length || this.chance(0.15)) {
      // An immediately called arrow function.
      this.loops++;
      const body = this.expr(['q', ...vars], 2);
      this.loops--;
      return `(+((q) => ${body})(${this.numLeaf(vars)}))`;
    }
    const f = this.pick(fns);
    const args = Array.from({ length: f.arity }, () => this.numLeaf(vars));
    return `(+${f.name}(${args.join(', ')}))`;
  }

  fnStatement(indent, vars, mutable) {
    if (this.loops > 0 || !mutable.length) return false;
    const k = this.r();
    const m = this.pick(mutable);
    const n = this.pick(['3', '4', '5']);
    const i = `i${this.id()}`;
    if (k < 0.4 || !this.has('arrays')) {
      // Closures created in a loop with `let`: each captures its own iteration's binding.
      const last = `last${this.id()}`;
      const sum = `sum${this.id()}`;
      const f = `fn${this.id()}`;
      const at = this.int(3);
      this.emit(indent, `let ${last} = null;`);
      this.emit(indent, `let ${sum} = 0;`);
      this.emit(indent, `for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
      this.loops++;
      this.emit(indent + 1, `const ${f} = ${this.chance(0.5) ? `(q) => q * ${i} + ${this.expr(vars, 2)}` : `function (q) { return q + ${i} * ${this.literal('int')}; }`};`);
      this.loops--;
      this.emit(indent + 1, `${sum} += ${f}(${this.literal('int')});`);
      this.emit(indent + 1, `if (${i} === ${at}) ${last} = ${f};`);
      this.emit(indent, '}');
      this.emit(indent, `${m} = ${sum} + ${last}(${this.literal('int')});`);
    } else if (k < 0.7) {
      // Closures collected in an array, called afterwards.
      const fs = `fns${this.id()}`;
      const j = `j${this.id()}`;
      this.emit(indent, `const ${fs} = [];`);
      this.emit(indent, `for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
      this.loops++;
      this.emit(indent + 1, `${fs}.push(() => ${i} * ${i} ${this.pick(['+', '-', '*'])} ${this.expr(vars, 2)});`);
      this.loops--;
      this.emit(indent, '}');
      this.emit(indent, `for (let ${j} = 0; ${j} < ${fs}.length; ${j}++) {`);
      this.emit(indent + 1, `${m} ${this.pick(['+=', '-=', '^='])} ${fs}[${j}]();`);
      this.emit(indent, '}');
    } else {
      // A counter captured by a closure, bumped in a loop.
      const c = `count${this.id()}`;
      const inc = `inc${this.id()}`;
      this.emit(indent, `let ${c} = ${this.literal('int')};`);
      this.emit(indent, `const ${inc} = (d) => { ${c} += d; return ${c}; };`);
      this.emit(indent, `for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
      this.emit(indent + 1, `${inc}(${i});`);
      this.emit(indent, '}');
      this.emit(indent, `${m} = ${inc}(1) + ${c};`);
    }
    return true;
  }

  // --- dispatch ---

  heapLeaf(vars) {
    const kinds = [];
    if (this.has('strings')) kinds.push('str');
    if (this.has('arrays') && (this.typed('arr').length || this.typed('grid').length)) kinds.push('arr');
    if (this.has('objects') && this.typed('obj').length) kinds.push('obj');
    if (this.has('closures')) kinds.push('fn');
    if (!kinds.length) return null;
    switch (this.pick(kinds)) {
      case 'str':
        return this.strLeaf(vars);
      case 'arr':
        return this.arrLeaf(vars);
      case 'obj':
        return this.objLeaf(vars);
      default:
        return this.fnLeaf(vars);
    }
  }

  heapStatement(indent, vars, mutable) {
    const kinds = HEAP_FEATURES.filter((f) => this.has(f));
    switch (this.pick(kinds)) {
      case 'strings':
        return this.strStatement(indent, vars, mutable);
      case 'arrays':
        return this.arrStatement(indent, vars, mutable);
      case 'objects':
        return this.objStatement(indent, vars, mutable);
      default:
        return this.fnStatement(indent, vars, mutable);
    }
  }

  // --- hot helpers called from the driver ---

  /**
   * Emits a helper function `name(params)` whose body is generated with `locals` as its
   * typed variables, as if inside a loop: it is called 1500 times, so it does not print,
   * call or nest loops deeply.
   */
  helper(params, locals, body) {
    const name = `h${this.id()}`;
    this.emit(0, `function ${name}(${params.join(', ')}) {`);
    const saved = { depth: this.depth, inFunction: this.inFunction, locals: this.locals };
    this.inFunction = true;
    this.locals = emptyScope();
    for (const [kind, v] of locals) this.locals[kind].push({ global: false, ...v });
    this.loops++;
    this.depth = 1;
    body();
    this.loops--;
    Object.assign(this, saved);
    this.emit(0, '}');
    return name;
  }

  addHelper(name, numeric, args) {
    this.helpers.push({ name, result: `r${name.slice(1)}`, numeric, args });
  }

  strArg() {
    const strs = this.globals.str;
    const k = this.r();
    if (strs.length && k < 0.3) return `(k % 3 === 0 ? ${this.pick(strs).name} : ${this.pick(STR_LITS)})`;
    if (k < 0.6) return `(k % 2 === 0 ? ${this.pick(STR_LITS)} : ${this.pick(STR_LITS)})`;
    if (k < 0.8) return `(k > 1200 ? ${this.pick(STR_LITS)} : "k" + (k & 7))`;
    return this.pick(STR_LITS);
  }

  heapHelpers() {
    if (this.has('strings')) {
      for (let n = 1 + this.int(2); n > 0; n--) {
        const numeric = this.chance(0.6);
        const name = this.helper(['s', 'n'], [['str', { name: 's' }]], () => {
          this.emit(1, `let t = ${this.strExpr(['n'])};`);
          this.locals.str.push({ global: false, name: 't' });
          this.emit(1, 'let m = 0;');
          this.block(1, ['n', 'm'], ['m'], 2 + this.int(3));
          this.emit(1, `return ${numeric ? `${this.strLeaf(['n', 'm'])} + m` : this.strExpr(['n', 'm'], 1)};`);
        });
        this.addHelper(name, numeric, () => [this.strArg(), this.chance(0.7) ? 'k' : '(k & 15)']);
      }
      if (this.chance(0.5)) {
        const name = this.helper(['a', 'b'], [], () => {
          this.emit(1, `if (a ${this.pick(['<', '<=', '==='])} b) return ${this.pick(['-1', 'a.length', 'b.charCodeAt(0)'])};`);
          this.emit(1, `return a === b ? 0 : ${this.pick(['1', 'a.indexOf(b)', '(a + b).length'])};`);
        });
        this.addHelper(name, true, () => [this.strArg(), this.strArg()]);
      }
    }
    if (this.has('arrays')) {
      const arrArg = () => {
        const gs = this.globals.arr;
        const k = this.r();
        if (gs.length && k < 0.4) return `(k % 2 === 0 ? ${this.pick(gs).name} : ${this.pick(gs).name})`;
        if (k < 0.7) return `(k > 1200 ? ${this.arrLit([], true)} : [k, k + 1, ${this.pick(ARR_NUMBERS)}])`;
        return this.arrLit(['k'], false);
      };
      const k = this.r();
      if (k < 0.35) {
        // Sum an array passed in: int, double or mixed elements.
        const name = this.helper(['arr'], [], () => {
          this.emit(1, 'let s = 0;');
          this.emit(1, 'for (let i = 0; i < arr.length; i++) {');
          this.emit(2, `s ${this.pick(['+=', '+=', '-='])} arr[i];`);
          this.emit(1, '}');
          this.emit(1, 'return s;');
        });
        this.addHelper(name, this.chance(0.5), () => [arrArg()]);
      } else if (k < 0.7) {
        // Index reads (also out of bounds) and bounded writes on an array passed in.
        const name = this.helper(['arr', 'i', 'v'], [], () => {
          this.emit(1, `arr[i & 3] = v;`);
          this.emit(1, `return (+arr[i]) ${this.pick(['+', '-'])} arr.length;`);
        });
        this.addHelper(name, true, () => [arrArg(), this.pick(['k % 7', 'k & 3', '(k > 1000 ? -1 : k % 5)']), this.pick(['k', 'k * 0.5', '(k > 1200 ? "v" : k)'])]);
      }
      // Build a local array and work on it.
      const name = this.helper(['n', 'x'], [], () => {
        this.emit(1, `const a = ${this.arrLit(['n', 'x'], false)};`);
        this.locals.arr.push({ global: false, name: 'a' });
        this.emit(1, 'let m = 0;');
        this.emit(1, 'for (let i = 0; i < 4; i++) {');
        this.emit(2, `a.push(${this.expr(['n', 'x', 'i'], 2)});`);
        this.emit(1, '}');
        this.block(1, ['n', 'x', 'm'], ['m', 'x'], 2 + this.int(2));
        this.emit(1, `return ${this.chance(0.7) ? `a.length + m + (+a[${this.pick(['0', '2', '5', 'n & 7'])}])` : 'a'};`);
      });
      this.addHelper(name, this.chance(0.8), () => [this.chance(0.7) ? 'k' : '(k & 7)', this.pick(['k', '1', '0.5', '(k > 1200 ? 1.5 : 2)'])]);
    }
    if (this.has('objects')) {
      const gs = this.globals.obj.filter((o) => !o.methods.includes('inc'));
      const objArg = () => {
        const k = this.r();
        if (gs.length && k < 0.5) return `(k % 3 === 0 ? ${this.pick(gs).name} : ${this.pick(gs).name})`;
        if (gs.length && k < 0.8) return `(k > 1100 ? ${this.pick(gs).name} : ${this.objLit(['k'], 1, false).text})`;
        return this.objLit(['k'], 1, false).text;
      };
      // Polymorphic property reads and writes.
      const name = this.helper(['o', 'n'], [['obj', { name: 'o', props: ['x', 'y'], nested: false, methods: [] }]], () => {
        if (this.chance(0.5)) this.emit(1, `o.${this.pick(['w', 'x', 'y'])} = n;`);
        this.emit(1, `return o.x ${this.pick(['+', '*', '-'])} o.y${this.chance(0.3) ? ' + (+o.w)' : ''};`);
      });
      this.addHelper(name, true, () => [objArg(), 'k']);
      // A fresh object per call, with properties added later.
      const name2 = this.helper(['a', 'b'], [], () => {
        const o = this.objLit(['a', 'b'], 0, true);
        this.emit(1, `const o = ${o.text};`);
        this.locals.obj.push({ global: false, name: 'o', ...o });
        this.emit(1, `o.w = a ${this.pick(['-', '+', '*'])} b;`);
        this.emit(1, 'let m = 0;');
        this.block(1, ['a', 'b', 'm'], ['m'], 1 + this.int(3));
        this.emit(1, `return ${this.chance(0.8) ? `(+o.x) + (+o.w) + m${o.nested ? ' + o.inner.v' : ''}` : 'o'};`);
      });
      this.addHelper(name2, this.chance(0.8), () => [this.pick(['k', 'k & 15', 'k * 0.25']), this.pick(['1', 'k', '(k > 1200 ? 0.5 : 3)'])]);
      // A method call on objects of several shapes, each with its own method.
      const withMethod = gs.filter((o) => o.methods.length);
      if (withMethod.length) {
        const o = this.pick(withMethod);
        const m = o.methods[0];
        const other = this.objLit(['k'], 1, false).text.replace(/ }$/, m === 'sum' ? ', sum() { return this.y - this.x; } }' : m === 'scale' ? ', scale(f) { return this.y * f; } }' : ', bump(d) { this.y += 1; return this; } }');
        const name3 = this.helper(['o', 'd'], [], () => {
          this.emit(1, `return ${m === 'sum' ? 'o.sum() + d' : m === 'scale' ? 'o.scale(d)' : '(+o.bump(d).x)'};`);
        });
        this.addHelper(name3, true, () => [`(k % 2 === 0 ? ${o.name} : ${other})`, this.pick(['1', 'k & 3', '0.5'])]);
      }
      if (this.has('arrays') && this.globals.objs.length) {
        const p = this.pick(this.globals.objs).name;
        const name4 = this.helper(['list'], [], () => {
          this.emit(1, 'let s = 0;');
          this.emit(1, 'for (let i = 0; i < list.length; i++) {');
          this.emit(2, `s += list[i].x ${this.pick(['*', '+', '-'])} list[i].y;`);
          this.emit(1, '}');
          this.emit(1, 'return s;');
        });
        this.addHelper(name4, true, () => [`(k % 4 === 0 ? [${this.objLit(['k'], 1, false).text}, { y: k, x: 1 }] : ${p})`]);
      }
    }
    if (this.has('closures')) {
      const fns = this.globals.fn;
      // A closure passed in: several targets at one call site.
      const name = this.helper(['f', 'x'], [], () => {
        this.emit(1, `return f(x) ${this.pick(['+', '-', '*'])} f(x ${this.pick(['+', '-'])} ${this.int(5)});`);
      });
      const target = () => (fns.length && this.chance(0.7) ? this.pick(fns).name : `(${this.closureLit(['k']).text})`);
      this.addHelper(name, true, () => [`(k % 3 === 0 ? ${target()} : ${target()})`, this.pick(['k', 'k & 7', '(k > 1200 ? 0.5 : k)'])]);
      // Closures made inside the hot function.
      const name2 = this.helper(['n'], [], () => {
        const k = this.r();
        if (k < 0.4) {
          this.emit(1, 'let c = 0;');
          this.emit(1, `const inc = (d) => { c += d; return c; };`);
          this.emit(1, 'for (let i = 0; i < 5; i++) {');
          this.emit(2, `inc(i ${this.pick(['+', '*', '-'])} n);`);
          this.emit(1, '}');
          this.emit(1, 'return inc(0);');
        } else if (k < 0.7 || !this.has('arrays')) {
          this.emit(1, 'let s = 0;');
          this.emit(1, 'for (let i = 0; i < 4; i++) {');
          this.emit(2, `const f = ${this.chance(0.5) ? `() => i * n` : `function () { return i + n; }`};`);
          this.emit(2, 's += f();');
          this.emit(1, '}');
          this.emit(1, 'return s;');
        } else {
          this.emit(1, 'const fs = [];');
          this.emit(1, 'for (let i = 0; i < 3; i++) {');
          this.emit(2, `fs.push((q) => q ${this.pick(['+', '*', '-'])} i + n);`);
          this.emit(1, '}');
          this.emit(1, `return fs[0](1) + fs[2](${this.int(5)});`);
        }
      });
      this.addHelper(name2, true, () => [this.pick(['k', 'k & 7', '(k > 1200 ? 0.5 : k)'])]);
    }
  }

  /** Top-level statements after the driver: globals may grow here; then everything is printed. */
  tail() {
    for (const h of this.helpers) this.emit(0, `console.log("${h.name}", ${h.result});`);
    this.block(0, ['acc', 'g'], ['acc', 'g'], 3 + this.int(4));
    const all = [];
    for (const kind of Object.keys(this.globals)) for (const v of this.globals[kind]) all.push(v.name);
    if (all.length) this.emit(0, `console.log(${all.join(', ')});`);
  }
}

function generateProgram(seed, features) {
  return new Generator(seed, features).program();
}

module.exports = { generateProgram, parseFeatures, FEATURES, DEFAULT_FEATURES };

if (require.main === module) process.stdout.write(generateProgram(Number(process.argv[2] || 1), process.argv[3]));
