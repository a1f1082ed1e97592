// The LIR builder every lowering module works through: virtual registers and labels, the
// instructions of the block being lowered, deopt exits built from frame states (one
// interpreter frame per inlined level) and the guards that jump to them, the vreg of each
// IR node, and value-returning helpers (`const at = b.add32(x, y)`) for the common
// instructions. Representation changes (representation-changes.ts) and the runtime-call
// primitive are reached through it too (b.use, b.runtimeCall). The per-family modules
// (lower-numbers, lower-tagged, lower-strings, lower-properties, lower-objects,
// lower-classes, lower-calls, lower-frame) are functions taking this builder; lower.ts
// drives them over the graph. Operand constructors are in lir-operands.ts.

import { ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond, type MasmOpName } from '../../masm';
import { DeclineError } from '../ir/decline';
import type { Block, FrameState, InlinedAt, Node, Repr } from '../ir/ir';
import type { RuntimeOperation, RuntimeSite } from '../ir/runtime-ops';
import type { FrameValue, LArg, LExit, LFrame, LInstr, RegClass } from './lir';
import { heapReg, imm, outAt, SLOT, v } from './lir-operands';
import { RepresentationChanges } from './representation-changes';
import type { DeoptReason } from '../../deopt/reasons';

export { DeclineError };

export interface LowerOptions {
  stressDeopt: boolean;
  /** Header plus registers of a function's interpreter frame, in slots. */
  frameSlotsOf: (functionId: number) => number;
  registerRuntimeSite: (site: RuntimeSite) => number;
  /** The interpreter-entry stub's address (closures made inline start there). */
  interpreterEntry: number;
  /** OSR code: entered with the interpreter's registers already in the frame, so missing
   *  parameters are not reset to undefined. */
  osr: boolean;
}

export class LirBuilder {
  readonly vregClass: RegClass[] = [];
  readonly exits: LExit[] = [];
  labelCount = 0;
  /** Largest outgoing area so far (callee frame or runtime operands), in slots. */
  maxOutSlots = 0;
  /** The instructions of the block being lowered. */
  instrs: LInstr[] = [];
  /** Bytecode offset of the node being lowered (instructions and runtime sites carry it). */
  pc = 0;
  /** The exception state of the node being lowered (its calls get exception exits). */
  exceptionState: FrameState | undefined;
  /** The node being lowered throws to a handler of this code: its calls return the exception
   *  word as their result. */
  exceptionInResult = false;
  /** Where the node being lowered was inlined from (its runtime calls name those frames). */
  inlined: InlinedAt | undefined;
  private readonly nodeVreg = new Map<Node, number>();
  private readonly representations: RepresentationChanges;

  constructor(
    readonly opts: LowerOptions,
    dominators: Map<Block, Block | undefined>,
  ) {
    this.representations = new RepresentationChanges(this, dominators);
  }

  // ---- registers, labels, instructions ---------------------------------------------------
  newVreg(repr: Repr | RegClass): number {
    this.vregClass.push(repr === 'float64' || repr === 'f' ? 'f' : 'g');
    return this.vregClass.length - 1;
  }
  newLabel(): number {
    return this.labelCount++;
  }

  emit(op: LInstr['op'], defs: number, ...args: LArg[]): LInstr {
    const ins: LInstr = { op, args, defs, pc: this.pc };
    if (this.exceptionState && (op === 'CallJS' || op === 'CallRuntimeSite')) {
      const e = this.exit('exception', this.exceptionState);
      ins.exits = [e];
      ins.exceptionExit = e;
    }
    if (this.exceptionInResult && (op === 'CallJS' || op === 'CallRuntimeSite')) ins.exceptionInResult = true;
    this.instrs.push(ins);
    return ins;
  }
  label(l: number): void {
    this.emit('Label', 0, imm(l));
  }

  /** Where the block being lowered starts: representation changes made in it are reused
   *  only where it dominates. */
  startBlock(b: Block): void {
    this.instrs = [];
    this.representations.current = b;
    this.pc = b.pc;
  }
  /** Float constants are materialized here: the entry block, after the prologue. */
  markEntryInsertPoint(): void {
    this.representations.markEntryInsertPoint(this.instrs);
  }

