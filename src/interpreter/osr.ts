// On-stack replacement from the dispatch loop: running OSR code on an interpreter frame whose
// loop got hot, and where the loop goes on when that code deoptimizes. The deoptimizer only
// rebuilds the frames and says where to resume (resumeAfterOsrDeopt); the dispatch loop that
// entered the OSR code continues them itself, so deopt after deopt of a long loop does not
// nest dispatch loops on the native stack.

import type { KilnThrow } from '../runtime/errors';
import { Frame } from '../runtime/layout';
import type { InterpreterHooks } from './config';

export class OsrEntry {
  /** Where a deoptimized OSR activation goes on (frame, bytecode offset); 0 while none. */
  private resumeFp = 0;
  private resumePcAt = 0;
  private resumeException: KilnThrow | undefined;

  constructor(
    private readonly i32: Int32Array,
    private readonly hooks: InterpreterHooks,
    /** Return offsets of frames running OSR code, by frame (error stacks walk through them). */
    private readonly suspendedReturnPcs: Map<number, number>,
  ) {}

  /** Called by the deoptimizer for an exit of OSR code: the frames are rebuilt, and the
   *  dispatch loop that entered the OSR code continues them at (fp, pc), first throwing
   *  `throwing` there when the code left through an exception exit. */
  resumeAfterOsrDeopt(fp: number, pc: number, throwing?: KilnThrow): void {
    this.resumeFp = fp;
    this.resumePcAt = pc;
    this.resumeException = throwing;
  }

  /** Runs OSR code on the frame at fp. Meanwhile the frame says "return to native code"
   *  (returnPc -1), so a deopt or return inside finishes there; the caller's link is put
   *  back before the dispatch loop continues. Returns the frame to resume in (at resumePc)
   *  when the code deoptimized, 0 when it finished the activation. */
  run(address: number, fp: number): number {
    const at = (fp >> 2) + 2 * Frame.returnPcSlot;
    const returnPc = this.i32[at];
    this.i32[at] = -1;
    this.resumeFp = 0;
    if (returnPc !== -1) this.suspendedReturnPcs.set(fp, returnPc);
    try {
      this.hooks.enterOsr(address, fp);
    } finally {
      this.i32[at] = returnPc;
      this.suspendedReturnPcs.delete(fp);
    }
    const resumeFp = this.resumeFp;
    this.resumeFp = 0;
    return resumeFp;
  }

  /** The bytecode offset to resume at, after run() returned a frame. */
  get resumePc(): number {
    return this.resumePcAt;
  }

  /** The exception to throw on resuming, once (undefined: none). */
  takeException(): KilnThrow | undefined {
    const exception = this.resumeException;
    this.resumeException = undefined;
    return exception;
  }
}
