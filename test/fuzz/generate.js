// Differential fuzzer, part 1: a seeded generator of random programs inside kiln's language
// subset. Programs are terminating by construction (loops have constant trip counts,
// functions only call functions defined before them), deterministic, and shaped to stress
// the JIT: hot loops, int32 values near the overflow edges, doubles, -0, NaN, strings mixed
// into arithmetic, type changes at call sites, nested function contexts, switch, labels.
'use strict';

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

class Generator {
  constructor(seed) {
    this.r = rng(seed);
    this.lines = [];
    this.functions = []; // { name, params }
    this.depth = 0;
    this.loops = 0; // calls are generated outside loops only, which bounds the work
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

  literal(kind) {
    if (kind === 'int') return this.chance(0.7) ? String(this.int(20)) : this.pick(INT_EDGES);
    if (kind === 'double') return this.pick(DOUBLES);
    return this.pick(OTHERS);
  }

  /** An expression over the variables in scope; `numeric` biases toward numbers. */
  expr(vars, depth = 0, numeric = true) {
    const leaf = depth > 2 || this.chance(0.3);
    if (leaf) {
      if (vars.length && this.chance(0.7)) return this.pick(vars);
      const k = this.r();
      return this.literal(k < 0.65 ? 'int' : k < 0.9 || numeric ? 'double' : 'other');
    }
    const k = this.r();
    if (k < 0.45) {
      const op = this.chance(0.75) ? this.pick(['+', '-', '*', '|', '&', '>>', '%']) : this.pick(BINOPS);
      const right = op === '**' ? String(this.int(4)) : this.expr(vars, depth + 1, numeric);
      return `(${this.expr(vars, depth + 1, numeric)} ${op} ${right})`;
    }
    if (k < 0.55) return `(${this.expr(vars, depth + 1)} ${this.pick(CMPOPS)} ${this.expr(vars, depth + 1)})`;
    if (k < 0.62) return `(${this.pick(['-', '+', '~', '!'])}${this.expr(vars, depth + 1, numeric)})`;
    if (k < 0.68) return `(${this.expr(vars, depth + 1)} ? ${this.expr(vars, depth + 1)} : ${this.expr(vars, depth + 1)})`;
    if (k < 0.72) return `(${this.expr(vars, depth + 1)} ${this.pick(['&&', '||', '??'])} ${this.expr(vars, depth + 1)})`;
    if (k < 0.78) return `Math.${this.pick(['floor', 'ceil', 'round', 'trunc', 'abs', 'sqrt'])}(${this.expr(vars, depth + 1)})`;
    if (k < 0.82) return `Math.${this.pick(['min', 'max', 'imul'])}(${this.expr(vars, depth + 1)}, ${this.expr(vars, depth + 1)})`;
    if (k < 0.86 && !numeric) return `(typeof ${this.expr(vars, depth + 1)})`;
    if (this.functions.length && this.loops === 0 && k < 0.95) return this.call(vars, depth);
    return this.expr(vars, depth + 1, numeric);
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

  loop(indent, vars, mutable) {
    this.depth++;
    const i = `i${this.depth}_${this.int(1000)}`;
    const n = this.pick(['3', '5', '10', '40']);
    this.emit(indent, `for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
    this.loops++;
    this.block(indent + 1, [...vars, i], mutable, 3);
    this.loops--;
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
    if (this.chance(0.3)) this.emit(1, `g = g + 1;`);
    this.block(1, [...ps, ...locals, 'g'], locals, 3);
    this.emit(1, `return ${this.expr([...ps, ...locals])};`);
    this.emit(0, '}');
    this.functions.push({ name, params });
  }

  program() {
    this.emit(0, 'let g = 0;');
    const count = 2 + this.int(4);
    for (let i = 0; i < count; i++) this.fn(i);
    // A hot driver: every function is called enough to be compiled, with argument kinds
    // that change part-way through so speculation fails.
    this.emit(0, 'let acc = 0;');
    this.emit(0, 'for (let k = 0; k < 1500; k++) {');
    for (const f of this.functions) {
      const args = Array.from({ length: f.params }, () => (this.chance(0.8) ? `k ${this.pick(['+', '*', '-', '|'])} ${this.literal('int')}` : `(k > 1200 ? ${this.literal(this.pick(['double', 'other']))} : k)`));
      this.emit(1, `acc = ${f.name}(${args.join(', ')}) ${this.pick(['+', '|', '-'])} acc;`);
    }
    this.emit(1, 'if (k % 300 === 0) console.log(k, acc, g);');
    this.emit(0, '}');
    this.emit(0, 'console.log(acc, g);');
    return this.lines.join('\n') + '\n';
  }
}

function generateProgram(seed) {
  return new Generator(seed).program();
}

module.exports = { generateProgram };

if (require.main === module) process.stdout.write(generateProgram(Number(process.argv[2] || 1)));
