// What tiering keeps per function and per piece of optimized code: the installed code with
// its deopt exits, the function's current code, and what its deopts taught (failed
// speculations, shape misses, the deopt count). Written by tiering.ts and the deopt
// policy, read by the compiler's feedback source.

import type { DeoptExit } from '../jit/deopt/exits';
import type { InstalledCode } from '../native/addon';

export interface CodeRecord {
  codeId: number;
  functionId: number;
  /** OSR code: the loop header it is entered at from a running interpreter frame. */
  osrPc?: number;
  exits: DeoptExit[];
  frameBytes: number;
  spillBase: number;
  installed: InstalledCode;
}

export interface FunctionState {
  closures: number[]; // every live function object of this function (weak: the GC prunes it)
  code?: CodeRecord; // current optimized code
  osr: Map<number, CodeRecord>; // OSR code by loop header offset, valid while `code` would be
  deopts: number;
  declined: boolean;
  /** Speculations that failed in this function's optimized code, as speculationKey(function
   *  id, bytecode offset): the function itself or one it inlined. */
  failedSpeculations: Set<string>;
  /** Named-access sites (speculationKey) whose shape guard failed, and how often: the
   *  recompiled code speculates on their grown cache until it misses more often than a
   *  cache has entries (deopt-policy.ts); then they go to failedSpeculations. */
  shapeMisses: Map<string, number>;
}

/** Names a speculation site: the function (the compiled one or one it inlined) and the
 *  bytecode offset. */
export function speculationKey(functionId: number, pc: number): string {
  return `${functionId}:${pc}`;
}

export function newFunctionState(): FunctionState {
  return { closures: [], osr: new Map(), deopts: 0, declined: false, failedSpeculations: new Set(), shapeMisses: new Map() };
}
