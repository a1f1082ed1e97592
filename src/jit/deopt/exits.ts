// Deopt exits as the optimizing compiler hands them over and the deoptimizer reads them:
// per exit, its reason and the interpreter frames to rebuild (frame states, outermost
// first), with each live value's machine location or constant; and the exit id, the one
// word an exit stub stores in Globals.deoptId before jumping to the deopt stub
// (packExitId in the emitter, unpackExitId in tiering's deoptimizer: one encoding).
// These types sit below jit/opt and tiering/, so they name representations and locations
// themselves instead of importing the IR's and the register allocator's.

import type { DeoptReason } from './reasons';

/** How a value is held where the exit reads it (the IR's representations). */
export type ExitRepr = 'tagged' | 'int32' | 'float64' | 'bool';

/** Where a value is at the exit: a machine register (by abstract index; the deopt stub
 *  saves them all to Globals.deoptGprSave / deoptFprSave) or a spill slot of the frame. */
export type ExitLocation = { kind: 'reg'; index: number } | { kind: 'slot'; index: number };

export type ExitValue =
  | { kind: 'location'; location: ExitLocation; repr: ExitRepr }
  | { kind: 'const'; repr: ExitRepr; value: number | [number, number] };

/** One interpreter frame to rebuild at a deopt, outermost first. */
export interface DeoptFrame {
  functionId: number;
  pc: number; // bytecode offset to resume at (for outer frames: the call)
  registers: (ExitValue | undefined)[];
  callee?: ExitValue; // inlined frames: the function object the caller called
  receiver?: ExitValue; // inlined method calls: `this` of the inlined frame
  argc: number;
}

export interface DeoptExit {
  reason: DeoptReason;
  frames: DeoptFrame[];
}

// ---- exit ids ------------------------------------------------------------------------
// An exit id is a u32: the code's id (its index in tiering's code list) in the high half,
// the exit's index in that code's exit list in the low half.

const EXIT_INDEX_BITS = 16;
const EXIT_INDEX_LIMIT = 1 << EXIT_INDEX_BITS;

export interface ExitAddress {
  codeId: number;
  exitIndex: number;
}

/** The id exit `exitIndex` of code `codeId` stores (as a u32; the instruction stream's
 *  32-bit immediate holds the same bits). */
export function packExitId(codeId: number, exitIndex: number): number {
  if (codeId >= EXIT_INDEX_LIMIT || exitIndex >= EXIT_INDEX_LIMIT) {
    throw new RangeError(`deopt exit ${exitIndex} of code ${codeId} does not fit an exit id`);
  }
  return codeId * EXIT_INDEX_LIMIT + exitIndex;
}

/** The code and exit an id read back as a u32 names. */
export function unpackExitId(id: number): ExitAddress {
  return { codeId: id >>> EXIT_INDEX_BITS, exitIndex: id & (EXIT_INDEX_LIMIT - 1) };
}
