// Code made while the program runs: `new Function(...)` / `Function(...)`, indirect eval and
// direct eval (whose code is nested in its caller's scope: frontend/eval-scopes.ts). Its source goes
// through the same front end as the script (parse → subset → scope → bytecode) and its
// functions are appended to the program's function table, so the interpreter, the profiles
// and the JIT treat them as any other function (they tier up, inline and deopt alike).
//
// The text is CreateDynamicFunction's, `function anonymous(P\n) {\nBODY\n}`, compiled as a
// one-statement script that returns it; the script's top level runs once and is never hot.
// Parameters that close the parameter list early, or a body that closes the function, leave
// more than that one statement behind and are SyntaxErrors, as in V8.

import type * as acorn from 'acorn';
import type { BytecodeFunction, Program } from './bytecode/function';
import { analyzeScopes, checkSubset, KilnDiagnostic, parseScript, withCompletionReturned } from './frontend';
import { generateProgram } from './frontend/codegen/generator';
import { evalOuterOf, type EvalOuter, type EvalSite } from './frontend/eval-scopes';
import { FunctionProfile } from './profile/function-profile';
import { KilnThrow } from './runtime/errors';
import type { Heap } from './runtime/heap';
import { Kind, Tag } from './runtime/layout';
import type { Runtime } from './runtime/runtime';
import type { Word } from './runtime/word';
import type { Tiering } from './tiering/tiering';

/** The file name stack frames of dynamic code show (V8 writes `<anonymous>` there too). */
export const DYNAMIC_FILE = '<anonymous>';

const PREFIX = 'return function anonymous(';

export class DynamicCode {
  /** Source text of each dynamic function id (Function.prototype.toString slices it). */
  private readonly sources = new Map<number, string>();

  constructor(
    private readonly program: Program,
    private readonly heap: Heap,
    private readonly profiles: FunctionProfile[],
    private readonly tiering: Tiering,
    private readonly runtime: Runtime,
  ) {}

  /** The script text function `id` was compiled from, when it is dynamic code. */
  sourceOf(id: number): string | undefined {
    return this.sources.get(id);
  }

  /** CreateDynamicFunction for a normal function: the new closure, in the global scope. */
  createFunction(params: string, body: string): Word {
    // V8 parses the parameters on their own first.
    try {
      parseScript(`(function (${params}\n) {})`, DYNAMIC_FILE);
    } catch (e) {
      if (e instanceof KilnDiagnostic) throw new KilnThrow('SyntaxError', 'Arg string terminates parameters early');
      throw e;
    }
    // A body that closes the function and opens another parses, as more than one function.
    const alone = `(function () {\n${body}\n})`;
    try {
      const ast = parseScript(alone, DYNAMIC_FILE);
      const only = ast.body.length === 1 && ast.body[0].type === 'ExpressionStatement' ? ast.body[0].expression : null;
      if (only?.type !== 'FunctionExpression' || only.end !== alone.length - 1) throw new KilnThrow('SyntaxError', 'Single function literal required');
    } catch (e) {
      if (!(e instanceof KilnDiagnostic)) throw e;
    }
    const text = `${PREFIX}${params}\n) {\n${body}\n}`;
    const bodyStart = PREFIX.length + params.length + 3; // after `\n) `
    const program = this.compile(text, (ast) => {
      if (ast.body.length !== 1 || ast.body[0].type !== 'ReturnStatement') {
        // A body like `}); (function () {` closes the function and goes on.
        throw new KilnThrow('SyntaxError', 'Single function literal required');
      }
      const statement = ast.body[0];
      const fn = statement.argument;
      // Parameters like `a) { … }, function (b` end the function before its own body.
      if (fn?.type !== 'FunctionExpression' || fn.end !== text.length || fn.body.start !== bodyStart) {
        throw new KilnThrow('SyntaxError', 'Arg string terminates parameters early');
      }
    });
    const script = this.runtime.newClosure(program.main);
    return this.runtime.invoker.call([Tag.Ptr, script], [Tag.Undefined, 0], []);
  }

  /** Indirect eval (PerformEval, not direct): a string runs as a global script whose value
   *  is its completion value; anything else is returned as it is. */
  evaluate(code: Word): Word {
    if (code[0] !== Tag.Ptr || this.heap.kindOf(code[1]) !== Kind.String) return code;
    const source = this.heap.readString(code[1]);
    let text: string;
    try {
      text = withCompletionReturned(source, parseScript(source, DYNAMIC_FILE, 'global'));
    } catch (e) {
      throw e instanceof KilnDiagnostic ? dynamicCodeError(e, source) : e;
    }
    const program = this.compile(text, () => {});
    const script = this.runtime.newClosure(program.main);
    return this.runtime.invoker.call([Tag.Ptr, script], this.runtime.globalObjectValue(), []);
  }

