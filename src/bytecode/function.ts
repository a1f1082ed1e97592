// The compiled form of one JavaScript function (or of the module's top level): bytecode,
// constants, feedback-slot count and source positions. Produced by frontend/codegen/generator.ts,
// run by interpreter/, read by the JIT.

import { basename } from 'path';

export interface SourcePositions {
  /** Ascending bytecode offsets; entry i covers offsets [pcs[i], pcs[i+1]). */
  readonly pcs: Int32Array;
  readonly lines: Int32Array; // 1-based
  readonly columns: Int32Array; // 1-based (as node prints them)
}

/** What a function can be called as: only 'normal' functions and classes are constructors;
 *  class constructors throw when called without `new` (their prologue checks). */
export type FunctionKind = 'normal' | 'arrow' | 'method' | 'class' | 'derived-class';
/** One protected range of a function's code: an exception thrown by an instruction at
 *  [start, end) is caught here — the thrown value goes to `register` and execution goes on
 *  at `handler`. A function's handlers are listed innermost first, so the first that covers
 *  an offset is the one that catches. */
export interface ExceptionHandler {
  readonly start: number;
  readonly end: number;
  readonly handler: number;
  readonly register: number;
}

export interface BytecodeFunction {
  readonly id: number; // index in Program.functions
  readonly name: string; // '' for the module top level
  readonly paramCount: number;
  readonly registerCount: number; // parameters are registers 0 .. paramCount-1
  readonly code: Int32Array;
  readonly constants: readonly (number | string)[];
  readonly feedbackSlotCount: number;
  readonly positions: SourcePositions;
  readonly handlers: readonly ExceptionHandler[];
  readonly line: number; // where the function starts, 1-based
  readonly column: number; // 1-based
  readonly kind?: FunctionKind; // 'normal' when absent
  readonly file: string; // absolute path of the module the function is in
  readonly topLevel: boolean; // a module's top level (its CommonJS wrapper function)
  readonly length: number; // the function's `length`: parameters before the first default or rest one
  readonly sourceStart: number; // its source text in its module (Function.prototype.toString)
  readonly sourceEnd: number;
  readonly strict?: boolean; // strict mode code (writes that fail throw; sloppy when absent)
  readonly generator?: boolean; // function*: a call makes a generator object (runtime/generators.ts)
  readonly async?: boolean; // async function: a call returns a promise
  /** A derived class's implicit constructor whose class defines nothing on its instances:
   *  `new C(...)` is `new Parent(...)` with new.target C (the JIT calls the parent directly). */
  readonly forwardsToParent?: boolean;
  /** kiln's own code standing in for a builtin (runtime/self-hosted.ts): its frames print as a
   *  native's (`Array.forEach (<anonymous>)`), its text as `[native code]`. */
  readonly selfHosted?: boolean;
}

/** One CommonJS module of a program: its file and its top-level function. */
export interface ModuleInfo {
  readonly file: string; // absolute path
  readonly source: string;
  readonly main: number; // id of its top-level function
}

export interface Program {
  readonly file: string; // absolute path of the script (the entry module)
  readonly source: string;
  readonly functions: readonly BytecodeFunction[];
  readonly main: number; // id of the entry module's top-level function
  /** Every module reachable through require, the entry first; a require passes the index. */
  readonly modules: readonly ModuleInfo[];
}

/** Source position (line, column) of the instruction at `pc`. */
export function positionAt(fn: BytecodeFunction, pc: number): { line: number; column: number } {
  const { pcs, lines, columns } = fn.positions;
  let lo = 0;
  let hi = pcs.length - 1;
  if (hi < 0) return { line: fn.line, column: fn.column };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pcs[mid] <= pc) lo = mid;
    else hi = mid - 1;
  }
  return { line: lines[lo], column: columns[lo] };
}

/** The handler that catches an exception thrown at `pc`, if any. */
export function handlerAt(fn: Pick<BytecodeFunction, 'handlers'>, pc: number): ExceptionHandler | undefined {
  for (const h of fn.handlers) if (h.start <= pc && pc < h.end) return h;
  return undefined;
}

/** How logs name a function: its name, `<top-level>` for the entry module's top level
 *  (`<top-level lib.js>` for a required module's), `<anonymous>` else. */
export function displayName(fn: BytecodeFunction): string {
  if (fn.name) return fn.name;
  if (!fn.topLevel) return '<anonymous>';
  return fn.id === 0 ? '<top-level>' : `<top-level ${basename(fn.file)}>`;
}
