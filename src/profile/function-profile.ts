// Per-function profile: the work counter that drives tier-up (calls plus loop back-edges)
// and the location of the function's feedback vector in the heap. The interpreter writes
// it; tiering reads it to decide when to compile; the optimizer reads the feedback.

import type { BytecodeFunction } from '../bytecode/function';
import type { Heap } from '../runtime/heap';

export const POLYMORPHIC = -1;

export class FunctionProfile {
  /** Calls plus loop back-edges run in the interpreter since the last (re)compilation. */
  work = 0;
  /** Set once the function reached its budget; tiering clears it when it acts. */
  hot = false;
  readonly feedbackOffset: number;
  /** Call-site feedback: bytecode offset of a Call → the function id it called, or
   *  POLYMORPHIC once it saw two different functions. The optimizer inlines monomorphic
   *  sites. */
  readonly callTargets = new Map<number, number>();

  constructor(
    readonly fn: BytecodeFunction,
    heap: Heap,
  ) {
    this.feedbackOffset = heap.allocate(Math.max(8, fn.feedbackSlotCount));
    heap.u8.fill(0, this.feedbackOffset, this.feedbackOffset + fn.feedbackSlotCount);
  }

  recordCallTarget(pc: number, functionId: number): void {
    const seen = this.callTargets.get(pc);
    if (seen === undefined) this.callTargets.set(pc, functionId);
    else if (seen !== functionId) this.callTargets.set(pc, POLYMORPHIC);
  }

  feedback(heap: Heap, slot: number): number {
    return heap.u8[this.feedbackOffset + slot];
  }
}