  // ---- deopt exits and guards ------------------------------------------------------------
  /** A deopt exit resuming at `fs`; returns its index. The instruction that jumps there
   *  must list it in `exits` (guard() does). */
  exit(reason: DeoptReason, fs: FrameState): number {
    const label = this.newLabel();
    const frames: LFrame[] = [];
    let inlinedSlots = 0;
    for (let s: FrameState | undefined = fs; s; s = s.outer?.state) {
      frames.unshift({
        functionId: s.functionId,
        pc: s.pc,
        registers: s.registers.map((n) => (n ? this.frameValue(n) : undefined)),
        callee: s.outer && this.frameValue(s.outer.callee),
        receiver: s.outer?.receiver && this.frameValue(s.outer.receiver),
        argc: s.outer?.argc ?? 0,
      });
      // An inlined frame is rebuilt right after its caller's interpreter frame (each one
      // after the last, when inlined code inlined more).
      if (s.outer) inlinedSlots += this.opts.frameSlotsOf(s.functionId);
    }
    this.maxOutSlots = Math.max(this.maxOutSlots, inlinedSlots);
    this.exits.push({ label, reason, frames });
    return this.exits.length - 1;
  }

  private frameValue(n: Node): FrameValue {
    if (n.op === 'const') return { kind: 'const', repr: n.repr, value: n.aux as number | [number, number] };
    return { kind: 'vreg', v: this.valueOf(n), repr: n.repr };
  }

  /** Emits a guard instruction whose last argument is the label of a new deopt exit. */
  guard(op: MasmOpName, defs: number, reason: DeoptReason, fs: FrameState | undefined, ...args: LArg[]): void {
    if (!fs) throw new DeclineError(`a ${reason} guard without a frame state`);
    const e = this.exit(reason, fs);
    this.emit(op, defs, ...args, imm(this.exits[e].label)).exits = [e];
  }

  /** An unconditional jump to a new deopt exit. */
  deopt(reason: DeoptReason, fs: FrameState): void {
    const e = this.exit(reason, fs);
    this.emit('Jump', 0, imm(this.exits[e].label)).exits = [e];
  }

  /** Guards that tagged node `a` is a heap object of `kind`; returns its offset (int32). */
  heapObjectOfKind(a: Node, kind: number, reason: DeoptReason, fs: FrameState | undefined): number {
    const word = this.use(a, 'tagged');
    this.guard('BrTag', 0, reason, fs, imm(Cond.Ne), v(word), imm(Tag.Ptr));
    const obj = this.unbox32(word);
    const k = this.load32(heapReg(obj, ObjectLayout.kindOffset));
    this.guard('BrCmp32I', 0, reason, fs, imm(Cond.Ne), v(k), imm(kind));
    return obj;
  }

  // ---- node values -----------------------------------------------------------------------
  /** The vreg holding node n in its own representation. */
  valueOf(n: Node): number {
    const r = this.nodeVreg.get(n);
    if (r !== undefined) return r;
    if (n.op === 'const') return this.representations.materialize(n, n.repr);
    throw new DeclineError(`value v${n.id} (${n.op}) used before it was lowered`);
  }
  /** A new vreg for node n's value, in its own representation. */
  define(n: Node): number {
    const d = this.newVreg(n.repr);
    this.nodeVreg.set(n, d);
    return d;
  }
  /** Node n's value is vreg d (computed elsewhere: a conversion, a loaded word, a phi). */
  bind(n: Node, d: number): void {
    this.nodeVreg.set(n, d);
  }
  /** Node n as a vreg in representation `repr`, converting (and guarding) as needed. */
  use(n: Node, repr: Repr, fs?: FrameState): number {
    return this.representations.use(n, repr, fs);
  }

  /** Stores the operands (tagged) in the outgoing area and calls the runtime. */
  runtimeCall(operation: RuntimeOperation, inputs: Node[], result?: number): void {
    this.runtimeCallOnWords(operation, inputs.map((i) => this.use(i, 'tagged')), result);
  }

