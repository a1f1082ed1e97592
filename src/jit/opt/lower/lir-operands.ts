// Operand constructors for LIR instructions (a vreg, an immediate, frame / outgoing-area /
// heap memory) and the frame-slot constants they are computed with; the bit pattern of a
// double as two int32 immediates. A leaf module: every lowering module builds operands.

import { Frame } from '../../../runtime/layout';
import { MemBase } from '../../masm';
import type { LArg } from './lir';

export const SLOT = 8;
export const regsBase = Frame.headerSlots * SLOT;
export const v = (x: number): LArg => ({ k: 'v', v: x });
export const imm = (x: number): LArg => ({ k: 'i', i: x });
export const frameAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Frame, v: -1, disp, area: 'fixed' });
export const outAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Frame, v: -1, disp, area: 'out' });
export const heapAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Heap, v: -1, disp, area: 'fixed' });
export const heapReg = (reg: number, disp: number): LArg => ({ k: 'm', base: MemBase.HeapReg, v: reg, disp, area: 'fixed' });

const dv = new DataView(new ArrayBuffer(8));
/** [lo, hi] words of a double's bit pattern (NaN canonical). */
export function doubleWords(x: number): [number, number] {
  if (x !== x) return [0, 0x7ff80000 | 0];
  dv.setFloat64(0, x, true);
  return [dv.getInt32(0, true), dv.getInt32(4, true)];
}
