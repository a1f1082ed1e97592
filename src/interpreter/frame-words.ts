// Reading and writing value words in VM frames (word indices into the heap's u32 view), the
// size of a frame, and the caller link a frame header gets when its caller does not resume
// in the interpreter. Shared by the dispatch loop and its slow paths.

import type { BytecodeFunction } from '../bytecode/function';
import { Frame, Region, Tag } from '../runtime/layout';

/** The frame header's size in 32-bit words: register r of the frame at fp is at word
 *  (fp >> 2) + HEADER_WORDS + 2 * r. */
export const HEADER_WORDS = Frame.headerSlots * 2;

/** The end of the VM stack: no frame may reach past it. */
export const VM_STACK_END = Region.vmStackOffset + Region.vmStackBytes;

/** Bytes of the VM frame of `fn` (header + registers). */
export function frameBytes(fn: BytecodeFunction): number {
  return 8 * (Frame.headerSlots + fn.registerCount);
}

export function setTagged(u32: Uint32Array, w: number, tag: number, payload: number): void {
  u32[w] = payload;
  u32[w + 1] = tag;
}

export function isNum(hi: number): boolean {
  return hi < Tag.MIN || hi === Tag.Int32;
}

/** The number in the word at index w whose tag word is hi (an int32 or a double). */
export function num(i32: Int32Array, f64: Float64Array, w: number, hi: number): number {
  return hi === Tag.Int32 ? i32[w] : f64[w >> 1];
}

/** Marks the callee frame at word index nw as called by an instruction at `pc` of a frame
 *  `distance` bytes below that does not resume in this dispatch (see Frame in layout.ts). */
export function markNonInterpretedCall(u32: Uint32Array, i32: Int32Array, nw: number, distance: number, pc: number): void {
  u32[nw + 2 * Frame.callerFpSlot] = distance;
  i32[nw + 2 * Frame.returnPcSlot] = -2 - pc;
}

/** Where TypeScript code that calls back into the language puts the callee's frame: the
 *  first free byte of the VM stack above every live frame. */
export interface VmStackTop {
  top: number;
}
