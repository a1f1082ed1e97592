// LIR building primitives shared by the lowering stages: virtual registers, labels,
// instructions, and deopt exits built from frame states (one interpreter frame per
// inlined level). Operand constructors for LIR arguments live here too.

import { Frame } from '../../../runtime/layout';
import type { DeoptReason } from '../../deopt/reasons';
import { MemBase, type MasmOpName } from '../../masm';
import type { FrameState, Node, Repr } from '../ir/ir';
import type { RuntimeSite } from '../ir/runtime-ops';
import type { FrameValue, LArg, LExit, LFrame, LInstr, RegClass } from './lir';

export interface LowerOptions {
  stressDeopt: boolean;
  /** Header plus registers of a function's interpreter frame, in slots. */
  frameSlotsOf: (functionId: number) => number;
  registerRuntimeSite: (site: RuntimeSite) => number;
  /** OSR code: entered with the interpreter's registers already in the frame, so missing
   *  parameters are not reset to undefined. */
  osr: boolean;
}

export const SLOT = 8;
export const regsBase = Frame.headerSlots * SLOT;
export const v = (x: number): LArg => ({ k: 'v', v: x });
export const imm = (x: number): LArg => ({ k: 'i', i: x });
export const frameAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Frame, v: -1, disp, area: 'fixed' });
export const outAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Frame, v: -1, disp, area: 'out' });
export const heapAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Heap, v: -1, disp, area: 'fixed' });
export const heapReg = (reg: number, disp: number): LArg => ({ k: 'm', base: MemBase.HeapReg, v: reg, disp, area: 'fixed' });

export class DeclineError extends Error {}

export abstract class LirBuilder {
  protected readonly vregClass: RegClass[] = [];
  protected readonly nodeVreg = new Map<Node, number>();
  protected readonly exits: LExit[] = [];
  protected labelCount = 0;
  protected maxOutSlots = 0;
  protected instrs: LInstr[] = [];
  protected pc = 0;

  constructor(protected readonly opts: LowerOptions) {}

  /** The vreg holding node n in its own representation. */
  protected abstract valueOf(n: Node): number;

  protected newVreg(repr: Repr | RegClass): number {
    this.vregClass.push(repr === 'float64' || repr === 'f' ? 'f' : 'g');
    return this.vregClass.length - 1;
  }
  protected newLabel(): number {
    return this.labelCount++;
  }
  /** The exception state of the node being lowered (its calls get exception exits). */
  protected exceptionState: FrameState | undefined;

  protected emit(op: LInstr['op'], defs: number, ...args: LArg[]): LInstr {
    const ins: LInstr = { op, args, defs, pc: this.pc };
    if (this.exceptionState && (op === 'CallJS' || op === 'CallRuntimeSite')) {
      const e = this.exit('exception', this.exceptionState);
      ins.exits = [e];
      ins.exceptionExit = e;
    }
    this.instrs.push(ins);
    return ins;
  }
  protected label(l: number): void {
    this.emit('Label', 0, imm(l));
  }
  /** A deopt exit resuming at `fs`; returns its label. The instruction that jumps there
   *  must list it in `exits` (guard() does). */
  protected exit(reason: DeoptReason, fs: FrameState): number {
    const label = this.newLabel();
    const frames: LFrame[] = [];
    for (let s: FrameState | undefined = fs; s; s = s.outer?.state) {
      frames.unshift({
        functionId: s.functionId,
        pc: s.pc,
        registers: s.registers.map((n) => (n ? this.frameValue(n) : undefined)),
        callee: s.outer && this.frameValue(s.outer.callee),
        receiver: s.outer?.receiver && this.frameValue(s.outer.receiver),
        argc: s.outer?.argc ?? 0,
      });
      // An inlined frame is rebuilt right after its caller's interpreter frame.
      if (s.outer) this.maxOutSlots = Math.max(this.maxOutSlots, this.opts.frameSlotsOf(s.functionId));
    }
    this.exits.push({ label, reason, frames });
    return this.exits.length - 1;
  }

  protected frameValue(n: Node): FrameValue {
    if (n.op === 'const') return { kind: 'const', repr: n.repr, value: n.aux as number | [number, number] };
    return { kind: 'vreg', v: this.valueOf(n), repr: n.repr };
  }
  /** Emits a guard instruction whose last argument is the label of a new deopt exit. */
  protected guard(op: MasmOpName, defs: number, reason: DeoptReason, fs: FrameState | undefined, ...args: LArg[]): void {
    if (!fs) throw new DeclineError(`a ${reason} guard without a frame state`);
    const e = this.exit(reason, fs);
    this.emit(op, defs, ...args, imm(this.exits[e].label)).exits = [e];
  }

  /** The vreg holding node n in its own representation. */
}

const dv = new DataView(new ArrayBuffer(8));
/** [lo, hi] words of a double's bit pattern (NaN canonical). */
export function doubleWords(x: number): [number, number] {
  if (x !== x) return [0, 0x7ff80000 | 0];
  dv.setFloat64(0, x, true);
  return [dv.getInt32(0, true), dv.getInt32(4, true)];
}