  /** Direct eval (PerformEval with direct true): a string runs as code nested in the caller
   *  at the call site (`site`, frontend/eval-scopes.ts): the caller's bindings are its outer
   *  scope, reached through `context`; its own `let`, `const` and strict code's `var`s are its
   *  own. Its value is its completion value; anything but a string is returned as it is. The
   *  code of one site and text is compiled once. */
  evaluateDirect(code: Word, site: string, context: Word, receiver: Word): Word {
    if (code[0] !== Tag.Ptr || this.heap.kindOf(code[1]) !== Kind.String) return code;
    const source = this.heap.readString(code[1]);
    const key = `${site}\0${source}`;
    let main = this.directEvals.get(key);
    if (main === undefined) {
      let text: string;
      try {
        text = withCompletionReturned(source, parseScript(source, DYNAMIC_FILE, 'global'));
      } catch (e) {
        throw e instanceof KilnDiagnostic ? dynamicCodeError(e, source) : e;
      }
      main = this.compile(text, () => {}, evalOuterOf(JSON.parse(site) as EvalSite)).main;
      this.directEvals.set(key, main);
    }
    const script = this.tiering.createClosure(main, context[0], context[1]);
    return this.runtime.invoker.call([Tag.Ptr, script], receiver, []);
  }

  /** kiln's self-hosted library code (runtime/self-hosted.ts): `source` is a script body
   *  whose top level returns a value (a factory of the builtins); compiled as self-hosted
   *  code (its intrinsics, its functions print as natives) and run once. */
  runSelfHosted(source: string, file: string): Word {
    let program: Program;
    try {
      const ast = parseScript(source, file);
      const scopes = analyzeScopes(ast, file, this.program.functions.length);
      program = generateProgram(ast, scopes, source, file, { selfHosted: true });
    } catch (e) {
      // kiln's own code must compile: a diagnostic here is a bug of kiln's, not the program's.
      throw e instanceof KilnDiagnostic ? new Error(`self-hosted ${file}: ${e.format()}`) : e;
    }
    for (const fn of program.functions) this.add(fn, source);
    const script = this.runtime.newClosure(program.main);
    return this.runtime.invoker.call([Tag.Ptr, script], [Tag.Undefined, 0], []);
  }

  /** Direct eval's compiled code, by call site and text. */
  private readonly directEvals = new Map<string, number>();

  private compile(text: string, checkShape: (ast: acorn.Program) => void, outer: EvalOuter | null = null): Program {
    let program: Program;
    try {
      const ast = parseScript(text, DYNAMIC_FILE);
      checkShape(ast);
      checkSubset(ast, DYNAMIC_FILE);
      const scopes = analyzeScopes(ast, DYNAMIC_FILE, this.program.functions.length, outer === null ? 'global' : 'eval', outer);
      program = generateProgram(ast, scopes, text, DYNAMIC_FILE);
    } catch (e) {
      throw e instanceof KilnDiagnostic ? dynamicCodeError(e, text) : e;
    }
    for (const fn of program.functions) this.add(fn, text);
    return program;
  }

  private add(fn: BytecodeFunction, text: string): void {
    (this.program.functions as BytecodeFunction[]).push(fn);
    this.sources.set(fn.id, text);
    const profile = new FunctionProfile(fn, this.heap);
    this.profiles.push(profile);
    this.tiering.addFunction(profile);
  }
}

/** node's SyntaxError for code made at run time; kiln's own limits say so in the message. */
function dynamicCodeError(e: KilnDiagnostic, text: string): KilnThrow {
  if (e.kind === 'unsupported') return new KilnThrow('SyntaxError', `kiln does not support ${e.text} (in code made at run time)`);
  if (e.text === "'return' outside of function") return new KilnThrow('SyntaxError', 'Illegal return statement');
  return new KilnThrow('SyntaxError', v8Message(e, text));
}

/** acorn's bare "Unexpected token" as V8 words it, naming what it found there. */
function v8Message(e: KilnDiagnostic, text: string): string {
  if (e.text !== 'Unexpected token') return e.text;
  const lines = text.split('\n');
  let at = e.column - 1;
  for (let i = 0; i < e.line - 1; i++) at += lines[i].length + 1;
  const rest = text.slice(at);
  if (rest.trim() === '') return 'Unexpected end of input';
  const word = /^[A-Za-z_$][\w$]*/.exec(rest);
  if (word) return `Unexpected identifier '${word[0]}'`;
  if (/^\d/.test(rest)) return 'Unexpected number';
  if (/^['"]/.test(rest)) return 'Unexpected string';
  return `Unexpected token '${rest[0]}'`;
}
