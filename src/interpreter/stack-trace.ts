// Error stacks: the positions of the frames an exception or error passes through, walked
// over VM frame headers from the innermost outwards. Interpreted frames link to their caller
// and its resume offset; a frame called by compiled code (or by the interpreter calling
// compiled code or a native) names the call's bytecode offset and its caller's distance
// below (layout.ts, Frame), so compiled frames appear too. Ten frames, as V8 records.
// ErrorSites decides where the stack of an error made now starts: at the instruction that
// made it, at the class/`new` operation running, or at the caller of the running native.

import { positionAt } from '../bytecode/function';
import type { FunctionProfile } from '../profile/function-profile';
import { KilnThrow, type StackEntry } from '../runtime/errors';
import type { Heap } from '../runtime/heap';
import { Frame, Region } from '../runtime/layout';

export class StackTraces {
  constructor(
    private readonly heap: Heap,
    private readonly profiles: readonly FunctionProfile[],
  ) {}

  /** The stack of the code that called the frame at fp (empty when the host did). */
  callerStack(fp: number): StackEntry[] {
    const w = fp >> 2;
    const returnPc = this.heap.i32[w + 2 * Frame.returnPcSlot];
    if (returnPc >= 0) return this.stackAt(this.heap.u32[w + 2 * Frame.callerFpSlot], returnPc);
    if (returnPc === -1) return [];
    return this.stackAt(fp - this.heap.u32[w + 2 * Frame.callerFpSlot], -2 - returnPc);
  }

  /** Positions of the frames from (fp, pc) outwards, innermost first: interpreted frames and
   *  the compiled ones between them, as far as a frame the host entered. */
  stackAt(fp: number, pc: number): StackEntry[] {
    const stack: StackEntry[] = [];
    for (let depth = 0; depth < 10 && fp >= Region.vmStackOffset; depth++) {
      const fw = fp >> 2;
      const fn = this.profiles[this.heap.functionId(this.heap.u32[fw])].fn;
      const pos = positionAt(fn, pc);
      stack.push({ functionName: fn.name, file: fn.file, line: pos.line, column: pos.column });
      const returnPc = this.heap.i32[fw + 2 * Frame.returnPcSlot];
      if (returnPc === -1) break;
      const link = this.heap.u32[fw + 2 * Frame.callerFpSlot];
      fp = returnPc >= 0 ? link : fp - link;
      pc = returnPc >= 0 ? returnPc : -2 - returnPc;
    }
    return stack;
  }
}

/** Where the stack of an error made now starts. The interpreter's own errors name their
 *  instruction; errors made natively (runtime.captureStack) start at the class/`new`
 *  operation running, else at the caller of the running native, else nowhere. */
export class ErrorSites {
  /** The frame of the running native (0: none): error stacks start at its caller. */
  nativeFp = 0;
  /** While a class/`new` operation runs (it may construct an error natively): its frame and
   *  bytecode offset, where a stack captured meanwhile starts. */
  private opFp = 0;
  private opPc = 0;

  constructor(private readonly stacks: StackTraces) {}

  /** The stack of an error the runtime makes now. */
  capture(): StackEntry[] {
    if (this.opFp !== 0) return this.stacks.stackAt(this.opFp, this.opPc);
    return this.nativeFp === 0 ? [] : this.stacks.callerStack(this.nativeFp);
  }

  /** Runs `body`, a class/`new` operation of the frame at fp at bytecode offset pc
   *  (interpreted, or compiled: then pc is the runtime call's), so that an error it makes
   *  natively gets its stack from there. */
  atOperation(fp: number, pc: number, body: () => void): void {
    const savedFp = this.opFp;
    const savedPc = this.opPc;
    this.opFp = fp;
    this.opPc = pc;
    try {
      body();
    } finally {
      this.opFp = savedFp;
      this.opPc = savedPc;
    }
  }

  error(fp: number, pc: number, name: 'TypeError' | 'ReferenceError', message: string): KilnThrow {
    return this.withStack(new KilnThrow(name, message), fp, pc);
  }

  /** Attaches the positions of the frames from (fp, pc) outwards to an error. */
  withStack(e: KilnThrow, fp: number, pc: number): KilnThrow {
    if (e.kilnStack.length === 0) e.kilnStack.push(...this.stacks.stackAt(fp, pc));
    return e;
  }
}
