// Low-level IR: instruction-stream ops (masm.ts) over virtual registers, plus the few pseudo
// ops whose expansion depends on register allocation (calls, phi moves, frame adjustments).
// Lowering produces it, linear scan allocates its virtual registers, emit.ts turns it into
// the instruction stream.

import type { DeoptReason } from '../../deopt/reasons';
import type { MasmOpName, MemBase } from '../../masm';
import type { Repr } from '../ir/ir';

export type RegClass = 'g' | 'f';

export type LArg =
  | { k: 'v'; v: number } // virtual register
  | { k: 'i'; i: number } // immediate, condition or label id
  | { k: 'm'; base: MemBase; v: number; disp: number; area: 'fixed' | 'out' }; // memory (v < 0: none)

export type LOp = MasmOpName | 'CallJS' | 'CallRuntimeSite' | 'CallMath' | 'PhiMoves';

export interface LInstr {
  op: LOp;
  args: LArg[];
  /** The first `defs` register arguments are written, the rest read. */
  defs: number;
  /** Deopt exits this instruction may jump to (their frame-state values are uses here). */
  exits?: number[];
  /** Calls: the exit taken when the callee ends in the exception word (else the function
   *  returns the word to its caller). Also listed in `exits`, so its values survive the call. */
  exceptionExit?: number;
  /** Calls of a node that throws to a handler in this code (Node.throwsToHandler): the
   *  exception word is the call's result, which the graph tests; no check here. */
  exceptionInResult?: boolean;
  /** PhiMoves: parallel (dst, src) pairs. */
  moves?: [number, number][];
  pc?: number; // bytecode offset, for --print-code
}

export interface LBlock {
  id: number;
  label: number;
  instrs: LInstr[];
  succs: number[]; // LBlock ids
}

export type FrameValue =
  | { kind: 'vreg'; v: number; repr: Repr }
  | { kind: 'const'; repr: Repr; value: number | [number, number] };

/** An interpreter frame a deopt exit rebuilds (outermost first; more than one when the
 *  guard is in inlined code). */
export interface LFrame {
  functionId: number;
  pc: number; // bytecode offset to resume at (for outer frames: the call)
  registers: (FrameValue | undefined)[];
  callee?: FrameValue; // the function object of an inlined frame
  receiver?: FrameValue; // `this` of an inlined method call's frame
  argc: number;
}

export interface LExit {
  label: number;
  reason: DeoptReason;
  frames: LFrame[];
}

/** Every vreg an exit reads. */
export function exitVregs(e: LExit): number[] {
  const out: number[] = [];
  for (const f of e.frames) {
    for (const r of [...f.registers, f.callee, f.receiver]) if (r?.kind === 'vreg') out.push(r.v);
  }
  return out;
}

export interface LFunction {
  blocks: LBlock[];
  vregClass: RegClass[];
  exits: LExit[];
  labelCount: number;
  maxOutSlots: number; // largest outgoing area (callee frame or runtime operands), in slots
  /** Parameter vreg → parameter index: its value already sits in the frame's register slot,
   *  which is where the allocator spills it (no copy) if it must live in memory. */
  paramHomes: Map<number, number>;
}
