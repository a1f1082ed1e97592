// Deopt policy: what a deopt does to the code that took it and to its function's future
// (LuaJIT's lj_trace.c half, beside deopt-frames.ts's lj_snap.c half). The reason's outcome
// in jit/deopt/reasons decides: keep the code; drop it and recompile once profiled; or drop
// it, remember the failed speculation so the next code does not make it again, and after
// --max-deopts leave the function in the interpreter for good.

import { IC_ENTRIES } from '../profile/feedback';
import type { DeoptExit } from '../jit/deopt/exits';
import { deoptOutcome } from '../jit/deopt/reasons';
import type { TieringOptions } from './tiering-options';
import type { Heap } from '../runtime/heap';
import { Globals } from '../runtime/layout';
import { speculationKey, type CodeRecord, type FunctionState } from './function-state';
import type { DeoptEvent } from './trace';

export type DeoptAction = DeoptEvent['action'];

/** What the policy reads and acts on (tiering.ts's Tiering). */
export interface DeoptPolicyHost {
  readonly heap: Heap;
  readonly options: Pick<TieringOptions, 'maxDeopts' | 'stressDeoptPeriod'>;
  readonly states: readonly FunctionState[];
  /** True while `code` is what its function runs. */
  isCurrent(code: CodeRecord): boolean;
  /** Drops a function's optimized code (OSR code included). */
  invalidate(functionId: number): void;
}

/** Reacts to a deopt from `exit` of `code`; returns what happened to the code, as the
 *  trace reports it. */
export function reactToDeopt(host: DeoptPolicyHost, code: CodeRecord, exit: DeoptExit): DeoptAction {
  switch (deoptOutcome(exit.reason)) {
    case 'keep':
      // Nothing was mis-speculated: the code stays valid.
      if (exit.reason === 'stress') host.heap.u32[Globals.stressCounter >> 2] = host.options.stressDeoptPeriod;
      return 'keep-code';
    case 'recompile':
      // Not a failed speculation: recompile once the interpreter has profiled the site.
      if (host.isCurrent(code)) host.invalidate(code.functionId);
      return 'invalidate';
    case 'despeculate':
      return despeculate(host, code, exit);
  }
}

function despeculate(host: DeoptPolicyHost, code: CodeRecord, exit: DeoptExit): DeoptAction {
  const state = host.states[code.functionId];
  const innermost = exit.frames[exit.frames.length - 1];
  state.deopts++;
  const key = speculationKey(innermost.functionId, innermost.pc);
  // A receiver of a new shape: the interpreter's cache learns it when the site runs
  // again, so the next code handles it too — as many times as a cache has room for new
  // shapes (a polymorphic site met its shapes one by one: DeltaBlue's constraint classes);
  // an array load that met a hole or ran past the end is compiled for holes next (its
  // feedback says so by then), once. A site that misses more goes generic.
  const misses = state.shapeMisses.get(key) ?? 0;
  const allowed = exit.reason === 'wrong-shape' ? IC_ENTRIES - 1 : exit.reason === 'out-of-bounds' ? 1 : 0;
  if (misses < allowed) state.shapeMisses.set(key, misses + 1);
  else state.failedSpeculations.add(key);
  if (host.isCurrent(code)) host.invalidate(code.functionId);
  if (state.deopts >= host.options.maxDeopts) {
    state.declined = true;
    return 'stay-interpreted';
  }
  return 'invalidate';
}
