// Low-level IR: instruction-stream ops (masm.ts) over virtual registers, plus the few pseudo
// ops whose expansion depends on register allocation (calls, phi moves, frame adjustments).
// Lowering produces it, linear scan allocates its virtual registers, emit.ts turns it into
// the instruction stream.

import type { MasmOpName, MemBase } from '../../masm';
import type { Repr } from '../ir/ir';

export type RegClass = 'g' | 'f';

export type LArg =
  | { k: 'v'; v: number } // virtual register
  | { k: 'i'; i: number } // immediate, condition or label id
  | { k: 'm'; base: MemBase; v: number; disp: number; area: 'fixed' | 'out' }; // memory (v < 0: none)

export type LOp = MasmOpName | 'CallJS' | 'CallRuntimeSite' | 'PhiMoves' | 'AdjustOut';

export interface LInstr {
  op: LOp;
  args: LArg[];
  /** The first `defs` register arguments are written, the rest read. */
  defs: number;
  /** Deopt exits this instruction may jump to (their frame-state values are uses here). */
  exits?: number[];
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

export interface LExit {
  label: number;
  reason: string;
  pc: number; // bytecode offset to resume at
  registers: (FrameValue | undefined)[];
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