  /** runtimeCall with operands that are tagged vregs already. */
  runtimeCallOnWords(operation: RuntimeOperation, words: number[], result?: number): void {
    const inlinedFrames = this.inlinedFrames();
    const all = [...words, ...inlinedFrames.flatMap((f) => [f.callee, f.receiver])];
    all.forEach((w, i) => this.emit('Store64', 0, v(w), outAt(SLOT * i)));
    this.reserveOutSlots(all.length);
    const site = this.opts.registerRuntimeSite({
      operation,
      operandCount: words.length,
      operandOffset: -1,
      pc: this.pc,
      inlinedFrames: inlinedFrames.length > 0 ? inlinedFrames.map(({ functionId, pc }) => ({ functionId, pc })) : undefined,
    });
    const d = result ?? this.newVreg('tagged');
    this.emit('CallRuntimeSite', 1, v(d), imm(site));
  }

  /** The inlined frames the node being lowered runs in, innermost first: each function and
   *  bytecode offset, with its callee and receiver as tagged vregs (after the operands of
   *  a runtime call, so that an error raised there lists these frames as V8 would). */
  private inlinedFrames(): { functionId: number; pc: number; callee: number; receiver: number }[] {
    const frames: { functionId: number; pc: number; callee: number; receiver: number }[] = [];
    // A value held unboxed is passed as undefined: boxing it here, on what is often a slow
    // path, would leave a conversion the fast path could reuse unset.
    const word = (n: Node | undefined): number => {
      if (n && (n.repr === 'tagged' || n.op === 'const')) return this.use(n, 'tagged');
      const d = this.newVreg('tagged');
      this.emit('MovGI', 1, v(d), imm(0), imm(Tag.Undefined));
      return d;
    };
    for (let at: InlinedAt | undefined = this.inlined; at; ) {
      const { call } = at;
      frames.push({ functionId: at.functionId, pc: at.pc, callee: word(call.callee), receiver: word(call.receiver) });
      const s = call.state;
      at = s.outer ? { functionId: s.functionId, pc: s.pc, call: s.outer } : undefined;
    }
    return frames;
  }

  /** Ends a lowering whose result is bool d: binds `yes` (d = 1) and `no` (d = 0), then
   *  `slow`, which runs the runtime operation on `inputs` and takes its boolean; all three
   *  meet at `done` (the caller's fast paths jump to yes, no or slow). */
  boolOutcomes(d: number, labels: { yes: number; no: number; slow: number; done: number }, operation: RuntimeOperation, inputs: Node[]): void {
    this.label(labels.yes);
    this.emit('MovGI', 1, v(d), imm(1), imm(0));
    this.emit('Jump', 0, imm(labels.done));
    this.label(labels.no);
    this.emit('MovGI', 1, v(d), imm(0), imm(0));
    this.emit('Jump', 0, imm(labels.done));
    this.label(labels.slow);
    const r = this.newVreg('tagged');
    this.runtimeCall(operation, inputs, r);
    this.emit('Unbox32', 1, v(d), v(r));
    this.label(labels.done);
  }

  /** The outgoing area must hold `slots` slots (a callee frame, runtime operands). */
  reserveOutSlots(slots: number): void {
    this.maxOutSlots = Math.max(this.maxOutSlots, slots);
  }

  // ---- value-returning instructions (a new vreg each) ------------------------------------
  load16(at: LArg): number {
    return this.def1('Load16', 'int32', at);
  }
  load32(at: LArg): number {
    return this.def1('Load32', 'int32', at);
  }
  load64(at: LArg): number {
    return this.def1('Load64', 'tagged', at);
  }
  /** The payload (low 32 bits) of a value word. */
  unbox32(word: number): number {
    return this.def1('Unbox32', 'int32', v(word));
  }
  add32(x: number, y: number): number {
    return this.def1('Add32', 'int32', v(x), v(y));
  }
  add32i(x: number, k: number): number {
    return this.def1('Add32I', 'int32', v(x), imm(k));
  }
  shl32i(x: number, k: number): number {
    return this.def1('Shl32I', 'int32', v(x), imm(k));
  }
  /** A general register holding the 64-bit word hi:lo. */
  word(lo: number, hi: number): number {
    return this.def1('MovGI', 'tagged', imm(lo), imm(hi));
  }
  /** A general register holding the int32 k (a counter, a set of bits). */
  int32(k: number): number {
    return this.def1('MovGI', 'int32', imm(k), imm(0));
  }

  private def1(op: MasmOpName, repr: Repr, ...args: LArg[]): number {
    const d = this.newVreg(repr);
    this.emit(op, 1, v(d), ...args);
    return d;
  }
}
