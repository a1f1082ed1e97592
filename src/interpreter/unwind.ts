// Exception unwinding over interpreter frames. A dispatch loop that catches a language
// exception asks where to go on: the frames it owns are searched from the throwing one
// outwards, each at the offset it is stopped at (the throwing instruction, or the call its
// callee was made from), for a handler-table entry covering it (bytecode/function.ts). The
// first one found gets the thrown value in its exception register. A frame entered from
// machine code or the host (return offset -1) ends the search: the exception leaves this
// dispatch and crosses to whoever entered it.

import { handlerAt } from '../bytecode/function';
import type { FunctionProfile } from '../profile/function-profile';
import type { KilnThrow } from '../runtime/errors';
import type { Heap } from '../runtime/heap';
import { Frame } from '../runtime/layout';
import type { Runtime } from '../runtime/runtime';

export interface Landing {
  fp: number; // the frame whose handler runs
  pc: number; // the handler's bytecode offset
}

export class Unwinder {
  constructor(
    private readonly heap: Heap,
    private readonly profiles: readonly FunctionProfile[],
    private readonly rt: Runtime,
  ) {}

  /** Finds the handler for `e` thrown in the frame at fp at offset pc; stores the thrown
   *  value there and returns where to resume, or null when no frame of this dispatch has one. */
  unwind(e: KilnThrow, fp: number, pc: number): Landing | null {
    const { u32, i32 } = this.heap;
    for (;;) {
      const w = fp >> 2;
      const fn = this.profiles[this.heap.functionId(u32[w + 2 * Frame.functionSlot])].fn;
      const h = fn.handlers.length > 0 ? handlerAt(fn, pc) : undefined;
      if (h) {
        const [hi, lo] = this.rt.errors.caught(e);
        const r = w + 2 * (Frame.headerSlots + h.register);
        u32[r] = lo;
        u32[r + 1] = hi;
        return { fp, pc: h.handler };
      }
      const returnPc = i32[w + 2 * Frame.returnPcSlot];
      if (returnPc < 0) return null;
      fp = u32[w + 2 * Frame.callerFpSlot];
      pc = returnPc;
    }
  }
}
